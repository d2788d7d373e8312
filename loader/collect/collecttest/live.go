package collecttest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A live replay plays a chat's recorded posts again as if the chat were
// on now: each post appears at its recorded time, moved so that the first
// comes at Start and sped up Speed times; its times (created_at,
// createdAt, indexedAt) are rewritten to when it appears, and nothing else
// of the recorded answer changes.

// Clock maps a recorded time to the time a replay serves it at.
type Clock struct {
	Start  time.Time // when the first post appears
	Origin time.Time // the recorded time of the first post
	Speed  float64   // 60 plays a recorded hour in a minute
}

// At is when a post recorded at t appears.
func (c Clock) At(t time.Time) time.Time {
	return c.Start.Add(time.Duration(float64(t.Sub(c.Origin)) / c.Speed))
}

// Served is a post a replay served for the first time.
type Served struct {
	ID     string    `json:"id"`
	Author string    `json:"author"`
	Reply  string    `json:"replyTo,omitempty"` // the post it answers
	At     time.Time `json:"at"`                // its (moved) creation time
	Served time.Time `json:"served"`
}

// livePost is one recorded post, its JSON as a map so that only its times
// are rewritten.
type livePost struct {
	id, author, reply string
	recorded          time.Time
	at                time.Time // moved
	body              []byte
}

type liveLog struct {
	mu     sync.Mutex
	served map[string]Served
	// OnServed, when set, is told of each post served for the first time.
	onServed func(Served)
}

func (l *liveLog) serve(p livePost) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.served[p.id]; ok {
		return
	}
	s := Served{ID: p.id, Author: p.author, Reply: p.reply, At: p.at, Served: time.Now()}
	l.served[p.id] = s
	if l.onServed != nil {
		l.onServed(s)
	}
}

// ServedPosts are the posts served so far, by id.
func (l *liveLog) ServedPosts() map[string]Served {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make(map[string]Served, len(l.served))
	for k, v := range l.served {
		out[k] = v
	}
	return out
}

// BlueskyLive replays a recorded #rstats search (atrrr's
// app.bsky.feed.searchPosts_bb16d.json, 100 posts of 2 to 4 July 2025)
// live: searchPosts gives the posts that have appeared by now, newest
// first, within its since and until, paged by cursor.
type BlueskyLive struct {
	liveLog
	posts []livePost // oldest first
}

// Span is a stretch of a recording, [From, To).
type Span struct{ From, To time.Time }

// NewBlueskyLive replays the recorded posts made in the spans, one after
// the other from start, each at its recorded pace sped up speed times (the
// time between spans is skipped); onServed (or nil) is told of each post
// served.
func NewBlueskyLive(root string, spans []Span, start time.Time, speed float64, onServed func(Served)) (*BlueskyLive, error) {
	path := filepath.Join(root, "bsky", "atrrr", "app.bsky.feed.searchPosts_bb16d.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var page struct {
		Posts []map[string]any `json:"posts"`
	}
	if err := json.Unmarshal(b, &page); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	l := &BlueskyLive{liveLog: liveLog{served: map[string]Served{}, onServed: onServed}}
	// Each span's clock starts where the one before ends.
	clocks := make([]Clock, len(spans))
	for i, s := range spans {
		clocks[i] = Clock{Start: start, Origin: s.From, Speed: speed}
		start = clocks[i].At(s.To)
	}
	for _, p := range page.Posts {
		rec, _ := p["record"].(map[string]any)
		created, err := time.Parse(time.RFC3339Nano, fmt.Sprint(rec["createdAt"]))
		if err != nil {
			continue
		}
		span := slices.IndexFunc(spans, func(s Span) bool { return !created.Before(s.From) && created.Before(s.To) })
		if span < 0 {
			continue
		}
		at := clocks[span].At(created).UTC()
		stamp := at.Format("2006-01-02T15:04:05.000Z")
		rec["createdAt"] = stamp
		p["indexedAt"] = stamp
		lp := livePost{id: fmt.Sprint(p["uri"]), recorded: created, at: at}
		if a, ok := p["author"].(map[string]any); ok {
			lp.author = fmt.Sprint(a["handle"])
		}
		if r, ok := rec["reply"].(map[string]any); ok {
			if parent, ok := r["parent"].(map[string]any); ok {
				lp.reply = fmt.Sprint(parent["uri"])
			}
		}
		if lp.body, err = json.Marshal(p); err != nil {
			return nil, err
		}
		l.posts = append(l.posts, lp)
	}
	slices.SortFunc(l.posts, func(a, b livePost) int { return a.at.Compare(b.at) })
	return l, nil
}

// Posts are the replayed posts, oldest first, with their moved times.
func (l *BlueskyLive) Posts() []Served {
	out := make([]Served, len(l.posts))
	for i, p := range l.posts {
		out[i] = Served{ID: p.id, Author: p.author, Reply: p.reply, At: p.at}
	}
	return out
}

func (l *BlueskyLive) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if r.URL.Path != "/xrpc/app.bsky.feed.searchPosts" {
		w.WriteHeader(http.StatusNotImplemented)
		w.Write([]byte(`{"error":"MethodNotImplemented","message":"Method Not Implemented"}`))
		return
	}
	q := r.URL.Query()
	since, until := parseBound(q.Get("since")), parseBound(q.Get("until"))
	limit, _ := strconv.Atoi(q.Get("limit"))
	if limit <= 0 || limit > 100 {
		limit = 25
	}
	offset, _ := strconv.Atoi(q.Get("cursor"))
	now := time.Now()
	var match []livePost
	for i := len(l.posts) - 1; i >= 0; i-- { // newest first
		p := l.posts[i]
		if p.at.After(now) || (!since.IsZero() && p.at.Before(since)) || (!until.IsZero() && !p.at.Before(until)) {
			continue
		}
		match = append(match, p)
	}
	end := min(offset+limit, len(match))
	if offset > end {
		offset = end
	}
	var body strings.Builder
	body.WriteString(`{"posts":[`)
	for i, p := range match[offset:end] {
		if i > 0 {
			body.WriteByte(',')
		}
		body.Write(p.body)
	}
	body.WriteString("]")
	if end < len(match) {
		fmt.Fprintf(&body, `,"cursor":"%d"`, end)
	}
	body.WriteString("}")
	w.Write([]byte(body.String()))
	for _, p := range match[offset:end] {
		l.serve(p)
	}
}

func parseBound(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

// MastodonLive replays a recorded tag timeline (rtoot's
// get_timeline_hashtag_default.json: five #rstats statuses of five
// accounts on fosstodon.org, 17 July 2025) live, their ids moved with
// their times (a Mastodon id is its time): the hashtag's stream
// (GET /api/v1/streaming/hashtag, server-sent events) sends each status as
// an `update` when it appears, and the tag timeline with min_id gives the
// statuses that have appeared since. With RefuseStream the stream answers
// 401, as instances that stream only to signed-in users do.
type MastodonLive struct {
	liveLog
	RefuseStream bool
	clock        Clock
	posts        []livePost // oldest first
	mu           sync.Mutex
	requests     []Request
}

// NewMastodonLive replays the recorded statuses with a clock whose Origin
// is the first status's time.
func NewMastodonLive(root string, start time.Time, speed float64, onServed func(Served)) (*MastodonLive, error) {
	path := filepath.Join(root, "mastodon", "rtoot", "get_timeline_hashtag_default.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var statuses []map[string]any
	if err := json.Unmarshal(b, &statuses); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := &MastodonLive{liveLog: liveLog{served: map[string]Served{}, onServed: onServed}}
	origin := time.Time{}
	for _, s := range statuses {
		t, err := time.Parse(time.RFC3339Nano, fmt.Sprint(s["created_at"]))
		if err != nil {
			return nil, fmt.Errorf("%s: created_at: %w", path, err)
		}
		if origin.IsZero() || t.Before(origin) {
			origin = t
		}
	}
	m.clock = Clock{Start: start, Origin: origin, Speed: speed}
	for i, s := range statuses {
		t, _ := time.Parse(time.RFC3339Nano, fmt.Sprint(s["created_at"]))
		at := m.clock.At(t).UTC()
		s["created_at"] = at.Format("2006-01-02T15:04:05.000Z")
		// A Mastodon id is its status's time (milliseconds, shifted 16
		// bits): moved with it, so that min_id pages as on an instance. The
		// post keeps its name, which the loader reads from its uri.
		s["id"] = strconv.FormatInt(at.UnixMilli()<<16+int64(i), 10)
		lp := livePost{id: fmt.Sprint(s["id"]), recorded: t, at: at}
		if a, ok := s["account"].(map[string]any); ok {
			lp.author = fmt.Sprint(a["acct"])
		}
		if r, ok := s["in_reply_to_id"].(string); ok {
			lp.reply = r
		}
		if lp.body, err = json.Marshal(s); err != nil {
			return nil, err
		}
		m.posts = append(m.posts, lp)
	}
	slices.SortFunc(m.posts, func(a, b livePost) int { return a.at.Compare(b.at) })
	return m, nil
}

// Posts are the replayed statuses, oldest first, with their moved times.
func (m *MastodonLive) Posts() []Served {
	out := make([]Served, len(m.posts))
	for i, p := range m.posts {
		out[i] = Served{ID: p.id, Author: p.author, Reply: p.reply, At: p.at}
	}
	return out
}

// Requests are the requests served so far.
func (m *MastodonLive) Requests() []Request {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]Request(nil), m.requests...)
}

func (m *MastodonLive) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	m.mu.Lock()
	m.requests = append(m.requests, Request{Path: r.URL.Path, Query: r.URL.RawQuery, At: time.Now(), Status: 200})
	m.mu.Unlock()
	switch {
	case r.URL.Path == "/api/v1/streaming/hashtag":
		if m.RefuseStream {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusUnauthorized)
			w.Write([]byte(`{"error":"Missing access token"}`))
			return
		}
		m.stream(w, r)
	case strings.HasPrefix(r.URL.Path, "/api/v1/timelines/tag/"):
		m.timeline(w, r)
	default:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(`{"error":"This API endpoint is not replayed"}`))
	}
}

// stream sends each status when it appears, and a heartbeat comment
// between them, as Mastodon's streaming server does.
func (m *MastodonLive) stream(w http.ResponseWriter, r *http.Request) {
	flusher, _ := w.(http.Flusher)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	w.Write([]byte(":)\n\n"))
	if flusher != nil {
		flusher.Flush()
	}
	connected := time.Now()
	for _, p := range m.posts {
		if p.at.Before(connected) {
			continue // appeared before the stream opened: the timeline has it
		}
		select {
		case <-r.Context().Done():
			return
		case <-time.After(time.Until(p.at)):
		}
		fmt.Fprintf(w, "event: update\ndata: %s\n\n", p.body)
		if flusher != nil {
			flusher.Flush()
		}
		m.serve(p)
	}
	<-r.Context().Done()
}

// timeline gives the statuses that have appeared after min_id, newest
// first (a whole page: a replay has fewer than a page).
func (m *MastodonLive) timeline(w http.ResponseWriter, r *http.Request) {
	minID := r.URL.Query().Get("min_id")
	now := time.Now()
	var out []livePost
	for i := len(m.posts) - 1; i >= 0; i-- {
		p := m.posts[i]
		if !p.at.After(now) && (minID == "" || newer(p.id, minID)) {
			out = append(out, p)
		}
	}
	var body strings.Builder
	body.WriteByte('[')
	for i, p := range out {
		if i > 0 {
			body.WriteByte(',')
		}
		body.Write(p.body)
	}
	body.WriteByte(']')
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write([]byte(body.String()))
	for _, p := range out {
		m.serve(p)
	}
}
