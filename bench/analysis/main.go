// Command analysis benchmarks the analysis step on the conversational-tie
// graph of a generated world (100,000 members by default) beside networkx
// and igraph on the same edge list, in the same run, and writes the figures
// to bench/results as JSON and Markdown.
//
// The projection is built from the generator's acts rather than read from
// Neo4j: loading 100,000 members takes hours on a small machine, and what
// is measured here is the in-memory analysis, which is the same either way.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/peergraph/peergraph/analysis"
)

func main() {
	var o options
	flag.IntVar(&o.members, "members", 100000, "members in the generated world")
	flag.IntVar(&o.months, "months", 12, "months of the generated world")
	flag.Int64Var(&o.seed, "seed", 7, "generator seed")
	flag.StringVar(&o.data, "data", ".bench-analysis", "where the world and its edge list are cached (git-ignored)")
	flag.StringVar(&o.out, "out", "bench/results", "where the results go")
	flag.StringVar(&o.python, "python", "", "a Python with networkx and python-igraph; empty skips them")
	flag.IntVar(&o.pivots, "pivots", 0, "betweenness pivots, whatever the size (default: as many as --budget allows); networkx (k) and igraph (sources) use the number peergraph walked")
	flag.IntVar(&o.exactUpTo, "exact-up-to", 0, "exact betweenness up to this many nodes, --pivots (500) above (default: choose by --budget)")
	flag.DurationVar(&o.budget, "budget", analysis.DefaultBetweennessBudget, "betweenness time budget: exact when a timed probe says it fits, else as many sources as fit")
	flag.StringVar(&o.communities, "communities", analysis.MethodLouvain, "louvain or leiden")
	flag.DurationVar(&o.timeout, "timeout", 10*time.Minute, "longest any one Python measure may run")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, o); err != nil {
		slog.Error("bench analysis", "err", err)
		os.Exit(1)
	}
}

type options struct {
	members, months   int
	seed              int64
	data, out, python string
	pivots, exactUpTo int
	timeout, budget   time.Duration
	communities       string
}

func run(ctx context.Context, o options) error {
	dir := filepath.Join(o.data, fmt.Sprintf("%dx%d-seed%d", o.members, o.months, o.seed))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	slog.Info("world", "dir", dir)
	nodes, edges, err := makeEdgeList(ctx, dir, o.members, o.months, o.seed, 180*24*time.Hour)
	if err != nil {
		return err
	}
	r := newResult(o)
	start := time.Now()
	g, err := readGraph(nodes, edges)
	if err != nil {
		return err
	}
	pg := impl{Name: "peergraph (Go)", Seconds: map[string]float64{"load": time.Since(start).Seconds()}}
	r.Graph = graphInfo{Nodes: g.N(), Arcs: g.Arcs(), Edges: g.Edges(), Groups: len(g.Groups)}
	slog.Info("graph", "nodes", g.N(), "arcs", g.Arcs(), "edges", g.Edges())
	r.LoadBefore = loadAverage()
	res, err := analysis.Analyze(ctx, g, analysis.Options{ExactUpTo: o.exactUpTo, Pivots: o.pivots, Seed: uint64(o.seed),
		BetweennessBudget: o.budget, Communities: o.communities,
		Progress: func(stage string, done, total int) {
			if done == 0 {
				slog.Info("stage", "stage", stage)
			}
		}})
	if err != nil {
		return err
	}
	for k, v := range res.Timings {
		pg.Seconds[k] = v
	}
	r.LoadAfter = loadAverage()
	b := res.Betweenness
	r.Betweenness = betweennessInfo{Exact: b.Exact, Pivots: b.Pivots, ErrorBound: b.ErrorBound, Confidence: b.Confidence,
		ChosenBy: b.ChosenBy, BudgetSeconds: b.Budget.Seconds(), PerSourceMs: float64(b.PerSource.Microseconds()) / 1000,
		EstimatedExactSeconds: b.EstimatedExact.Seconds()}
	r.CommunityMethod = res.Communities.Method
	// The libraries walk as many sources as peergraph did.
	o.pivots, o.exactUpTo = b.Pivots, 0
	if b.Exact {
		o.exactUpTo = g.N()
	}
	r.Modularity = map[string]float64{"peergraph": res.Communities.Modularity}
	r.Communities = map[string]int{"peergraph": len(res.Communities.Clusters)}
	r.Impls = append(r.Impls, pg)
	if o.python != "" {
		for _, lib := range []string{"networkx", "igraph"} {
			im, q, nc, err := runPython(ctx, o, lib, nodes, edges, g.N())
			if err != nil {
				return err
			}
			r.Impls = append(r.Impls, im)
			if q != nil {
				r.Modularity[lib] = *q
				r.Communities[lib] = nc
			}
		}
	}
	r.finish()
	r.print(os.Stdout)
	return r.write(o.out, fmt.Sprintf("analysis-%dx%d", o.members, o.months))
}
