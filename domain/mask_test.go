package domain

import "testing"

func TestMaskMentions(t *testing.T) {
	keys := []string{"x:BradtonMairi", "mastodon:nina@nurses.social", "bsky:ann.bsky.social"}
	for in, want := range map[string]string{
		"@BradtonMairi Great point…":             "@[withheld] Great point…",
		"thanks @bradtonmairi.":                  "thanks @[withheld].",
		"@bradtonmairifan agrees":                "@bradtonmairifan agrees",
		"cc @nina@nurses.social and @nina":       "cc @[withheld] and @[withheld]",
		"@nina@other.social is someone else":     "@nina@other.social is someone else",
		"ask @ann.bsky.social, @bob":             "ask @[withheld], @bob",
		"mail bradtonmairi@bradtonmairi.example": "mail bradtonmairi@bradtonmairi.example",
		"no mention here":                        "no mention here",
		"@":                                      "@",
		"@@BradtonMairi":                         "@@BradtonMairi",
	} {
		if got := MaskMentions(in, keys); got != want {
			t.Errorf("MaskMentions(%q) = %q, want %q", in, got, want)
		}
	}
}
