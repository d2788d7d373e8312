package archive

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

// jsValue reads the JSON value a file of the X archive assigns.
func jsValue(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.IndexByte(string(b), '=')
	return []byte(strings.TrimSpace(string(b[i+1:])))
}

var oracleStatusURL = regexp.MustCompile(`^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/([A-Za-z0-9_]+)/status/([0-9]+)`)

// v1Oracle says what an archive's v1.1 tweet must give, by the v1.1 API's
// documented fields: the author is user (Grailbird), else the archive's
// owner; a reply's target is in_reply_to_status_id_str and its account
// in_reply_to_screen_name; mentions and hashtags are the entities; a
// retweet is retweeted_status (Grailbird), else a text that starts
// "RT @name:", and addresses nobody; a quote is a link to another tweet.
func v1Oracle(tw map[string]any, owner string, out map[string]expected) {
	e := expected{author: owner}
	if u := obj(tw, "user"); u != nil {
		e.author = "x:" + strings.ToLower(str(u, "screen_name"))
	}
	if r := str(tw, "in_reply_to_status_id_str"); r != "" {
		e.replyTo = "x:" + r
	}
	if n := str(tw, "in_reply_to_screen_name"); n != "" {
		e.replyToAcct = "x:" + strings.ToLower(n)
	}
	text := str(tw, "full_text")
	if text == "" {
		text = str(tw, "text")
	}
	ents := obj(tw, "entities")
	for _, h := range list(ents, "hashtags") {
		e.hashtags = append(e.hashtags, strings.ToLower(str(h, "text")))
	}
	for _, u := range list(ents, "urls") {
		if m := oracleStatusURL.FindStringSubmatch(str(u, "expanded_url")); m != nil && m[1] != "i" && m[2] != str(tw, "id_str") {
			e.quotes, e.quotesAcct = "x:"+m[2], "x:"+strings.ToLower(m[1])
			break
		}
	}
	switch rt := obj(tw, "retweeted_status"); {
	case rt != nil:
		v1Oracle(rt, owner, out)
		e.reposts = "x:" + str(rt, "id_str")
		e.repostsAcct = "x:" + strings.ToLower(str(obj(rt, "user"), "screen_name"))
		e.isRepost = true
	case strings.HasPrefix(text, "RT @") && strings.Contains(text, ":"):
		name, _, _ := strings.Cut(strings.TrimPrefix(text, "RT @"), ":")
		e.repostsAcct, e.isRepost = "x:"+strings.ToLower(name), true
	}
	if !e.isRepost {
		for _, m := range list(ents, "user_mentions") {
			e.mentions = append(e.mentions, "x:"+strings.ToLower(str(m, "screen_name")))
		}
	}
	e.mentions, e.hashtags = sortedSet(e.mentions), sortedSet(e.hashtags)
	out["x:"+str(tw, "id_str")] = e
}

// A host's own history from the X personal archive (data/tweets.js, its
// owner in account.js), and from the archive's older form (Grailbird's
// months, each tweet with its author and a retweet with what it retweets).
func TestRealXPersonalArchive(t *testing.T) {
	archive := realFile("x", "personal-archive-milahu104", "data")
	var items []map[string]map[string]any
	if err := json.Unmarshal(jsValue(t, archive+"/tweets.js"), &items); err != nil {
		t.Fatal(err)
	}
	want := map[string]expected{}
	for _, it := range items {
		v1Oracle(it["tweet"], "x:milahu104", want)
	}
	got := readPosts(t, archive+"/tweets.js")
	comparePosts(t, "tweets.js", got, want, nil)
	if n := replyTargets(want); n < 1000 {
		t.Errorf("only %d of the archive's tweets address someone: the fixture is not the one expected", n)
	}

	grail := realFile("x", "grailbird-ianinsheffield", "data", "js", "tweets", "2017_03.js")
	var months []map[string]any
	if err := json.Unmarshal(jsValue(t, grail), &months); err != nil {
		t.Fatal(err)
	}
	want = map[string]expected{}
	for _, tw := range months {
		v1Oracle(tw, "", want)
	}
	comparePosts(t, "2017_03.js", readPosts(t, grail), want, nil)

	// The owner's profile comes from the files beside the tweets.
	items2, _, err := readAll(t, grail, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items2 {
		if it.Post != nil && it.Post.Author.Key == "x:ianinsheffield" && !strings.Contains(it.Post.Author.Bio, "doctoral researcher") {
			t.Fatalf("the owner's bio from user_details.js is missing: %+v", it.Post.Author)
		}
	}
	ownerItems, _, err := readAll(t, archive+"/tweets.js", "", Options{})
	if err != nil || ownerItems[0].Post.Author.Location != "Munich, Germany" || ownerItems[0].Post.Author.Name != "Milan Hauth" {
		t.Fatalf("the owner's profile from account.js and profile.js: %+v %v", ownerItems[0].Post.Author, err)
	}
}

// Every other file of the archive is read and each item skipped, so that
// the whole data folder can be given to the loader.
func TestRealXArchiveOtherFiles(t *testing.T) {
	for _, name := range []string{"account.js", "profile.js", "note-tweet.js"} {
		items, stats, err := readAll(t, realFile("x", "personal-archive-milahu104", "data", name), "", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			if it.Post != nil || it.Reject != nil {
				t.Errorf("%s: %+v, want every item skipped", name, it)
			}
		}
		if stats.Read != stats.Skipped {
			t.Errorf("%s: %+v", name, stats)
		}
	}
}
