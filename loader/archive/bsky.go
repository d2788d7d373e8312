package archive

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/bluesky-social/indigo/atproto/syntax"
)

type bProfile struct {
	DID         string `json:"did"`
	Handle      string `json:"handle"`
	DisplayName string `json:"displayName"`
	Description string `json:"description"`
}

type bRef struct {
	URI string `json:"uri"`
	CID string `json:"cid"`
}

type bFacet struct {
	Index struct {
		ByteStart int `json:"byteStart"`
		ByteEnd   int `json:"byteEnd"`
	} `json:"index"`
	Features []struct {
		Type string `json:"$type"`
		DID  string `json:"did"`
		Tag  string `json:"tag"`
	} `json:"features"`
}

type bRecord struct {
	Type      string `json:"$type"`
	Text      string `json:"text"`
	CreatedAt string `json:"createdAt"`
	Subject   *bRef  `json:"subject"` // a repost's
	Reply     *struct {
		Root   bRef `json:"root"`
		Parent bRef `json:"parent"`
	} `json:"reply"`
	Facets []bFacet `json:"facets"`
	Embed  *struct {
		Type   string          `json:"$type"`
		Record json.RawMessage `json:"record"`
	} `json:"embed"`
	Tags []string `json:"tags"`
	// Entities are how posts named mentions before facets (early 2023); the
	// lexicon keeps them as deprecated.
	Entities []struct {
		Index struct {
			Start int `json:"start"`
			End   int `json:"end"`
		} `json:"index"`
		Type  string `json:"type"`
		Value string `json:"value"`
	} `json:"entities"`
}

type bPostView struct {
	URI       string          `json:"uri"`
	Author    *bProfile       `json:"author"`
	Record    json.RawMessage `json:"record"`
	Embed     json.RawMessage `json:"embed"` // the hydrated view, which names a quoted post's author
	IndexedAt string          `json:"indexedAt"`
	NotFound  bool            `json:"notFound"`
	Blocked   bool            `json:"blocked"`
}

type bReason struct {
	Type      string    `json:"$type"`
	By        *bProfile `json:"by"`
	URI       string    `json:"uri"` // the repost record; newer AppViews send it
	IndexedAt string    `json:"indexedAt"`
}

type bFeedItem struct {
	Post  json.RawMessage `json:"post"`
	Reply *struct {
		Parent json.RawMessage `json:"parent"`
	} `json:"reply"`
	Reason *bReason `json:"reason"`
}

const maxThreadDepth = 1000

func (r *Reader) bskyUnit(u jsonUnit) {
	lm := newLineMap(u.raw, u.line)
	if u.raw[0] == '[' {
		r.each(u.raw, 0, lm, u.broken, func(elem []byte, line int) { r.bskyValue(elem, line) })
		return
	}
	members, partialKey, partialOff, complete := walkObject(u.raw)
	if m := member(members, "profiles"); m != nil && complete {
		// getProfiles: {profiles: [ProfileViewDetailed]}.
		r.each(m.val, m.off, lm, "", func(elem []byte, line int) { r.bskyProfile(elem, line) })
		return
	}
	if d := member(members, "did"); d != nil && complete && member(members, "uri") == nil && member(members, "handle") != nil {
		r.bskyProfile(u.raw, u.line) // getProfile
		return
	}
	for _, list := range []string{"feed", "posts", "records"} {
		// getAuthorFeed/getTimeline pages, searchPosts results and
		// listRecords pages.
		if m := member(members, list); m != nil {
			r.each(m.val, m.off, lm, "", func(elem []byte, line int) { r.bskyValue(elem, line) })
			if !complete {
				r.reject(lm.at(partialOff), "cut short ("+u.broken+"): the rest of the page could not be read", u.raw[partialOff:], 0)
			}
			return
		}
		if partialKey == list {
			r.each(u.raw[partialOff:], partialOff, lm, u.broken, func(elem []byte, line int) { r.bskyValue(elem, line) })
			return
		}
	}
	if !complete {
		r.reject(u.line, "cut short: "+u.broken, u.raw, 0)
		return
	}
	if t := member(members, "thread"); t != nil {
		r.bskyThread(t.val, t.off, lm, nil, 0)
		return
	}
	r.bskyValue(u.raw, u.line)
}

// bskyProfile reads a ProfileViewDetailed: the account as a post's author
// is named (bskyAuthor), with its display name and bio, as of when the
// AppView last indexed it.
func (r *Reader) bskyProfile(raw []byte, line int) {
	var pv struct {
		bProfile
		IndexedAt string `json:"indexedAt"`
		CreatedAt string `json:"createdAt"`
	}
	if !r.decodeObject(raw, line, &pv) {
		return
	}
	a, why := bskyAuthor(&pv.bProfile)
	if why != "" {
		r.reject(line, strings.Replace(why, "author.", "", 1), raw, 0)
		return
	}
	at := pv.IndexedAt
	if at == "" {
		at = pv.CreatedAt
	}
	t, err := time.Parse(time.RFC3339Nano, at)
	if err != nil {
		r.reject(line, fmt.Sprintf("field indexedAt: %q is not a time", at), raw, 0)
		return
	}
	r.queue = append(r.queue, Item{Profile: &Profile{Platform: "bsky", Author: a, At: t.UTC(), Source: Source{File: r.name, Line: line}}})
}

// bskyValue reads a feed item ({post, reply?, reason?}) or a bare PostView.
func (r *Reader) bskyValue(raw []byte, line int) {
	var probe struct {
		URI   *string         `json:"uri"`
		Post  json.RawMessage `json:"post"`
		Value json.RawMessage `json:"value"`
	}
	if !r.decodeObject(raw, line, &probe) {
		return
	}
	if probe.URI != nil && !isNull(probe.Value) {
		// A bare record (getRecord, listRecords): no AppView view of it.
		r.bskyRecord(*probe.URI, probe.Value, "value.", "", raw, line)
		return
	}
	if probe.URI != nil || isNull(probe.Post) {
		p, why := r.bskyPostView(raw, nil)
		if why != "" {
			r.reject(line, why, raw, 0)
			return
		}
		r.emitPost(p, line)
		return
	}
	var item bFeedItem
	if err := json.Unmarshal(raw, &item); err != nil {
		r.reject(line, decodeReason(err), raw, 0)
		return
	}
	var parent *bProfile
	if item.Reply != nil && !isNull(item.Reply.Parent) {
		var pv bPostView
		if json.Unmarshal(item.Reply.Parent, &pv) == nil && !pv.NotFound && !pv.Blocked {
			parent = pv.Author
		}
	}
	p, why := r.bskyPostView(item.Post, parent)
	if why != "" {
		r.reject(line, "post: "+why, raw, 0)
		return
	}
	if item.Reason == nil || item.Reason.Type != "app.bsky.feed.defs#reasonRepost" {
		// No reason, or one that is not a repost (a pinned post).
		r.emitPost(p, line)
		return
	}
	rp, why := bskyRepost(item.Reason, p)
	if why != "" {
		r.reject(line, why, raw, 0)
		return
	}
	r.emitPost(p, line)
	r.emitPost(rp, line)
}

// bskyThread walks a getPostThread answer: ancestors first, then the post,
// then its replies, each reply's parent author being known from the walk.
func (r *Reader) bskyThread(raw []byte, base int, lm *lineMap, parent *bProfile, depth int) *bProfile {
	line := lm.at(base)
	if depth > maxThreadDepth {
		r.reject(line, fmt.Sprintf("thread nested deeper than %d", maxThreadDepth), raw, 0)
		return nil
	}
	members, _, _, complete := walkObject(raw)
	if !complete {
		r.reject(line, "malformed thread node", raw, 0)
		return nil
	}
	if m := member(members, "notFound"); m != nil || member(members, "blocked") != nil {
		return nil // a placeholder for a deleted or hidden post: no content to read
	}
	if m := member(members, "parent"); m != nil && !isNull(m.val) {
		parent = r.bskyThread(m.val, base+m.off, lm, nil, depth+1)
	}
	var author *bProfile
	if m := member(members, "post"); m != nil {
		pl := lm.at(base + m.off)
		if bad := badUTF8(m.val); bad != "" {
			r.reject(pl, bad, m.val, 0)
		} else if p, why := r.bskyPostView(m.val, parent); why != "" {
			r.reject(pl, why, m.val, 0)
		} else {
			r.emitPost(p, pl)
			var pv bPostView
			json.Unmarshal(m.val, &pv)
			author = pv.Author
		}
	} else {
		r.reject(line, "thread node without a post", raw, 0)
	}
	if m := member(members, "replies"); m != nil && !isNull(m.val) {
		elems, _, _ := walkArray(m.val)
		for _, e := range elems {
			r.bskyThread(e.val, base+m.off+e.off, lm, author, depth+1)
		}
	}
	return author
}

func bskyAuthor(p *bProfile) (Author, string) {
	if p == nil {
		return Author{}, "field author: missing"
	}
	if !strings.HasPrefix(p.DID, "did:") {
		return Author{}, fmt.Sprintf("field author.did: %q is not a DID", p.DID)
	}
	a := Author{Handle: p.Handle, NativeID: p.DID, Name: p.DisplayName, Bio: p.Description}
	switch {
	case p.Handle == "" || p.Handle == "handle.invalid":
		// Bluesky shows "handle.invalid" for every account whose handle no
		// longer verifies; the DID keeps them apart.
		a.Key = "bsky:" + strings.ToLower(p.DID)
	case validHandle(p.Handle):
		a.Key = "bsky:" + strings.ToLower(strings.TrimPrefix(p.Handle, "@"))
	default:
		return Author{}, fmt.Sprintf("field author.handle: %q is not a handle", p.Handle)
	}
	for _, f := range [][2]string{{"author.displayName", a.Name}, {"author.description", a.Bio}} {
		if why := checkText(f[0], f[1]); why != "" {
			return Author{}, why
		}
	}
	return a, ""
}

// didOf returns the repository DID of an at:// URI.
func didOf(uri string) string {
	rest, ok := strings.CutPrefix(uri, "at://")
	if !ok {
		return ""
	}
	did, _, _ := strings.Cut(rest, "/")
	return did
}

func isPostURI(uri string) bool {
	return strings.HasPrefix(uri, "at://did:") && strings.Contains(uri, "/app.bsky.feed.post/")
}

// bskyTime reads an atproto datetime. The spec requires a time zone, but
// records written before Bluesky enforced it (2023: the Python SDK wrote
// naive UTC times) lack one; the reference implementation reads those as
// UTC (indigo's syntax.ParseDatetimeLenient, "for legacy/broken records"),
// and so does this.
func bskyTime(field, s string) (time.Time, string) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), ""
	}
	if d, err := syntax.ParseDatetimeLenient(s); err == nil {
		return d.Time().UTC(), ""
	}
	return time.Time{}, fmt.Sprintf("field %s: %q is not a date and time (atproto datetime, as 2024-03-28T20:00:00.000Z)", field, s)
}

// bskyPostView reads a PostView: a post as the AppView shows it, with its
// author's profile.
func (r *Reader) bskyPostView(raw []byte, parent *bProfile) (*Post, string) {
	var pv bPostView
	if err := json.Unmarshal(raw, &pv); err != nil {
		return nil, decodeReason(err)
	}
	if pv.URI == "" {
		return nil, "field uri: missing"
	}
	if !isPostURI(pv.URI) {
		return nil, fmt.Sprintf("field uri: %q is not the at:// URI of a post", pv.URI)
	}
	author, why := bskyAuthor(pv.Author)
	if why != "" {
		return nil, why
	}
	if isNull(pv.Record) {
		return nil, "field record: missing"
	}
	var rec bRecord
	if err := json.Unmarshal(pv.Record, &rec); err != nil {
		return nil, "record: " + decodeReason(err)
	}
	if rec.Type != "app.bsky.feed.post" {
		return nil, fmt.Sprintf("field record.$type: %q, want app.bsky.feed.post", rec.Type)
	}
	p, why := bskyPost(pv.URI, author, &rec, "record.", timeField{"indexedAt", pv.IndexedAt})
	if why != "" {
		return nil, why
	}
	if rec.Reply != nil && parent != nil && parent.DID == didOf(rec.Reply.Parent.URI) {
		if a, why := bskyAuthor(parent); why == "" {
			p.ReplyToAccount = a.Key
			knownDID(p, a.Key, parent.DID)
		}
	}
	if p.Quotes != "" {
		if a, did := quotedAuthor(pv.Embed, strings.TrimPrefix(p.Quotes, "bsky:")); a != "" {
			p.QuotesAccount = a
			knownDID(p, a, did)
		}
	}
	return p, ""
}

// knownDID notes the DID the AppView showed behind a handle the post
// names (its author's is Author.NativeID).
func knownDID(p *Post, key, did string) {
	if strings.HasPrefix(did, "did:") && key != "bsky:"+strings.ToLower(did) {
		if p.AccountDIDs == nil {
			p.AccountDIDs = map[string]string{}
		}
		p.AccountDIDs[key] = did
	}
}

// timeField is where a post's time comes from when its record has none.
type timeField struct{ name, value string }

// bskyPost reads a post record written by author at uri. Whom it answers
// and quotes is known from the URIs the record names, each of which holds
// its author's DID: their account is that DID's ("bsky:did:...") unless the
// record's mentions or its author name it; the AppView's view of the post
// (bskyPostView) or the loader (which knows DIDs behind handles) can tell
// better.
func bskyPost(uri string, author Author, rec *bRecord, prefix string, fallback timeField) (*Post, string) {
	var at time.Time
	var why string
	switch {
	case rec.CreatedAt != "":
		at, why = bskyTime(prefix+"createdAt", rec.CreatedAt)
	case fallback.value != "":
		at, why = bskyTime(fallback.name, fallback.value)
	default:
		why = "field " + prefix + "createdAt: missing"
	}
	if why != "" {
		return nil, why
	}
	if why := checkText(prefix+"text", rec.Text); why != "" {
		return nil, why
	}
	p := &Post{
		ID:        "bsky:" + uri,
		Platform:  "bsky",
		Author:    author,
		Text:      rec.Text,
		CreatedAt: at,
	}
	p.Conversation = p.ID
	byDID := map[string]string{strings.ToLower(didOf(uri)): author.Key}
	mention := func(start, end int, did string) {
		if k := mentionKey(rec.Text, start, end, did); k != "" {
			p.Mentions = appendUnique(p.Mentions, k)
			byDID[strings.ToLower(did)] = k
			// The handle the text shows for the DID: what the author's
			// client resolved it to when posting.
			knownDID(p, k, did)
		}
	}
	for _, f := range rec.Facets {
		for _, feat := range f.Features {
			switch feat.Type {
			case "app.bsky.richtext.facet#mention":
				mention(f.Index.ByteStart, f.Index.ByteEnd, feat.DID)
			case "app.bsky.richtext.facet#tag":
				p.Hashtags = appendUnique(p.Hashtags, normTag(feat.Tag))
			}
		}
	}
	for _, e := range rec.Entities {
		if e.Type == "mention" {
			mention(e.Index.Start, e.Index.End, e.Value)
		}
	}
	for _, t := range rec.Tags {
		p.Hashtags = appendUnique(p.Hashtags, normTag(t))
	}
	if len(rec.Facets) == 0 {
		// Some clients post without facets; the text still says #tag.
		for _, t := range scanTags(rec.Text) {
			p.Hashtags = appendUnique(p.Hashtags, t)
		}
	}
	// The account a URI's author is known by: a mention's, else the DID's.
	accountOf := func(target string) string {
		did := strings.ToLower(didOf(target))
		if k, ok := byDID[did]; ok {
			return k
		}
		if strings.HasPrefix(did, "did:") {
			return "bsky:" + did
		}
		return ""
	}
	if rec.Reply != nil && rec.Reply.Parent.URI != "" {
		if !strings.HasPrefix(rec.Reply.Parent.URI, "at://") {
			return nil, fmt.Sprintf("field %sreply.parent.uri: %q is not an at:// URI", prefix, rec.Reply.Parent.URI)
		}
		p.ReplyTo = "bsky:" + rec.Reply.Parent.URI
		p.ReplyToAccount = accountOf(rec.Reply.Parent.URI)
		if rec.Reply.Root.URI != "" {
			p.Conversation = "bsky:" + rec.Reply.Root.URI
		}
	}
	if rec.Embed != nil {
		if quoted := embeddedURI(rec.Embed.Type, rec.Embed.Record); isPostURI(quoted) {
			p.Quotes = "bsky:" + quoted
			p.QuotesAccount = accountOf(quoted)
		}
	}
	return p, ""
}

// bskyRecord reads a bare record: from getRecord or listRecords (raw is
// the whole {uri, cid, value}), a repository export or a Jetstream event.
// Its author is known only by the DID in its URI. Posts and reposts are
// read; other records (likes, follows, profiles...) are skipped.
func (r *Reader) bskyRecord(uri string, value json.RawMessage, prefix, fallbackTime string, raw []byte, line int) {
	did, collection, rkey := splitATURI(uri)
	if did == "" || collection == "" || rkey == "" {
		r.reject(line, fmt.Sprintf("field uri: %q is not the at:// URI of a record", uri), raw, 0)
		return
	}
	if collection != "app.bsky.feed.post" && collection != "app.bsky.feed.repost" {
		r.skip(line, notAPost(collection))
		return
	}
	var author Author
	switch {
	case strings.HasPrefix(did, "did:"):
		author = Author{Key: "bsky:" + strings.ToLower(did), NativeID: did}
	case validHandle(did) && strings.Contains(did, "."):
		// at://ann.bsky.social/... names the repository by its handle.
		author = Author{Key: "bsky:" + strings.ToLower(did)}
	default:
		r.reject(line, fmt.Sprintf("field uri: %q names no DID or handle", uri), raw, 0)
		return
	}
	if bad := badUTF8(value); bad != "" {
		r.reject(line, bad, raw, 0)
		return
	}
	var rec bRecord
	if err := json.Unmarshal(value, &rec); err != nil {
		r.reject(line, strings.TrimSuffix(prefix, ".")+": "+decodeReason(err), raw, 0)
		return
	}
	if rec.Type != collection {
		r.reject(line, fmt.Sprintf("field %s$type: %q in the %s collection", prefix, rec.Type, collection), raw, 0)
		return
	}
	if collection == "app.bsky.feed.repost" {
		p, why := bskyRepostRecord(uri, author, &rec, prefix, fallbackTime)
		if why != "" {
			r.reject(line, why, raw, 0)
			return
		}
		r.emitPost(p, line)
		return
	}
	p, why := bskyPost(uri, author, &rec, prefix, timeField{"time_us", fallbackTime})
	if why != "" {
		r.reject(line, why, raw, 0)
		return
	}
	r.emitPost(p, line)
}

// bskyRepostRecord reads an app.bsky.feed.repost record: the same repost
// a feed shows as a reasonRepost, under the same id.
func bskyRepostRecord(uri string, author Author, rec *bRecord, prefix, fallbackTime string) (*Post, string) {
	if rec.Subject == nil || rec.Subject.URI == "" {
		return nil, "field " + prefix + "subject.uri: missing"
	}
	if !isPostURI(rec.Subject.URI) {
		return nil, fmt.Sprintf("field %ssubject.uri: %q is not the at:// URI of a post", prefix, rec.Subject.URI)
	}
	var at time.Time
	var why string
	switch {
	case rec.CreatedAt != "":
		at, why = bskyTime(prefix+"createdAt", rec.CreatedAt)
	case fallbackTime != "":
		at, why = bskyTime("time_us", fallbackTime)
	default:
		why = "field " + prefix + "createdAt: missing"
	}
	if why != "" {
		return nil, why
	}
	target := strings.ToLower(didOf(rec.Subject.URI))
	return &Post{
		ID:             "bsky:" + uri,
		Platform:       "bsky",
		Author:         author,
		CreatedAt:      at,
		Reposts:        "bsky:" + rec.Subject.URI,
		RepostsAccount: "bsky:" + target,
	}, ""
}

// notAPost is why a record of another collection is skipped.
func notAPost(collection string) string {
	return "not a post or repost: a " + collection + " record"
}

// splitATURI parts at://authority/collection/rkey.
func splitATURI(uri string) (authority, collection, rkey string) {
	rest, ok := strings.CutPrefix(uri, "at://")
	if !ok {
		return "", "", ""
	}
	parts := strings.Split(rest, "/")
	if len(parts) != 3 {
		return "", "", ""
	}
	return parts[0], parts[1], parts[2]
}

// mentionKey resolves a mention facet: its slice of the UTF-8 text reads
// "@handle". When the slice does not, the DID stands in for the handle.
func mentionKey(text string, start, end int, did string) string {
	if start >= 0 && start < end && end <= len(text) {
		h := strings.TrimPrefix(text[start:end], "@")
		if len(h) < end-start && validHandle(h) {
			return "bsky:" + strings.ToLower(h)
		}
	}
	if strings.HasPrefix(did, "did:") {
		return "bsky:" + strings.ToLower(did)
	}
	return ""
}

// embeddedURI digs the quoted record's URI out of a record embed, plain or
// with media.
func embeddedURI(typ string, raw json.RawMessage) string {
	var ref struct {
		URI    string `json:"uri"`
		Record *bRef  `json:"record"`
	}
	if json.Unmarshal(raw, &ref) != nil {
		return ""
	}
	switch typ {
	case "app.bsky.embed.record":
		return ref.URI
	case "app.bsky.embed.recordWithMedia":
		if ref.Record != nil {
			return ref.Record.URI
		}
	}
	return ""
}

// quotedAuthor reads the quoted post's author, key and DID, from the
// PostView's hydrated embed view.
func quotedAuthor(view json.RawMessage, uri string) (string, string) {
	if isNull(view) {
		return "", ""
	}
	type viewRecord struct {
		URI    string    `json:"uri"`
		Author *bProfile `json:"author"`
	}
	var v struct {
		Record json.RawMessage `json:"record"`
	}
	if json.Unmarshal(view, &v) != nil || isNull(v.Record) {
		return "", ""
	}
	var vr struct {
		viewRecord
		Record *viewRecord `json:"record"` // recordWithMedia#view nests one level more
	}
	if json.Unmarshal(v.Record, &vr) != nil {
		return "", ""
	}
	for _, c := range []*viewRecord{&vr.viewRecord, vr.Record} {
		if c != nil && c.URI == uri && c.Author != nil {
			if a, why := bskyAuthor(c.Author); why == "" {
				return a.Key, c.Author.DID
			}
		}
	}
	return "", ""
}

func bskyRepost(reason *bReason, orig *Post) (*Post, string) {
	author, why := bskyAuthor(reason.By)
	if why != "" {
		return nil, "reason.by: " + why
	}
	if reason.IndexedAt == "" {
		return nil, "field reason.indexedAt: missing"
	}
	at, why := bskyTime("reason.indexedAt", reason.IndexedAt)
	if why != "" {
		return nil, why
	}
	id := "bsky:" + reason.URI
	if reason.URI == "" {
		// Older AppViews leave out the repost record's URI; this stand-in is
		// stable, so loading the file again changes nothing.
		id = "bsky:repost/" + reason.By.DID + "/" + strings.TrimPrefix(orig.ID, "bsky:")
	}
	p := &Post{
		ID:             id,
		Platform:       "bsky",
		Author:         author,
		CreatedAt:      at,
		Reposts:        orig.ID,
		RepostsAccount: orig.Author.Key,
		Hashtags:       append([]string(nil), orig.Hashtags...),
	}
	knownDID(p, orig.Author.Key, orig.Author.NativeID)
	return p, ""
}
