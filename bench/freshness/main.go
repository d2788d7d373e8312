// Command freshness measures what the read model promises around a load and
// an outage, against a running server on a loaded graph:
//
//   - the after-load gap: a live chat's posts (a few hundred, between active
//     members, in a community's hashtag) are loaded with the loader while
//     the four whole-graph questions are asked every second; it reports
//     their latency and errors from the load's start until the model has
//     taken the load in, and the gap from the load's end until it had;
//
//   - the outage: Neo4j is stopped (db.sh, --db-dir and NEO4J_URI's port)
//     while the same questions are asked every second for --outage; it
//     reports their latency, errors and whether they said they were
//     behind, then starts Neo4j again and reports how long the server took
//     to be current again.
//
//   - the questions keep their arguments from one second to the next, as a
//     dashboard's do: the model keeps its answers and computes those asked
//     lately afresh for the model that replaces it (readmodel's
//     answers.go), so these figures are a dashboard's; bench/api measures
//     the computation itself, with windows that never repeat.
//
//     go run ./bench/freshness --url http://127.0.0.1:8097/graphql --token T --loader bin/loader --db-dir .neo4j-bench-all
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/peergraph/peergraph/bench/internal/cmdline"
	"github.com/peergraph/peergraph/bench/internal/graphinputs"
	"github.com/peergraph/peergraph/bench/internal/loadgen"
	"github.com/peergraph/peergraph/bench/internal/readyz"
	"github.com/peergraph/peergraph/bench/internal/results"
	"github.com/peergraph/peergraph/neo4jstore"
)

type options struct {
	url, token, loader, dbDir, out, name string
	posts                                int
	outage, settle                       time.Duration
}

func main() {
	var o options
	flag.StringVar(&o.url, "url", "http://127.0.0.1:8080/graphql", "the GraphQL endpoint of a running server")
	flag.StringVar(&o.token, "token", os.Getenv("PEERGRAPH_TOKEN"), "an admin's bearer token (env PEERGRAPH_TOKEN)")
	flag.StringVar(&o.loader, "loader", "bin/loader", "the loader binary")
	flag.StringVar(&o.dbDir, "db-dir", "", "the PEERGRAPH_DB_DIR of the Neo4j at NEO4J_URI, which the outage stops and starts (empty: no outage)")
	flag.IntVar(&o.posts, "posts", 400, "posts of the live chat loaded after the model is current")
	flag.DurationVar(&o.outage, "outage", 20*time.Second, "how long the questions are asked with Neo4j stopped")
	flag.DurationVar(&o.settle, "settle", 5*time.Second, "how long the questions are still asked once the model is current again")
	flag.StringVar(&o.out, "out", "", "folder to write NAME.json and NAME.md into (none: print only)")
	flag.StringVar(&o.name, "name", "freshness", "file name of the results, without extension")
	flag.Parse()
	rep, err := run(context.Background(), o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "freshness:", err)
		os.Exit(1)
	}
	rep.Command = cmdline.String("go run ./bench/freshness", os.Args[1:])
	rep.print(os.Stdout)
	if o.out != "" {
		if err := rep.write(o.out, o.name); err != nil {
			fmt.Fprintln(os.Stderr, "freshness:", err)
			os.Exit(1)
		}
	}
}

// Report is what the two runs measured.
type Report struct {
	At      time.Time `json:"at"`
	Command string    `json:"command"`
	Load    *Phase    `json:"afterLoad"`
	Outage  *Phase    `json:"outage,omitempty"`
}

// Phase is the questions asked every second through one event.
type Phase struct {
	Requests int           `json:"requests"`
	Errors   int           `json:"errors"`
	Behind   int           `json:"behind"` // answers that said they were behind the graph
	P50      time.Duration `json:"p50"`
	P99      time.Duration `json:"p99"`
	Max      time.Duration `json:"max"`
	// The load: how long it took, and from its end until the model had
	// taken it in (negative: before the loader exited).
	LoadSeconds float64 `json:"loadSeconds,omitempty"`
	GapSeconds  float64 `json:"gapSeconds"`
	// The outage: from Neo4j's start until the server was current again.
	RecoverySeconds float64 `json:"recoverySeconds,omitempty"`
	FirstError      string  `json:"firstError,omitempty"`
}

// poller asks the four whole-graph questions every second each, until
// stopped, keeping every answer's time, error and freshness.
type poller struct {
	client *http.Client
	url    string
	bodies [][]byte
	mu     sync.Mutex
	took   []time.Duration
	errs   int
	behind int
	first  string
	// The latest answer's freshness.
	version string
	current bool
	stop    chan struct{}
	done    sync.WaitGroup
}

func newPoller(client *http.Client, url string, bodies [][]byte) *poller {
	p := &poller{client: client, url: url, bodies: bodies, stop: make(chan struct{})}
	for _, body := range bodies {
		p.done.Add(1)
		go func() {
			defer p.done.Done()
			t := time.NewTicker(time.Second)
			defer t.Stop()
			for {
				p.ask(body)
				select {
				case <-p.stop:
					return
				case <-t.C:
				}
			}
		}()
	}
	return p
}

func (p *poller) ask(body []byte) {
	start := time.Now()
	f, err := post(p.client, p.url, body)
	took := time.Since(start)
	p.mu.Lock()
	defer p.mu.Unlock()
	p.took = append(p.took, took)
	if err != nil {
		p.errs++
		if p.first == "" {
			p.first = err.Error()
		}
		return
	}
	if f.Behind {
		p.behind++
	}
	p.version, p.current = f.Version, !f.Behind
}

// forgetTimes drops what was measured so far (the answers' freshness is
// kept): the phase starts now.
func (p *poller) forgetTimes() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.took, p.errs, p.behind, p.first = nil, 0, 0, ""
}

func (p *poller) state() (version string, current bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.version, p.current
}

func (p *poller) finish() *Phase {
	close(p.stop)
	p.done.Wait()
	ph := &Phase{Requests: len(p.took), Errors: p.errs, Behind: p.behind, FirstError: p.first,
		P50: loadgen.Percentile(p.took, 50), P99: loadgen.Percentile(p.took, 99), Max: loadgen.Percentile(p.took, 100)}
	return ph
}

type freshness struct {
	Version string `json:"version"`
	Behind  bool   `json:"behind"`
}

func post(c *http.Client, url string, body []byte) (freshness, error) {
	resp, err := c.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return freshness{}, err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var r struct {
		Data       json.RawMessage   `json:"data"`
		Errors     []json.RawMessage `json:"errors"`
		Extensions struct {
			ReadModel *freshness `json:"readModel"`
		} `json:"extensions"`
	}
	if err := json.Unmarshal(b, &r); err != nil || len(r.Errors) > 0 || resp.StatusCode != 200 || r.Extensions.ReadModel == nil {
		return freshness{}, fmt.Errorf("status %d: %.300s", resp.StatusCode, b)
	}
	return *r.Extensions.ReadModel, nil
}

func run(ctx context.Context, o options) (*Report, error) {
	cfg, err := neo4jstore.ConfigFromEnv(os.Getenv)
	if err != nil {
		return nil, err
	}
	client := &http.Client{Timeout: 30 * time.Second, Transport: bearer{o.token, http.DefaultTransport}}
	ids, now, err := graphinputs.Active(ctx, cfg, 400)
	if err != nil {
		return nil, err
	}
	community, hashtag, err := aCommunity(client, o.url)
	if err != nil {
		return nil, err
	}
	w := map[string]any{"since": now.Add(-180 * 24 * time.Hour).Format(time.RFC3339), "until": now.Add(30 * 24 * time.Hour).Format(time.RFC3339)}
	q := func(query string, extra map[string]any) []byte {
		vars := map[string]any{}
		for k, v := range w {
			vars[k] = v
		}
		for k, v := range extra {
			vars[k] = v
		}
		b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		return b
	}
	var xs []string
	for _, id := range ids {
		if strings.HasPrefix(id, "x:") {
			xs = append(xs, id)
		}
	}
	if len(xs) < 10 {
		return nil, fmt.Errorf("too few active X members to make a chat of (%d)", len(xs))
	}
	bodies := [][]byte{
		q(`query($since: DateTime, $until: DateTime) { professionLinks(since: $since, until: $until) { cells { from to ties } } }`, nil),
		q(`query($h: String!, $since: DateTime, $until: DateTime) { suggestPeers(handle: $h, since: $since, until: $until, first: 10) { professional { id } score } }`, map[string]any{"h": xs[0]}),
		q(`query($since: DateTime, $until: DateTime) { connectors(between: "pharmacist", and: "nurse", since: $since, until: $until, first: 10) { professional { id } brokeredPairs } }`, nil),
		q(`query($c: String!, $since: DateTime, $until: DateTime) { isolatedMembers(community: $c, since: $since, until: $until, first: 20) { totalCount nodes { professional { id } score } } }`, map[string]any{"c": community}),
	}
	rep := &Report{At: time.Now().UTC()}
	rep.Load, err = afterLoad(ctx, o, client, bodies, xs, hashtag, now)
	if err != nil {
		return nil, err
	}
	if o.dbDir != "" {
		rep.Outage, err = outage(ctx, o, client, bodies, cfg)
		if err != nil {
			return nil, err
		}
	}
	return rep, nil
}

// aCommunity is the first community with a hashtag.
func aCommunity(c *http.Client, url string) (name, hashtag string, err error) {
	body, _ := json.Marshal(map[string]any{"query": `{ communities { name hashtag } }`})
	resp, err := c.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return "", "", err
	}
	defer resp.Body.Close()
	var r struct {
		Data struct {
			Communities []struct{ Name, Hashtag string }
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return "", "", err
	}
	for _, c := range r.Data.Communities {
		if c.Hashtag != "" {
			return c.Name, c.Hashtag, nil
		}
	}
	return "", "", fmt.Errorf("no community with a hashtag: load a generated world first")
}

// afterLoad loads a live chat while the questions are asked, until the
// model has taken it in.
func afterLoad(ctx context.Context, o options, client *http.Client, bodies [][]byte, members []string, hashtag string, now time.Time) (*Phase, error) {
	file, err := liveChat(members, hashtag, now, o.posts)
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(filepath.Dir(file))
	base := strings.TrimSuffix(o.url, "/graphql")
	if err := waitCurrent(base, 20*time.Minute); err != nil {
		return nil, err
	}
	// Asked for a second and a half before the load, unmeasured, as a
	// dashboard open before it would have: the first asks of a model are
	// computed, the next read what it keeps, and that first computation is
	// not the load's doing.
	p := newPoller(client, o.url, bodies)
	time.Sleep(1500 * time.Millisecond)
	p.forgetTimes()
	before, _ := p.state()
	start := time.Now()
	cmd := exec.CommandContext(ctx, o.loader, "load", "--rejects", filepath.Join(filepath.Dir(file), "rejects.jsonl"), file)
	cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
	if err := cmd.Run(); err != nil {
		p.finish()
		return nil, fmt.Errorf("load the live chat: %w", err)
	}
	loaded := time.Since(start)
	end := time.Now()
	var caughtUp time.Time
	for deadline := time.Now().Add(20 * time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		v, current := p.state()
		if current && v != before {
			caughtUp = time.Now()
			break
		}
	}
	if caughtUp.IsZero() {
		p.finish()
		return nil, fmt.Errorf("the model had not taken the load in 20 minutes after it")
	}
	time.Sleep(o.settle)
	ph := p.finish()
	ph.LoadSeconds = loaded.Seconds()
	// The poller sees the model at most a second late (it asks once a
	// second): the gap is bounded by what it saw.
	ph.GapSeconds = caughtUp.Sub(end).Seconds()
	return ph, nil
}

// liveChat writes a chat's posts in the neutral format: members answering
// and mentioning each other in the hashtag, an hour after now.
func liveChat(members []string, hashtag string, now time.Time, n int) (string, error) {
	dir, err := os.MkdirTemp("", "peergraph-live-chat-")
	if err != nil {
		return "", err
	}
	start := now.Add(24 * time.Hour).Truncate(time.Hour)
	run := fmt.Sprint(time.Now().UnixNano())
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	people := members[:min(len(members), 60)]
	for i := range n {
		p := map[string]any{
			"id": fmt.Sprintf("x:9%s%05d", run[len(run)-12:], i), "author": people[i%len(people)],
			"text":       fmt.Sprintf("A%d: what helped this week #%s", i%5+1, hashtag),
			"created_at": start.Add(time.Duration(i) * 3 * time.Second).Format(time.RFC3339), "hashtags": []string{hashtag},
		}
		if i > 0 {
			j := (i * 7) % i
			p["reply_to"] = fmt.Sprintf("x:9%s%05d", run[len(run)-12:], j)
			p["reply_to_account"] = people[j%len(people)]
		}
		if i%3 == 0 {
			p["mentions"] = []string{people[(i*13+5)%len(people)]}
		}
		if err := enc.Encode(p); err != nil {
			return "", err
		}
	}
	file := filepath.Join(dir, "live-chat.jsonl")
	return file, os.WriteFile(file, b.Bytes(), 0o644)
}

// outage stops Neo4j while the questions are asked, then starts it again
// and waits for the server to be current.
func outage(ctx context.Context, o options, client *http.Client, bodies [][]byte, cfg neo4jstore.Config) (*Phase, error) {
	u, err := url.Parse(cfg.URI)
	if err != nil {
		return nil, err
	}
	db := func(cmd string) error {
		c := exec.CommandContext(ctx, "bash", "neo4j-launcher/db.sh", cmd)
		c.Env = append(os.Environ(), "PEERGRAPH_DB_DIR="+o.dbDir, "PEERGRAPH_DB_PORT="+u.Port())
		c.Stdout, c.Stderr = os.Stderr, os.Stderr
		return c.Run()
	}
	base := strings.TrimSuffix(o.url, "/graphql")
	if err := waitCurrent(base, 20*time.Minute); err != nil {
		return nil, err
	}
	if err := db("stop"); err != nil {
		return nil, fmt.Errorf("stop neo4j: %w", err)
	}
	p := newPoller(client, o.url, bodies)
	time.Sleep(o.outage)
	ph := p.finish()
	if err := db("start"); err != nil {
		return nil, fmt.Errorf("start neo4j: %w", err)
	}
	started := time.Now()
	if err := waitCurrent(base, 10*time.Minute); err != nil {
		return nil, err
	}
	ph.RecoverySeconds = time.Since(started).Seconds()
	return ph, nil
}

// waitCurrent waits for the server's read model to be current.
func waitCurrent(base string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	last := ""
	for time.Now().Before(deadline) {
		status, err := readyz.ReadModel(base + "/readyz")
		if err == nil && readyz.Current(status) {
			return nil
		}
		last = status
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("the read model was not current after %s (last: %s)", limit, last)
}

type bearer struct {
	token string
	next  http.RoundTripper
}

func (b bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	if b.token != "" {
		r.Header.Set("Authorization", "Bearer "+b.token)
	}
	return b.next.RoundTrip(r)
}

func (r *Report) print(w io.Writer) {
	fmt.Fprintf(w, "%s\n", r.markdown())
}

func (r *Report) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s · `%s`\n\n", r.At.Format("2006-01-02 15:04 UTC"), r.Command)
	b.WriteString("| event | requests | errors | behind | p50 | p99 | max | load | gap / recovery |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	row := func(name string, p *Phase, last string) {
		if p == nil {
			return
		}
		load := ""
		if p.LoadSeconds > 0 {
			load = fmt.Sprintf("%.1f s", p.LoadSeconds)
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %.1f ms | %.1f ms | %.1f ms | %s | %s |\n", name, p.Requests, p.Errors, p.Behind,
			ms(p.P50), ms(p.P99), ms(p.Max), load, last)
	}
	if r.Load != nil {
		row("after a load", r.Load, fmt.Sprintf("%.1f s", r.Load.GapSeconds))
	}
	if r.Outage != nil {
		row("Neo4j stopped", r.Outage, fmt.Sprintf("%.1f s", r.Outage.RecoverySeconds))
	}
	return b.String()
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func (r *Report) write(dir, name string) error {
	return results.Write(dir, name, r, "# Freshness of the read model\n\n"+r.markdown())
}
