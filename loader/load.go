package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/peergraph/peergraph/loader/archive"
	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/profession"
)

func runLoad(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "", "read every input as this format (x, twarc-csv, x-archive, tags, mastodon, mastodon-outbox, bsky, bsky-car, jetstream, posts, roster, catalogue); default: detected from content")
	rejects := fs.String("rejects", "rejects.jsonl", "file for rejected rows (file, line, reason, raw), one JSON object a line")
	report := fs.String("report", "", "file listing duplicates, overlapping catalogue chats and roster opt-outs settled otherwise (kind, file, line, id, reason, earlier), one JSON object a line; default: the rejects file's name with .report.jsonl")
	dryRun := fs.Bool("dry-run", false, "read and check everything and report it (summary, rejects, report) without writing; Neo4j is not needed")
	var maxRejected ingest.RejectLimit
	fs.Var(&maxRejected, "max-rejected", "fail (exit status 1) when more rows than this are rejected: a count (100) or a share of the rows read (5%); files are checked first and nothing is written then")
	grace := fs.Duration("grace", 15*time.Minute, "a post this long before a chat's start or after its end still belongs to it")
	replyGrace := fs.Duration("reply-grace", 24*time.Hour, "an answer this long after a chat's end joins its parent's chat")
	batch := fs.Int("batch", 1000, "posts per transaction")
	professionsFile := fs.String("professions", "", "profession table (CSV, see profession/README.md); default: the built-in table")
	summaryFile := fs.String("summary", "", "also write the summary as JSON to this file")
	progress := fs.String("progress", "auto", "auto (a bar on a terminal, log lines otherwise), bar, log or none")
	wait := fs.Duration("neo4j-wait", 30*time.Second, "how long to wait for Neo4j")
	bulk := bulkMode("auto")
	fs.Var(&bulk, "bulk", "write a first load through Neo4j's bulk importer: auto (when the database is the launcher's, empty, and the input is at least --bulk-min), true (whatever the input's size) or false; it says in one line which path it takes and why")
	bulkMin := fs.Int64("bulk-min", 512, "with --bulk auto, the input's size in MB from which a first load goes through the importer (at 68 MB the bulk path measured about as fast as online, at 875 MB 1.56 to 1.75 times faster; see the README)")
	bulkDir := fs.String("bulk-dir", "", "folder for the importer's files (kept); default: a temporary folder, removed after")
	memLimit := fs.Int64("memory-limit", defaultMemoryLimitMB, "soft limit on the loader's memory in MB: past it the Go runtime collects garbage sooner (0: its default, twice what is held; GOMEMLIMIT, when set, wins); a bulk first load, which keeps a table of every post, takes 512 unless this is given")
	if err := fs.Parse(args); err != nil {
		return &usageError{err.Error()}
	}
	memoryLimit(*memLimit, getenv)
	if fs.NArg() == 0 {
		return &usageError{"load: name at least one file or folder (or - for stdin)"}
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	opts := ingest.Options{Grace: *grace, ReplyGrace: *replyGrace, BatchSize: *batch, Log: log}
	if *format != "" {
		f, err := archive.ParseFormat(*format)
		if err != nil {
			return &usageError{"--format: " + err.Error()}
		}
		opts.Format = f
	}
	if *professionsFile != "" {
		t, err := loadProfessions(*professionsFile)
		if err != nil {
			return err
		}
		opts.Professions = t
	}
	switch *progress {
	case "auto":
		if isTerminal(stderr) {
			opts.Progress = ingest.NewProgress(stderr, log)
		} else {
			opts.Progress = ingest.NewProgress(nil, log)
		}
	case "bar":
		opts.Progress = ingest.NewProgress(stderr, log)
	case "log":
		opts.Progress = ingest.NewProgress(nil, log)
	case "none":
	default:
		return &usageError{"--progress: want auto, bar, log or none"}
	}
	files, err := ingest.Expand(fs.Args())
	if err != nil {
		return err
	}
	if *report == "" {
		*report = reportPath(*rejects)
	}
	out := outputs{rejects: *rejects, report: *report, summary: *summaryFile}

	if *dryRun {
		if err := out.create(); err != nil {
			return err
		}
		defer out.close()
		opts.Rejects, opts.Report = out.rw, out.pw
		sum, err := ingest.DryRun(ctx, files, opts)
		return out.finish(stdout, sum, err, maxRejected)
	}

	table := opts.Professions
	if table == nil {
		table = profession.DefaultTable()
	}
	dbt := newDBTime()
	store, err := openStore(ctx, getenv, log, *wait, table, dbt.observe)
	if err != nil {
		return err
	}
	defer func() {
		if store != nil {
			store.Close(context.WithoutCancel(ctx))
		}
	}()
	if err := out.create(); err != nil {
		return err
	}
	defer out.close()
	opts.Rejects, opts.Report = out.rw, out.pw

	if maxRejected.IsSet() {
		// Like Neo4j's import and PostgreSQL's COPY, a load over its limit
		// writes nothing: every file is read and checked first (which rows
		// are rejected does not depend on the graph). Stdin cannot be read
		// twice; its rejects count when it is loaded.
		var check []string
		for _, f := range files {
			if f != "-" {
				check = append(check, f)
			}
		}
		checkOpts := opts
		checkOpts.Progress = nil
		log.Info("reading every file to check it against --max-rejected before writing", "limit", maxRejected.String(), "files", len(check))
		sum, err := ingest.DryRun(ctx, check, checkOpts)
		if err == nil || errors.Is(err, ingest.ErrNothingLoaded) {
			if lerr := maxRejected.Check(sum); lerr != nil {
				return out.finish(stdout, sum, fmt.Errorf("%w; nothing was written", lerr), ingest.RejectLimit{})
			}
		} else {
			return err
		}
		if err := out.truncate(); err != nil {
			return err
		}
	}
	plan := planBulk(ctx, bulk, *bulkMin<<20, files, store, getenv)
	if !plan.ok {
		log.Info("load: writing online, through the loader's transactions", "why", plan.why)
		sum, err := ingest.Run(ctx, store, files, opts)
		return out.finish(stdout, withDBTime(sum, dbt), err, maxRejected)
	}
	log.Info("load: writing through Neo4j's bulk importer (Neo4j is stopped for it and started again)", "why", plan.why)
	if !flagSet(fs, "memory-limit") {
		memoryLimit(bulkMemoryLimitMB, getenv)
	}
	work := *bulkDir
	if work == "" {
		if work, err = os.MkdirTemp("", "peergraph-bulk-"); err != nil {
			return err
		}
		defer os.RemoveAll(work)
	}
	store, sum, err := bulkLoad(ctx, plan, store, files, opts, work, reopenStore(ctx, getenv, log, *wait, table, dbt.observe), log)
	return out.finish(stdout, withDBTime(sum, dbt), err, maxRejected)
}

// flagSet says whether a flag was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// reportPath is where the report goes by default: beside the rejects
// file, named after it (rejects.jsonl: rejects.report.jsonl), so that a
// folder load skips it as it skips the rejects.
func reportPath(rejects string) string {
	return strings.TrimSuffix(rejects, ".jsonl") + ".report.jsonl"
}

// outputs are the files a load writes besides the graph. The rejects and
// the report are buffered: a reload lists every post as a duplicate.
type outputs struct {
	rejects, report, summary string
	rf, pf                   *os.File
	rw, pw                   *bufio.Writer
	// appendTo adds to the files instead of starting them again: a follow
	// loads batch after batch.
	appendTo bool
}

func (o *outputs) create() error {
	open := os.Create
	if o.appendTo {
		open = func(name string) (*os.File, error) {
			return os.OpenFile(name, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		}
	}
	var err error
	if o.rf, err = open(o.rejects); err != nil {
		return fmt.Errorf("rejects file: %w", err)
	}
	if o.pf, err = open(o.report); err != nil {
		o.rf.Close()
		return fmt.Errorf("report file: %w", err)
	}
	o.rw, o.pw = bufio.NewWriterSize(o.rf, 64<<10), bufio.NewWriterSize(o.pf, 64<<10)
	return nil
}

// flush writes out what the buffers hold.
func (o *outputs) flush() error {
	if err := o.rw.Flush(); err != nil {
		return fmt.Errorf("rejects file: %w", err)
	}
	if err := o.pw.Flush(); err != nil {
		return fmt.Errorf("report file: %w", err)
	}
	return nil
}

func (o *outputs) close() {
	o.flush()
	o.rf.Close()
	o.pf.Close()
}

// truncate empties the rejects and the report for a second pass.
func (o *outputs) truncate() error {
	if err := o.flush(); err != nil {
		return err
	}
	for _, f := range []*os.File{o.rf, o.pf} {
		if err := f.Truncate(0); err != nil {
			return err
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return err
		}
	}
	return nil
}

// finish prints the summary, writes it as JSON when asked, and says why a
// load failed: nothing loaded, or more rejected than the limit allows.
func (o *outputs) finish(stdout io.Writer, sum *ingest.Summary, err error, limit ingest.RejectLimit) error {
	if ferr := o.flush(); ferr != nil && err == nil {
		err = ferr
	}
	printSummary(stdout, sum, o.rejects, o.report)
	if o.summary != "" && sum != nil {
		// With the process's own peak memory: a parent's wait4 cannot tell it
		// apart from the parent's own between fork and exec.
		js := struct {
			*ingest.Summary
			PeakRSSMB float64 `json:",omitempty"`
		}{sum, peakRSSMB()}
		if werr := writeJSON(o.summary, js); werr != nil && err == nil {
			err = werr
		}
	}
	if errors.Is(err, ingest.ErrNothingLoaded) {
		return fmt.Errorf("%w: every row or file was rejected (see %s)", err, o.rejects)
	}
	if errors.Is(err, ingest.ErrTooManyRejected) {
		return fmt.Errorf("%w (see %s)", err, o.rejects)
	}
	if err != nil {
		return err
	}
	if err := limit.Check(sum); err != nil {
		return fmt.Errorf("%w (see %s)", err, o.rejects)
	}
	return nil
}

// openStore connects with backoff and makes sure the schema and the
// table's professions are in place.
func openStore(ctx context.Context, getenv func(string) string, log *slog.Logger, wait time.Duration, table *profession.Table, observe neo4jstore.Observer) (*neo4jstore.Store, error) {
	cfg, err := neo4jstore.ConfigFromEnv(getenv)
	if err != nil {
		return nil, err
	}
	if getenv("PEERGRAPH_NEO4J_TIMEOUT") == "" {
		// A batch or a refresh of a big chat can take far longer than a
		// request should; the loader's calls get minutes, not seconds.
		cfg.Timeout = 5 * time.Minute
	}
	store, err := neo4jstore.Open(cfg, log, observe)
	if err != nil {
		return nil, err
	}
	waitCtx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	if err := store.WaitReady(waitCtx); err != nil {
		store.Close(ctx)
		return nil, err
	}
	if err := store.EnsureSchema(ctx, table.Professions()); err != nil {
		store.Close(ctx)
		return nil, err
	}
	return store, nil
}

func loadProfessions(path string) (*profession.Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t, err := profession.LoadTable(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

func printSummary(w io.Writer, s *ingest.Summary, rejects, report string) {
	if s == nil {
		return
	}
	fmt.Fprintf(w, "%-48s %-15s %10s %10s %10s %10s %10s\n", "file", "format", "read", "loaded", "rejected", "duplicates", "skipped")
	for _, f := range s.Files {
		name := f.File
		if len(name) > 48 {
			name = "…" + name[len(name)-47:]
		}
		fmt.Fprintf(w, "%-48s %-15s %10d %10d %10d %10d %10d", name, f.Format, f.Read, f.Loaded, f.Rejected, f.Duplicates, f.Skipped)
		if f.Err != "" {
			fmt.Fprintf(w, "  (%s)", f.Err)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%-48s %-15s %10d %10d %10d %10d %10d\n", "total", "", s.Read, s.Loaded, s.Rejected, s.Duplicates, s.Skipped)
	fmt.Fprintf(w, "chats found from hashtag bursts: %d; refreshed %d professionals and %d chats; took %s\n",
		s.ChatsDetected, s.Refreshed.Professionals, s.Refreshed.Chats, s.Took.Round(time.Millisecond))
	if s.WaitingReplies > 0 {
		fmt.Fprintf(w, "%d replies wait for the post they answer, which no load has brought yet; each is linked when it comes\n", s.WaitingReplies)
	}
	if s.Overlaps > 0 {
		fmt.Fprintf(w, "%d catalogue chats overlap another chat of their hashtag or community\n", s.Overlaps)
	}
	if s.Rejected > 0 {
		fmt.Fprintf(w, "rejected rows are in %s\n", rejects)
	}
	if s.OptOutsSettled > 0 {
		fmt.Fprintf(w, "%d roster rows say opted_out otherwise than the graph keeps it (a roster never undoes an opt-out; a professional's own choice wins)\n", s.OptOutsSettled)
	}
	if s.Duplicates > 0 || s.Overlaps > 0 || s.OptOutsSettled > 0 {
		fmt.Fprintf(w, "duplicates, overlapping chats and opt-outs settled otherwise are listed in %s\n", report)
	}
	if line := s.DatabaseTime(); line != "" {
		fmt.Fprintln(w, "time in the database: "+line)
	}
	if s.DryRun {
		fmt.Fprintln(w, "nothing was written: the files were only read and checked (posts the graph may hold already count as loaded)")
	}
	if s.Skipped > 0 {
		fmt.Fprintf(w, "skipped rows are sound but not public posts (direct or followers-only messages, likes, follows, deletes, bookmarks), left out on purpose\n")
	}
}

// peakRSSMB is this process's peak resident set (VmHWM), 0 where /proc
// does not say.
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
