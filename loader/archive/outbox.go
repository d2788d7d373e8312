package archive

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// A Mastodon account export (Preferences → Import and export → Request
// your archive) holds outbox.json, the account's ActivityPub outbox: one
// OrderedCollection whose orderedItems are Create activities (a Note, the
// status) and Announce activities (a boost, naming the boosted status by
// its uri), and actor.json, the account's profile. An outbox can be
// hundreds of megabytes in one line, so its items are streamed with
// encoding/json's tokenizer rather than read as one record.

// apPublic is the audience that makes an activity public (or unlisted).
var apPublic = map[string]bool{"https://www.w3.org/ns/activitystreams#Public": true, "as:Public": true, "Public": true}

type apActor struct {
	ID                string `json:"id"`
	PreferredUsername string `json:"preferredUsername"`
	Name              string `json:"name"`
	Summary           string `json:"summary"`
}

type apTag struct {
	Type string `json:"type"`
	Href string `json:"href"`
	Name string `json:"name"`
}

type apNote struct {
	ID           string  `json:"id"`
	Type         string  `json:"type"`
	InReplyTo    *string `json:"inReplyTo"`
	Published    string  `json:"published"`
	AttributedTo string  `json:"attributedTo"`
	Content      string  `json:"content"`
	Tag          []apTag `json:"tag"`
	// Quotes: Mastodon 4.5 (FEP-044f) sends quote; Fedibird and older
	// servers quoteUri (or quoteUrl), Misskey _misskey_quote.
	Quote        string `json:"quote"`
	QuoteURI     string `json:"quoteUri"`
	QuoteURL     string `json:"quoteUrl"`
	MisskeyQuote string `json:"_misskey_quote"`
}

type apActivity struct {
	ID        string          `json:"id"`
	Type      string          `json:"type"`
	Actor     string          `json:"actor"`
	Published string          `json:"published"`
	To        apAudience      `json:"to"`
	CC        apAudience      `json:"cc"`
	Object    json.RawMessage `json:"object"`
}

// apAudience reads to and cc, which ActivityStreams allows as one string
// or a list.
type apAudience []string

func (a *apAudience) UnmarshalJSON(b []byte) error {
	var one string
	if json.Unmarshal(b, &one) == nil {
		*a = apAudience{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return err
	}
	*a = many
	return nil
}

// outboxReader streams the items of an OrderedCollection.
type outboxReader struct {
	dec   *json.Decoder
	lines *lineCounter
	owner Author // from actor.json beside the outbox, when there is one
	state int    // see next
	index int    // of the next item, counting every orderedItems list
}

const (
	outboxStart = iota
	outboxMembers
	outboxItems
	outboxDone
)

func newOutboxReader(name string, br *bufio.Reader) *outboxReader {
	lc := &lineCounter{r: br, line: 1}
	dec := json.NewDecoder(lc)
	dec.UseNumber()
	o := &outboxReader{dec: dec, lines: lc}
	o.owner = actorBeside(name)
	return o
}

// actorBeside reads the profile in actor.json next to an outbox, as the
// export keeps them; a missing or unreadable one leaves the profile empty.
func actorBeside(name string) Author {
	if name == "" || name == "stdin" {
		return Author{}
	}
	b, err := os.ReadFile(filepath.Join(filepath.Dir(name), "actor.json"))
	if err != nil {
		return Author{}
	}
	var a apActor
	if json.Unmarshal(b, &a) != nil {
		return Author{}
	}
	info, ok := apAccount(a.ID, a.PreferredUsername)
	if !ok {
		return Author{}
	}
	return Author{Key: info.key, Handle: info.handle, Name: a.Name, Bio: htmlText(a.Summary)}
}

// apAccount names the account of an actor uri: Mastodon's actors are
// https://HOST/users/NAME, whose handle is NAME@HOST; username, when known
// (actor.json's preferredUsername), names it for any uri.
func apAccount(actor, username string) (acctInfo, bool) {
	u, err := url.Parse(actor)
	if err != nil || u.Hostname() == "" {
		return acctInfo{}, false
	}
	host := strings.ToLower(u.Hostname())
	if username == "" {
		parts := strings.Split(strings.Trim(u.Path, "/"), "/")
		if len(parts) != 2 || parts[0] != "users" {
			return acctInfo{}, false
		}
		username = parts[1]
	}
	info, why := mastoAcct(username+"@"+host, "")
	return info, why == ""
}

// next returns the next item of the collection and the line it starts on,
// io.EOF after the last.
func (o *outboxReader) next() (json.RawMessage, int, error) {
	for {
		switch o.state {
		case outboxStart:
			if err := o.delim('{'); err != nil {
				return nil, o.lines.line, err
			}
			o.state = outboxMembers
		case outboxMembers:
			if !o.dec.More() {
				o.state = outboxDone
				continue
			}
			tok, err := o.dec.Token()
			if err != nil {
				return nil, o.lines.line, err
			}
			if key, _ := tok.(string); key == "orderedItems" || key == "items" {
				if err := o.delim('['); err != nil {
					return nil, o.lines.line, fmt.Errorf("%s: %w", key, err)
				}
				o.state = outboxItems
				continue
			}
			var skip json.RawMessage
			if err := o.dec.Decode(&skip); err != nil {
				return nil, o.lines.line, err
			}
		case outboxItems:
			if !o.dec.More() {
				if err := o.delim(']'); err != nil {
					return nil, o.lines.line, err
				}
				o.state = outboxMembers
				continue
			}
			line := o.lines.lineAt(o.dec.InputOffset())
			var item json.RawMessage
			if err := o.dec.Decode(&item); err != nil {
				return nil, line, err
			}
			o.index++
			return item, line, nil
		case outboxDone:
			return nil, o.lines.line, io.EOF
		}
	}
}

func (o *outboxReader) delim(want json.Delim) error {
	tok, err := o.dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("want %q, found %v", want, tok)
	}
	return nil
}

// lineCounter counts the lines of what the decoder has read, and keeps the
// offsets of the newlines it read ahead so that an offset maps to its line.
type lineCounter struct {
	r       io.Reader
	read    int64   // bytes handed to the decoder
	line    int     // line of the byte at offset base
	base    int64   // offset up to which line is exact
	pending []int64 // offsets of newlines at or past base
}

func (l *lineCounter) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] == '\n' {
			l.pending = append(l.pending, l.read+int64(i))
		}
	}
	l.read += int64(n)
	return n, err
}

// lineAt is the line of the byte at offset, which never goes back.
func (l *lineCounter) lineAt(offset int64) int {
	i := 0
	for i < len(l.pending) && l.pending[i] < offset {
		i++
	}
	l.line += i
	l.pending = l.pending[i:]
	l.base = offset
	return l.line
}

// fillOutbox reads one item of the outbox.
func (r *Reader) fillOutbox() error {
	item, line, err := r.ap.next()
	if err == io.EOF {
		return io.EOF
	}
	if err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) {
			// Bad or cut JSON: the tokenizer cannot go on past it.
			r.reject(line, fmt.Sprintf("cut short or not JSON (%v): everything from here on could not be read", err), nil, 0)
			r.ap.state = outboxDone
			return nil
		}
		return err
	}
	r.outboxItem(item, line, r.ap.index)
	return nil
}

func (r *Reader) outboxItem(raw []byte, line, n int) {
	where := fmt.Sprintf("orderedItems[%d]", n-1)
	if len(raw) > 0 && raw[0] == '"' {
		// likes.json and bookmarks.json list other people's statuses by
		// uri: nothing this account wrote.
		r.skip(line, where+": a uri, not an activity (a like or a bookmark)")
		return
	}
	if bad := badUTF8(raw); bad != "" {
		r.reject(line, where+": "+bad, raw, 0)
		return
	}
	var a apActivity
	if err := json.Unmarshal(raw, &a); err != nil {
		r.reject(line, where+": "+decodeReason(err), raw, 0)
		return
	}
	public := false
	for _, to := range append(append([]string{}, a.To...), a.CC...) {
		public = public || apPublic[to]
	}
	switch {
	case a.Type != "Create" && a.Type != "Announce":
		r.skip(line, fmt.Sprintf("%s: a %s activity, not a post or a boost", where, a.Type))
		return
	case !public:
		// Followers-only posts and direct messages were never part of a
		// public chat: they stay out of the graph.
		r.skip(line, fmt.Sprintf("%s: not public (a followers-only post or a direct message)", where))
		return
	}
	var p *Post
	var why string
	if a.Type == "Announce" {
		p, why = r.outboxBoost(&a)
	} else {
		p, why = r.outboxNote(&a)
	}
	if why != "" {
		r.reject(line, where+": "+why, raw, 0)
		return
	}
	r.emitPost(p, line)
}

// outboxAuthor is the account of an activity's actor: the export's owner
// when actor.json names them.
func (r *Reader) outboxAuthor(actor string) (Author, string) {
	if r.ap.owner.Key != "" {
		if info, ok := apAccount(actor, ""); !ok || info.key == r.ap.owner.Key || strings.Contains(actor, "/ap/users/") {
			return r.ap.owner, ""
		}
	}
	info, ok := apAccount(actor, "")
	if !ok {
		return Author{}, fmt.Sprintf("actor %q is not https://HOST/users/NAME (put actor.json beside the outbox)", actor)
	}
	return Author{Key: info.key, Handle: info.handle}, ""
}

func apTime(field, s string) (time.Time, string) {
	if s == "" {
		return time.Time{}, field + ": missing"
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Sprintf("%s: %q is not an RFC 3339 time", field, s)
	}
	return t.UTC(), ""
}

func (r *Reader) outboxNote(a *apActivity) (*Post, string) {
	var n apNote
	if err := json.Unmarshal(a.Object, &n); err != nil {
		return nil, "object: " + decodeReason(err)
	}
	if n.Type != "Note" && n.Type != "Question" && n.Type != "Article" {
		return nil, fmt.Sprintf("object: a %q, not a Note", n.Type)
	}
	id := mastoID(n.ID)
	if id == "" {
		return nil, fmt.Sprintf("object.id: %q is not a status uri", n.ID)
	}
	actor := n.AttributedTo
	if actor == "" {
		actor = a.Actor
	}
	author, why := r.outboxAuthor(actor)
	if why != "" {
		return nil, why
	}
	published := n.Published
	if published == "" {
		published = a.Published
	}
	at, why := apTime("object.published", published)
	if why != "" {
		return nil, why
	}
	p := &Post{ID: id, Platform: "mastodon", Author: author, Text: htmlText(n.Content), CreatedAt: at}
	if why := checkText("object.content", p.Text); why != "" {
		return nil, why
	}
	if n.InReplyTo != nil && *n.InReplyTo != "" {
		if p.ReplyTo = mastoID(*n.InReplyTo); p.ReplyTo == "" {
			return nil, fmt.Sprintf("object.inReplyTo: %q is not a status uri", *n.InReplyTo)
		}
		p.ReplyToAccount = statusAuthor(*n.InReplyTo)
	}
	for _, q := range []string{n.Quote, n.QuoteURI, n.QuoteURL, n.MisskeyQuote} {
		if q != "" {
			p.Quotes, p.QuotesAccount = mastoID(q), statusAuthor(q)
			break
		}
	}
	for i, t := range n.Tag {
		switch t.Type {
		case "Mention":
			k, ok := apMention(t)
			if !ok {
				return nil, fmt.Sprintf("object.tag[%d]: mention %q of %q names no account", i, t.Name, t.Href)
			}
			p.Mentions = appendUnique(p.Mentions, k)
		case "Hashtag":
			p.Hashtags = appendUnique(p.Hashtags, normTag(strings.TrimPrefix(t.Name, "#")))
		}
	}
	return p, ""
}

func (r *Reader) outboxBoost(a *apActivity) (*Post, string) {
	var target string
	if err := json.Unmarshal(a.Object, &target); err != nil {
		var obj struct {
			ID string `json:"id"`
		}
		if json.Unmarshal(a.Object, &obj) != nil || obj.ID == "" {
			return nil, "object: neither a status uri nor an object with an id"
		}
		target = obj.ID
	}
	id := mastoID(a.ID)
	if id == "" {
		return nil, fmt.Sprintf("id: %q is not an activity uri", a.ID)
	}
	author, why := r.outboxAuthor(a.Actor)
	if why != "" {
		return nil, why
	}
	at, why := apTime("published", a.Published)
	if why != "" {
		return nil, why
	}
	p := &Post{ID: id, Platform: "mastodon", Author: author, CreatedAt: at, Reposts: mastoID(target), RepostsAccount: statusAuthor(target)}
	if p.Reposts == "" {
		return nil, fmt.Sprintf("object: %q is not a status uri", target)
	}
	return p, ""
}

// statusAuthor is the account of a Mastodon status uri
// (https://HOST/users/NAME/statuses/ID), "" for other forms.
func statusAuthor(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		return ""
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	if len(parts) < 4 || parts[0] != "users" || parts[2] != "statuses" {
		return ""
	}
	info, why := mastoAcct(parts[1]+"@"+u.Hostname(), "")
	if why != "" {
		return ""
	}
	return info.key
}

// apMention is the account a Mention tag names: its name is "@user@domain",
// or "@user" for an account on the author's own server, whose domain is
// then the href's host.
func apMention(t apTag) (string, bool) {
	name := strings.TrimPrefix(t.Name, "@")
	if !strings.Contains(name, "@") {
		host := hostOf(t.Href)
		if host == "" {
			return "", false
		}
		name += "@" + host
	}
	info, why := mastoAcct(name, "")
	return info.key, why == ""
}
