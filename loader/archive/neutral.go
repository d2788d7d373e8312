package archive

import (
	"fmt"
	"strings"
	"time"
)

// NeutralPost is one line of the neutral posts JSONL (NEUTRAL_FORMAT.md):
// Post with every field flattened to JSON. Write it with NeutralOf and
// json.Marshal; read it with a Reader in format Neutral.
type NeutralPost struct {
	ID             string   `json:"id"`
	Platform       string   `json:"platform"`
	Author         string   `json:"author"`
	AuthorHandle   string   `json:"author_handle,omitempty"`
	AuthorNativeID string   `json:"author_native_id,omitempty"`
	AuthorName     string   `json:"author_name,omitempty"`
	AuthorBio      string   `json:"author_bio,omitempty"`
	AuthorLocation string   `json:"author_location,omitempty"`
	Text           string   `json:"text"`
	CreatedAt      string   `json:"created_at"`
	ReplyTo        string   `json:"reply_to,omitempty"`
	ReplyToAccount string   `json:"reply_to_account,omitempty"`
	Quotes         string   `json:"quotes,omitempty"`
	QuotesAccount  string   `json:"quotes_account,omitempty"`
	Reposts        string   `json:"reposts,omitempty"`
	RepostsAccount string   `json:"reposts_account,omitempty"`
	Mentions       []string `json:"mentions,omitempty"`
	Hashtags       []string `json:"hashtags,omitempty"`
	Conversation   string   `json:"conversation,omitempty"`
	Aliases        []string `json:"aliases,omitempty"`
}

// NeutralOf flattens p for the neutral format; reading the result back
// gives p again (but for Source).
func NeutralOf(p *Post) NeutralPost {
	return NeutralPost{
		ID: p.ID, Platform: p.Platform, Author: p.Author.Key,
		AuthorHandle: p.Author.Handle, AuthorNativeID: p.Author.NativeID,
		AuthorName: p.Author.Name, AuthorBio: p.Author.Bio, AuthorLocation: p.Author.Location,
		Text: p.Text, CreatedAt: p.CreatedAt.Format(time.RFC3339Nano),
		ReplyTo: p.ReplyTo, ReplyToAccount: p.ReplyToAccount,
		Quotes: p.Quotes, QuotesAccount: p.QuotesAccount,
		Reposts: p.Reposts, RepostsAccount: p.RepostsAccount,
		Mentions: p.Mentions, Hashtags: p.Hashtags, Conversation: p.Conversation, Aliases: p.Aliases,
	}
}

func (r *Reader) neutralUnit(u jsonUnit) {
	lm := newLineMap(u.raw, u.line)
	if u.raw[0] == '[' {
		r.each(u.raw, 0, lm, u.broken, func(elem []byte, line int) { r.neutralLine(elem, line) })
		return
	}
	if u.broken != "" {
		r.reject(u.line, "cut short: "+u.broken, u.raw, 0)
		return
	}
	r.neutralLine(u.raw, u.line)
}

func (r *Reader) neutralLine(raw []byte, line int) {
	var n NeutralPost
	if !r.decodeObject(raw, line, &n) {
		return
	}
	p, why := fromNeutral(&n)
	if why != "" {
		r.reject(line, why, raw, 0)
		return
	}
	r.emitPost(p, line)
}

func fromNeutral(n *NeutralPost) (*Post, string) {
	if n.ID == "" {
		return nil, "field id: missing"
	}
	platform, native, ok := strings.Cut(n.ID, ":")
	if !ok || native == "" || !knownPlatform(platform) {
		return nil, fmt.Sprintf("field id: %q is not platform:native-id", n.ID)
	}
	if n.Platform == "" {
		n.Platform = platform
	}
	if n.Platform != platform {
		return nil, fmt.Sprintf("field platform: %q, but the id says %q", n.Platform, platform)
	}
	if n.Author == "" {
		return nil, "field author: missing"
	}
	author, err := parseAccount(n.Author)
	if err != nil {
		return nil, "field author: " + err.Error()
	}
	if !strings.HasPrefix(author, platform+":") {
		return nil, fmt.Sprintf("field author: %q is not a %s account", n.Author, platform)
	}
	if n.CreatedAt == "" {
		return nil, "field created_at: missing"
	}
	at, err := time.Parse(time.RFC3339, n.CreatedAt)
	if err != nil {
		return nil, fmt.Sprintf("field created_at: %q is not an RFC 3339 time", n.CreatedAt)
	}
	for _, f := range [][2]string{{"text", n.Text}, {"author_name", n.AuthorName}, {"author_bio", n.AuthorBio},
		{"author_location", n.AuthorLocation}, {"author_handle", n.AuthorHandle}} {
		if why := checkText(f[0], f[1]); why != "" {
			return nil, why
		}
	}
	handle := n.AuthorHandle
	if handle == "" {
		handle = strings.TrimPrefix(author, platform+":")
	}
	p := &Post{
		ID: n.ID, Platform: platform,
		Author: Author{Key: author, Handle: handle, NativeID: n.AuthorNativeID,
			Name: n.AuthorName, Bio: n.AuthorBio, Location: n.AuthorLocation},
		Text: n.Text, CreatedAt: at.UTC(), Conversation: n.Conversation,
	}
	for _, f := range []struct {
		name string
		in   string
		out  *string
	}{{"reply_to", n.ReplyTo, &p.ReplyTo}, {"quotes", n.Quotes, &p.Quotes}, {"reposts", n.Reposts, &p.Reposts}} {
		if f.in == "" {
			continue
		}
		if !isPostRef(f.in) {
			return nil, fmt.Sprintf("field %s: %q is not platform:native-id or an alias", f.name, f.in)
		}
		*f.out = f.in
	}
	for i, a := range n.Aliases {
		if !strings.HasPrefix(a, AliasPrefix) || len(a) == len(AliasPrefix) {
			return nil, fmt.Sprintf("field aliases[%d]: %q does not start with %q", i, a, AliasPrefix)
		}
		p.Aliases = append(p.Aliases, a)
	}
	for _, f := range []struct {
		name string
		in   string
		out  *string
	}{{"reply_to_account", n.ReplyToAccount, &p.ReplyToAccount}, {"quotes_account", n.QuotesAccount, &p.QuotesAccount},
		{"reposts_account", n.RepostsAccount, &p.RepostsAccount}} {
		if f.in == "" {
			continue
		}
		k, err := parseAccount(f.in)
		if err != nil {
			return nil, "field " + f.name + ": " + err.Error()
		}
		*f.out = k
	}
	for i, m := range n.Mentions {
		k, err := parseAccount(m)
		if err != nil {
			return nil, fmt.Sprintf("field mentions[%d]: %v", i, err)
		}
		p.Mentions = appendUnique(p.Mentions, k)
	}
	for _, h := range n.Hashtags {
		p.Hashtags = appendUnique(p.Hashtags, normTag(h))
	}
	return p, ""
}

// isPostRef says whether s names a post: "platform:native-id", or an alias.
func isPostRef(s string) bool {
	if strings.HasPrefix(s, AliasPrefix) {
		return len(s) > len(AliasPrefix)
	}
	pl, rest, ok := strings.Cut(s, ":")
	return ok && rest != "" && knownPlatform(pl)
}
