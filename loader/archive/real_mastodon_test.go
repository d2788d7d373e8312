package archive

import (
	"encoding/json"
	"net/url"
	"os"
	"strings"
	"testing"
)

// Mastodon 4.5 names statuses /ap/users/ACCOUNT-ID/statuses/ID. Recorded
// from a 4.5 development server by Mastodon.py's tests: a status, another,
// then a reply to the second that quotes the first, and a reblog. The reply
// and quote must name the very posts the statuses' own answers give, or
// they would never link.
func TestRealMastodon45Statuses(t *testing.T) {
	dir := func(name string) string { return realFile("mastodon", "mastodonpy", name) }
	one := func(path string) *Post {
		t.Helper()
		items, _, err := readAll(t, path, "", Options{})
		if err != nil || len(items) == 0 || items[0].Post == nil {
			t.Fatalf("%s: %v %+v", path, err, items)
		}
		return items[0].Post
	}
	quoted, parent, reply := one(dir("test_status_reply_with_quote-1.json")), one(dir("test_status_reply_with_quote-2.json")),
		one(dir("test_status_reply_with_quote-4.json"))
	for _, c := range []struct{ what, got, want string }{
		{"quoted status", quoted.ID, "mastodon:117020583121982310@localhost"},
		{"parent status", parent.ID, "mastodon:117020583129611179@localhost"},
		{"reply", reply.ID, "mastodon:117020583142008690@localhost"},
		{"reply's parent", reply.ReplyTo, parent.ID},
		{"reply's quote", reply.Quotes, quoted.ID},
		{"author", reply.Author.Key, "mastodon:mastodonpy_test@localhost"},
		{"parent's author", reply.ReplyToAccount, "mastodon:mastodonpy_test@localhost"},
		{"quoted author", reply.QuotesAccount, "mastodon:mastodonpy_test@localhost"},
		{"alias", reply.Aliases[0], "alias:mastodon/localhost/117020583142008690"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.what, c.got, c.want)
		}
	}
	items, _, err := readAll(t, dir("test_status_reblog_unreblog-2.json"), "", Options{})
	if err != nil || len(items) != 2 {
		t.Fatalf("reblog: %v, %d items, want the status and its reblog", err, len(items))
	}
	orig, rb := items[0].Post, items[1].Post
	if orig.ID != "mastodon:117020586019094258@localhost" || rb.Reposts != orig.ID || rb.ID != "mastodon:117020586027094262@localhost" {
		t.Errorf("reblog %s of %s, reposts %s", rb.ID, orig.ID, rb.Reposts)
	}
}

// apPostID is a status's post id by the rule in doc.go: a Mastodon uri
// https://HOST/users/NAME/statuses/ID (with /activity for the activity that
// made it) is "mastodon:ID@HOST".
func apPostID(uri string) string {
	u, _ := url.Parse(uri)
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	if len(parts) >= 4 && parts[0] == "users" && parts[2] == "statuses" {
		return "mastodon:" + parts[3] + "@" + u.Hostname()
	}
	return "mastodon:" + uri
}

// A Mastodon account export's outbox.json: every public or unlisted Create
// is the owner's status with its reply target, mentions and hashtags from
// the Note's inReplyTo and tags, every public Announce a boost of the
// status it names; followers-only posts and direct messages are skipped.
// The owner's profile comes from actor.json beside it.
func TestRealMastodonOutbox(t *testing.T) {
	path := realFile("mastodon", "export-dealingwith", "outbox.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// The file repeats the key orderedItems (an empty list, then the
	// items); encoding/json keeps the last.
	var outbox struct {
		OrderedItems []map[string]any `json:"orderedItems"`
	}
	if err := json.Unmarshal(raw, &outbox); err != nil {
		t.Fatal(err)
	}
	const owner = "mastodon:dealingwith@indieweb.social"
	want := map[string]expected{}
	skipped := 0
	for _, it := range outbox.OrderedItems {
		public := false
		for _, k := range []string{"to", "cc"} {
			l, _ := it[k].([]any)
			for _, a := range l {
				public = public || a == "https://www.w3.org/ns/activitystreams#Public"
			}
		}
		if !public {
			skipped++
			continue
		}
		e := expected{author: owner}
		switch it["type"] {
		case "Announce":
			target := str(it, "object")
			e.reposts = apPostID(target)
			if u, _ := url.Parse(target); strings.HasPrefix(u.Path, "/users/") {
				e.repostsAcct = "mastodon:" + strings.ToLower(strings.Split(u.Path, "/")[2]+"@"+u.Hostname())
			}
			want[apPostID(str(it, "id"))] = e
		case "Create":
			note := obj(it, "object")
			if r := str(note, "inReplyTo"); r != "" {
				e.replyTo = apPostID(r)
				if u, _ := url.Parse(r); strings.HasPrefix(u.Path, "/users/") {
					e.replyToAcct = "mastodon:" + strings.ToLower(strings.Split(u.Path, "/")[2]+"@"+u.Hostname())
				}
			}
			for _, tag := range list(note, "tag") {
				switch str(tag, "type") {
				case "Mention":
					name := strings.TrimPrefix(str(tag, "name"), "@")
					if !strings.Contains(name, "@") {
						u, _ := url.Parse(str(tag, "href"))
						name += "@" + u.Hostname()
					}
					e.mentions = append(e.mentions, "mastodon:"+strings.ToLower(name))
				case "Hashtag":
					e.hashtags = append(e.hashtags, strings.ToLower(strings.TrimPrefix(str(tag, "name"), "#")))
				}
			}
			e.mentions, e.hashtags = sortedSet(e.mentions), sortedSet(e.hashtags)
			want[apPostID(str(note, "id"))] = e
		}
	}
	items, stats, err := readAll(t, path, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]expected{}
	var author Author
	for _, it := range items {
		switch {
		case it.Reject != nil:
			t.Errorf("line %d rejected: %s", it.Reject.Source.Line, it.Reject.Reason)
		case it.Post != nil:
			got[it.Post.ID] = gotExpected(it.Post)
			author = it.Post.Author
		}
	}
	comparePosts(t, path, got, want, nil)
	replies, boosts, mentions := 0, 0, 0
	for _, e := range want {
		if e.replyTo != "" {
			replies++
		}
		if e.reposts != "" {
			boosts++
		}
		mentions += len(e.mentions)
	}
	if replies < 100 || boosts < 100 || mentions < 100 {
		t.Errorf("the oracle found %d replies, %d boosts and %d mentions: too few for the export's 1,586 activities", replies, boosts, mentions)
	}
	if stats.Skipped != int64(skipped) || skipped == 0 {
		t.Errorf("skipped %d, want the %d followers-only and direct ones", stats.Skipped, skipped)
	}
	if author.Name != "dealingwith" || author.Bio != "ennui. far too much more info at link below" || author.Key != owner {
		t.Errorf("owner's profile from actor.json: %+v", author)
	}
}
