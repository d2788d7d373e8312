package archive

import (
	"html"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// htmlText turns the sanitised HTML of a Mastodon status or bio into the
// text a reader sees: paragraphs become a blank line, <br> a newline, links,
// mentions and hashtags their visible text (Mastodon splits long links into
// "invisible" and "ellipsis" spans; their text joined is the whole URL), and
// entities are decoded.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	para := false // a paragraph closed and text has not resumed yet
	text := func(t string) {
		if t == "" {
			return
		}
		if para && b.Len() > 0 {
			b.WriteString("\n\n")
		}
		para = false
		b.WriteString(html.UnescapeString(t))
	}
	for len(s) > 0 {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			text(s)
			break
		}
		text(s[:i])
		s = s[i:]
		if strings.HasPrefix(s, "<!--") {
			end := strings.Index(s, "-->")
			if end < 0 {
				break
			}
			s = s[end+3:]
			continue
		}
		end := tagEnd(s)
		if end < 0 {
			// A lone '<' is text.
			text(s[:1])
			s = s[1:]
			continue
		}
		name := tagName(s[:end])
		s = s[end:]
		switch name {
		case "br":
			if para && b.Len() > 0 {
				b.WriteString("\n\n")
				para = false
			}
			b.WriteByte('\n')
		case "p", "div", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre":
			if b.Len() > 0 {
				para = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}

// tagEnd returns the index just past the '>' closing the tag at s[0],
// skipping quoted attribute values, or -1.
func tagEnd(s string) int {
	if len(s) < 2 || !(s[1] == '/' || s[1] == '!' || isASCIILetter(s[1])) {
		return -1
	}
	var quote byte
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i + 1
		}
	}
	return -1
}

func tagName(tag string) string {
	t := strings.TrimPrefix(tag[1:], "/")
	n := 0
	for n < len(t) && (isASCIILetter(t[n]) || (n > 0 && t[n] >= '0' && t[n] <= '9')) {
		n++
	}
	return strings.ToLower(t[:n])
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// scanTags finds #hashtags in text, lowercased, without '#', in order,
// each once. A tag starts after a non-word character and holds letters,
// digits, marks and '_', as the platforms' own parsers have it.
func scanTags(text string) []string {
	return scanSigil(text, '#', func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_'
	}, func(t string) bool {
		return strings.IndexFunc(t, unicode.IsLetter) >= 0 || strings.ContainsFunc(t, unicode.IsMark)
	})
}

// scanXMentions finds @handles as X writes them: 1-15 of [A-Za-z0-9_].
func scanXMentions(text string) []string {
	return scanSigil(text, '@', func(r rune) bool {
		return r < utf8.RuneSelf && (isASCIILetter(byte(r)) || r >= '0' && r <= '9' || r == '_')
	}, func(t string) bool { return len(t) <= 15 })
}

func scanSigil(text string, sigil byte, part func(rune) bool, ok func(string) bool) []string {
	var out []string
	seen := map[string]bool{}
	for i := 0; i < len(text); i++ {
		if text[i] != sigil && !(sigil == '#' && strings.HasPrefix(text[i:], "＃")) {
			continue
		}
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			if part(prev) || prev == '&' || prev == '@' || prev == '#' {
				continue
			}
		}
		start := i + 1
		if text[i] != sigil {
			start = i + len("＃")
		}
		j := start
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !part(r) {
				break
			}
			j += n
		}
		if j == start {
			continue
		}
		t := strings.ToLower(text[start:j])
		if ok(t) && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
		i = j - 1
	}
	return out
}

// appendUnique appends s unless it is empty or already there.
func appendUnique(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func normTag(t string) string {
	return strings.ToLower(strings.TrimLeft(strings.TrimSpace(t), "#＃"))
}

// validHandle rejects what cannot be part of an account key.
func validHandle(h string) bool {
	if h == "" || len(h) > 253 {
		return false
	}
	for _, r := range h {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '/' {
			return false
		}
	}
	return true
}

// hostOf returns the lowercased host of a URL, "" if there is none.
func hostOf(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// checkText names a text field that cannot be stored: a NUL byte is never
// part of a post and marks a corrupt export.
func checkText(field, s string) string {
	if !utf8.ValidString(s) {
		return "field " + field + ": invalid UTF-8"
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "field " + field + ": contains a NUL byte"
	}
	return ""
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
