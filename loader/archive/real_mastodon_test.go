package archive

import "testing"

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
