package archive

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"
)

type mAccount struct {
	ID          string `json:"id"`
	Username    string `json:"username"`
	Acct        string `json:"acct"`
	DisplayName string `json:"display_name"`
	Note        string `json:"note"`
	URL         string `json:"url"`
}

type mMention struct {
	ID       string `json:"id"`
	Username string `json:"username"`
	Acct     string `json:"acct"`
	URL      string `json:"url"`
}

type mStatus struct {
	ID                 string          `json:"id"`
	URI                string          `json:"uri"`
	CreatedAt          string          `json:"created_at"`
	InReplyToID        string          `json:"in_reply_to_id"`
	InReplyToAccountID string          `json:"in_reply_to_account_id"`
	Content            string          `json:"content"`
	Account            *mAccount       `json:"account"`
	Mentions           []mMention      `json:"mentions"`
	Tags               []mTag          `json:"tags"`
	Reblog             json.RawMessage `json:"reblog"`
	Quote              json.RawMessage `json:"quote"` // Mastodon 4.4+: Quote or ShallowQuote
}

type mTag struct {
	Name string `json:"name"`
}

// acctInfo is an account as a status's instance sees it.
type acctInfo struct {
	key    string
	handle string // user@domain, case kept
	local  bool   // on the instance whose API wrote the file
	host   string // that instance's web host, for local accounts
}

// mastoAcct builds the account key from acct, which names the domain for
// remote accounts only; a local account's domain is its profile URL's host.
func mastoAcct(acct, profile string) (acctInfo, string) {
	acct = strings.TrimPrefix(strings.TrimSpace(acct), "@")
	user, domain, remote := strings.Cut(acct, "@")
	info := acctInfo{local: !remote}
	if !remote {
		domain = hostOf(profile)
		if domain == "" {
			return info, fmt.Sprintf("acct %q has no domain and url %q gives none", acct, profile)
		}
		info.host = domain
	}
	if !validHandle(user) || !validHandle(domain) || strings.Contains(domain, "@") {
		return info, fmt.Sprintf("acct %q is not user@domain", acct)
	}
	info.handle = user + "@" + domain
	info.key = "mastodon:" + strings.ToLower(info.handle)
	return info, ""
}

// mastoID names a status by its uri, which its origin server mints and
// every instance repeats. Mastodon's own uris end in /users/NAME/statuses/ID
// (since 4.5, /ap/users/ACCOUNT-ID/statuses/ID) with ID the origin's local id, giving "mastodon:ID@host": for a local
// status the id the instance's API shows, so that in_reply_to_id can be
// mapped without seeing the parent. Other servers' uris are kept whole.
func mastoID(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return ""
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	if len(parts) > 0 && parts[0] == "ap" {
		// Mastodon 4.5 mints /ap/users/ACCOUNT-ID/statuses/ID.
		parts = parts[1:]
	}
	if len(parts) >= 4 && parts[0] == "users" && parts[2] == "statuses" && parts[3] != "" &&
		(len(parts) == 4 || (len(parts) == 5 && parts[4] == "activity")) && u.RawQuery == "" {
		return "mastodon:" + parts[3] + "@" + strings.ToLower(u.Hostname())
	}
	return "mastodon:" + uri
}

func (r *Reader) mastoUnit(u jsonUnit) {
	lm := newLineMap(u.raw, u.line)
	switch u.raw[0] {
	case '[':
		r.each(u.raw, 0, lm, u.broken, func(elem []byte, line int) { r.mastoStatus(elem, line) })
	default:
		members, partialKey, partialOff, complete := walkObject(u.raw)
		if anc, desc := member(members, "ancestors"), member(members, "descendants"); anc != nil || desc != nil ||
			partialKey == "ancestors" || partialKey == "descendants" {
			// A thread's context (GET /api/v1/statuses/:id/context): the
			// statuses above the one asked for, oldest first, then those
			// below it, depth first. The status asked for is not in it.
			for _, m := range []*jmember{anc, desc} {
				if m != nil {
					r.each(m.val, m.off, lm, "", func(elem []byte, line int) { r.mastoStatus(elem, line) })
				}
			}
			if !complete {
				r.each(u.raw[partialOff:], partialOff, lm, u.broken, func(elem []byte, line int) { r.mastoStatus(elem, line) })
			}
			return
		}
		if st := member(members, "statuses"); st != nil || partialKey == "statuses" {
			// A search result: {"accounts":[],"statuses":[...],"hashtags":[]}.
			if st != nil {
				r.each(st.val, st.off, lm, "", func(elem []byte, line int) { r.mastoStatus(elem, line) })
			} else {
				r.each(u.raw[partialOff:], partialOff, lm, u.broken, func(elem []byte, line int) { r.mastoStatus(elem, line) })
			}
			return
		}
		if !complete {
			r.reject(u.line, "cut short: "+u.broken, u.raw, 0)
			return
		}
		r.mastoStatus(u.raw, u.line)
	}
}

func (r *Reader) mastoStatus(raw []byte, line int) {
	if len(raw) == 0 || raw[0] != '{' {
		r.reject(line, "status is not a JSON object", raw, 0)
		return
	}
	if bad := badUTF8(raw); bad != "" {
		r.reject(line, bad, raw, 0)
		return
	}
	var s mStatus
	if err := r.fd.decodeMStatus(raw, &s); err != nil {
		r.reject(line, decodeReason(err), raw, 0)
		return
	}
	if isNull(s.Reblog) {
		p, refs, why := r.mastoPost(&s)
		if why != "" {
			r.reject(line, why, raw, 0)
			return
		}
		r.emitStatus(p, refs, line)
		return
	}
	// A reblog: the row holds the original whole, so it is a post too, and
	// the reblogger's repost points at it.
	var inner mStatus
	if err := r.fd.decodeMStatus(s.Reblog, &inner); err != nil {
		r.reject(line, "reblog: "+decodeReason(err), raw, 0)
		return
	}
	orig, origRefs, why := r.mastoPost(&inner)
	if why != "" {
		r.reject(line, "reblog: "+why, raw, 0)
		return
	}
	rp, rpRefs, why := r.mastoRepost(&s, orig)
	if why != "" {
		r.reject(line, why, raw, 0)
		return
	}
	r.emitStatus(orig, origRefs, line)
	r.emitStatus(rp, rpRefs, line)
}

// statusRefs are the instance-local ids a status names: its own, and those
// of the statuses it answers and quotes when they could not be mapped to
// post ids yet.
type statusRefs struct {
	local, replyLocal, quoteLocal string
}

// heldStatus is a post waiting for its file to say which instance wrote it.
type heldStatus struct {
	post *Post
	refs statusRefs
	line int
}

// maxHeld bounds the posts held before the instance is known; past it they
// go on without aliases.
const maxHeld = 1 << 12

// emitStatus gives a status's post the names it has on the instance whose
// API wrote the file, once that is known, and emits it.
func (r *Reader) emitStatus(p *Post, refs statusRefs, line int) {
	if r.mastoInstance == "" && len(r.mastoHeld) < maxHeld {
		r.mastoHeld = append(r.mastoHeld, heldStatus{p, refs, line})
		return
	}
	r.releaseHeld()
	r.nameOnInstance(p, refs)
	r.emitPost(p, line)
}

// releaseHeld emits the posts held so far, with aliases if the instance is
// known by now.
func (r *Reader) releaseHeld() {
	held := r.mastoHeld
	r.mastoHeld = nil
	for _, h := range held {
		r.nameOnInstance(h.post, h.refs)
		r.emitPost(h.post, h.line)
	}
}

// nameOnInstance resolves what a status names by instance-local id: a
// target seen earlier in the file by its post id, any other by its alias on
// the instance, which the loader links when that status arrives (later in
// the file, in another file or another load). Without the instance, such a
// target stays unknown.
func (r *Reader) nameOnInstance(p *Post, refs statusRefs) {
	resolve := func(local string) string {
		if id, ok := r.mastoLocal[local]; ok {
			return id
		}
		if r.mastoInstance != "" {
			return mastoAPIAlias(r.mastoInstance, local)
		}
		return ""
	}
	if r.mastoInstance != "" && refs.local != "" {
		p.Aliases = append(p.Aliases, mastoAPIAlias(r.mastoInstance, refs.local))
	}
	if p.ReplyTo == "" && refs.replyLocal != "" {
		p.ReplyTo = resolve(refs.replyLocal)
	}
	if p.Quotes == "" && refs.quoteLocal != "" {
		p.Quotes = resolve(refs.quoteLocal)
	}
}

// sawAccount learns the instance from a local account: its profile URL's
// host is the instance's. A file that mixes instances' answers names each
// status by the instance of the latest local account before it.
func (r *Reader) sawAccount(info acctInfo) {
	if info.local && info.host != "" && info.host != r.mastoInstance {
		r.mastoInstance = info.host
	}
}

func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(raw) == "null"
}

func (r *Reader) mastoHead(s *mStatus) (*Post, acctInfo, string) {
	p, info, why := r.mastoHeadOf(s)
	if why == "" {
		r.sawAccount(info)
	}
	return p, info, why
}

func (r *Reader) mastoHeadOf(s *mStatus) (*Post, acctInfo, string) {
	if s.ID == "" {
		return nil, acctInfo{}, "field id: missing"
	}
	if s.CreatedAt == "" {
		return nil, acctInfo{}, "field created_at: missing"
	}
	at, err := time.Parse(time.RFC3339, s.CreatedAt)
	if err != nil {
		return nil, acctInfo{}, fmt.Sprintf("field created_at: %q is not an RFC 3339 time", s.CreatedAt)
	}
	if s.Account == nil {
		return nil, acctInfo{}, "field account: missing"
	}
	a := s.Account
	info, why := mastoAcct(a.Acct, a.URL)
	if why != "" {
		return nil, info, "field account: " + why
	}
	id := mastoID(s.URI)
	if id == "" {
		return nil, info, fmt.Sprintf("field uri: %q is not a status URI", s.URI)
	}
	bio := htmlText(a.Note)
	for _, f := range [][2]string{{"account.display_name", a.DisplayName}, {"account.note", bio}} {
		if why := checkText(f[0], f[1]); why != "" {
			return nil, info, why
		}
	}
	p := &Post{
		ID:       id,
		Platform: "mastodon",
		Author: Author{
			Key:      info.key,
			Handle:   info.handle,
			NativeID: a.ID,
			Name:     a.DisplayName,
			Bio:      bio,
		},
		CreatedAt: at.UTC(),
	}
	r.rememberLocal(s.ID, id)
	return p, info, ""
}

// rememberLocal maps an instance-local status id to its post id, so that a
// later reply or quote naming the local id finds it.
func (r *Reader) rememberLocal(local, id string) {
	if len(r.mastoLocal) >= maxUsers {
		clear(r.mastoLocal)
	}
	r.mastoLocal[local] = id
}

func (r *Reader) mastoPost(s *mStatus) (*Post, statusRefs, string) {
	refs := statusRefs{local: s.ID}
	p, author, why := r.mastoHead(s)
	if why != "" {
		return nil, refs, why
	}
	p.Text = htmlText(s.Content)
	if why := checkText("content", p.Text); why != "" {
		return nil, refs, why
	}
	byID := map[string]acctInfo{}
	if s.Account.ID != "" {
		byID[s.Account.ID] = author
	}
	for i, m := range s.Mentions {
		info, why := mastoAcct(m.Acct, m.URL)
		if why != "" {
			return nil, refs, fmt.Sprintf("field mentions[%d]: %s", i, why)
		}
		r.sawAccount(info)
		p.Mentions = appendUnique(p.Mentions, info.key)
		if m.ID != "" {
			byID[m.ID] = info
		}
	}
	for _, t := range s.Tags {
		p.Hashtags = appendUnique(p.Hashtags, normTag(t.Name))
	}
	if s.InReplyToID != "" {
		parent, known := byID[s.InReplyToAccountID]
		if known {
			p.ReplyToAccount = parent.key
		}
		switch {
		case known && parent.local:
			// in_reply_to_id is the instance's id; for a local parent it is
			// also the id in the parent's uri.
			p.ReplyTo = "mastodon:" + s.InReplyToID + "@" + parent.host
		default:
			refs.replyLocal = s.InReplyToID // see nameOnInstance
		}
	}
	if !isNull(s.Quote) {
		var q struct {
			QuotedStatus   *mStatus `json:"quoted_status"`
			QuotedStatusID string   `json:"quoted_status_id"`
		}
		if err := json.Unmarshal(s.Quote, &q); err != nil {
			return nil, refs, "quote: " + decodeReason(err)
		}
		switch {
		case q.QuotedStatus != nil:
			p.Quotes = mastoID(q.QuotedStatus.URI)
			if q.QuotedStatus.Account != nil {
				if info, why := mastoAcct(q.QuotedStatus.Account.Acct, q.QuotedStatus.Account.URL); why == "" {
					p.QuotesAccount = info.key
				}
			}
		case q.QuotedStatusID != "":
			refs.quoteLocal = q.QuotedStatusID
		}
	}
	return p, refs, ""
}

func (r *Reader) mastoRepost(s *mStatus, orig *Post) (*Post, statusRefs, string) {
	refs := statusRefs{local: s.ID}
	p, _, why := r.mastoHead(s)
	if why != "" {
		return nil, refs, why
	}
	p.Reposts, p.RepostsAccount = orig.ID, orig.Author.Key
	p.Hashtags = append([]string(nil), orig.Hashtags...)
	return p, refs, ""
}
