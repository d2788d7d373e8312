package collect

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// UserAgent names the project to the platforms, as their API terms ask.
const UserAgent = "peergraph-collector/1 (+https://github.com/peergraph/peergraph; community chat archives)"

// maxAnswer bounds one answer's body: a page of any of the APIs is far
// smaller.
const maxAnswer = 64 << 20

// Answer is one API answer as it came.
type Answer struct {
	URL    string
	Status int
	Header http.Header
	Body   []byte
	At     time.Time
}

// client is polite: one request at a time per host, a pause when the
// platform's rate-limit headers say the budget is spent, the wait a 429's
// Retry-After asks for, and backoff with jitter on 5xx and network errors.
type client struct {
	http     *http.Client
	log      *slog.Logger
	attempts int
	backoff  time.Duration // first backoff; doubles each retry
	// sleep waits, unless ctx ends first; tests see every wait.
	sleep func(ctx context.Context, d time.Duration) error
	now   func() time.Time

	mu    sync.Mutex
	hosts map[string]*hostState
	// Requests counts every request sent, for progress and tests.
	requests int
}

type hostState struct {
	mu       sync.Mutex // one request at a time per host
	notUntil time.Time  // no request before this (Retry-After, a spent budget)
}

func newClient(log *slog.Logger) *client {
	return &client{
		http:     &http.Client{Timeout: 60 * time.Second},
		log:      log,
		attempts: 6,
		backoff:  time.Second,
		sleep:    sleepCtx,
		now:      time.Now,
		hosts:    map[string]*hostState{},
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (c *client) host(u *url.URL) *hostState {
	c.mu.Lock()
	defer c.mu.Unlock()
	h := c.hosts[u.Host]
	if h == nil {
		h = &hostState{}
		c.hosts[u.Host] = h
	}
	return h
}

// errGaveUp is a request that failed on every attempt.
var errGaveUp = errors.New("gave up")

// get fetches rawURL with the given headers. A 2xx answer comes back with
// a nil error; so do 4xx answers other than 429, which no retry changes
// (the caller reports them); 429, 5xx and network errors are retried.
func (c *client) get(ctx context.Context, rawURL string, header http.Header) (Answer, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return Answer{}, err
	}
	h := c.host(u)
	h.mu.Lock()
	defer h.mu.Unlock()
	wait := c.backoff
	var last error
	for attempt := 1; attempt <= c.attempts; attempt++ {
		if err := c.sleep(ctx, h.notUntil.Sub(c.now())); err != nil {
			return Answer{}, err
		}
		ans, err := c.do(ctx, rawURL, header)
		switch {
		case err != nil:
			last = err
			if ctx.Err() != nil {
				return Answer{}, ctx.Err()
			}
		case ans.Status == http.StatusTooManyRequests:
			last = fmt.Errorf("429 Too Many Requests")
			d := retryAfter(ans.Header, c.now())
			if d <= 0 {
				d = jitter(wait)
				wait *= 2
			}
			h.notUntil = c.now().Add(d)
			c.log.Info("rate limited: waiting as the platform asks", "url", rawURL, "wait", d.Round(time.Millisecond))
			continue
		case ans.Status >= 500:
			last = fmt.Errorf("%d %s", ans.Status, http.StatusText(ans.Status))
		default:
			h.notUntil = budgetSpent(ans.Header, c.now())
			return ans, nil
		}
		d := jitter(wait)
		wait *= 2
		c.log.Info("retrying", "url", rawURL, "after", last, "attempt", attempt, "wait", d.Round(time.Millisecond))
		h.notUntil = c.now().Add(d)
	}
	return Answer{}, fmt.Errorf("%s: %w after %d attempts: %v", rawURL, errGaveUp, c.attempts, last)
}

func (c *client) do(ctx context.Context, rawURL string, header http.Header) (Answer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return Answer{}, err
	}
	for k, v := range header {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "application/json")
	c.mu.Lock()
	c.requests++
	c.mu.Unlock()
	resp, err := c.http.Do(req)
	if err != nil {
		return Answer{}, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer+1))
	if err != nil {
		// A body cut by the network: retried like a failed request.
		return Answer{}, fmt.Errorf("reading the answer: %w", err)
	}
	if len(body) > maxAnswer {
		return Answer{}, fmt.Errorf("answer over %d bytes", maxAnswer)
	}
	return Answer{URL: rawURL, Status: resp.StatusCode, Header: resp.Header, Body: body, At: c.now().UTC()}, nil
}

// retryAfter reads how long a 429 asks to wait: Retry-After (seconds or an
// HTTP date), else the rate-limit reset header the platform sends.
func retryAfter(h http.Header, now time.Time) time.Duration {
	if v := h.Get("Retry-After"); v != "" {
		if s, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
			return time.Duration(s) * time.Second
		}
		if t, err := http.ParseTime(v); err == nil {
			return t.Sub(now)
		}
	}
	if t, ok := resetAt(h); ok {
		return t.Sub(now)
	}
	return 0
}

// budgetSpent is when the next request may go: now, unless the answer's
// rate-limit headers say the budget is spent until their reset.
func budgetSpent(h http.Header, now time.Time) time.Time {
	for _, name := range []string{"X-RateLimit-Remaining", "RateLimit-Remaining", "X-Rate-Limit-Remaining"} {
		if v := h.Get(name); v != "" {
			if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n <= 0 {
				if t, ok := resetAt(h); ok && t.After(now) {
					return t
				}
			}
			break
		}
	}
	return time.Time{}
}

// resetAt reads when the rate-limit budget comes back: Mastodon sends an
// ISO time (X-RateLimit-Reset), Bluesky and X Unix seconds (RateLimit-Reset,
// X-Rate-Limit-Reset).
func resetAt(h http.Header) (time.Time, bool) {
	for _, name := range []string{"X-RateLimit-Reset", "RateLimit-Reset", "X-Rate-Limit-Reset"} {
		v := strings.TrimSpace(h.Get(name))
		if v == "" {
			continue
		}
		if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
			return t, true
		}
		if s, err := strconv.ParseInt(v, 10, 64); err == nil {
			return time.Unix(s, 0), true
		}
	}
	return time.Time{}, false
}

// jitter spreads a backoff over [d/2, d) so that clients do not retry in
// step.
func jitter(d time.Duration) time.Duration {
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}
