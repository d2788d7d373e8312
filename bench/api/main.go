// Command api benchmarks the questions: for each, the p50 and p99 latency of
// the GraphQL request through HTTP (a running server), beside the same call
// of the questions service made directly in the same run (the same Cypher
// through the driver for reads by id, the same read model, built here, for
// the questions that read the whole graph).
// It is a benchmark, not a test: it prints a table and passes no judgement
// beyond marking the targets (p99 under 100 ms for the questions that read the
// whole graph; GraphQL overhead ratio p50(HTTP)/p50(direct) at most 1.15).
//
//	go run ./bench/api --url http://127.0.0.1:8080/graphql -n 200
//
// NEO4J_URI etc. name the database the server uses (the direct calls go there).
package main

import (
	"runtime"
	"slices"
	"strings"

	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/peergraph/peergraph/bench/internal/cmdline"
	"github.com/peergraph/peergraph/bench/internal/graphinputs"
	"github.com/peergraph/peergraph/bench/internal/loadgen"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"os"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/questions"
	"github.com/peergraph/peergraph/readmodel"
)

type question struct {
	name   string
	target bool // p99 target applies
	// readModel: answered from the read model alone (else from Neo4j, at
	// least in part), which the table's direct column names.
	readModel bool
	http      func(i int) (string, map[string]any)
	direct    func(ctx context.Context, i int) error
}

type options struct {
	url, token, out, name string
	only                  string
	n, warm, concurrency  int
	minN                  int
	duration, budget      time.Duration
	seed                  uint64
}

func main() {
	var o options
	flag.StringVar(&o.url, "url", "http://127.0.0.1:8080/graphql", "the GraphQL endpoint of a running server")
	flag.IntVar(&o.n, "n", 200, "requests per question and per path (HTTP, direct)")
	flag.IntVar(&o.warm, "warmup", 20, "unmeasured requests per question first")
	flag.DurationVar(&o.budget, "budget", 3*time.Minute, "longest the one-at-a-time requests of one question may take (warm-up included): past it, a question stops\n"+
		"after at least --min-n pairs and reports how many it measured, so that a slow question at a large scale cannot hold the run for hours (0: no limit)")
	flag.IntVar(&o.minN, "min-n", 20, "pairs of requests measured per question before --budget may stop it")
	flag.Uint64Var(&o.seed, "seed", 1, "seed for picking inputs")
	flag.StringVar(&o.token, "token", os.Getenv("PEERGRAPH_TOKEN"), "bearer token sent with every request; the questions need an admin's (env PEERGRAPH_TOKEN)")
	flag.IntVar(&o.concurrency, "concurrency", 0, "after the one-at-a-time latencies, send each question from this many clients at once for --duration (0: skip)")
	flag.DurationVar(&o.duration, "duration", 60*time.Second, "how long each question is sent under --concurrency")
	flag.StringVar(&o.out, "out", "", "folder to write NAME.json and NAME.md into (none: print only)")
	flag.StringVar(&o.name, "name", "api", "file name of the results, without extension")
	flag.StringVar(&o.only, "only", "", "measure only these questions, comma-separated (default: all)")
	flag.Parse()
	rep, err := run(o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	rep.Command = cmdline.String("go run ./bench/api", os.Args[1:])
	if o.out != "" {
		if err := rep.write(o.out, o.name); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
	}
}

func run(o options) (*report, error) {
	ctx := context.Background()
	url, n, warm := o.url, o.n, o.warm
	cfg, err := neo4jstore.ConfigFromEnv(os.Getenv)
	if err != nil {
		return nil, err
	}
	store, err := neo4jstore.Open(cfg, slog.New(slog.DiscardHandler), nil)
	if err != nil {
		return nil, err
	}
	defer store.Close(ctx)
	// The direct path: the questions service over the same Neo4j and a
	// read model built here from the same graph.
	longCfg := cfg
	longCfg.Timeout = max(cfg.Timeout, 10*time.Minute)
	long, err := neo4jstore.Open(longCfg, slog.New(slog.DiscardHandler), nil)
	if err != nil {
		return nil, err
	}
	defer long.Close(ctx)
	live := readmodel.NewLive(ctx, store, long, slog.New(slog.DiscardHandler))
	start := time.Now()
	if err := live.Build(ctx); err != nil {
		return nil, err
	}
	m := live.Model()
	if f := live.Freshness(m); f.Behind {
		return nil, fmt.Errorf("the read model is behind the graph (%s): run the benchmark on a graph nothing writes to", f.Reason)
	}
	size := m.Size()
	fmt.Fprintf(os.Stderr, "read model for the direct path: %d ties, %d professionals, about %d MB, built in %s\n",
		size.Ties, size.Professionals, size.Bytes>>20, time.Since(start).Round(time.Millisecond))
	svc := questions.New(store, live)
	in, err := pickInputs(ctx, cfg, svc, o.seed)
	if err != nil {
		return nil, err
	}
	now := in.now
	w := domain.Window{Since: now.Add(-domain.DefaultWindow), Until: now}
	// Request i asks about the window moved i seconds back: the server
	// keeps each model's answers to the whole-graph questions (readmodel's
	// answers.go), and a question asked again with the same arguments would
	// measure that, not the computation. The direct path asks the same.
	win := func(i int) domain.Window {
		d := time.Duration(i) * time.Second
		return domain.Window{Since: w.Since.Add(-d), Until: w.Until.Add(-d)}
	}
	vars := func(i int, extra map[string]any) map[string]any {
		wi := win(i)
		m := map[string]any{"since": wi.Since.Format(time.RFC3339Nano), "until": wi.Until.Format(time.RFC3339Nano)}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	pairs := [][2]string{{"pharmacist", "nurse"}, {"nurse", "doctor"}, {"midwife", "nurse"}, {"allied health professional", "nurse"}, {"pharmacist", "doctor"}}
	qs := []question{
		{name: "professional", readModel: true,
			http: func(i int) (string, map[string]any) {
				return `query($h: String!) { professional(handle: $h) { id name kind firstSeen lastSeen } }`, map[string]any{"h": in.handles[i%len(in.handles)]}
			},
			direct: func(ctx context.Context, i int) error {
				_, err := svc.ProfessionalByHandle(ctx, in.handles[i%len(in.handles)])
				return err
			}},
		{name: "professionLinks", target: true, readModel: true,
			http: func(i int) (string, map[string]any) {
				return `query($since: DateTime, $until: DateTime) { professionLinks(since: $since, until: $until) { cells { from to ties pairs } professions { profession eiIndex } } }`, vars(i, nil)
			},
			direct: func(ctx context.Context, i int) error {
				_, err := svc.ProfessionLinks(ctx, domain.LinkQuery{Window: win(i)})
				return err
			}},
		{name: "suggestPeers", target: true, readModel: true,
			http: func(i int) (string, map[string]any) {
				return `query($h: String!, $since: DateTime, $until: DateTime) { suggestPeers(handle: $h, since: $since, until: $until, first: 10) {
  professional { id name } score reasons { mutualPartners { id } sharedChats { id } sharedTopics } } }`, vars(i, map[string]any{"h": in.handles[i%len(in.handles)]})
			},
			direct: func(ctx context.Context, i int) error {
				if _, err := svc.ProfessionalByHandle(ctx, in.handles[i%len(in.handles)]); err != nil {
					return err
				}
				_, err := svc.SuggestPeers(ctx, []string{in.ids[i%len(in.ids)]}, domain.PeerQuery{Window: win(i), First: 10})
				return err
			}},
		{name: "connectors", target: true, readModel: true,
			http: func(i int) (string, map[string]any) {
				p := pairs[i%len(pairs)]
				return `query($a: String!, $b: String!, $since: DateTime, $until: DateTime) { connectors(between: $a, and: $b, since: $since, until: $until, first: 10) {
  professional { id name } brokeredPairs roles { coordinator itinerant gatekeeper representative liaison } partnersBetween partnersAnd } }`, vars(i, map[string]any{"a": p[0], "b": p[1]})
			},
			direct: func(ctx context.Context, i int) error {
				p := pairs[i%len(pairs)]
				_, err := svc.Connectors(ctx, domain.ConnectorQuery{Between: p[0], And: p[1], Window: win(i), First: 10})
				return err
			}},
		{name: "isolatedMembers", target: true, readModel: true,
			http: func(i int) (string, map[string]any) {
				return `query($c: String!, $since: DateTime, $until: DateTime) { isolatedMembers(community: $c, since: $since, until: $until, first: 20) {
  totalCount nodes { professional { id name } score flags evidence { posts chats repliesReceived partners crossProfessionPartners } } } }`, vars(i, map[string]any{"c": in.communities[i%len(in.communities)]})
			},
			direct: func(ctx context.Context, i int) error {
				_, err := svc.IsolatedMembers(ctx, domain.IsolationQuery{Community: in.communities[i%len(in.communities)], Window: win(i), Page: domain.Page{First: 20}})
				return err
			}},
		{name: "path",
			http: func(i int) (string, map[string]any) {
				return `query($a: String!, $b: String!) { path(from: $a, to: $b) { hops professionals { id } steps { chats { id } } } }`,
					map[string]any{"a": in.handles[i%len(in.handles)], "b": in.handles[(i+7)%len(in.handles)]}
			},
			direct: func(ctx context.Context, i int) error {
				for _, h := range []string{in.handles[i%len(in.handles)], in.handles[(i+7)%len(in.handles)]} {
					if _, err := svc.ProfessionalByHandle(ctx, h); err != nil {
						return err
					}
				}
				_, err := svc.Path(ctx, in.ids[i%len(in.ids)], in.ids[(i+7)%len(in.ids)], 4)
				return err
			}},
		{name: "chat",
			http: func(i int) (string, map[string]any) {
				return `query($id: ID!) { chat(id: $id) { id topic startsAt summary { participants posts replyRate answeredShare
  professionMix { profession count } crossProfessionTies topTerms(first: 10) { term count } } } }`, map[string]any{"id": in.chats[i%len(in.chats)]}
			},
			direct: func(ctx context.Context, i int) error {
				id := in.chats[i%len(in.chats)]
				if _, err := svc.Chat(ctx, id); err != nil {
					return err
				}
				_, err := svc.ChatSummaries(ctx, []string{id})
				return err
			}},
		{name: "chats",
			http: func(i int) (string, map[string]any) {
				return `query($c: String, $since: DateTime, $until: DateTime) { chats(community: $c, since: $since, until: $until, first: 20) {
  totalCount nodes { id topic startsAt participants posts } } }`, vars(i, map[string]any{"c": in.communities[i%len(in.communities)]})
			},
			direct: func(ctx context.Context, i int) error {
				f := domain.ChatFilter{Community: in.communities[i%len(in.communities)], Window: win(i)}
				if _, err := svc.Chats(ctx, f, domain.Page{First: 20}); err != nil {
					return err
				}
				_, err := svc.CountChats(ctx, f)
				return err
			}},
		{name: "partners", readModel: true,
			http: func(i int) (string, map[string]any) {
				return `query($h: String!, $since: DateTime, $until: DateTime) { professional(handle: $h) { id partners(since: $since, until: $until, first: 20) { totalCount nodes { professional { id } sent { conversational } received { conversational } } } } }`,
					vars(i, map[string]any{"h": in.handles[i%len(in.handles)]})
			},
			direct: func(ctx context.Context, i int) error {
				if _, err := svc.ProfessionalByHandle(ctx, in.handles[i%len(in.handles)]); err != nil {
					return err
				}
				_, err := svc.PartnersOf(ctx, []string{in.ids[i%len(in.ids)]}, win(i))
				return err
			}},
	}
	rep := &report{At: time.Now().UTC(), GoVersion: runtime.Version(), CPUs: runtime.NumCPU(), N: n,
		Window: [2]time.Time{w.Since, w.Until}, Concurrency: o.concurrency}
	if o.concurrency > 0 {
		rep.Duration = o.duration.String()
	}
	if o.budget > 0 {
		rep.Budget = o.budget.String()
	}
	fmt.Printf("inputs: %d professionals, %d communities, window %s – %s, n=%d\n\n", len(in.ids), len(in.communities),
		w.Since.Format("2006-01-02"), w.Until.Format("2006-01-02"), n)
	client := &http.Client{Timeout: 60 * time.Second, Transport: bearer{token: o.token, next: http.DefaultTransport}}
	rep.Floor, err = measureFloor(client, url, n, warm)
	if err != nil {
		return nil, err
	}
	for _, q := range qs {
		if o.only != "" && !slices.Contains(strings.Split(o.only, ","), q.name) {
			continue
		}
		began := time.Now()
		spent := func() bool { return o.budget > 0 && time.Since(began) > o.budget }
		for i := range warm {
			// A quarter of the budget at most goes to the warm-up.
			if i > 0 && o.budget > 0 && time.Since(began) > o.budget/4 {
				break
			}
			// A failure here is measured again below; the run goes on.
			_ = ask(client, url, q, i)
			_ = q.direct(ctx, i)
		}
		var viaHTTP, direct []time.Duration
		var httpErrors, directErrors int
		// failed counts a failed request and says the first one's error: a
		// question that times out at this scale is a figure (its time is
		// kept), not the end of the run.
		failed := func(count *int, path string, err error) {
			if *count == 0 {
				fmt.Fprintf(os.Stderr, "%s %s: %v\n", q.name, path, err)
			}
			*count++
		}
		// Interleaved, so that both paths see the same load on the machine,
		// and each goes first every other pair: the second to ask about the
		// same input finds Neo4j's (and the CPU's) caches warmed by the first.
		viaHTTPOnce := func(i int) {
			start := time.Now()
			if err := ask(client, url, q, i); err != nil {
				failed(&httpErrors, "HTTP", err)
			}
			viaHTTP = append(viaHTTP, time.Since(start))
		}
		directOnce := func(i int) {
			start := time.Now()
			if err := q.direct(ctx, i); err != nil {
				failed(&directErrors, "direct", err)
			}
			direct = append(direct, time.Since(start))
		}
		for i := range n {
			if i >= o.minN && spent() {
				fmt.Fprintf(os.Stderr, "%s: %d of %d pairs measured within the %s budget\n", q.name, i, n, o.budget)
				break
			}
			if i%2 == 0 {
				viaHTTPOnce(i)
				directOnce(i)
			} else {
				directOnce(i)
				viaHTTPOnce(i)
			}
		}
		r := questionResult{Question: q.name, P99Target: q.target, N: len(direct), Direct: "Neo4j",
			HTTPErrors: httpErrors, DirectErrors: directErrors,
			HTTPP50: loadgen.Percentile(viaHTTP, 50), HTTPP99: loadgen.Percentile(viaHTTP, 99),
			DirectP50: loadgen.Percentile(direct, 50), DirectP99: loadgen.Percentile(direct, 99)}
		if q.readModel {
			r.Direct = "read model"
		}
		r.Ratio = float64(r.HTTPP50) / float64(r.DirectP50)
		r.NetRatio = float64(r.HTTPP50-rep.Floor.P50) / float64(r.DirectP50)
		if o.concurrency > 0 {
			body := func(c, i int) []byte {
				query, vars := q.http(c*7919 + i)
				b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
				return b
			}
			res := loadgen.Run(ctx, &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: o.concurrency}},
				loadgen.Config{URL: url, Token: o.token, Concurrency: o.concurrency, Duration: o.duration, Body: body})
			r.Load = &res
		}
		fmt.Fprintf(os.Stderr, "%s: HTTP p50 %s p99 %s, direct p50 %s\n", q.name, ms(r.HTTPP50), ms(r.HTTPP99), ms(r.DirectP50))
		rep.Questions = append(rep.Questions, r)
	}
	rep.print(os.Stdout)
	return rep, nil
}

func ok(b bool) string {
	if b {
		return "yes"
	}
	return "NO"
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000) }

// measureFloor times `{ __typename }`, which asks no store, as the
// questions are timed (after a warm-up, one at a time).
func measureFloor(c *http.Client, url string, n, warm int) (floor, error) {
	var took []time.Duration
	for i := range n + warm {
		start := time.Now()
		if err := post(c, url, `{ __typename }`, nil); err != nil {
			return floor{}, fmt.Errorf("HTTP floor: %w", err)
		}
		if i >= warm {
			took = append(took, time.Since(start))
		}
	}
	return floor{N: n, P50: loadgen.Percentile(took, 50), P99: loadgen.Percentile(took, 99)}, nil
}

func ask(c *http.Client, url string, q question, i int) error {
	query, vars := q.http(i)
	return post(c, url, query, vars)
}

func post(c *http.Client, url string, q string, vars map[string]any) error {
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	resp, err := c.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var r struct {
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(b, &r); err != nil || len(r.Errors) > 0 || resp.StatusCode != 200 {
		return fmt.Errorf("status %d: %.300s", resp.StatusCode, b)
	}
	return nil
}

type inputs struct {
	handles, ids, communities []string
	chats                     []string // the newest chats of the window
	now                       time.Time
}

// pickInputs takes active professionals (their first account key is the
// handle) and the communities from the graph, and "now" as the newest
// chat's end, so the window holds the generated data whatever its dates.
func pickInputs(ctx context.Context, cfg neo4jstore.Config, s *questions.Service, seed uint64) (*inputs, error) {
	in := &inputs{}
	ps, now, err := graphinputs.Active(ctx, cfg, 400)
	if err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		return nil, fmt.Errorf("no active professionals: load a generated world first")
	}
	r := rand.New(rand.NewPCG(seed, seed))
	r.Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
	for _, p := range ps {
		in.ids = append(in.ids, p)
		in.handles = append(in.handles, p)
	}
	in.now = now
	cs, err := s.Communities(ctx)
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		in.communities = append(in.communities, c.Name)
	}
	page, err := s.Chats(ctx, domain.ChatFilter{Window: domain.Window{Since: now.Add(-domain.DefaultWindow), Until: now}}, domain.Page{First: domain.MaxPageSize})
	if err != nil {
		return nil, err
	}
	for _, c := range page.Nodes {
		in.chats = append(in.chats, c.ID)
	}
	if len(in.chats) == 0 {
		return nil, fmt.Errorf("no chats in the window: load a generated world first")
	}
	return in, nil
}

// bearer adds the token to every request: the questions are not PUBLIC.
type bearer struct {
	token string
	next  http.RoundTripper
}

func (b bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	if b.token == "" {
		return b.next.RoundTrip(r)
	}
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.token)
	return b.next.RoundTrip(r)
}
