package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// The benchmark measures the questions from the server's read model, so it
// waits while /readyz says the model is building; a server that names no
// read model is measured as it is, and one that never gets a current model
// fails the run instead of measuring Neo4j under the model's name.
func TestWaitForReadModel(t *testing.T) {
	tests := []struct {
		name    string
		bodies  []string // /readyz's answers in turn; the last repeats
		limit   time.Duration
		wantErr string
	}{
		{"no read model", []string{"ready\n"}, time.Minute, ""},
		{"current at once", []string{"ready\nread model: current (version 3:1, built in 2s)\n"}, time.Minute, ""},
		{"building, then current", []string{"ready\nread model: building the first model; the questions read Neo4j meanwhile\n",
			"ready\nread model: current (version 3:1, built in 2s)\n"}, time.Minute, ""},
		{"never current", []string{"ready\nread model: stale, rebuilding; the questions read Neo4j meanwhile\n"}, 1500 * time.Millisecond,
			"not current after 1.5s (last: stale, rebuilding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var asked atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				i := min(int(asked.Add(1))-1, len(tt.bodies)-1)
				w.Write([]byte(tt.bodies[i]))
			}))
			defer srv.Close()
			err := waitForReadModel(context.Background(), srv.URL, tt.limit)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("err = %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
			}
			if tt.wantErr == "" && int(asked.Load()) != len(tt.bodies) {
				t.Errorf("asked %d times, want %d", asked.Load(), len(tt.bodies))
			}
		})
	}
}
