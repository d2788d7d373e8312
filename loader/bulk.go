package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/profession"
)

// A bulk first load: into an empty database of the project's launcher,
// the rows are written through Neo4j's importer (neo4jstore/bulk.go says
// which, and how the rest is written), with the launcher's instance
// stopped for it and started again after.

// bulkPlan is where a bulk load would go, or why it cannot.
type bulkPlan struct {
	ok       bool
	why      string // one line: why bulk, or why not
	launcher string // neo4j-launcher/db.sh
	dir      string // the launcher's data folder
	port     string
}

// bulkMode is --bulk: auto, on or off (--bulk alone is on).
type bulkMode string

func (m *bulkMode) String() string { return string(*m) }

func (m *bulkMode) Set(v string) error {
	switch strings.ToLower(v) {
	case "auto":
		*m = "auto"
	case "true", "on", "1":
		*m = "on"
	case "false", "off", "0":
		*m = "off"
	default:
		return fmt.Errorf("want auto, true or false, not %q", v)
	}
	return nil
}

// IsBoolFlag lets --bulk stand alone.
func (m *bulkMode) IsBoolFlag() bool { return true }

// planBulk says whether this load can go through the importer: --bulk is
// not off, the database is the launcher's own on this machine (its
// embedded default), it is empty, and (auto) the input is big enough to
// be worth the importer's fixed cost (tens of seconds and a GiB of heap,
// whatever the size).
func planBulk(ctx context.Context, mode bulkMode, minBytes int64, files []string, store *neo4jstore.Store, getenv func(string) string) bulkPlan {
	if mode == "off" {
		return bulkPlan{why: "--bulk off"}
	}
	u, err := url.Parse(store.URI())
	if err != nil || (u.Scheme != "bolt" && u.Scheme != "neo4j") || (u.Hostname() != "127.0.0.1" && u.Hostname() != "localhost") {
		return bulkPlan{why: fmt.Sprintf("the database (%s) is not the launcher's on this machine", store.URI())}
	}
	if db := getenv("NEO4J_DATABASE"); db != "" && db != "neo4j" {
		return bulkPlan{why: fmt.Sprintf("NEO4J_DATABASE is %q; the importer writes the launcher's neo4j database", db)}
	}
	p := bulkPlan{launcher: getenv("PEERGRAPH_LAUNCHER"), port: u.Port(), dir: getenv("PEERGRAPH_DB_DIR")}
	if p.launcher == "" {
		p.launcher = filepath.Join("neo4j-launcher", "db.sh")
	}
	if _, err := os.Stat(p.launcher); err != nil {
		return bulkPlan{why: fmt.Sprintf("no launcher at %s (set PEERGRAPH_LAUNCHER)", p.launcher)}
	}
	if p.dir == "" {
		// db.sh's own default: .neo4j-data beside the launcher's folder.
		p.dir = filepath.Join(filepath.Dir(filepath.Dir(p.launcher)), ".neo4j-data")
	}
	status, _ := p.run(ctx, nil, "status")
	if m := statusLine.FindStringSubmatch(status); m == nil || m[1] != p.port {
		return bulkPlan{why: fmt.Sprintf("the database at %s is not the launcher's instance for %s (%s)", store.URI(), p.dir, strings.TrimSpace(status))}
	}
	empty, err := store.IsEmpty(ctx)
	if err != nil {
		return bulkPlan{why: fmt.Sprintf("could not tell whether the database is empty: %v", err)}
	}
	if !empty {
		return bulkPlan{why: "the database is not empty (bulk is for a first load)"}
	}
	if mode == "auto" {
		var size int64
		for _, f := range files {
			if st, err := os.Stat(f); err == nil {
				size += st.Size()
			}
		}
		if size < minBytes {
			return bulkPlan{why: fmt.Sprintf("the input (%d MB) is under --bulk-min (%d MB): the importer's fixed cost would outweigh it",
				size>>20, minBytes>>20)}
		}
	}
	p.ok = true
	p.why = fmt.Sprintf("the database is empty and the launcher's own (%s)", p.dir)
	return p
}

// statusLine is db.sh status's answer for a running instance.
var statusLine = regexp.MustCompile(`running: pid \d+, bolt://127\.0\.0\.1:(\d+),`)

// run runs a launcher command for the plan's folder and port; its output
// goes to log when given (the importer's is long), else is returned.
func (p bulkPlan) run(ctx context.Context, log *os.File, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "bash", append([]string{p.launcher}, args...)...)
	cmd.Env = append(os.Environ(), "PEERGRAPH_DB_DIR="+p.dir, "PEERGRAPH_DB_PORT="+p.port)
	var out bytes.Buffer
	if log != nil {
		cmd.Stdout, cmd.Stderr = log, log
	} else {
		cmd.Stdout, cmd.Stderr = &out, &out
	}
	err := cmd.Run()
	if err != nil {
		return out.String(), fmt.Errorf("%s %s: %w", p.launcher, args[0], err)
	}
	return out.String(), nil
}

// bulkLoad reads and checks the files as a load does (ingest.Capture),
// writes the importer's files, stops the launcher's Neo4j, imports, starts
// it again, writes the rest through the online statements and refreshes.
// It gives back the store it reopened. Until the import starts nothing is
// written: an error before it leaves the database as it was.
func bulkLoad(ctx context.Context, p bulkPlan, store *neo4jstore.Store, files []string, opts ingest.Options, work string,
	reopen func() (*neo4jstore.Store, error), log *slog.Logger) (*neo4jstore.Store, *ingest.Summary, error) {
	start := time.Now()
	steps := map[string]time.Duration{}
	step := func(name string, since time.Time) { steps[name] = time.Since(since).Round(time.Millisecond) }

	bl, err := neo4jstore.NewBulkLoad(work, opts.WithDefaults().BatchSize)
	if err != nil {
		return store, nil, fmt.Errorf("bulk load files: %w", err)
	}
	t := time.Now()
	sum, err := ingest.Capture(ctx, files, opts, ingest.Captured{Chats: bl.Chats, Roster: bl.Roster, Posts: bl.Posts})
	if cerr := bl.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("bulk load files: %w", cerr)
	}
	step("read", t)
	if err != nil {
		return store, sum, err
	}
	sum.DryRun = false
	sum.Path = "bulk"
	sum.Steps = steps
	log.Info("bulk: files written for the importer", "posts", bl.Stats.Imported, "accounts", bl.Stats.Accounts,
		"links", bl.Stats.Linked, "heldBack", bl.Stats.HeldBack, "foldedAccountRows", bl.Stats.Folded, "keptWrites", bl.Stats.Batches, "csvMB", bl.Stats.CSVBytes>>20, "dir", work)
	if err := os.WriteFile(filepath.Join(work, "import-args.txt"), []byte(strings.Join(bl.ImportArgs(), "\n")+"\n"), 0o644); err != nil {
		return store, sum, err
	}

	store.Close(context.WithoutCancel(ctx))
	importLog, err := os.Create(filepath.Join(work, "import.log"))
	if err != nil {
		return store, sum, err
	}
	defer importLog.Close()
	t = time.Now()
	if _, err := p.run(ctx, importLog, "stop"); err != nil {
		return store, sum, fmt.Errorf("stop Neo4j for the import: %w (see %s)", err, importLog.Name())
	}
	step("stop", t)
	t = time.Now()
	ierr := func() error {
		_, err := p.run(ctx, importLog, append([]string{"import"}, bl.ImportArgs()...)...)
		return err
	}()
	step("import", t)
	t = time.Now()
	// Started again whatever the import did: the database is the user's.
	if _, err := p.run(context.WithoutCancel(ctx), importLog, "start"); err != nil {
		return store, sum, fmt.Errorf("start Neo4j after the import: %w (see %s)", err, importLog.Name())
	}
	if ierr != nil {
		return store, sum, fmt.Errorf("Neo4j's importer failed: %w (see %s)", ierr, importLog.Name())
	}
	store, err = reopen()
	if err != nil {
		return store, sum, err
	}
	step("start", t)
	t = time.Now()
	fin, err := store.FinishBulkLoad(ctx, work, opts.WithDefaults().BatchSize, opts.WithDefaults().ReplyGrace)
	step("online", t)
	if err != nil {
		return store, sum, fmt.Errorf("after the import: %w", err)
	}
	if n := len(fin.Overrides); n > 0 {
		// In an empty graph only a roster that ties one account to two
		// professionals does this; the online path lists the rows.
		sum.OptOutsSettled += int64(n)
		log.Warn("bulk: roster rows whose opted_out the graph did not take (not listed in the report on this path)", "rows", n)
	}
	finishOpts := opts
	finishOpts.Progress = nil
	t = time.Now()
	sum, err = ingest.Finish(ctx, store, sum, finishOpts, start)
	step("refresh", t)
	return store, sum, err
}

// reopenStore is openStore for after the import: the schema (constraints
// and indexes, which the importer does not make) is created then.
func reopenStore(ctx context.Context, getenv func(string) string, log *slog.Logger, wait time.Duration, table *profession.Table, observe neo4jstore.Observer) func() (*neo4jstore.Store, error) {
	return func() (*neo4jstore.Store, error) { return openStore(ctx, getenv, log, wait, table, observe) }
}
