// Package loadgen drives a GraphQL endpoint with a fixed number of
// concurrent clients for a fixed time and reports throughput, latency and
// errors: the closed-loop load a benchmark puts beside another server's.
package loadgen

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"time"
)

// Config says what to send, how many clients send it at once, and for how long.
type Config struct {
	URL         string
	Token       string // sent as a bearer token when not empty
	Concurrency int
	Duration    time.Duration
	// Body is the request body of a client's i-th request (client in
	// [0, Concurrency)); it varies the inputs so no cache answers alone.
	Body func(client, i int) []byte
}

// Result is what a run measured.
type Result struct {
	Requests   int           `json:"requests"`
	Errors     int           `json:"errors"`
	Seconds    float64       `json:"seconds"`
	PerSecond  float64       `json:"perSecond"` // successful requests per second
	P50        time.Duration `json:"p50"`
	P99        time.Duration `json:"p99"`
	FirstError string        `json:"firstError,omitempty"`
}

// Run sends requests until the duration is over or ctx ends. A request
// counts as an error when the transport fails, the status is not 200, or
// the answer carries GraphQL errors or no data.
func Run(ctx context.Context, client *http.Client, cfg Config) Result {
	ctx, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()
	type clientResult struct {
		took     []time.Duration
		errors   int
		firstErr string
	}
	results := make([]clientResult, cfg.Concurrency)
	start := time.Now()
	var wg sync.WaitGroup
	for c := range cfg.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := &results[c]
			for i := 0; ctx.Err() == nil; i++ {
				t0 := time.Now()
				err := send(ctx, client, cfg, cfg.Body(c, i))
				if ctx.Err() != nil {
					return // cut off by the end of the run: not counted
				}
				if err != nil {
					r.errors++
					if r.firstErr == "" {
						r.firstErr = err.Error()
					}
					continue
				}
				r.took = append(r.took, time.Since(t0))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	var all []time.Duration
	out := Result{Seconds: elapsed.Seconds()}
	for _, r := range results {
		all = append(all, r.took...)
		out.Errors += r.errors
		if out.FirstError == "" {
			out.FirstError = r.firstErr
		}
	}
	out.Requests = len(all) + out.Errors
	out.PerSecond = float64(len(all)) / elapsed.Seconds()
	out.P50, out.P99 = Percentile(all, 50), Percentile(all, 99)
	return out
}

// Percentile is the nearest-rank p-th percentile; 0 for no samples.
func Percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := (len(s)*p + 99) / 100
	return s[min(max(i-1, 0), len(s)-1)]
}

func send(ctx context.Context, client *http.Client, cfg Config, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, cfg.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if cfg.Token != "" {
		req.Header.Set("Authorization", "Bearer "+cfg.Token)
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var r struct {
		Data   json.RawMessage   `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(b, &r); err != nil || resp.StatusCode != http.StatusOK || len(r.Errors) > 0 || len(r.Data) == 0 || string(r.Data) == "null" {
		return fmt.Errorf("status %d: %.300s", resp.StatusCode, b)
	}
	return nil
}
