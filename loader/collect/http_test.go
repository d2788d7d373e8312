package collect

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/loader/collect/collecttest"
)

const realData = "../../testdata/real"

func testClient() *client {
	c := newClient(slog.New(slog.DiscardHandler))
	c.backoff = 20 * time.Millisecond
	return c
}

// A 429 is waited out for as long as its Retry-After says: no request goes
// to the host before then.
func TestClientWaitsAsRetryAfterAsks(t *testing.T) {
	srv := collecttest.NewMastodon(t, realData)
	srv.TooMany[1] = 1
	c := testClient()
	ans, err := c.get(context.Background(), srv.URL+"/api/v1/timelines/tag/rstats?limit=40", nil)
	if err != nil || ans.Status != 200 {
		t.Fatalf("%d %v", ans.Status, err)
	}
	reqs := srv.Requests()
	if len(reqs) != 2 || reqs[0].Status != 429 {
		t.Fatalf("requests %+v, want a 429 then the page", reqs)
	}
	if gap := reqs[1].At.Sub(reqs[0].At); gap < time.Second {
		t.Errorf("asked again after %s; Retry-After said 1 s", gap)
	}
}

// 5xx answers, a body cut short and a slow answer are retried with backoff
// until the page comes.
func TestClientRetriesServerErrorsAndCutAnswers(t *testing.T) {
	srv := collecttest.NewMastodon(t, realData)
	srv.ServerErr[1] = true
	srv.CutShort[2] = true
	c := testClient()
	ans, err := c.get(context.Background(), srv.URL+"/api/v1/timelines/tag/rstats?limit=40", nil)
	if err != nil || ans.Status != 200 || badAnswer(ans) != "" {
		t.Fatalf("%d %v %q", ans.Status, err, badAnswer(ans))
	}
	if n := len(srv.Requests()); n != 3 {
		t.Errorf("%d requests, want a 503, a cut answer, then the page", n)
	}
	// A host that never answers well gives up, naming the last failure.
	for i := 4; i < 4+c.attempts; i++ {
		srv.ServerErr[i] = true
	}
	if _, err := c.get(context.Background(), srv.URL+"/api/v1/timelines/tag/rstats", nil); err == nil || !strings.Contains(err.Error(), "503") {
		t.Errorf("err = %v, want a give-up naming the 503", err)
	}
}

// Every request names the project; a spent budget waits for its reset.
func TestClientNamesItselfAndKeepsToTheBudget(t *testing.T) {
	var got http.Header
	srv := collecttest.NewMastodon(t, realData)
	c := testClient()
	c.http.Transport = roundTripFunc(func(r *http.Request) (*http.Response, error) {
		got = r.Header
		return http.DefaultTransport.RoundTrip(r)
	})
	if _, err := c.get(context.Background(), srv.URL+"/api/v1/timelines/tag/rstats", nil); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(got.Get("User-Agent"), "peergraph-collector/") {
		t.Errorf("User-Agent %q", got.Get("User-Agent"))
	}
	now := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	h := http.Header{"X-Ratelimit-Remaining": {"0"}, "X-Ratelimit-Reset": {"2026-12-06T10:05:00.000Z"}}
	if at := budgetSpent(h, now); !at.Equal(now.Add(5 * time.Minute)) {
		t.Errorf("a spent Mastodon budget waits until %v", at)
	}
	h = http.Header{"Ratelimit-Remaining": {"0"}, "Ratelimit-Reset": {"1796551500"}}
	if at := budgetSpent(h, now); !at.Equal(time.Unix(1796551500, 0)) {
		t.Errorf("a spent Bluesky budget waits until %v", at)
	}
	if at := budgetSpent(http.Header{"X-Ratelimit-Remaining": {"299"}}, now); !at.IsZero() {
		t.Errorf("a budget left waits until %v", at)
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// Answers that are not data are told apart from data.
func TestBadAnswers(t *testing.T) {
	for _, c := range []struct {
		status int
		body   string
		bad    bool
	}{
		{200, `[{"id":"1"}]`, false},
		{200, `{"ancestors":[],"descendants":[]}`, false},
		{200, `{"data":[],"meta":{"result_count":0}}`, false},
		{200, `<!DOCTYPE html><html>oops</html>`, true},
		{200, `[{"id":"1"},`, true},
		{200, `{"error":"Record not found"}`, true},
		{200, `{"error":"InvalidRequest","message":"Error: limit must be <= 100"}`, true},
		{200, `{"errors":[{"title":"Unauthorized"}]}`, true},
		{404, `{"error":"Record not found"}`, true},
	} {
		if got := badAnswer(Answer{Status: c.status, Body: []byte(c.body)}) != ""; got != c.bad {
			t.Errorf("%d %s: bad = %v, want %v", c.status, c.body, got, c.bad)
		}
	}
}
