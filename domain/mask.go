package domain

import (
	"strings"
)

// WithheldMention replaces, in a post's text, a mention of a professional
// who opted out.
const WithheldMention = "@[withheld]"

// MaskMentions replaces every mention in text of the given accounts (keys
// such as x:olga, mastodon:nina@nurses.social, bsky:ann.bsky.social) with
// WithheldMention: "@olga", "@OLGA", "@nina@nurses.social" and, for a
// Mastodon account, the short "@nina" its own instance writes. A longer
// handle that starts the same (@olgafan) is another person and is kept.
func MaskMentions(text string, accountKeys []string) string {
	if len(accountKeys) == 0 || !strings.Contains(text, "@") {
		return text
	}
	hidden := map[string]bool{}
	for _, k := range accountKeys {
		platform, handle, ok := strings.Cut(strings.ToLower(k), ":")
		if !ok || handle == "" {
			continue
		}
		hidden[handle] = true
		if user, _, found := strings.Cut(handle, "@"); found && platform == "mastodon" {
			hidden[user] = true
		}
	}
	var b strings.Builder
	for i := 0; i < len(text); {
		at := strings.IndexByte(text[i:], '@')
		if at < 0 {
			b.WriteString(text[i:])
			break
		}
		at += i
		b.WriteString(text[i:at])
		end := at + 1
		for end < len(text) && isHandleByte(text[end]) {
			end++
		}
		// A sentence's full stop or a dash after the handle is not part of it.
		for end > at+1 && (text[end-1] == '.' || text[end-1] == '-') {
			end--
		}
		token := strings.ToLower(text[at+1 : end])
		preceded := at > 0 && isHandleByte(text[at-1]) // an e-mail address, not a mention
		if token != "" && !preceded && hidden[token] {
			b.WriteString(WithheldMention)
		} else {
			b.WriteString(text[at:end])
		}
		i = end
	}
	return b.String()
}

func isHandleByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-' || c == '@'
}
