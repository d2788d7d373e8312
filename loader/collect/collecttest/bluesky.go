package collecttest

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// Bluesky serves the AppView's post search and threads from real answers
// that atrrr's tests recorded (testdata/real/bsky/atrrr): the first page of
// any search is the recorded #rstats search, its next page is empty (the
// next one was not recorded); a thread is the recorded answer for its uri,
// else the AppView's 400 NotFound; profiles are the recorded getProfiles
// answer, whoever is asked for.
type Bluesky struct {
	*httptest.Server
	mu       sync.Mutex
	requests []Request
	search   []byte
	threads  map[string][]byte
	profiles []byte
}

func NewBluesky(t testing.TB, root string) *Bluesky {
	t.Helper()
	dir := filepath.Join(root, "bsky", "atrrr")
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	b := &Bluesky{search: read("app.bsky.feed.searchPosts_bb16d.json"), profiles: read("app.bsky.actor.getProfiles_3ed2a.json"), threads: map[string][]byte{
		"at://did:plc:ntd53albt5ffa4rgervvgibd/app.bsky.feed.post/3kbi55xm6u62v": read("app.bsky.feed.getPostThread_72827.json"),
		"at://did:plc:ntd53albt5ffa4rgervvgibd/app.bsky.feed.post/3kbi57u4sys2l": read("app.bsky.feed.getPostThread_aa665.json"),
	}}
	b.Server = httptest.NewServer(http.HandlerFunc(b.serve))
	t.Cleanup(b.Close)
	return b
}

func (b *Bluesky) Requests() []Request {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]Request(nil), b.requests...)
}

func (b *Bluesky) serve(w http.ResponseWriter, r *http.Request) {
	b.mu.Lock()
	b.requests = append(b.requests, Request{Path: r.URL.Path, Query: r.URL.RawQuery, At: time.Now(), Status: 200})
	b.mu.Unlock()
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("RateLimit-Limit", "3000")
	w.Header().Set("RateLimit-Remaining", "2999")
	q := r.URL.Query()
	switch r.URL.Path {
	case "/xrpc/app.bsky.feed.searchPosts":
		if q.Get("cursor") == "" {
			w.Write(b.search)
			return
		}
		w.Write([]byte(`{"posts":[]}`))
	case "/xrpc/app.bsky.feed.getPostThread":
		if body, ok := b.threads[q.Get("uri")]; ok {
			w.Write(body)
			return
		}
		w.WriteHeader(http.StatusBadRequest)
		w.Write([]byte(`{"error":"NotFound","message":"Post not found: ` + q.Get("uri") + `"}`))
	case "/xrpc/app.bsky.actor.getProfiles":
		// The recorded answer, whichever actors are asked for.
		w.Write(b.profiles)
	default:
		w.WriteHeader(http.StatusNotImplemented)
		w.Write([]byte(`{"error":"MethodNotImplemented","message":"Method Not Implemented"}`))
	}
}
