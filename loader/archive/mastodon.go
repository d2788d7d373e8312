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
// with ID the origin's local id, giving "mastodon:ID@host": for a local
// status the id the instance's API shows, so that in_reply_to_id can be
// mapped without seeing the parent. Other servers' uris are kept whole.
func mastoID(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return ""
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
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
		p, why := r.mastoPost(&s)
		if why != "" {
			r.reject(line, why, raw, 0)
			return
		}
		r.emitPost(p, line)
		return
	}
	// A reblog: the row holds the original whole, so it is a post too, and
	// the reblogger's repost points at it.
	var inner mStatus
	if err := r.fd.decodeMStatus(s.Reblog, &inner); err != nil {
		r.reject(line, "reblog: "+decodeReason(err), raw, 0)
		return
	}
	orig, why := r.mastoPost(&inner)
	if why != "" {
		r.reject(line, "reblog: "+why, raw, 0)
		return
	}
	rp, why := r.mastoRepost(&s, orig)
	if why != "" {
		r.reject(line, why, raw, 0)
		return
	}
	r.emitPost(orig, line)
	r.emitPost(rp, line)
}

func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(raw) == "null"
}

func (r *Reader) mastoHead(s *mStatus) (*Post, acctInfo, string) {
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

func (r *Reader) mastoPost(s *mStatus) (*Post, string) {
	p, author, why := r.mastoHead(s)
	if why != "" {
		return nil, why
	}
	p.Text = htmlText(s.Content)
	if why := checkText("content", p.Text); why != "" {
		return nil, why
	}
	byID := map[string]acctInfo{}
	if s.Account.ID != "" {
		byID[s.Account.ID] = author
	}
	for i, m := range s.Mentions {
		info, why := mastoAcct(m.Acct, m.URL)
		if why != "" {
			return nil, fmt.Sprintf("field mentions[%d]: %s", i, why)
		}
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
			p.ReplyTo = r.mastoLocal[s.InReplyToID] // "" when the parent was not in this file
		}
	}
	if !isNull(s.Quote) {
		var q struct {
			QuotedStatus   *mStatus `json:"quoted_status"`
			QuotedStatusID string   `json:"quoted_status_id"`
		}
		if err := json.Unmarshal(s.Quote, &q); err != nil {
			return nil, "quote: " + decodeReason(err)
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
			p.Quotes = r.mastoLocal[q.QuotedStatusID]
		}
	}
	return p, ""
}

func (r *Reader) mastoRepost(s *mStatus, orig *Post) (*Post, string) {
	p, _, why := r.mastoHead(s)
	if why != "" {
		return nil, why
	}
	p.Reposts, p.RepostsAccount = orig.ID, orig.Author.Key
	p.Hashtags = append([]string(nil), orig.Hashtags...)
	return p, ""
}
