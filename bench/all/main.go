// Command all is `make bench`: every figure peergraph claims, measured side
// by side in one run at growing scale. For each world size it generates (and
// caches) a world, then:
//
//   - loads it with the loader beside the single-statement UNWIND baseline
//     (bench/load), keeping the loader's graph;
//   - analyses its tie graph beside networkx and igraph (bench/analysis);
//   - starts the server and measures every question through HTTP beside the
//     same store call, then under concurrency (bench/api);
//   - starts the @neo4j/graphql peer on the same Neo4j and measures the
//     generic reads through both at the same concurrency (bench/generic);
//   - loads a live chat while the whole-graph questions are asked every
//     second, until the read model has taken it in, then stops Neo4j while
//     they are asked again (bench/freshness);
//   - records the server's peak RSS over all of that.
//
// Each step writes its own JSON and Markdown under --out; this command then
// writes bench.json and bench.md: one table of the figures at each scale,
// with the exponent each grows by (log-log fit over members), and puts the
// table into README.md between its bench markers.
//
// NEO4J_URI must name a Neo4j whose data may be deleted, and --db-dir the
// folder db.sh runs it from (make bench starts one).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/peergraph/peergraph/bench/internal/cmdline"
	"github.com/peergraph/peergraph/bench/internal/readyz"
	"github.com/peergraph/peergraph/bench/internal/results"
)

type options struct {
	scales             []int
	months             int
	seed               int64
	data, out, dbDir   string
	addr               string
	peerPort           int
	n, concurrency     int
	duration, budget   time.Duration
	analysisTimeout    time.Duration
	skipPeer, skipLoad bool
	skipAnalysis       bool
	readme             string
	python             string
	loadArgs           []string
	resummarize        bool
	resume, month      bool
	loaderRuns         int
}

func main() {
	var o options
	var scales string
	flag.StringVar(&scales, "scales", "10000,100000", "world sizes in members, comma-separated")
	flag.IntVar(&o.months, "months", 24, "months of each world (24 months: about 0.5M posts at 10k members, 5M at 100k)")
	flag.Int64Var(&o.seed, "seed", 1, "generator seed")
	flag.StringVar(&o.data, "data", ".bench-data", "where generated worlds are cached (git-ignored)")
	flag.StringVar(&o.out, "out", "bench/results", "where the results go")
	flag.StringVar(&o.dbDir, "db-dir", "", "the PEERGRAPH_DB_DIR of the Neo4j at NEO4J_URI (each load starts from a new store)")
	flag.StringVar(&o.addr, "addr", "127.0.0.1:8097", "where the server under test listens")
	flag.IntVar(&o.peerPort, "peer-port", 4107, "where the @neo4j/graphql peer listens")
	flag.IntVar(&o.n, "n", 200, "one-at-a-time requests per question and path")
	flag.DurationVar(&o.budget, "budget", 90*time.Second, "longest the one-at-a-time requests of one question may take (bench/api --budget)")
	flag.DurationVar(&o.analysisTimeout, "analysis-timeout", 5*time.Minute, "longest any one networkx or igraph measure may run (bench/analysis --timeout)")
	flag.IntVar(&o.concurrency, "concurrency", 16, "clients at once for the throughput runs")
	flag.DurationVar(&o.duration, "duration", 60*time.Second, "length of each throughput run")
	flag.BoolVar(&o.skipPeer, "skip-peer", false, "leave out the @neo4j/graphql comparison")
	flag.BoolVar(&o.skipAnalysis, "skip-analysis", false, "leave out the analysis step (its results from an earlier run stay in --out for --resummarize)")
	flag.BoolVar(&o.skipLoad, "skip-load", false, "use the graph already in the database (one scale only): no load figures")
	flag.StringVar(&o.readme, "readme", "README.md", "README whose bench table is replaced (empty: none)")
	flag.StringVar(&o.python, "python", "", "a Python with networkx and python-igraph for the analysis comparison (make bench makes a venv); empty: peergraph's analysis alone")
	var loadArgs string
	flag.StringVar(&loadArgs, "load-args", "", "more flags for bench/load at every scale, space-separated (e.g. \"--skip-same-work --bulk=false\" to leave out the first loads' other paths)")
	flag.BoolVar(&o.resummarize, "resummarize", false, "measure nothing: write bench.json, bench.md and the README's table again from the steps' results in --out for --scales (the date and command of the bench.json there kept), with this code's figures")
	flag.BoolVar(&o.resume, "resume", true, "take the steps (and bench/load's runs) an earlier run measured on the same code, and measure the rest: a run stopped part-way goes on where it stopped (bench-steps.json in --out says which steps are done on which code)")
	flag.BoolVar(&o.month, "month", true, "bring each world's last month into a graph of the months before it, by the loader beside the same-work baseline (bench/load --month)")
	flag.IntVar(&o.loaderRuns, "loader-runs", 5, "online loader runs on the smallest scale's world, each from an empty store, for the slowest over the fastest (one run at larger scales)")
	flag.Parse()
	o.loadArgs = strings.Fields(loadArgs)
	for _, s := range strings.Split(scales, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			fmt.Fprintf(os.Stderr, "bench: --scales: %q is not a number of members\n", s)
			os.Exit(2)
		}
		o.scales = append(o.scales, n)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, o); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%s bench: %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
}

func run(ctx context.Context, o options) error {
	if o.resummarize {
		return resummarize(o)
	}
	if os.Getenv("NEO4J_URI") == "" {
		return fmt.Errorf("set NEO4J_URI to a Neo4j whose data may be deleted (make bench starts one)")
	}
	if o.skipLoad && len(o.scales) != 1 {
		return fmt.Errorf("--skip-load measures the graph in the database: give one scale")
	}
	bin, err := filepath.Abs(filepath.Join(o.data, "bin"))
	if err != nil {
		return err
	}
	for _, c := range []string{"server", "loader", "bench/load", "bench/api", "bench/generic", "bench/analysis", "bench/freshness"} {
		logf("building %s", c)
		if out, err := exec.CommandContext(ctx, "go", "build", "-o", filepath.Join(bin, filepath.Base(c)), "./"+c).CombinedOutput(); err != nil {
			return fmt.Errorf("go build ./%s: %v\n%s", c, err, out)
		}
	}
	code, err := results.CodeVersion(ctx)
	if err != nil {
		return err
	}
	done, err := readSteps(o.out)
	if err != nil {
		return err
	}
	if code.Dirty {
		logf("the work tree has uncommitted changes: nothing measured now can be resumed or taken later")
	}
	sum := &summary{At: time.Now().UTC(), Command: cmdline.String("go run ./bench/all", os.Args[1:]), Machine: machine(), Code: code}
	for _, members := range o.scales {
		sc, err := measure(ctx, o, bin, members, code, done)
		if err != nil {
			return fmt.Errorf("%d members: %w", members, err)
		}
		sum.Scales = append(sum.Scales, *sc)
	}
	sum.fit()
	return sum.write(o.out, o.readme)
}

// measure runs every step at one scale, but those done on this code
// before (with --resume).
func measure(ctx context.Context, o options, bin string, members int, code results.Code, done steps) (*scale, error) {
	name := fmt.Sprintf("%dx%d", members, o.months)
	sc := &scale{Members: members, Months: o.months}
	serverDone := o.resume && done.on("server-"+name, code)
	if !o.skipLoad {
		args := []string{"--members", fmt.Sprint(members), "--months", fmt.Sprint(o.months), "--seed", fmt.Sprint(o.seed),
			"--data", o.data, "--out", o.out, "--name", "load-" + name,
			// The graph stays for the server's steps, unless they are done.
			"--keep=" + strconv.FormatBool(!serverDone), "--month=" + strconv.FormatBool(o.month)}
		if members == slices.Min(o.scales) {
			args = append(args, "--loader-runs", fmt.Sprint(o.loaderRuns))
		}
		if o.dbDir != "" {
			args = append(args, "--db-dir", o.dbDir)
			if o.resume {
				args = append(args, "--resume")
			}
		}
		args = append(args, o.loadArgs...)
		if err := step(ctx, filepath.Join(bin, "load"), args...); err != nil {
			return nil, fmt.Errorf("load: %w", err)
		}
		if err := results.ReadJSON(filepath.Join(o.out, "load-"+name+".json"), &sc.Load); err != nil {
			return nil, err
		}
	}
	switch {
	case o.skipAnalysis:
	case o.resume && done.on("analysis-"+name, code):
		logf("analysis at %d members: measured on this code before", members)
	default:
		if err := step(ctx, filepath.Join(bin, "analysis"), "--members", fmt.Sprint(members), "--months", fmt.Sprint(o.months),
			"--seed", fmt.Sprint(o.seed), "--data", filepath.Join(o.data, "analysis"), "--python", o.python, "--out", o.out,
			"--timeout", o.analysisTimeout.String()); err != nil {
			return nil, fmt.Errorf("analysis: %w", err)
		}
		if err := done.mark(o.out, "analysis-"+name, code); err != nil {
			return nil, err
		}
	}
	if !o.skipAnalysis {
		if err := results.ReadJSON(filepath.Join(o.out, "analysis-"+name+".json"), &sc.Analysis); err != nil {
			return nil, err
		}
	}
	if serverDone {
		logf("the server's steps at %d members (api, generic, freshness): measured on this code before", members)
		return readServerSteps(o, sc, name)
	}
	if err := measureServer(ctx, o, bin, sc, name); err != nil {
		return nil, err
	}
	if o.skipLoad || o.skipPeer {
		return sc, nil // not the whole step: not taken by a later run
	}
	return sc, done.mark(o.out, "server-"+name, code)
}

// readServerSteps reads the server's steps' results at one scale, its
// peak RSS included.
func readServerSteps(o options, sc *scale, name string) (*scale, error) {
	if err := readStepResults(o.out, name, serverSteps(sc)); err != nil {
		return nil, err
	}
	var server serverResult
	if err := results.ReadJSON(filepath.Join(o.out, "server-"+name+".json"), &server); err != nil {
		return nil, err
	}
	sc.ServerPeakRSSMB = server.PeakRSSMB
	return sc, nil
}

// stepResult is where one step's results file goes in a scale.
type stepResult struct {
	file string // its name's prefix, before the scale's name
	into any
}

// serverSteps are the results of the steps that ask the server.
func serverSteps(sc *scale) []stepResult {
	return []stepResult{{"api-", &sc.API}, {"generic-", &sc.Generic}, {"freshness-", &sc.Freshness}}
}

// readStepResults reads the named scale's results of steps from dir.
func readStepResults(dir, name string, steps []stepResult) error {
	for _, r := range steps {
		if err := results.ReadJSON(filepath.Join(dir, r.file+name+".json"), r.into); err != nil {
			return err
		}
	}
	return nil
}

// measureServer runs the steps that ask the server, one server for all
// of them (its peak RSS is theirs): every question through HTTP, the
// generic reads beside the peer, and freshness.
func measureServer(ctx context.Context, o options, bin string, sc *scale, name string) error {
	members := sc.Members
	server, err := startServer(ctx, filepath.Join(bin, "server"), o.addr)
	if err != nil {
		return err
	}
	defer server.stop()
	token, err := exec.CommandContext(ctx, filepath.Join(bin, "server"), "token", "--role", "ADMIN", "--subject", "bench", "--ttl", "6h").Output()
	if err != nil {
		return fmt.Errorf("server token: %w", err)
	}
	tok := strings.TrimSpace(string(token))
	url := "http://" + o.addr + "/graphql"
	if err := step(ctx, filepath.Join(bin, "api"), "--url", url, "--token", tok, "-n", fmt.Sprint(o.n), "--budget", o.budget.String(),
		"--concurrency", fmt.Sprint(o.concurrency), "--duration", o.duration.String(), "--out", o.out, "--name", "api-"+name); err != nil {
		return fmt.Errorf("api: %w", err)
	}
	if err := results.ReadJSON(filepath.Join(o.out, "api-"+name+".json"), &sc.API); err != nil {
		return err
	}
	if !o.skipPeer {
		peer, err := startPeer(ctx, o.peerPort)
		if err != nil {
			return err
		}
		err = step(ctx, filepath.Join(bin, "generic"), "--peergraph", url, "--token", tok,
			"--peer", fmt.Sprintf("http://127.0.0.1:%d/graphql", o.peerPort), "--concurrency", fmt.Sprint(o.concurrency),
			"--duration", o.duration.String(), "--out", o.out, "--name", "generic-"+name)
		peer.stop()
		if err != nil {
			return fmt.Errorf("generic: %w", err)
		}
		if err := results.ReadJSON(filepath.Join(o.out, "generic-"+name+".json"), &sc.Generic); err != nil {
			return err
		}
	}
	// Last: it adds a chat to the graph and stops Neo4j for a while; the
	// graph is no longer the world's alone.
	if o.dbDir != "" {
		if err := results.ForgetGraph(o.dbDir); err != nil {
			return err
		}
	}
	args := []string{"--url", url, "--token", tok, "--loader", filepath.Join(bin, "loader"), "--out", o.out, "--name", "freshness-" + name}
	if o.dbDir != "" {
		args = append(args, "--db-dir", o.dbDir)
	}
	if err := step(ctx, filepath.Join(bin, "freshness"), args...); err != nil {
		return fmt.Errorf("freshness: %w", err)
	}
	if err := results.ReadJSON(filepath.Join(o.out, "freshness-"+name+".json"), &sc.Freshness); err != nil {
		return err
	}
	sc.ServerPeakRSSMB = server.stop()
	// Kept on disk at once, as every other step's figures are, so that a
	// run stopped at a later scale keeps it (and --resummarize reads it).
	logf("the server's peak RSS at %d members: %.0f MB", members, sc.ServerPeakRSSMB)
	if err := results.WriteJSON(filepath.Join(o.out, "server-"+name+".json"), serverResult{PeakRSSMB: sc.ServerPeakRSSMB}); err != nil {
		return err
	}
	return nil
}

// steps says which steps of which scale are done, on which code: a run
// stopped part-way goes on from there (--resume). bench/load keeps its own
// runs (load-*.partial.json).
type steps map[string]stepDone

type stepDone struct {
	Code results.Code `json:"code"`
	At   time.Time    `json:"at"`
}

func stepsPath(out string) string { return filepath.Join(out, "bench-steps.json") }

func readSteps(out string) (steps, error) {
	s := steps{}
	if err := results.ReadJSON(stepsPath(out), &s); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	return s, nil
}

// on says whether the step was done on this code.
func (s steps) on(name string, code results.Code) bool {
	d, ok := s[name]
	return ok && d.Code.Same(code)
}

// mark records the step as done on this code.
func (s steps) mark(out, name string, code results.Code) error {
	s[name] = stepDone{Code: code, At: time.Now().UTC()}
	return results.WriteJSON(stepsPath(out), s)
}

// serverResult is what bench/all measures of the server itself.
type serverResult struct {
	PeakRSSMB float64 `json:"peakRSSMB"` // over every step at one scale (wait4's rusage)
}

// readScale reads one scale's step results from dir, as measure wrote them.
func readScale(dir string, members, months int) (*scale, error) {
	name := fmt.Sprintf("%dx%d", members, months)
	sc := &scale{Members: members, Months: months}
	steps := append([]stepResult{{"load-", &sc.Load}, {"analysis-", &sc.Analysis}}, serverSteps(sc)...)
	if err := readStepResults(dir, name, steps); err != nil {
		return nil, err
	}
	return sc, nil
}

// resummarize writes the summary again from the results on disk: the
// figures of a finished run, with figures added to the table since.
func resummarize(o options) error {
	var old summary
	if err := results.ReadJSON(filepath.Join(o.out, "bench.json"), &old); err != nil {
		return err
	}
	sum := &summary{At: old.At, Command: old.Command, Machine: old.Machine}
	for _, members := range o.scales {
		sc, err := readScale(o.out, members, o.months)
		if err != nil {
			return err
		}
		var server serverResult
		if err := results.ReadJSON(filepath.Join(o.out, fmt.Sprintf("server-%dx%d.json", members, o.months)), &server); err == nil {
			sc.ServerPeakRSSMB = server.PeakRSSMB
		} else {
			// Runs before server-*.json: the peak from their bench.json.
			for _, was := range old.Scales {
				if was.Members == members {
					sc.ServerPeakRSSMB = was.ServerPeakRSSMB
				}
			}
		}
		sum.Scales = append(sum.Scales, *sc)
	}
	sum.fit()
	return sum.write(o.out, o.readme)
}

// step runs one benchmark command, its output on ours.
func step(ctx context.Context, cmd string, args ...string) error {
	logf("%s", cmdline.String(filepath.Base(cmd), args))
	c := exec.CommandContext(ctx, cmd, args...)
	c.Stdout, c.Stderr = os.Stdout, os.Stderr
	return c.Run()
}

// child is a server the benchmark started; stop ends it and says its peak
// resident set in MB (wait4's rusage).
type child struct {
	cmd     *exec.Cmd
	stopped bool
	rss     float64
}

func (c *child) stop() float64 {
	if c.stopped {
		return c.rss
	}
	c.stopped = true
	c.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { c.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		c.cmd.Process.Kill()
		<-done
	}
	if ru, ok := c.cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		c.rss = float64(ru.Maxrss) / 1024 // kilobytes on Linux
	}
	return c.rss
}

func startServer(ctx context.Context, server, addr string) (*child, error) {
	logf("starting the server on %s", addr)
	cmd := exec.CommandContext(ctx, server, "--addr", addr, "--log-format", "json")
	cmd.Stderr = nil // its request log would drown the figures
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	c := &child{cmd: cmd}
	// Up first (/healthz), then ready with a current model: /readyz is 503
	// until the first model is built, which takes more than a minute at
	// 100k members.
	if err := waitFor(ctx, "http://"+addr+"/healthz", nil); err != nil {
		c.stop()
		return nil, fmt.Errorf("server: %w", err)
	}
	if err := waitForReadModel(ctx, "http://"+addr+"/readyz", 20*time.Minute); err != nil {
		c.stop()
		return nil, fmt.Errorf("server: %w", err)
	}
	return c, nil
}

// waitForReadModel waits until the server's read model is current, so that
// the questions it answers are measured from it and not from Neo4j while
// it builds; a server with no read model (its /readyz names none) is ready
// as it is.
func waitForReadModel(ctx context.Context, url string, limit time.Duration) error {
	start := time.Now()
	last := ""
	for time.Since(start) < limit {
		status, err := readyz.ReadModel(url)
		if err != nil {
			return err
		}
		if status == "" || readyz.Current(status) {
			if status != "" {
				logf("read model %s, waited %s", status, time.Since(start).Round(time.Second))
			}
			return nil
		}
		if status != last {
			logf("read model: %s", status)
			last = status
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second):
		}
	}
	return fmt.Errorf("the read model was not current after %s (last: %s)", limit, last)
}

func startPeer(ctx context.Context, port int) (*child, error) {
	if _, err := os.Stat("bench/peer/node_modules"); err != nil {
		logf("installing the peer's packages (npm ci)")
		c := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund")
		c.Dir, c.Stdout, c.Stderr = "bench/peer", os.Stderr, os.Stderr
		if err := c.Run(); err != nil {
			return nil, fmt.Errorf("npm ci in bench/peer: %w", err)
		}
	}
	logf("starting @neo4j/graphql on port %d", port)
	cmd := exec.CommandContext(ctx, "node", "server.mjs")
	cmd.Dir = "bench/peer"
	cmd.Env = append(os.Environ(), fmt.Sprintf("PORT=%d", port))
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	c := &child{cmd: cmd}
	probe := []byte(`{"query":"{ __typename }"}`)
	if err := waitFor(ctx, fmt.Sprintf("http://127.0.0.1:%d/graphql", port), probe); err != nil {
		c.stop()
		return nil, fmt.Errorf("peer: %w", err)
	}
	return c, nil
}

// waitFor polls url (GET, or POST of body) until it answers 200.
func waitFor(ctx context.Context, url string, body []byte) error {
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		var resp *http.Response
		var err error
		if body == nil {
			resp, err = http.Get(url)
		} else {
			resp, err = http.Post(url, "application/json", strings.NewReader(string(body)))
		}
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
	return fmt.Errorf("%s did not answer within a minute", url)
}
