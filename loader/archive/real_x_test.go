package archive

// Tests on files that real tools wrote (testdata/real, see SOURCES.md
// there): what each file must give is worked out here from the X API v2's
// documented objects, read with a plain map decode, not from the reader.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const realData = "../../testdata/real"

func realFile(parts ...string) string { return filepath.Join(append([]string{realData}, parts...)...) }

// expected is what one post must give, in the graph's keys.
type expected struct {
	author               string
	replyTo, replyToAcct string
	quotes, quotesAcct   string
	reposts, repostsAcct string
	mentions, hashtags   []string
	conversation         string
	isRepost             bool
}

func (e expected) String() string {
	b, _ := json.Marshal(map[string]any{"author": e.author, "reply": e.replyTo + "/" + e.replyToAcct,
		"quote": e.quotes + "/" + e.quotesAcct, "repost": e.reposts + "/" + e.repostsAcct,
		"mentions": e.mentions, "hashtags": e.hashtags, "conversation": e.conversation})
	return string(b)
}

func gotExpected(p *Post) expected {
	e := expected{author: p.Author.Key, replyTo: p.ReplyTo, replyToAcct: p.ReplyToAccount,
		quotes: p.Quotes, quotesAcct: p.QuotesAccount, reposts: p.Reposts, repostsAcct: p.RepostsAccount,
		mentions: slices.Sorted(slices.Values(p.Mentions)), hashtags: slices.Sorted(slices.Values(p.Hashtags)),
		conversation: p.Conversation}
	if len(e.mentions) == 0 {
		e.mentions = nil
	}
	if len(e.hashtags) == 0 {
		e.hashtags = nil
	}
	return e
}

func str(m map[string]any, k string) string { s, _ := m[k].(string); return s }
func obj(m map[string]any, k string) map[string]any {
	o, _ := m[k].(map[string]any)
	return o
}
func list(m map[string]any, k string) []map[string]any {
	var out []map[string]any
	l, _ := m[k].([]any)
	for _, e := range l {
		if o, ok := e.(map[string]any); ok {
			out = append(out, o)
		}
	}
	return out
}

func sortedSet(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return slices.Compact(slices.Sorted(slices.Values(s)))
}

// xAPIOracle reads a file of X API v2 answers (pages with data and
// includes, one per line, as `twarc2 search` keeps them, or flattened
// tweets as `twarc2 flatten` writes them) and says what each tweet must
// give by the API's documented fields: the author is includes.users[author_id]
// (a flattened tweet inlines it as author); a reply's target is its
// referenced_tweets entry of type replied_to, the account it answers
// in_reply_to_user_id's user (inlined as in_reply_to_user); a quote's or
// retweet's target account is the author of the referenced tweet in
// includes.tweets (inlined with its author), else the "RT @ann:" that starts
// a retweet's text. A user X did not describe is
// kept by id. A retweet addresses nobody, so it has no mentions (DESIGN.md).
func xAPIOracle(t *testing.T, path string) map[string]expected {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]expected{}
	handle := func(u map[string]any) string {
		if u == nil || str(u, "username") == "" {
			return ""
		}
		return "x:" + strings.ToLower(str(u, "username"))
	}
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		var unit map[string]any
		if err := json.Unmarshal([]byte(line), &unit); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		users := map[string]map[string]any{}
		tweetAuthor := map[string]string{}
		tweets := []map[string]any{unit}
		if _, page := unit["data"]; page {
			for _, u := range list(obj(unit, "includes"), "users") {
				users[str(u, "id")] = u
			}
			for _, tw := range list(obj(unit, "includes"), "tweets") {
				tweetAuthor[str(tw, "id")] = str(tw, "author_id")
			}
			tweets = list(unit, "data")
		}
		for _, tw := range tweets {
			var e expected
			author := obj(tw, "author")
			if author == nil {
				author = users[str(tw, "author_id")]
			}
			if e.author = handle(author); e.author == "" {
				e.author = "x:id:" + str(tw, "author_id")
			}
			if c := str(tw, "conversation_id"); c != "" {
				e.conversation = "x:" + c
			}
			for _, ref := range list(tw, "referenced_tweets") {
				acct := handle(obj(ref, "author"))
				if acct == "" {
					acct = handle(users[tweetAuthor[str(ref, "id")]])
				}
				switch str(ref, "type") {
				case "replied_to":
					e.replyTo, e.replyToAcct = "x:"+str(ref, "id"), acct
				case "quoted":
					e.quotes, e.quotesAcct = "x:"+str(ref, "id"), acct
				case "retweeted":
					e.reposts, e.repostsAcct, e.isRepost = "x:"+str(ref, "id"), acct, true
				}
			}
			if e.isRepost && e.repostsAcct == "" {
				// X names the retweeted author in the text: "RT @ann: ...".
				if name, _, ok := strings.Cut(strings.TrimPrefix(str(tw, "text"), "RT @"), ":"); ok && strings.HasPrefix(str(tw, "text"), "RT @") {
					e.repostsAcct = "x:" + strings.ToLower(name)
				}
			}
			if u := handle(obj(tw, "in_reply_to_user")); u != "" {
				e.replyToAcct = u
			} else if u := handle(users[str(tw, "in_reply_to_user_id")]); u != "" {
				e.replyToAcct = u
			} else if id := str(tw, "in_reply_to_user_id"); id != "" && id == str(tw, "author_id") {
				e.replyToAcct = e.author
			}
			ents := obj(tw, "entities")
			if !e.isRepost {
				for _, m := range list(ents, "mentions") {
					e.mentions = append(e.mentions, "x:"+strings.ToLower(str(m, "username")))
				}
			}
			for _, h := range list(ents, "hashtags") {
				e.hashtags = append(e.hashtags, strings.ToLower(str(h, "tag")))
			}
			e.mentions, e.hashtags = sortedSet(e.mentions), sortedSet(e.hashtags)
			out["x:"+str(tw, "id")] = e
		}
	}
	return out
}

// readPosts reads a file through the reader and fails on any reject.
func readPosts(t *testing.T, path string) map[string]expected {
	t.Helper()
	items, stats, err := readAll(t, path, "", Options{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	got := map[string]expected{}
	for _, it := range items {
		switch {
		case it.Reject != nil:
			t.Errorf("%s line %d rejected: %s", path, it.Reject.Source.Line, it.Reject.Reason)
		case it.Post != nil && !it.Duplicate:
			got[it.Post.ID] = gotExpected(it.Post)
		}
	}
	if stats.Read != stats.Loaded+stats.Rejected+stats.Duplicates+stats.Skipped {
		t.Errorf("%s: stats %+v do not add up", path, stats)
	}
	return got
}

func comparePosts(t *testing.T, path string, got, want map[string]expected, ignore func(id string, e *expected)) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d posts, want %d", path, len(got), len(want))
	}
	bad := 0
	for _, id := range slices.Sorted(func(yield func(string) bool) {
		for id := range want {
			if !yield(id) {
				return
			}
		}
	}) {
		w, g := want[id], got[id]
		if ignore != nil {
			ignore(id, &w)
			ignore(id, &g)
		}
		if w.String() != g.String() {
			if bad++; bad <= 10 {
				t.Errorf("%s %s:\n got %s\nwant %s", path, id, g, w)
			}
		}
	}
	if bad > 10 {
		t.Errorf("%s: %d posts differ in all", path, bad)
	}
}

// The same 100 tweets as twarc2 kept the search's pages, as `twarc2
// flatten` wrote them, and as twarc-csv's CSV: each gives what the API's
// pages say, so all three give the same graph.
func TestRealTwarcForms(t *testing.T) {
	pages := realFile("x", "twarc-csv", "noflat.jsonl")
	want := xAPIOracle(t, pages)
	if len(want) != 100 {
		t.Fatalf("oracle read %d tweets, want 100", len(want))
	}
	comparePosts(t, pages, readPosts(t, pages), want, nil)

	flat := realFile("x", "twarc-csv", "flat.jsonl")
	flatWant := xAPIOracle(t, flat)
	comparePosts(t, flat, readPosts(t, flat), flatWant, nil)
	// The flattened file inlines what the pages kept in includes: its
	// oracle, read from the inlined fields, agrees with the pages'.
	comparePosts(t, flat+" (against the pages)", flatWant, want, nil)

	csvFile := realFile("x", "twarc-csv-output", "noflat.csv")
	// twarc-csv writes a retweet's text and entities from the retweeted
	// tweet (whole, where the API's retweet is cut at 140 characters), so
	// its retweets carry the original's hashtags; and it names the user a
	// tweet answers (in_reply_to_username) only when it answers a tweet,
	// so a tweet that merely starts with a mention keeps the mention but
	// not the account it answers.
	comparePosts(t, csvFile, readPosts(t, csvFile), want, func(id string, e *expected) {
		if e.reposts != "" {
			e.hashtags = nil
		}
		if e.replyTo == "" {
			e.replyToAcct = ""
		}
	})
	if n := replyTargets(want); n == 0 {
		t.Fatal("the fixture has no reply with a known account: the test would prove nothing")
	}
}

func replyTargets(m map[string]expected) int {
	n := 0
	for _, e := range m {
		if e.replyToAcct != "" || e.quotesAcct != "" || e.repostsAcct != "" {
			n++
		}
	}
	return n
}

// Tweets whose authors X withheld come in data without their user in
// includes.users; they are kept under the user's id, not rejected.
func TestRealWithheldAuthors(t *testing.T) {
	path := realFile("x", "twarc-csv", "withheld.jsonl")
	want := xAPIOracle(t, path)
	byID := 0
	for _, e := range want {
		if strings.HasPrefix(e.author, "x:id:") {
			byID++
		}
	}
	if byID != 6 {
		t.Fatalf("oracle: %d tweets by undescribed users, want the file's 6", byID)
	}
	comparePosts(t, path, readPosts(t, path), want, nil)
}
