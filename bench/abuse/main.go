// Command abuse is the bounded load test of issue 18: normal requests at a
// steady rate, first alone and then beside abusive ones (the requests that
// once took a server from 25 MB to 1.7 GB: a thousand aliases of a
// question, hundreds of aliases of a page of chats, 5 MB bodies, large
// distinct queries, deep nesting, floods from one address, operations at
// the cost limit back to back), against a server in production settings
// on 127.0.0.1. It reports the normal requests' p50/p99 in both phases, the
// server's peak resident memory against a ceiling, and how each abuse was
// answered; it fails when the memory passes the ceiling or the normal p99
// more than doubles.
//
//	go run ./bench/abuse --server bin/server --neo4j bolt://127.0.0.1:7693
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/peergraph/peergraph/bench/internal/readyz"
	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/server/auth"
)

type options struct {
	server, neo4j, addr, out string
	baseline, abuse, heavy   time.Duration
	rate                     int // normal requests per second
	ceilingMB                float64
	abusers                  int
	abuseRate                int // requests per second of each abuser
	only                     string
}

func main() {
	var o options
	flag.StringVar(&o.server, "server", "bin/server", "the server binary to start")
	flag.StringVar(&o.neo4j, "neo4j", os.Getenv("NEO4J_URI"), "NEO4J_URI of the loaded graph")
	flag.StringVar(&o.addr, "addr", "127.0.0.1:8721", "address the server listens on (127.0.0.1 only)")
	flag.StringVar(&o.out, "out", "bench/results", "folder for abuse.md and abuse.json")
	flag.DurationVar(&o.baseline, "baseline", 15*time.Second, "normal requests alone")
	flag.DurationVar(&o.abuse, "abuse", 30*time.Second, "normal requests beside the abusive ones")
	flag.DurationVar(&o.heavy, "heavy", 15*time.Second, "normal requests beside one caller spending its budget on the dearest operation the limit allows (0: skip)")
	flag.IntVar(&o.rate, "rate", 10, "normal requests per second, in both phases")
	flag.Float64Var(&o.ceilingMB, "ceiling-mb", 300, "most resident memory the server may reach")
	flag.IntVar(&o.abusers, "abusers", 8, "abusive clients, each sending its kind of abuse")
	flag.IntVar(&o.abuseRate, "abuse-rate", 25, "requests per second of each abusive client (0: back to back); paced so that the load generator, on the same machine, does not take the cores the server is measured on")
	flag.StringVar(&o.only, "only", "", "run only the abuses whose names contain one of these comma-separated words (to find which one costs what)")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "abuse:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	if !strings.HasPrefix(o.addr, "127.0.0.1:") {
		return fmt.Errorf("--addr must be on 127.0.0.1, got %s", o.addr)
	}
	secret, pseudonym := randomHex(32), randomHex(32)
	var err error
	cmd := exec.Command(o.server, "--addr", o.addr, "--log-format", "json")
	cmd.Env = append(os.Environ(), "NEO4J_URI="+o.neo4j, "PEERGRAPH_ENV=production",
		"PEERGRAPH_JWT_SECRET="+secret, "PEERGRAPH_PSEUDONYM_KEY="+pseudonym, "PEERGRAPH_NEO4J_TIMEOUT=30s",
		"PEERGRAPH_AUDIT_LOG="+filepath.Join(os.TempDir(), "peergraph-abuse-audit.jsonl"))
	logPath := filepath.Join(os.TempDir(), "peergraph-abuse-server.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return err
	}
	defer logFile.Close()
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", o.server, err)
	}
	exited := make(chan struct{})
	var waitErr error
	go func() { waitErr = cmd.Wait(); close(exited) }()
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		<-exited
	}()
	base := "http://" + o.addr
	if err := waitCurrent(base, 5*time.Minute, exited); err != nil {
		return fmt.Errorf("%w (%v; the server's log: %s)", err, waitErr, logPath)
	}
	signer, err := auth.NewSigner([]byte(secret), nil, "", "peergraph")
	if err != nil {
		return err
	}
	token := func(p domain.Principal) string {
		t, err := signer.Issue(p, 2*time.Hour, time.Now())
		if err != nil {
			panic(err)
		}
		return t
	}
	admin := token(domain.Principal{Role: domain.RoleAdmin, Subject: "bench-admin"})
	w, err := discover(base, admin)
	if err != nil {
		return err
	}
	normal := normalRequests(w, token)
	rss := startRSS(cmd.Process.Pid)

	// Warm up (caches, the first requests' allocations), then the baseline.
	runNormal(base, normal, o.rate, 3*time.Second)
	rss.reset()
	baseline := runNormal(base, normal, o.rate, o.baseline)
	baselinePeak := rss.peak()

	abuses := abusiveRequests(w, token, o.abusers, o.only)
	during, abusePeak := beside(base, normal, o, abuses, o.abuse, rss)
	var heavy []*abuser
	var heavyRun latencies
	var heavyPeak float64
	if o.heavy > 0 {
		heavy = []*abuser{dearestCaller(token)}
		heavyRun, heavyPeak = beside(base, normal, o, heavy, o.heavy, rss)
	}
	rss.stop()

	r := report{Date: time.Now().UTC().Format("2006-01-02"), World: w.describe, Rate: o.rate, AbuseRate: o.abuseRate, CeilingMB: o.ceilingMB,
		Baseline: baseline, Abuse: during, BaselinePeakMB: baselinePeak, AbusePeakMB: abusePeak, Heavy: heavyRun, HeavyPeakMB: heavyPeak}
	for _, a := range abuses {
		r.Abuses = append(r.Abuses, a.summary())
	}
	for _, a := range heavy {
		r.HeavyCaller = append(r.HeavyCaller, a.summary())
	}
	r.P99Ratio = ms(during.P99) / max(ms(baseline.P99), 0.001)
	if o.heavy > 0 {
		r.HeavyP99Ratio = ms(heavyRun.P99) / max(ms(baseline.P99), 0.001)
	}
	r.MemoryOK = max(abusePeak, heavyPeak) <= o.ceilingMB
	r.LatencyOK = r.P99Ratio <= 2
	if err := r.write(o.out); err != nil {
		return err
	}
	fmt.Print(r.markdown())
	if !r.MemoryOK || !r.LatencyOK {
		return fmt.Errorf("target not met: peak %.0f MB (ceiling %.0f), p99 ratio %.2f (at most 2)", abusePeak, o.ceilingMB, r.P99Ratio)
	}
	return nil
}

// beside runs the normal requests for d with the abusers sending theirs,
// and answers the normal requests' latencies and the server's peak memory.
func beside(base string, normal []request, o options, abusers []*abuser, d time.Duration, rss *rssSampler) (latencies, float64) {
	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, a := range abusers {
		wg.Add(1)
		go func() { defer wg.Done(); a.run(ctx, base, o.abuseRate) }()
	}
	rss.reset()
	lat := runNormal(base, normal, o.rate, d)
	peak := rss.peak()
	stop()
	wg.Wait()
	return lat, peak
}

// dearestCaller is not abuse: a caller sending, back to back, the dearest
// operation the cost limit allows (a community's 100 chats with their
// summaries, terms and mixes), within its rate budget.
func dearestCaller(token func(domain.Principal) string) *abuser {
	admin := token(domain.Principal{Role: domain.RoleAdmin, Subject: "heavy-admin"})
	q := gql("", admin, `{ chats(first: 100, since: "2000-01-01T00:00:00Z") { nodes { id topic summary { participants posts replyRate topTerms(first: 20) { term count } professionMix { profession count } } } } }`)
	return &abuser{name: "the dearest operation under the limit, back to back, within the caller's budget (admin)", next: func(int) request { return q }, by: map[string]int{}}
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func waitCurrent(base string, limit time.Duration, exited <-chan struct{}) error {
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); time.Sleep(500 * time.Millisecond) {
		select {
		case <-exited:
			return errors.New("the server stopped")
		default:
		}
		if s, err := readyz.ReadModel(base + "/readyz"); err == nil && readyz.Current(s) {
			return nil
		}
	}
	return fmt.Errorf("the server's read model was not current within %s", limit)
}

// world is what the normal requests ask about, found in the loaded graph.
type world struct {
	chat, handle, community string
	describe                string
}

func discover(base, admin string) (world, error) {
	var w world
	var resp struct {
		Data struct {
			Chats struct {
				Nodes []struct {
					ID        string
					Community struct{ Name string }
				}
			}
			Professionals struct {
				TotalCount int
				Nodes      []struct{ Accounts []struct{ Key string } }
			}
			Communities []struct{ Name string }
		}
		Errors []struct{ Message string }
	}
	q := `{ chats(first: 1, since: "2000-01-01T00:00:00Z") { nodes { id community { name } } }
	  professionals(first: 1) { totalCount nodes { accounts { key } } } communities { name } }`
	if err := post(base, admin, q, &resp); err != nil {
		return w, err
	}
	if len(resp.Errors) > 0 {
		return w, fmt.Errorf("reading the graph: %s", resp.Errors[0].Message)
	}
	d := resp.Data
	if len(d.Chats.Nodes) == 0 || len(d.Professionals.Nodes) == 0 || len(d.Professionals.Nodes[0].Accounts) == 0 {
		return w, fmt.Errorf("the graph is empty: load a world first")
	}
	w.chat, w.community = d.Chats.Nodes[0].ID, d.Chats.Nodes[0].Community.Name
	w.handle = d.Professionals.Nodes[0].Accounts[0].Key
	w.describe = fmt.Sprintf("%d professionals, %d communities", d.Professionals.TotalCount, len(d.Communities))
	return w, nil
}

func post(base, token, query string, out any) error {
	body, _ := json.Marshal(map[string]any{"query": query})
	req, _ := http.NewRequest("POST", base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

// request is one prepared request: its body and token.
type request struct {
	name, token string
	body        []byte
}

func gql(name, token, query string) request {
	b, _ := json.Marshal(map[string]any{"query": query})
	return request{name: name, token: token, body: b}
}

// normalRequests are the dashboard's views, each as the role that uses it,
// each role a caller of its own (budgets are per caller).
func normalRequests(w world, token func(domain.Principal) string) []request {
	admin := token(domain.Principal{Role: domain.RoleAdmin, Subject: "normal-admin"})
	researcher := token(domain.Principal{Role: domain.RoleResearcher, Subject: "normal-researcher"})
	coord := token(domain.Principal{Role: domain.RoleCoordinator, Communities: []string{w.community}, Subject: "normal-coordinator"})
	return []request{
		gql("communities", researcher, `{ communities { name members chats } professions { name professionals } }`),
		gql("chat", coord, fmt.Sprintf(`{ chat(id: %q) { topic summary { participants posts replyRate professionMix { profession count } topTerms(first: 10) { term count } } } }`, w.chat)),
		gql("member", admin, fmt.Sprintf(`{ professional(handle: %q) { name partners(first: 10) { nodes { professional { name } } } } suggestPeers(handle: %q, first: 5) { score } }`, w.handle, w.handle)),
		gql("connectors", researcher, `{ connectors(between: "pharmacist", and: "nurse", first: 10) { brokeredPairs professional { id } } }`),
		gql("links", researcher, `{ professionLinks { cells { from to ties } professions { profession eiIndex } } }`),
		gql("isolation", coord, fmt.Sprintf(`{ isolatedMembers(community: %q, first: 10) { totalCount nodes { score flags } } }`, w.community)),
	}
}

// latencies is a phase's normal requests.
type latencies struct {
	Requests int           `json:"requests"`
	Errors   int           `json:"errors"`
	P50      time.Duration `json:"p50"`
	P99      time.Duration `json:"p99"`
	FirstErr string        `json:"firstError,omitempty"`
}

// runNormal sends the normal requests round robin at rate per second (an
// open loop: a slow answer does not slow the sending) for d.
func runNormal(base string, reqs []request, rate int, d time.Duration) latencies {
	var mu sync.Mutex
	var took []time.Duration
	var out latencies
	var wg sync.WaitGroup
	tick := time.NewTicker(time.Second / time.Duration(rate))
	defer tick.Stop()
	end := time.After(d)
	for i := 0; ; i++ {
		select {
		case <-end:
			wg.Wait()
			slices.Sort(took)
			out.Requests = len(took) + out.Errors
			if len(took) > 0 {
				out.P50, out.P99 = took[len(took)/2], took[min(len(took)-1, len(took)*99/100)]
			}
			return out
		case <-tick.C:
		}
		r := reqs[i%len(reqs)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			t0 := time.Now()
			status, body, err := send(base, r)
			dt := time.Since(t0)
			mu.Lock()
			defer mu.Unlock()
			if err != nil || status != 200 || bytes.Contains(body, []byte(`"errors"`)) {
				out.Errors++
				if out.FirstErr == "" {
					out.FirstErr = fmt.Sprintf("%s: %d %v %.200s", r.name, status, err, body)
				}
				return
			}
			took = append(took, dt)
		}()
	}
}

var client = &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 64}}

func send(base string, r request) (int, []byte, error) {
	req, err := http.NewRequest("POST", base+"/graphql", bytes.NewReader(r.body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if r.token != "" {
		req.Header.Set("Authorization", "Bearer "+r.token)
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}

// abuser sends one kind of abuse back to back and counts how it is answered.
type abuser struct {
	name string
	next func(i int) request
	sent atomic.Int64
	mu   sync.Mutex
	by   map[string]int // "413 REQUEST_TOO_LARGE", "429", "200 COST_LIMIT_EXCEEDED", ...
}

func (a *abuser) run(ctx context.Context, base string, rate int) {
	var tick <-chan time.Time
	if rate > 0 {
		t := time.NewTicker(time.Second / time.Duration(rate))
		defer t.Stop()
		tick = t.C
	}
	for i := 0; ctx.Err() == nil; i++ {
		if tick != nil {
			select {
			case <-ctx.Done():
				return
			case <-tick:
			}
		}
		status, body, err := send(base, a.next(i))
		a.sent.Add(1)
		key := strconv.Itoa(status)
		if err != nil {
			key = "transport error"
		} else if code := firstCode(body); code != "" {
			key += " " + code
		}
		a.mu.Lock()
		a.by[key]++
		a.mu.Unlock()
	}
}

func firstCode(body []byte) string {
	var r struct {
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	if json.Unmarshal(body, &r) != nil || len(r.Errors) == 0 {
		return ""
	}
	if c, ok := r.Errors[0].Extensions["code"].(string); ok {
		return c
	}
	return strings.SplitN(r.Errors[0].Message, ":", 2)[0]
}

type abuseSummary struct {
	Name     string         `json:"name"`
	Sent     int64          `json:"sent"`
	Answered map[string]int `json:"answered"`
}

func (a *abuser) summary() abuseSummary {
	a.mu.Lock()
	defer a.mu.Unlock()
	return abuseSummary{Name: a.name, Sent: a.sent.Load(), Answered: maps(a.by)}
}

func maps(m map[string]int) map[string]int {
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func aliases(n int, field string) string {
	var b strings.Builder
	b.WriteString("{ ")
	for i := range n {
		fmt.Fprintf(&b, "a%d: %s ", i, field)
	}
	b.WriteString("}")
	return b.String()
}

// abusiveRequests are the issue's attacks, each a client of its own
// (n of them, the kinds taken in turn).
func abusiveRequests(w world, token func(domain.Principal) string, n int, only string) []*abuser {
	researcher := token(domain.Principal{Role: domain.RoleResearcher, Subject: "abusive-researcher"})
	admin := token(domain.Principal{Role: domain.RoleAdmin, Subject: "abusive-admin"})
	links := gql("", researcher, aliases(1000, `professionLinks(interval: MONTH) { since cells { from to ties pairs } professions { profession eiIndex } }`))
	chats := gql("", "", aliases(300, `chats(first: 100) { nodes { id summary { topTerms { term count } } } }`))
	fewLinks := gql("", researcher, aliases(40, `professionLinks(interval: MONTH) { since cells { from to ties pairs } professions { profession eiIndex } }`))
	big, _ := json.Marshal(map[string]string{"query": "{ professions { name } }", "pad": strings.Repeat("x", 5<<20)})
	deep := gql("", admin, `{ chats(first: 1) { nodes { hosts { partners(first: 1) { nodes { professional { partners(first: 1) { nodes { professional { partners(first: 1) { nodes { professional { name } } } } } } } } } } } } }`)
	flood := gql("", "", `{ professions { name professionals } }`)
	introspect := gql("", "", `{ __schema { types { name fields { name } } } }`)
	kinds := []struct {
		name string
		next func(i int) request
	}{
		{"1,000 aliases of professionLinks by month (researcher)", func(int) request { return links }},
		{"300 aliases of a page of chats with terms (no token)", func(int) request { return chats }},
		{"40 aliases of professionLinks by month (researcher)", func(int) request { return fewLinks }},
		{"5 MB bodies (no token)", func(int) request { return request{body: big} }},
		{"distinct 90 KB queries (no token)", func(i int) request {
			return gql("", "", fmt.Sprintf(`{ chat(id: "%d-%s") { id } }`, i, strings.Repeat("y", 90<<10)))
		}},
		{"a deep query (admin)", func(int) request { return deep }},
		{"a flood of small queries (no token)", func(int) request { return flood }},
		{"introspection (no token)", func(int) request { return introspect }},
	}
	if only != "" {
		var chosen = kinds[:0:0]
		for _, k := range kinds {
			for _, word := range strings.Split(only, ",") {
				if strings.Contains(k.name, word) {
					chosen = append(chosen, k)
					break
				}
			}
		}
		kinds = chosen
	}
	var out []*abuser
	for i := range max(n, len(kinds)) {
		k := kinds[i%len(kinds)]
		out = append(out, &abuser{name: k.name, next: k.next, by: map[string]int{}})
	}
	return out
}

// rssSampler reads the server's resident memory from /proc every 100 ms.
type rssSampler struct {
	pid  int
	mu   sync.Mutex
	max  float64
	done chan struct{}
}

func startRSS(pid int) *rssSampler {
	s := &rssSampler{pid: pid, done: make(chan struct{})}
	go func() {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-s.done:
				return
			case <-t.C:
				if mb, err := rssMB(pid); err == nil {
					s.mu.Lock()
					s.max = max(s.max, mb)
					s.mu.Unlock()
				}
			}
		}
	}()
	return s
}

func (s *rssSampler) reset() { s.mu.Lock(); s.max = 0; s.mu.Unlock() }
func (s *rssSampler) peak() float64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.max
}
func (s *rssSampler) stop() { close(s.done) }

func rssMB(pid int) (float64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024, err
		}
	}
	return 0, fmt.Errorf("no VmRSS for %d", pid)
}

type report struct {
	Date           string         `json:"date"`
	World          string         `json:"world"`
	Rate           int            `json:"normalPerSecond"`
	AbuseRate      int            `json:"abusePerSecondEach"`
	CeilingMB      float64        `json:"ceilingMB"`
	Baseline       latencies      `json:"baseline"`
	Abuse          latencies      `json:"abuse"`
	BaselinePeakMB float64        `json:"baselinePeakMB"`
	AbusePeakMB    float64        `json:"abusePeakMB"`
	P99Ratio       float64        `json:"p99Ratio"`
	Heavy          latencies      `json:"heavy"`
	HeavyPeakMB    float64        `json:"heavyPeakMB"`
	HeavyP99Ratio  float64        `json:"heavyP99Ratio"`
	HeavyCaller    []abuseSummary `json:"heavyCaller"`
	MemoryOK       bool           `json:"memoryOK"`
	LatencyOK      bool           `json:"latencyOK"`
	Abuses         []abuseSummary `json:"abuses"`
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func (r report) markdown() string {
	var b strings.Builder
	yes := func(ok bool) string {
		if ok {
			return "yes"
		}
		return "**no**"
	}
	row := func(phase string, l latencies, peak float64) {
		fmt.Fprintf(&b, "| %s | %d | %d | %.1f ms | %.1f ms | %.0f MB |\n", phase, l.Requests, l.Errors, ms(l.P50), ms(l.P99), peak)
	}
	fmt.Fprintf(&b, "Bounded load test (`make bench-abuse`), %s, %s, normal requests at %d/s; beside them %d abusive clients at %d/s each:\n\n",
		r.Date, r.World, r.Rate, len(r.Abuses), r.AbuseRate)
	fmt.Fprintf(&b, "| phase | normal requests | errors | p50 | p99 | server peak RSS |\n|---|---:|---:|---:|---:|---:|\n")
	row("alone", r.Baseline, r.BaselinePeakMB)
	row("beside the abuse", r.Abuse, r.AbusePeakMB)
	if len(r.HeavyCaller) > 0 {
		row("beside one caller at the dearest operation", r.Heavy, r.HeavyPeakMB)
	}
	fmt.Fprintf(&b, "\np99 beside the abuse / alone: %.2f (at most 2: %s); peak RSS %.0f MB (ceiling %.0f MB: %s).\n",
		r.P99Ratio, yes(r.LatencyOK), max(r.AbusePeakMB, r.HeavyPeakMB), r.CeilingMB, yes(r.MemoryOK))
	if len(r.HeavyCaller) > 0 {
		fmt.Fprintf(&b, "p99 beside one caller spending its budget on the dearest operation / alone: %.2f (not abuse: reported, not a target).\n", r.HeavyP99Ratio)
	}
	fmt.Fprintf(&b, "\n| abuse | sent | answered |\n|---|---:|---|\n")
	for _, a := range append(slices.Clone(r.Abuses), r.HeavyCaller...) {
		keys := make([]string, 0, len(a.Answered))
		for k := range a.Answered {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%s ×%d", k, a.Answered[k]))
		}
		fmt.Fprintf(&b, "| %s | %d | %s |\n", a.Name, a.Sent, strings.Join(parts, ", "))
	}
	if r.Abuse.FirstErr != "" {
		fmt.Fprintf(&b, "\nFirst error of a normal request beside the abuse: %s\n", r.Abuse.FirstErr)
	}
	return b.String()
}

func (r report) write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	j, _ := json.MarshalIndent(r, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "abuse.json"), j, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "abuse.md"), []byte(r.markdown()), 0o644)
}
