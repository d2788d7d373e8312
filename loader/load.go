package main

import (
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
	grace := fs.Duration("grace", 15*time.Minute, "a post this long before a chat's start or after its end still belongs to it")
	replyGrace := fs.Duration("reply-grace", 24*time.Hour, "an answer this long after a chat's end joins its parent's chat")
	batch := fs.Int("batch", 1000, "posts per transaction")
	professionsFile := fs.String("professions", "", "profession table (CSV, see profession/README.md); default: the built-in table")
	summaryFile := fs.String("summary", "", "also write the summary as JSON to this file")
	progress := fs.String("progress", "auto", "auto (a bar on a terminal, log lines otherwise), bar, log or none")
	wait := fs.Duration("neo4j-wait", 30*time.Second, "how long to wait for Neo4j")
	if err := fs.Parse(args); err != nil {
		return &usageError{err.Error()}
	}
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

	table := opts.Professions
	if table == nil {
		table = profession.DefaultTable()
	}
	store, err := openStore(ctx, getenv, log, *wait, table)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))

	rf, err := os.Create(*rejects)
	if err != nil {
		return fmt.Errorf("rejects file: %w", err)
	}
	defer rf.Close()
	opts.Rejects = rf

	sum, err := ingest.Run(ctx, store, files, opts)
	printSummary(stdout, sum, *rejects)
	if *summaryFile != "" && sum != nil {
		// With the process's own peak memory: a parent's wait4 cannot tell it
		// apart from the parent's own between fork and exec.
		out := struct {
			*ingest.Summary
			PeakRSSMB float64 `json:",omitempty"`
		}{sum, peakRSSMB()}
		if werr := writeJSON(*summaryFile, out); werr != nil && err == nil {
			err = werr
		}
	}
	if errors.Is(err, ingest.ErrNothingLoaded) {
		return fmt.Errorf("%w: every row or file was rejected (see %s)", err, *rejects)
	}
	return err
}

// openStore connects with backoff and makes sure the schema and the
// table's professions are in place.
func openStore(ctx context.Context, getenv func(string) string, log *slog.Logger, wait time.Duration, table *profession.Table) (*neo4jstore.Store, error) {
	cfg, err := neo4jstore.ConfigFromEnv(getenv)
	if err != nil {
		return nil, err
	}
	if getenv("PEERGRAPH_NEO4J_TIMEOUT") == "" {
		// A batch or a refresh of a big chat can take far longer than a
		// request should; the loader's calls get minutes, not seconds.
		cfg.Timeout = 5 * time.Minute
	}
	store, err := neo4jstore.Open(cfg, log, nil)
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

func printSummary(w io.Writer, s *ingest.Summary, rejects string) {
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
	if s.Rejected > 0 {
		fmt.Fprintf(w, "rejected rows are in %s\n", rejects)
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
