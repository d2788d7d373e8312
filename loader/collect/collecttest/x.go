package collecttest

import (
	"bufio"
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// X serves the X API v2's search from a real answer: the page twarc 2.0.3
// kept of a recent search (testdata/real/x/twarc-csv/noflat.jsonl; twarc
// adds its own "__twarc" key) is the first page of any hashtag search;
// its next page, and any conversation, come back empty ({"meta":
// {"result_count": 0}}, as the API answers a search with no results).
type X struct {
	*httptest.Server
	mu       sync.Mutex
	requests []Request
	page     []byte
	// TooMany answers the request with this number with a 429 and
	// x-rate-limit-reset (Unix seconds) two seconds ahead, as X does.
	TooMany map[int]bool
}

func NewX(t testing.TB, root string) *X {
	t.Helper()
	f, err := os.Open(filepath.Join(root, "x", "twarc-csv", "noflat.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	sc.Scan()
	x := &X{page: bytes.Clone(sc.Bytes()), TooMany: map[int]bool{}}
	x.Server = httptest.NewServer(http.HandlerFunc(x.serve))
	t.Cleanup(x.Close)
	return x
}

func (x *X) Requests() []Request {
	x.mu.Lock()
	defer x.mu.Unlock()
	return append([]Request(nil), x.requests...)
}

func (x *X) serve(w http.ResponseWriter, r *http.Request) {
	x.mu.Lock()
	x.requests = append(x.requests, Request{Path: r.URL.Path, Query: r.URL.RawQuery, At: time.Now(), Status: 200})
	n := len(x.requests)
	x.mu.Unlock()
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if r.Header.Get("Authorization") != "Bearer test-bearer" {
		w.WriteHeader(http.StatusUnauthorized)
		w.Write([]byte(`{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}`))
		return
	}
	if x.TooMany[n] {
		w.Header().Set("x-rate-limit-remaining", "0")
		w.Header().Set("x-rate-limit-reset", strconvUnix(time.Now().Add(2*time.Second)))
		w.WriteHeader(http.StatusTooManyRequests)
		w.Write([]byte(`{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}`))
		return
	}
	q := r.URL.Query()
	w.Header().Set("x-rate-limit-remaining", "449")
	if strings.HasPrefix(r.URL.Path, "/2/tweets/search/") && strings.HasPrefix(q.Get("query"), "#") &&
		q.Get("next_token") == "" && q.Get("since_id") == "" {
		w.Write(x.page)
		return
	}
	w.Write([]byte(`{"meta":{"result_count":0}}`))
}

func strconvUnix(t time.Time) string { return strconv.FormatInt(t.Unix(), 10) }
