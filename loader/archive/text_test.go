package archive

import (
	"fmt"
	"testing"
)

func TestHTMLText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"<p>one</p><p>two</p>", "one\n\ntwo"},
		{"<p>line<br>break<br />again</p>", "line\nbreak\nagain"},
		{`<p>Fish &amp; chips &lt;3 &#39;q&#39; &quot;d&quot;&nbsp;end</p>`, "Fish & chips <3 'q' \"d\"\u00a0end"},
		{`<p><a href="https://x.example/tags/WeNurses" class="mention hashtag" rel="tag">#<span>WeNurses</span></a></p>`, "#WeNurses"},
		{`<a href="https://a.example/long" rel="nofollow"><span class="invisible">https://</span><span class="ellipsis">a.example/lo</span><span class="invisible">ng</span></a>`, "https://a.example/long"},
		{`<p>a < b and c > d</p>`, "a < b and c > d"},
		{`<p title="x > y">quoted attribute</p>`, "quoted attribute"},
		{"<!-- hidden --><p>shown</p>", "shown"},
		{"plain text", "plain text"},
		{"", ""},
		{"<p>unclosed <!-- comment", "unclosed"},
	}
	for _, c := range cases {
		if got := htmlText(c.in); got != c.want {
			t.Errorf("htmlText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestScan(t *testing.T) {
	cases := []struct {
		text           string
		tags, mentions []string
	}{
		{"#WeNurses chat with @Ann_RN and @ann_rn #wenurses #WePh", []string{"wenurses", "weph"}, []string{"ann_rn"}},
		{"mail ann@nhs.net or see page#3 and &#39; #2024 #NHS75", []string{"nhs75"}, nil},
		{"(#WeMDT) @x.com @waytoolongforxhandle", []string{"wemdt"}, []string{"x"}},
		{"＃ＷｅＮｕｒｓｅｓ in full width", []string{"ｗｅｎｕｒｓｅｓ"}, nil},
	}
	for _, c := range cases {
		if got := scanTags(c.text); fmt.Sprint(got) != fmt.Sprint(c.tags) {
			t.Errorf("scanTags(%q) = %q, want %q", c.text, got, c.tags)
		}
		if got := scanXMentions(c.text); fmt.Sprint(got) != fmt.Sprint(c.mentions) {
			t.Errorf("scanXMentions(%q) = %q, want %q", c.text, got, c.mentions)
		}
	}
}

func TestParseAccount(t *testing.T) {
	cases := []struct{ in, want string }{
		{"@Ann_RN", "x:ann_rn"},
		{"x:Ann_RN", "x:ann_rn"},
		{"twitter:@WeNurses", "x:wenurses"},
		{"@ann@Nurses.Social", "mastodon:ann@nurses.social"},
		{"mastodon:@ann@nurses.social", "mastodon:ann@nurses.social"},
		{"bluesky:Ann.bsky.social", "bsky:ann.bsky.social"},
		{"bsky:did:plc:abc123", "bsky:did:plc:abc123"},
		{"ann", ""},
		{"x:ann smith", ""},
		{"mastodon:ann", ""},
		{"bsky:ann", ""},
		{"facebook:ann", ""},
		{"", ""},
	}
	for _, c := range cases {
		got, err := parseAccount(c.in)
		if (err != nil) != (c.want == "") || got != c.want {
			t.Errorf("parseAccount(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

func TestMastoID(t *testing.T) {
	cases := map[string]string{
		"https://nurses.social/users/ann/statuses/112094563211234567": "mastodon:112094563211234567@nurses.social",
		"https://Nurses.Social/users/ann/statuses/1/activity":         "mastodon:1@nurses.social",
		"https://pleroma.example/objects/6f1c2a44":                    "mastodon:https://pleroma.example/objects/6f1c2a44",
		"https://misskey.example/notes/9abc":                          "mastodon:https://misskey.example/notes/9abc",
		"tag:nurses.social,2024:objectId=1":                           "",
		"":                                                            "",
		"https://gts.example/users/ann/statuses/01HRZ3Q4Y5X6W7V8U9T0S1R2Q3":      "mastodon:01HRZ3Q4Y5X6W7V8U9T0S1R2Q3@gts.example",
		"https://nurses.social/users/ann/statuses/1/replies?only_other_accounts": "mastodon:https://nurses.social/users/ann/statuses/1/replies?only_other_accounts",
	}
	for in, want := range cases {
		if got := mastoID(in); got != want {
			t.Errorf("mastoID(%q) = %q, want %q", in, got, want)
		}
	}
}
