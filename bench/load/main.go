// Command load benchmarks the loader (issue 3): posts per second loading a
// generated world of about a million posts with the real loader binary,
// beside a hand-written baseline that writes the same posts with one
// UNWIND statement per batch, and beside a same-work baseline that writes
// what the loader writes (posts, chats, derived ties) in plain UNWIND
// statements (samework.go), in the same run against the same Neo4j; and
// the loader's peak RSS.
//
//	go run ./bench/load --members 40000 --months 12 --out bench/results
//
// It empties the database it is pointed at (NEO4J_URI): never point it at
// one whose data you want. `make bench-load` starts a Neo4j of its own.
//
// Steps: generate the world once into --data (cached, git-ignored); build
// the loader; warm the JVM up on a small world; reset; run `loader load`
// as a subprocess (wall time, phases from its --summary, peak RSS from
// wait4's rusage); reset; parse the same post files with loader/archive
// (outside the timing) and write them with the baseline statement; print a
// table and write it as JSON and Markdown into --out.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/bench/internal/cmdline"
	"github.com/peergraph/peergraph/bench/internal/results"
	"github.com/peergraph/peergraph/loader/generate"
	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/neo4jstore"
)

type options struct {
	members, months int
	seed            int64
	data, out, name string
	batch           int
	warmup          bool
	skipLoader      bool
	skipBaseline    bool
	skipSameWork    bool
	loaderRuns      int
	loaderArgs      []string
	neo4jPIDFile    string
	dbDir           string
	keep            bool
	bulk            bool
	month           bool
	resume          bool
}

func main() {
	var o options
	var loaderArgs string
	flag.IntVar(&o.members, "members", 40000, "members in the generated world (40,000 × 12 months ≈ 990k posts)")
	flag.IntVar(&o.months, "months", 12, "months of the generated world")
	flag.Int64Var(&o.seed, "seed", 1, "generator seed")
	flag.StringVar(&o.data, "data", ".bench-data", "where generated worlds are cached (git-ignored)")
	flag.StringVar(&o.out, "out", "bench/results", "where the results go (JSON and Markdown)")
	flag.StringVar(&o.name, "name", "", "results file name without extension (default load-<members>x<months>)")
	flag.IntVar(&o.batch, "batch", 1000, "posts per transaction, for the loader (--batch) and the baseline")
	flag.BoolVar(&o.warmup, "warmup", true, "load a small world with both first, so that neither pays for the JVM's warm-up")
	flag.BoolVar(&o.skipLoader, "skip-loader", false, "run the baseline only")
	flag.BoolVar(&o.skipBaseline, "skip-baseline", false, "leave out the posts-only UNWIND baseline")
	flag.IntVar(&o.loaderRuns, "loader-runs", 1, "load the world this many times with the loader, each from an empty store: the median run is reported, and the slowest over the fastest")
	flag.BoolVar(&o.skipSameWork, "skip-same-work", false, "leave out the same-work baseline (posts, chats and derived ties in plain UNWIND statements, samework.go)")
	flag.StringVar(&loaderArgs, "loader-args", "", "extra flags for `loader load`, space-separated")
	flag.StringVar(&o.dbDir, "db-dir", "", "the PEERGRAPH_DB_DIR of the Neo4j that neo4j-launcher/db.sh runs at NEO4J_URI: each run then starts from a new store\n"+
		"(stop, delete the data folder, start), which is much quicker than deleting a million posts; without it runs start after `loader reset`")
	flag.BoolVar(&o.bulk, "bulk", true, "also load the world through the bulk importer (`loader load --bulk`, needs --db-dir), and run the importer alone on the same files")
	flag.BoolVar(&o.month, "month", false, "also bring the world's last month into a graph of the months before it, with the loader and with the same-work baseline, each from a copy of the same store (needs --db-dir)")
	flag.BoolVar(&o.keep, "keep", false, "leave the loader's graph (the last run's) in the database instead of emptying it at the end")
	flag.BoolVar(&o.resume, "resume", false, "take the runs an earlier run of the same world measured on the same code (its NAME.json, or NAME.partial.json when it stopped part-way; each run is kept there as it ends) and measure the rest; needs --db-dir")
	flag.Parse()
	if o.resume && o.dbDir == "" {
		fmt.Fprintln(os.Stderr, "bench: --resume needs --db-dir (the graph left for the steps after this one is tracked there)")
		os.Exit(2)
	}
	o.loaderArgs = strings.Fields(loaderArgs)
	if o.name == "" {
		o.name = fmt.Sprintf("load-%dx%d", o.members, o.months)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, o); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// replyGrace is the loader's default --reply-grace, which the same-work
// baseline uses too.
const replyGrace = 24 * time.Hour

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%s bench: %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
}

func run(ctx context.Context, o options) error {
	if os.Getenv("NEO4J_URI") == "" {
		return fmt.Errorf("set NEO4J_URI to a Neo4j whose data may be deleted (make bench-load starts one)")
	}
	work, err := filepath.Abs(filepath.Join(o.data, "run"))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(work, 0o755); err != nil {
		return err
	}
	world, err := ensureWorld(ctx, o.data, o.members, o.months, o.seed)
	if err != nil {
		return err
	}
	loader := filepath.Join(work, "loader")
	logf("building the loader")
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", loader, "./loader").CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./loader: %v\n%s", err, out)
	}
	db, err := openDB(ctx)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))

	code, err := results.CodeVersion(ctx)
	if err != nil {
		return err
	}
	res := &result{
		Date:    time.Now().UTC().Format(time.RFC3339),
		Command: commandLine(),
		Machine: machine(),
		World:   world,
		Batch:   o.batch,
		Targets: targets{RatioToBaseline: 0.8, PeakRSSMB: 300},
		Code:    code,
		Setup:   o.setup(),
	}
	res.Versions.Go = runtime.Version()
	res.Versions.Neo4j = neo4jVersion(ctx, db)
	res.Versions.Driver = driverVersion()
	finalPath, partialPath := filepath.Join(o.out, o.name+".json"), filepath.Join(o.out, o.name+".partial.json")
	prev := &result{}
	if o.resume {
		if prev, err = resumeFrom(finalPath, partialPath, res); err != nil {
			return err
		}
		if prev.Code.Commit != "" {
			res.Date, res.Resumed = prev.Date, prev.Resumed+1
		}
	}
	// save keeps what is measured so far, for --resume after a stop.
	save := func() error { return results.WriteJSON(partialPath, res) }
	// left says whether this run's last step left the world's graph in
	// the database (every step starts with a reset, which forgets what an
	// earlier run left there).
	left := false
	small := world
	if o.warmup {
		if small, err = ensureWorld(ctx, o.data, 2000, 2, 1); err != nil {
			return err
		}
	}
	// fresh empties the database and, with --warmup, loads the small world
	// the way the next run will, then empties it again: both runs start
	// from the same empty, indexed graph in a warmed-up JVM.
	fresh := func(warm func() error) (*procCPU, error) {
		if err := reset(ctx, loader, work, o.dbDir); err != nil {
			return nil, err
		}
		if o.warmup {
			logf("warming up on %d posts", small.Posts)
			if err := warm(); err != nil {
				return nil, fmt.Errorf("warm-up: %w", err)
			}
			if err := reset(ctx, loader, work, ""); err != nil {
				return nil, err
			}
		}
		settleDisk()
		return neo4jProcess(o.pidFile()), nil
	}

	// The baseline goes first, so that --keep leaves the loader's graph,
	// the one the API answers from.
	switch {
	case o.skipBaseline:
	case prev.Baseline != nil:
		res.Baseline = prev.Baseline
		logf("baseline: measured on this code before")
	default:
		neo, err := fresh(func() error {
			_, err := runBaseline(ctx, db, small.Dir, o.batch, nil)
			return err
		})
		if err != nil {
			return err
		}
		logf("baseline: writing the same posts")
		r, err := runBaseline(ctx, db, world.Dir, o.batch, neo)
		if err != nil {
			return err
		}
		res.Baseline = r
		logf("baseline: %d posts in %.1fs (%.0f posts/s)", r.Posts, r.Seconds, r.PostsPerSecond)
		if err := save(); err != nil {
			return err
		}
	}
	switch {
	case o.skipSameWork:
	case prev.SameWork != nil:
		res.SameWork = prev.SameWork
		logf("same-work baseline: measured on this code before")
	default:
		neo, err := fresh(func() error {
			_, err := runSameWork(ctx, db, small.Dir, o.batch, replyGrace, nil, false)
			return err
		})
		if err != nil {
			return err
		}
		logf("same-work baseline: writing the loader's rows")
		r, err := runSameWork(ctx, db, world.Dir, o.batch, replyGrace, neo, false)
		if err != nil {
			return err
		}
		res.SameWork = r
		logf("same-work baseline: %d posts in %.1fs (%.0f posts/s; write %.1fs, derived ties %.1fs)",
			r.Posts, r.Seconds, r.PostsPerSecond, r.WriteSeconds, r.RefreshSeconds)
		if err := save(); err != nil {
			return err
		}
	}
	switch {
	case !o.month:
	case o.dbDir == "":
		return fmt.Errorf("--month copies the store: give --db-dir")
	case prev.Month != nil:
		res.Month = prev.Month
		logf("month: measured on this code before")
	default:
		if err := runMonth(ctx, loader, work, o, db, res); err != nil {
			return fmt.Errorf("month: %w", err)
		}
		if err := save(); err != nil {
			return err
		}
	}
	if !o.skipLoader {
		runs := max(o.loaderRuns, 1)
		res.LoaderRunResults = prev.LoaderRunResults[:min(len(prev.LoaderRunResults), runs)]
		if n := len(res.LoaderRunResults); n > 0 {
			logf("loader: %d of %d runs measured on this code before", n, runs)
		}
		for i := len(res.LoaderRunResults); i < runs; i++ {
			neo, err := fresh(func() error {
				_, err := runLoader(ctx, loader, work, small.Dir, o, db, nil, onlineRun)
				return err
			})
			if err != nil {
				return err
			}
			logf("loader: loading %s (run %d of %d)", world.Dir, i+1, runs)
			r, err := runLoader(ctx, loader, work, world.Dir, o, db, neo, onlineRun)
			if err != nil {
				return err
			}
			left = true
			logf("loader: %d posts in %.1fs (%.0f posts/s; write %.1fs, refresh %.1fs), peak RSS %.0f MB",
				r.Posts, r.Seconds, r.PostsPerSecond, r.WriteSeconds, r.RefreshSeconds, r.PeakRSSMB)
			res.LoaderRunResults = append(res.LoaderRunResults, r)
			if err := save(); err != nil {
				return err
			}
		}
		res.medianLoader()
	}
	switch {
	case !o.bulk || o.dbDir == "":
	case prev.Bulk != nil:
		res.Bulk = prev.Bulk
		logf("bulk: measured on this code before")
	default:
		// No warm-up: the bulk path starts a new Neo4j after the import.
		if err := reset(ctx, loader, work, o.dbDir); err != nil {
			return err
		}
		if err := runBulk(ctx, loader, work, world.Dir, o, db, res); err != nil {
			return err
		}
		left = true
		if err := save(); err != nil {
			return err
		}
	}
	if err := o.leaveGraph(ctx, loader, work, world, code, db, left); err != nil {
		return err
	}
	res.finish()
	res.print(os.Stdout)
	if err := results.Write(o.out, o.name, res, res.markdown()); err != nil {
		return err
	}
	if err := os.Remove(partialPath); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	logf("wrote %s and %s", finalPath, filepath.Join(o.out, o.name+".md"))
	return nil
}

// setup is what, beside the code, makes two runs' figures comparable.
func (o options) setup() string {
	return fmt.Sprintf("members=%d months=%d seed=%d batch=%d warmup=%v loader-args=%q", o.members, o.months, o.seed, o.batch, o.warmup, o.loaderArgs)
}

// resumeFrom reads what an earlier run measured of the same world on the
// same code, finished (final) or stopped part-way (partial); an empty
// result when there is none.
func resumeFrom(final, partial string, res *result) (*result, error) {
	for _, path := range []string{final, partial} {
		var prev result
		err := results.ReadJSON(path, &prev)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if !prev.Code.Same(res.Code) || prev.Setup != res.Setup {
			logf("resume: %s is from other code or another setup (%s, %q), not this (%s, %q)", path, prev.Code, prev.Setup, res.Code, res.Setup)
			continue
		}
		logf("resume: taking what %s measured on this code", path)
		return &prev, nil
	}
	return &result{}, nil
}

// leaveGraph, with --keep, leaves the world's graph in the database for
// the steps after this one (bench/all measures the API on it): the graph
// this run's last step left, or one an earlier run left on this code, or
// else a bulk load (online without --bulk) that is not measured.
func (o options) leaveGraph(ctx context.Context, loader, work string, world worldInfo, code results.Code, db neo4j.DriverWithContext, left bool) error {
	if !o.keep {
		return reset(ctx, loader, work, o.dbDir)
	}
	if o.dbDir == "" {
		return nil
	}
	want := results.Graph{World: fmt.Sprintf("%dx%d seed %d", o.members, o.months, o.seed), Code: code}
	if !left {
		g, err := results.ReadGraph(o.dbDir)
		if err != nil {
			return err
		}
		if g.World == want.World && g.Code.Same(code) {
			logf("the database holds the world's graph, loaded on this code")
			return nil
		}
		logf("loading the world's graph for the steps after this one (not measured)")
		if err := reset(ctx, loader, work, o.dbDir); err != nil {
			return err
		}
		how := onlineRun
		if o.bulk {
			var err error
			if how, _, err = bulkRun(work, o); err != nil {
				return err
			}
		}
		if _, err := runLoader(ctx, loader, work, world.Dir, o, db, nil, how); err != nil {
			return err
		}
	}
	return results.WriteGraph(o.dbDir, want)
}

// worldInfo is a generated world as the results describe it.
type worldInfo struct {
	Members int    `json:"members"`
	Months  int    `json:"months"`
	Seed    int64  `json:"seed"`
	Dir     string `json:"dir"`
	Posts   int    `json:"posts"` // distinct posts the generator wrote
	Files   int    `json:"files"`
	Bytes   int64  `json:"bytes"`
}

// ensureWorld generates the world of that size and seed once (generateOnce).
func ensureWorld(ctx context.Context, data string, members, months int, seed int64) (worldInfo, error) {
	dir, err := filepath.Abs(filepath.Join(data, fmt.Sprintf("world-%dx%d-s%d", members, months, seed)))
	if err != nil {
		return worldInfo{}, err
	}
	w := worldInfo{Members: members, Months: months, Seed: seed, Dir: dir}
	sum, err := generateOnce(ctx, dir, generate.Config{Members: members, Months: months, Seed: seed, Out: dir},
		fmt.Sprintf("%d members × %d months (seed %d)", members, months, seed))
	if err != nil {
		return w, err
	}
	w.Posts = sum.Posts
	return w, w.countFiles()
}

// generateOnce generates a world into dir once: a finished one is marked
// by its summary (.summary.json in dir), so that a generation killed
// half-way is redone.
func generateOnce(ctx context.Context, dir string, cfg generate.Config, what string) (generate.Summary, error) {
	done := filepath.Join(dir, ".summary.json")
	var sum generate.Summary
	if b, err := os.ReadFile(done); err == nil && json.Unmarshal(b, &sum) == nil {
		logf("using the cached world in %s", dir)
		return sum, nil
	}
	logf("generating %s into %s", what, dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return sum, err
	}
	sum, err := generate.Generate(ctx, cfg)
	if err != nil {
		return sum, err
	}
	b, _ := json.MarshalIndent(sum, "", "  ")
	return sum, os.WriteFile(done, b, 0o644)
}

// countFiles counts the world's input files (those a load reads) and
// their bytes.
func (w *worldInfo) countFiles() error {
	files, err := ingest.Expand([]string{w.Dir})
	if err != nil {
		return err
	}
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			w.Files++
			w.Bytes += st.Size()
		}
	}
	return nil
}

func openDB(ctx context.Context) (neo4j.DriverWithContext, error) {
	cfg, err := neo4jstore.ConfigFromEnv(os.Getenv)
	if err != nil {
		return nil, err
	}
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	db, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return nil, err
	}
	if err := db.VerifyConnectivity(ctx); err != nil {
		db.Close(ctx)
		return nil, fmt.Errorf("neo4j at %s: %w", cfg.URI, err)
	}
	return db, nil
}

func session(ctx context.Context, db neo4j.DriverWithContext) neo4j.SessionWithContext {
	return db.NewSession(ctx, neo4j.SessionConfig{DatabaseName: os.Getenv("NEO4J_DATABASE")})
}

func count(ctx context.Context, db neo4j.DriverWithContext, cypher string) (int64, error) {
	res, err := neo4j.ExecuteQuery(ctx, db, cypher, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(os.Getenv("NEO4J_DATABASE")))
	if err != nil {
		return 0, err
	}
	if len(res.Records) == 0 {
		return 0, nil
	}
	n, _ := res.Records[0].Values[0].(int64)
	return n, nil
}

// graphCounts says what a run left in the graph, so that the loader's and
// the baseline's posts can be checked to be the same ones.
type graphCounts struct {
	Posts     int64 `json:"posts"` // posts with their own content (the baseline also makes bare targets)
	Accounts  int64 `json:"accounts"`
	Posted    int64 `json:"posted"`
	ReplyTo   int64 `json:"replyTo"`
	Quotes    int64 `json:"quotes"`
	Reposts   int64 `json:"reposts"`
	Mentions  int64 `json:"mentions"`
	TalkedWit int64 `json:"talkedWith"`
	TookPart  int64 `json:"tookPart"`
}

func countGraph(ctx context.Context, db neo4j.DriverWithContext) (graphCounts, error) {
	var c graphCounts
	for _, q := range []struct {
		n      *int64
		cypher string
	}{
		{&c.Posts, "MATCH (p:Post) WHERE p.createdAt IS NOT NULL RETURN count(p)"},
		{&c.Accounts, "MATCH (a:Account) RETURN count(a)"},
		{&c.Posted, "MATCH ()-[r:POSTED]->() RETURN count(r)"},
		{&c.ReplyTo, "MATCH ()-[r:REPLY_TO]->() RETURN count(r)"},
		{&c.Quotes, "MATCH ()-[r:QUOTES]->() RETURN count(r)"},
		{&c.Reposts, "MATCH ()-[r:REPOSTS]->() RETURN count(r)"},
		{&c.Mentions, "MATCH ()-[r:MENTIONS]->() RETURN count(r)"},
		{&c.TalkedWit, "MATCH ()-[r:TALKED_WITH]->() RETURN count(r)"},
		{&c.TookPart, "MATCH ()-[r:TOOK_PART]->() RETURN count(r)"},
	} {
		n, err := count(ctx, db, q.cypher)
		if err != nil {
			return c, err
		}
		*q.n = n
	}
	return c, nil
}

// settleDisk writes the page cache's dirty pages back before a measured
// run, so that no run pays for the writes of the step before it (a store
// deleted by a reset, the store copied for the month): in the five loader
// runs at 10k of 2026-12-07 the slowest was the first after the month
// step, 1.15× the next slowest.
func settleDisk() {
	start := time.Now()
	syscall.Sync()
	logf("disk settled in %.1fs", time.Since(start).Seconds())
}

// reset empties the database with the loader itself (`loader reset`),
// which also puts the constraints and indexes back: both runs start from
// the same empty, indexed graph. With dbDir, the Neo4j that db.sh runs
// there is stopped, its data folder deleted and started again first.
func reset(ctx context.Context, loader, work, dbDir string) error {
	if dbDir != "" {
		// The graph recorded for the steps after a run is gone with it.
		if err := results.ForgetGraph(dbDir); err != nil {
			return err
		}
		logf("restarting Neo4j in %s with an empty store", dbDir)
		if err := dbsh(ctx, dbDir, "stop"); err != nil {
			return err
		}
		if err := os.RemoveAll(filepath.Join(dbDir, "data")); err != nil {
			return err
		}
		if err := dbsh(ctx, dbDir, "start"); err != nil {
			return err
		}
	} else {
		logf("emptying the database")
	}
	cmd := exec.CommandContext(ctx, loader, "reset", "--yes")
	cmd.Dir = work
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("loader reset: %v\n%s", err, out)
	}
	return nil
}

// dbsh runs the launcher (neo4j-launcher/db.sh VERB ARGS) on the Neo4j in
// dbDir, on the port NEO4J_URI names: db.sh would use its default port
// otherwise, not the one the runs talk to.
func dbsh(ctx context.Context, dbDir, verb string, args ...string) error {
	launcher, err := filepath.Abs(filepath.Join("neo4j-launcher", "db.sh"))
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, "bash", append([]string{launcher, verb}, args...)...)
	cmd.Env = append(os.Environ(), "PEERGRAPH_DB_DIR="+dbDir)
	if u, err := url.Parse(os.Getenv("NEO4J_URI")); err == nil && u.Port() != "" && os.Getenv("PEERGRAPH_DB_PORT") == "" {
		cmd.Env = append(cmd.Env, "PEERGRAPH_DB_PORT="+u.Port())
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("db.sh %s: %v\n%s", verb, err, out)
	}
	return nil
}

func (o options) pidFile() string {
	if o.dbDir != "" {
		return filepath.Join(o.dbDir, "neo4j.pid")
	}
	return o.neo4jPIDFile
}

// phaseResult is one run's figures.
type phaseResult struct {
	Posts          int64       `json:"posts"`
	Seconds        float64     `json:"seconds"`
	PostsPerSecond float64     `json:"postsPerSecond"`
	WriteSeconds   float64     `json:"writeSeconds,omitempty"`   // loader: reading, parsing and writing
	RefreshSeconds float64     `json:"refreshSeconds,omitempty"` // loader: recomputing derived relationships
	PeakRSSMB      float64     `json:"peakRSSMB,omitempty"`
	CPUSeconds     float64     `json:"cpuSeconds"`                // the loader process, or the baseline's own Go code
	Neo4jCPU       float64     `json:"neo4jCPUSeconds,omitempty"` // Neo4j's CPU time during the run, when its PID is known
	ParseSeconds   float64     `json:"parseSeconds,omitempty"`    // baseline: parsing, outside the timing
	LoadAvg        [2]string   `json:"loadAvg"`                   // /proc/loadavg (1, 5, 15 min) at the start and the end: the machine is shared
	Graph          graphCounts `json:"graph"`
	Summary        any         `json:"loaderSummary,omitempty"`
}

// loadRun is how a loader run writes: its extra flags and environment.
type loadRun struct {
	args []string
	env  []string
}

// onlineRun writes through the loader's transactions, whatever the
// database.
var onlineRun = loadRun{args: []string{"--bulk=false"}}

// runLoader runs `loader load` on dir as a child process.
func runLoader(ctx context.Context, loader, work, dir string, o options, db neo4j.DriverWithContext, neo *procCPU, how loadRun) (*phaseResult, error) {
	summaryPath := filepath.Join(work, "summary.json")
	os.Remove(summaryPath)
	args := append([]string{"load", "--progress", "log", "--batch", fmt.Sprint(o.batch),
		"--rejects", filepath.Join(work, "rejects.jsonl"), "--summary", summaryPath}, o.loaderArgs...)
	args = append(append(args, how.args...), dir)
	cmd := exec.CommandContext(ctx, loader, args...)
	cmd.Dir = work
	cmd.Env = append(os.Environ(), how.env...)
	logFile, err := os.Create(filepath.Join(work, "loader.log"))
	if err != nil {
		return nil, err
	}
	defer logFile.Close()
	cmd.Stdout, cmd.Stderr = logFile, logFile
	neoStart := neo.cpu()
	load0 := loadAvg()
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("loader load: %v (see %s)", err, logFile.Name())
	}
	took := time.Since(start)
	r := &phaseResult{Seconds: took.Seconds(), Neo4jCPU: neo.cpu() - neoStart, LoadAvg: [2]string{load0, loadAvg()}}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.PeakRSSMB = float64(ru.Maxrss) / 1024 // kilobytes on Linux
		r.CPUSeconds = tv(ru.Utime) + tv(ru.Stime)
	}
	var sum struct {
		Took        time.Duration
		RefreshTook time.Duration
		PeakRSSMB   float64
	}
	b, err := os.ReadFile(summaryPath)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &sum); err != nil {
		return nil, fmt.Errorf("%s: %w", summaryPath, err)
	}
	var full any
	_ = json.Unmarshal(b, &full)
	if m, ok := full.(map[string]any); ok {
		delete(m, "Files") // one line per file: the log has them
		r.Summary = m
	}
	// The loader's own VmHWM: wait4's maxrss of a child also holds this
	// process's high-water mark from between fork and exec (the baseline's
	// parsed posts, when it ran first), so it is only the fallback.
	if sum.PeakRSSMB > 0 {
		r.PeakRSSMB = sum.PeakRSSMB
	}
	r.RefreshSeconds = sum.RefreshTook.Seconds()
	r.WriteSeconds = r.Seconds - r.RefreshSeconds
	if r.Graph, err = countGraph(ctx, db); err != nil {
		return nil, err
	}
	r.Posts = r.Graph.Posts
	r.PostsPerSecond = float64(r.Posts) / r.Seconds
	return r, nil
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

func tv(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }

func commandLine() string {
	return cmdline.String("go run ./bench/load", os.Args[1:])
}

// procCPU reads a process's CPU time from /proc/PID/stat.
type procCPU struct{ pid int }

func neo4jProcess(pidFile string) *procCPU {
	if pidFile == "" {
		return nil
	}
	b, err := os.ReadFile(pidFile)
	if err != nil {
		logf("no Neo4j CPU time: %v", err)
		return nil
	}
	var pid int
	if _, err := fmt.Sscan(strings.TrimSpace(string(b)), &pid); err != nil {
		return nil
	}
	return &procCPU{pid: pid}
}

func (p *procCPU) cpu() float64 {
	if p == nil {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", p.pid))
	if err != nil {
		return 0
	}
	// The fields after the command (which may hold spaces) start after ')'.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 13 {
		return 0
	}
	var utime, stime float64
	fmt.Sscan(f[11], &utime)
	fmt.Sscan(f[12], &stime)
	return (utime + stime) / 100 // clock ticks; 100 a second on Linux
}
