package loadgen

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunCountsAnswersAndErrors(t *testing.T) {
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer tok" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		// Every third request answers a GraphQL error.
		if n.Add(1)%3 == 0 {
			fmt.Fprint(w, `{"data":null,"errors":[{"message":"no"}]}`)
			return
		}
		fmt.Fprint(w, `{"data":{"ok":true}}`)
	}))
	defer srv.Close()
	res := Run(context.Background(), srv.Client(), Config{
		URL: srv.URL, Token: "tok", Concurrency: 3, Duration: 200 * time.Millisecond,
		Body: func(c, i int) []byte { return []byte(`{"query":"{ ok }"}`) },
	})
	if res.Requests == 0 || res.Errors == 0 || res.Errors >= res.Requests {
		t.Fatalf("requests %d, errors %d: want some of each", res.Requests, res.Errors)
	}
	if !strings.Contains(res.FirstError, "no") {
		t.Errorf("first error = %q, want the GraphQL error", res.FirstError)
	}
	if res.PerSecond <= 0 || res.P50 <= 0 || res.P99 < res.P50 {
		t.Errorf("throughput %.1f/s, p50 %v, p99 %v", res.PerSecond, res.P50, res.P99)
	}
}

func TestPercentile(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	for _, tt := range []struct {
		p    int
		want time.Duration
	}{{50, 50 * time.Millisecond}, {99, 99 * time.Millisecond}, {100, 100 * time.Millisecond}} {
		if got := Percentile(ds, tt.p); got != tt.want {
			t.Errorf("Percentile(1..100ms, %d) = %v, want %v", tt.p, got, tt.want)
		}
	}
	if Percentile(nil, 50) != 0 {
		t.Error("Percentile of nothing should be 0")
	}
}
