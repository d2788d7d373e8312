package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/analysisrun"
	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/profession"
	"github.com/peergraph/peergraph/readmodel"
)

// analysisFlags are the flags analyze and export share: the window, the
// community and how the measures are computed.
type analysisFlags struct {
	since, until, community string
	opts                    analysis.Options
	seed                    uint64
}

func (a *analysisFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&a.since, "since", "", "start of the window, RFC 3339 (default: 180 days before --until)")
	fs.StringVar(&a.until, "until", "", "end of the window, RFC 3339 (default: the UTC midnight after the newest chat ends, as the dashboard's; now with no chat)")
	fs.StringVar(&a.community, "community", "", "only the ties made in this community's chats (default: every community)")
	fs.IntVar(&a.opts.ExactUpTo, "exact-up-to", 0, "exact betweenness up to this many professionals, --pivots sources (default 500) sampled above (default: choose by --budget)")
	fs.IntVar(&a.opts.Pivots, "pivots", 0, "sources sampled for betweenness, whatever the size (default: as many as --budget allows, every one when exact fits)")
	fs.IntVar(&a.opts.PathPivots, "path-pivots", 0, "directed and weighted betweenness: exact up to this many professionals, sampled from as many sources above (0: --pivots if given, else by --path-budget; -1: always exact)")
	fs.DurationVar(&a.opts.PathBudget, "path-budget", analysis.DefaultPathBudget, "time directed and weighted betweenness may each take: exact when they fit, else as many sampled sources as fit")
	fs.DurationVar(&a.opts.BetweennessBudget, "budget", analysis.DefaultBetweennessBudget, "time betweenness may take: exact when a timed probe says it fits, else as many sampled sources as fit")
	fs.StringVar(&a.opts.Communities, "communities", analysis.MethodLouvain, "community method: louvain or leiden")
	fs.Float64Var(&a.opts.Resolution, "resolution", 1, "resolution γ of modularity for the communities (above 1: smaller communities)")
	fs.IntVar(&a.opts.Restarts, "restarts", 3, "seeds the community method tries, keeping the best modularity")
	fs.Uint64Var(&a.seed, "seed", 1, "seed of the sampling and of the community method")
}

// request reads the flags into an analysis request; with no --until, the
// window ends where domain.AnalysisUntil says (chats is asked only then).
func (a *analysisFlags) request(ctx context.Context, chats domain.ChatLister) (analysisrun.Request, error) {
	var w domain.Window
	var err error
	if a.until != "" {
		if w.Until, err = time.Parse(time.RFC3339, a.until); err != nil {
			return analysisrun.Request{}, &usageError{"--until: " + err.Error()}
		}
	} else if w.Until, err = domain.AnalysisUntil(ctx, chats, time.Now()); err != nil {
		return analysisrun.Request{}, err
	}
	w.Since = w.Until.Add(-domain.DefaultWindow)
	if a.since != "" {
		if w.Since, err = time.Parse(time.RFC3339, a.since); err != nil {
			return analysisrun.Request{}, &usageError{"--since: " + err.Error()}
		}
	}
	if !w.Until.After(w.Since) {
		return analysisrun.Request{}, &usageError{"--until must be after --since"}
	}
	o := a.opts
	o.Seed = a.seed
	if o.Resolution == 0 {
		// Check reads 0 as "the default"; on the command line it is a value.
		return analysisrun.Request{}, &usageError{"--resolution: must be above 0"}
	}
	if o.BetweennessBudget == 0 {
		return analysisrun.Request{}, &usageError{"--budget: must be above 0"}
	}
	if err := o.Check(); err != nil {
		return analysisrun.Request{}, &usageError{"--" + flagName(err.Error())}
	}
	return analysisrun.Request{Window: w, Community: a.community, Options: o}, nil
}

// flagName turns the setting an analysis.Options error names
// ("exactUpTo: ...") into the flag's name ("exact-up-to: ...").
func flagName(msg string) string {
	for setting, flag := range map[string]string{"exactUpTo:": "exact-up-to:", "betweennessBudget:": "budget:", "restarts:": "restarts:",
		"pivots:": "pivots:", "communities:": "communities:", "resolution:": "resolution:"} {
		if strings.HasPrefix(msg, setting) {
			return flag + strings.TrimPrefix(msg, setting)
		}
	}
	return msg
}

// check finds the flags' usage errors before anything is opened.
func (a *analysisFlags) check() error {
	_, err := a.request(context.Background(), noChats{})
	return err
}

// noChats is a graph with no chat.
type noChats struct{}

func (noChats) Chats(context.Context, domain.ChatFilter, domain.Page) (*domain.ChatConnection, error) {
	return &domain.ChatConnection{}, nil
}

// runAnalyze reads the window's projection, computes every measure and
// writes the results back to Neo4j.
func runAnalyze(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var af analysisFlags
	af.register(fs)
	if err := fs.Parse(args); err != nil {
		return &usageError{err.Error()}
	}
	if err := af.check(); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	store, err := openStore(ctx, getenv, log, 30*time.Second, profession.DefaultTable(), nil)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	req, err := af.request(ctx, store)
	if err != nil {
		return err
	}
	start := time.Now()
	id := analysisrun.NewID(start)
	a, res, _, err := analysisrun.Run(ctx, fromSnapshot{store}, id, req, stageLogger(log))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "analysis %s: %d professionals, %d ties, window %s – %s, computed %s in %s\n",
		a.ID, a.Nodes, a.Edges, a.Since.Format(time.RFC3339), a.Until.Format(time.RFC3339), a.ComputedAt.Format(time.RFC3339), time.Since(start).Round(time.Millisecond))
	fmt.Fprintln(stdout, "betweenness: "+a.BetweennessMode())
	if n := a.Network; n != nil && !n.PathBetweennessExact {
		fmt.Fprintf(stdout, "directed and weighted betweenness: sampled from %d sources, every value within ±%.4f with %.0f%% confidence\n", n.PathBetweennessPivots, n.PathBetweennessErrorBound, 100*a.Confidence)
	}
	fmt.Fprintf(stdout, "communities (%s, resolution %g): %d, modularity %.4f\n", a.CommunityMethod, a.Resolution, a.Clusters, a.Modularity)
	for _, st := range analysis.Stages {
		fmt.Fprintf(stdout, "  %-17s %6.2fs\n", st, res.Timings[st])
	}
	return nil
}

// fromSnapshot analyses a read model built from a snapshot (the loader runs
// without a server's) and writes the results to the store.
type fromSnapshot struct{ *neo4jstore.Store }

func (s fromSnapshot) Projection(ctx context.Context, w domain.Window, community string) (*readmodel.Projection, error) {
	return readmodel.ReadProjection(ctx, s.Store, w, community)
}

// stageLogger logs each stage as it starts.
func stageLogger(log *slog.Logger) analysisrun.Progress {
	return func(stage string, done, total int) {
		if done == 0 {
			log.Info("analysis", "stage", stage)
		}
	}
}

// runExport writes the window's projection with its measures, computed
// afresh on the same projection (nothing is written to Neo4j), as GraphML,
// GEXF or CSV node and edge lists.
func runExport(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var af analysisFlags
	af.register(fs)
	formatName := fs.String("format", "graphml", "graphml, gexf or csv (three files: OUT-nodes.csv, OUT-edges.csv and OUT-pair-betweenness.csv)")
	out := fs.String("out", "", "the file to write (for csv, the prefix of the two files); required")
	if err := fs.Parse(args); err != nil {
		return &usageError{err.Error()}
	}
	if *out == "" {
		return &usageError{"export: --out is required"}
	}
	files := map[string]string{}
	switch *formatName {
	case "graphml", "gexf":
		files[*formatName] = *out
	case "csv":
		prefix := strings.TrimSuffix(*out, ".csv")
		files["nodes.csv"], files["edges.csv"] = prefix+"-nodes.csv", prefix+"-edges.csv"
		files["pair-betweenness.csv"] = prefix + "-pair-betweenness.csv"
	default:
		return &usageError{"export: --format must be graphml, gexf or csv"}
	}
	if err := af.check(); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	store, err := openStore(ctx, getenv, log, 30*time.Second, profession.DefaultTable(), nil)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	req, err := af.request(ctx, store)
	if err != nil {
		return err
	}
	proj, err := readmodel.ReadProjection(ctx, store, req.Window, req.Community)
	if err != nil {
		return err
	}
	g, err := analysisrun.Projection(proj)
	if err != nil {
		return err
	}
	opts := req.Options
	opts.Progress = stageLogger(log)
	started := time.Now()
	res, err := analysis.Analyze(ctx, g, opts)
	if err != nil {
		return err
	}
	rec := analysisrun.Record("export", req, res, started, time.Now())
	exp := analysisrun.ExportOf(g, proj, analysisrun.MetricsOfRecord(g, rec))
	exp.GraphAttrs = analysisrun.NetworkAttrs(rec.Analysis.Network)
	for format, path := range files {
		if err := writeFile(path, func(w io.Writer) error { return analysis.Writers[format].Write(w, exp) }); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %d professionals, %d directed ties (%s)\n", path, g.N(), g.Arcs(), format)
	}
	return nil
}

// writeFile writes path through a temporary file, so that a failed export
// leaves no half file behind.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".export-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
