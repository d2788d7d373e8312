// Command livereplay serves a live replay of real recorded Bluesky posts
// (collecttest.BlueskyLive) on 127.0.0.1 for the dashboard's live test:
// it prints its address, then one JSON line per post the first time it is
// served (collecttest.Served), until killed.
//
//	livereplay --data testdata/real --span 2025-07-02T22:40:00Z/2025-07-02T23:10:00Z --speed 120 --start-in 20s
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/peergraph/peergraph/loader/collect/collecttest"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "livereplay:", err)
		os.Exit(1)
	}
}

func run() error {
	data := flag.String("data", "testdata/real", "the recordings (testdata/real)")
	var spans []collecttest.Span
	flag.Func("span", "a stretch of the recording, FROM/TO in RFC 3339 (repeat: played one after the other)", func(v string) error {
		from, to, ok := strings.Cut(v, "/")
		if !ok {
			return fmt.Errorf("%q is not FROM/TO", v)
		}
		f, err := time.Parse(time.RFC3339, from)
		if err != nil {
			return err
		}
		t, err := time.Parse(time.RFC3339, to)
		if err != nil {
			return err
		}
		spans = append(spans, collecttest.Span{From: f, To: t})
		return nil
	})
	speed := flag.Float64("speed", 120, "how many times faster than recorded")
	startIn := flag.Duration("start-in", 20*time.Second, "when the first span starts, from now")
	addr := flag.String("addr", "127.0.0.1:0", "where to listen (127.0.0.1 only)")
	flag.Parse()
	if len(spans) == 0 {
		return fmt.Errorf("name at least one --span")
	}
	var mu sync.Mutex
	out := json.NewEncoder(os.Stdout)
	replay, err := collecttest.NewBlueskyLive(*data, spans, time.Now().Add(*startIn), *speed, func(s collecttest.Served) {
		mu.Lock()
		defer mu.Unlock()
		out.Encode(s)
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	mu.Lock()
	out.Encode(map[string]any{"listening": "http://" + ln.Addr().String(), "plan": replay.Posts()})
	mu.Unlock()
	return http.Serve(ln, replay)
}
