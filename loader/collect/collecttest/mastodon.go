// Package collecttest replays real recorded API answers (testdata/real) on
// 127.0.0.1, as the platforms would serve them, with the faults the
// collector must live with: rate limits, server errors, bad answers.
package collecttest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// Request is one request the replay served.
type Request struct {
	Path   string
	Query  string
	At     time.Time
	Status int
}

// Mastodon serves a Mastodon instance's tag timeline and thread contexts
// from real answers: the timeline's pages are the five pages rtoot's tests
// recorded of one fosstodon.org account (testdata/real/mastodon/rtoot,
// get_account_statuses_limit-N.json), served in their recorded max_id
// chain, whatever the tag; a context is the recorded answer where there is
// one, else Mastodon's 404 for a status it cannot show.
type Mastodon struct {
	*httptest.Server
	// Faults, by the request's number (1-based, counting every request).
	TooMany    map[int]int  // a 429 with this Retry-After in seconds
	ServerErr  map[int]bool // a 503
	HTMLPage   map[int]bool // a 200 with an HTML error page
	CutShort   map[int]bool // a 200 whose body stops halfway
	Slow       map[int]time.Duration
	mu         sync.Mutex
	requests   []Request
	pages      [][]byte
	chain      map[string]int // max_id -> page index
	firstNewer string         // the newest status id: a max_id above it gives page 0
	contexts   map[string][]byte
}

// NewMastodon starts the replay; root is testdata/real.
func NewMastodon(t testing.TB, root string) *Mastodon {
	t.Helper()
	m := &Mastodon{TooMany: map[int]int{}, ServerErr: map[int]bool{}, HTMLPage: map[int]bool{}, CutShort: map[int]bool{},
		Slow: map[int]time.Duration{}, chain: map[string]int{}, contexts: map[string][]byte{}}
	dir := filepath.Join(root, "mastodon", "rtoot")
	for i := 1; i <= 5; i++ {
		b, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("get_account_statuses_limit-%d.json", i)))
		if err != nil {
			t.Fatal(err)
		}
		var page []struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(b, &page); err != nil {
			t.Fatal(err)
		}
		m.pages = append(m.pages, b)
		if i == 1 {
			m.firstNewer = page[0].ID
		}
		// The recorded next page is asked for with max_id = this page's last id.
		m.chain[page[len(page)-1].ID] = i
	}
	for id, name := range map[string]string{
		"114026814291152535": "get_context_with_token.json",
		"114027213608365869": "get_context_with_ancesters.json",
	} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		m.contexts[id] = b
	}
	m.Server = httptest.NewServer(http.HandlerFunc(m.serve))
	t.Cleanup(m.Close)
	return m
}

// Requests are the requests served so far.
func (m *Mastodon) Requests() []Request {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]Request(nil), m.requests...)
}

func (m *Mastodon) serve(w http.ResponseWriter, r *http.Request) {
	m.mu.Lock()
	n := len(m.requests) + 1
	m.requests = append(m.requests, Request{Path: r.URL.Path, Query: r.URL.RawQuery, At: time.Now()})
	m.mu.Unlock()
	status := http.StatusOK
	defer func() {
		m.mu.Lock()
		m.requests[n-1].Status = status
		m.mu.Unlock()
	}()
	if d := m.Slow[n]; d > 0 {
		time.Sleep(d)
	}
	switch {
	case m.TooMany[n] > 0:
		status = http.StatusTooManyRequests
		w.Header().Set("Retry-After", fmt.Sprint(m.TooMany[n]))
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		w.Write([]byte(`{"error":"Too many requests"}`))
		return
	case m.ServerErr[n]:
		status = http.StatusServiceUnavailable
		http.Error(w, "<html><body>503 Service Temporarily Unavailable</body></html>", status)
		return
	case m.HTMLPage[n]:
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<!DOCTYPE html><html><body><h1>We're sorry, but something went wrong.</h1></body></html>"))
		return
	}
	body, code := m.answer(r)
	status = code
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-RateLimit-Limit", "300")
	w.Header().Set("X-RateLimit-Remaining", "299")
	w.Header().Set("X-RateLimit-Reset", time.Now().Add(5*time.Minute).UTC().Format(time.RFC3339Nano))
	if m.CutShort[n] {
		// Say the whole length, send half, and hang up.
		w.Header().Set("Content-Length", fmt.Sprint(len(body)))
		w.WriteHeader(code)
		w.Write(body[:len(body)/2])
		if hj, ok := w.(http.Hijacker); ok {
			conn, _, err := hj.Hijack()
			if err == nil {
				conn.Close()
			}
		}
		return
	}
	w.WriteHeader(code)
	w.Write(body)
}

func (m *Mastodon) answer(r *http.Request) ([]byte, int) {
	path := r.URL.Path
	switch {
	case strings.HasPrefix(path, "/api/v1/timelines/tag/"):
		q := r.URL.Query()
		if q.Get("min_id") != "" {
			return []byte("[]"), http.StatusOK // nothing newer was recorded
		}
		maxID := q.Get("max_id")
		if maxID == "" || newer(maxID, m.firstNewer) {
			return m.pages[0], http.StatusOK
		}
		if i, ok := m.chain[maxID]; ok {
			if i < len(m.pages) {
				return m.pages[i], http.StatusOK
			}
			return []byte("[]"), http.StatusOK
		}
		return []byte("[]"), http.StatusOK
	case strings.HasPrefix(path, "/api/v1/statuses/") && strings.HasSuffix(path, "/context"):
		id := strings.TrimSuffix(strings.TrimPrefix(path, "/api/v1/statuses/"), "/context")
		if b, ok := m.contexts[id]; ok {
			return b, http.StatusOK
		}
		return []byte(`{"error":"Record not found"}`), http.StatusNotFound
	}
	return []byte(`{"error":"This API endpoint is not replayed"}`), http.StatusNotFound
}

func newer(a, b string) bool {
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return a > b
}
