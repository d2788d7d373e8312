package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/peergraph/peergraph/loader/archive"
	"github.com/peergraph/peergraph/loader/collect"
	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/profession"
)

// listFlag is a flag that may be given several times.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

func runCollect(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("collect", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var tags, mastodon listFlag
	fs.Var(&tags, "tag", "hashtag to collect, without # (repeat, or comma-separated)")
	fs.Var(&mastodon, "mastodon", "Mastodon instance to collect the hashtags on, e.g. nurses.social (repeat for several)")
	mastodonToken := fs.String("mastodon-token", getenv("PEERGRAPH_MASTODON_TOKEN"), "Mastodon access token (optional; default $PEERGRAPH_MASTODON_TOKEN)")
	useBsky := fs.Bool("bsky", false, "also search Bluesky (the AppView's post search)")
	bskyAppView := fs.String("bsky-appview", "https://public.api.bsky.app", "Bluesky AppView address")
	bskyPDS := fs.String("bsky-pds", "https://bsky.social", "the Bluesky account's server, for a session")
	bskyHandle := fs.String("bsky-handle", getenv("PEERGRAPH_BSKY_HANDLE"), "Bluesky handle for a session (optional; default $PEERGRAPH_BSKY_HANDLE)")
	bskyPassword := fs.String("bsky-app-password", getenv("PEERGRAPH_BSKY_APP_PASSWORD"), "an app password of that account (default $PEERGRAPH_BSKY_APP_PASSWORD)")
	useX := fs.Bool("x", false, "also search X (API v2; needs a bearer token)")
	xBearer := fs.String("x-bearer", getenv("X_BEARER_TOKEN"), "X API bearer token (default $X_BEARER_TOKEN)")
	xAPI := fs.String("x-api", "https://api.x.com", "X API address")
	xAll := fs.Bool("x-full-archive", false, "search X's full archive (/2/tweets/search/all; access that includes it) instead of the last 7 days")
	sinceFlag := fs.String("since", "", "start of the window: 2026-03-14 or 2026-03-14T20:00:00Z (default: 7 days before --until)")
	untilFlag := fs.String("until", "", "end of the window (default: now)")
	catalogue := fs.String("catalogue", "", "chat catalogue CSV: collect every catalogued chat's window (with --grace) from the platforms in its platforms column, else those the flags name")
	grace := fs.Duration("grace", 15*time.Minute, "with --catalogue: collect this long before a chat's start and after its end")
	dir := fs.String("archive", "archive", "folder that keeps every answer, one gzip file per request")
	noLoad := fs.Bool("no-load", false, "only collect: keep the answers, load nothing")
	rejects := fs.String("rejects", "rejects.jsonl", "file for rows the load rejects")
	wait := fs.Duration("neo4j-wait", 30*time.Second, "how long to wait for Neo4j")
	follow := fs.Bool("follow", false, "follow live: each catalogued chat while it is on (from a minute before its start to its end, with --grace), or the --tag until stopped (Ctrl+C); every new post is kept and loaded at once")
	every := fs.Duration("every", 5*time.Second, "with --follow: how often to poll (Bluesky, and Mastodon when the instance does not stream)")
	if err := fs.Parse(args); err != nil {
		return &usageError{err.Error()}
	}
	if *catalogue == "" && (len(tags) == 0 || (len(mastodon) == 0 && !*useX && !*useBsky)) {
		return &usageError{"collect: name at least one --tag and one platform (--mastodon INSTANCE, --bsky, --x), or a --catalogue"}
	}
	if *follow && *useX {
		return &usageError{"collect: --follow follows Mastodon and Bluesky; X's live stream is not supported (collect X afterwards)"}
	}
	if *useX && *xBearer == "" {
		return &usageError{"collect: --x needs a bearer token (--x-bearer or $X_BEARER_TOKEN)"}
	}
	until := time.Now().UTC()
	if *untilFlag != "" {
		t, err := parseWhen(*untilFlag)
		if err != nil {
			return &usageError{"--until: " + err.Error()}
		}
		until = t
	}
	since := until.Add(-7 * 24 * time.Hour)
	if *sinceFlag != "" {
		t, err := parseWhen(*sinceFlag)
		if err != nil {
			return &usageError{"--since: " + err.Error()}
		}
		since = t
	}
	if !since.Before(until) {
		return &usageError{"collect: --since must come before --until"}
	}
	// The platforms a query goes to: "mastodon:HOST", "bsky", "x".
	var platforms []string
	for _, inst := range mastodon {
		platforms = append(platforms, "mastodon:"+inst)
	}
	if *useBsky {
		platforms = append(platforms, "bsky")
	}
	if *useX {
		platforms = append(platforms, "x")
	}
	sourcesFor := func(tag string, on []string, w collect.Window) ([]collect.Source, error) {
		var out []collect.Source
		for _, p := range on {
			name, where, _ := strings.Cut(p, ":")
			switch name {
			case "mastodon":
				out = append(out, collect.Mastodon{Instance: where, Tag: tag, Token: *mastodonToken, Window: w})
			case "bsky", "bluesky":
				out = append(out, collect.Bluesky{AppView: *bskyAppView, PDS: *bskyPDS, Handle: *bskyHandle, AppPassword: *bskyPassword, Tag: tag, Window: w})
			case "x", "twitter":
				if *xBearer == "" {
					return nil, &usageError{fmt.Sprintf("collect: #%s is on X, which needs a bearer token (--x-bearer or $X_BEARER_TOKEN)", tag)}
				}
				out = append(out, collect.X{API: *xAPI, Tag: tag, Bearer: *xBearer, FullArchive: *xAll, Window: w})
			}
		}
		return out, nil
	}
	var sources []collect.Source
	for _, tag := range tags {
		src, err := sourcesFor(strings.TrimPrefix(tag, "#"), platforms, collect.Window{})
		if err != nil {
			return err
		}
		sources = append(sources, src...)
	}
	if *catalogue != "" {
		chats, err := readCatalogue(*catalogue)
		if err != nil {
			return err
		}
		for _, c := range chats {
			if *follow && !c.Start.Add(c.Duration+*grace).After(time.Now()) {
				continue // over: nothing left to follow
			}
			on := c.Platforms
			if len(on) == 0 {
				on = platforms
			}
			if len(on) == 0 {
				return &usageError{fmt.Sprintf("collect: %s line %d: the chat names no platforms and no flag names one (--mastodon, --bsky, --x)", c.Source.File, c.Source.Line)}
			}
			w := collect.Window{Since: c.Start.Add(-*grace), Until: c.Start.Add(c.Duration + *grace)}
			src, err := sourcesFor(c.Hashtag, on, w)
			if err != nil {
				return err
			}
			sources = append(sources, src...)
		}
	}

	log := slog.New(slog.NewTextHandler(stderr, nil))
	table := profession.DefaultTable()
	store, err := openStore(ctx, getenv, log, *wait, table, nil)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))

	if *follow {
		return followChats(ctx, store, sources, followConfig{dir: *dir, every: *every, catalogue: *catalogue, rejects: *rejects, table: table, log: log, stdout: stdout})
	}

	last := time.Time{}
	res, cerr := collect.Run(ctx, store, sources, collect.Options{
		Dir: *dir, Since: since, Until: until, Log: log,
		Progress: func(p collect.Progress) {
			if time.Since(last) < 2*time.Second {
				return
			}
			last = time.Now()
			at := ""
			if !p.Window.IsZero() {
				at = " at " + p.Window.UTC().Format("2006-01-02 15:04")
			}
			fmt.Fprintf(stderr, "collect: %s: %d requests, %d items (%.1f/s)%s\n", p.Query, p.Requests, p.Items, p.Rate, at)
		},
	})
	if res != nil {
		fmt.Fprintf(stdout, "collected %d items in %d requests into %s (%d answers kept, %d bad ones under %s); took %s\n",
			res.Items, res.Requests, *dir, len(res.Files), len(res.Bad), *dir+"/.bad", res.Took.Round(time.Millisecond))
	}
	if cerr != nil && (res == nil || len(res.Files) == 0) {
		return cerr
	}
	if cerr != nil {
		log.Error("collection incomplete; what was collected is loaded, and a rerun goes on from where it stopped", "err", cerr)
	}
	if *noLoad {
		return cerr
	}
	// Load every answer of the archive not loaded yet: this run's, and
	// those of a run killed before it could load them.
	pending, err := unloaded(*dir)
	if err != nil {
		return err
	}
	if len(pending) == 0 {
		return cerr
	}
	sum, err := loadCollected(ctx, store, *dir, pending, *catalogue, *rejects, false, table, log)
	if sum != nil {
		printSummary(stdout, sum, *rejects, reportPath(*rejects))
	}
	if err != nil {
		return err
	}
	return cerr
}

// loadCollected loads answers of the archive (with the catalogue first,
// whose chats take the posts) through the loader's one ingest path, with
// its refresh of the derived relationships, and notes them as loaded.
func loadCollected(ctx context.Context, store ingest.Store, dir string, files []string, catalogue, rejects string, appendTo bool, table *profession.Table, log *slog.Logger) (*ingest.Summary, error) {
	out := outputs{rejects: rejects, report: reportPath(rejects), appendTo: appendTo}
	if err := out.create(); err != nil {
		return nil, err
	}
	defer out.close()
	all := files
	if catalogue != "" {
		all = append([]string{catalogue}, files...)
	}
	sum, err := ingest.Run(ctx, store, all, ingest.Options{Log: log, Rejects: out.rw, Report: out.pw, Professions: table})
	if ferr := out.flush(); ferr != nil && err == nil {
		err = ferr
	}
	if errors.Is(err, ingest.ErrNothingLoaded) {
		return sum, fmt.Errorf("%w: every row was rejected (see %s)", err, rejects)
	}
	if err != nil {
		return sum, err
	}
	return sum, markLoaded(dir, files)
}

// loadedList names, in an archive folder, the answers already loaded.
const loadedList = ".loaded"

// unloaded lists the archive's answers that no collect has loaded yet.
func unloaded(dir string) ([]string, error) {
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	all, err := ingest.Expand([]string{dir})
	if err != nil {
		return nil, err
	}
	done := map[string]bool{}
	if b, err := os.ReadFile(filepath.Join(dir, loadedList)); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			done[line] = true
		}
	}
	var out []string
	for _, f := range all {
		rel, err := filepath.Rel(dir, f)
		if err == nil && !done[filepath.ToSlash(rel)] {
			out = append(out, f)
		}
	}
	return out, nil
}

// markLoaded adds the loaded answers to the archive's list.
func markLoaded(dir string, files []string) error {
	if len(files) == 0 {
		return nil
	}
	f, err := os.OpenFile(filepath.Join(dir, loadedList), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	for _, path := range files {
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			continue
		}
		fmt.Fprintln(f, filepath.ToSlash(rel))
	}
	return f.Close()
}

// readCatalogue reads a chat catalogue's chats; a bad row stops the command,
// naming it, since a collection cannot guess a chat's window.
func readCatalogue(path string) ([]archive.CatalogueEntry, error) {
	in, err := archive.Open(path, archive.Catalogue)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	r, err := in.Reader(archive.Options{})
	if err != nil {
		return nil, err
	}
	var out []archive.CatalogueEntry
	for {
		it, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch {
		case it.Reject != nil:
			return nil, fmt.Errorf("%s line %d: %s", it.Reject.Source.File, it.Reject.Source.Line, it.Reject.Reason)
		case it.Chat != nil:
			out = append(out, *it.Chat)
		}
	}
}

// parseWhen reads a date or a time: 2026-03-14 (midnight UTC) or RFC 3339.
func parseWhen(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q is neither a date (2026-03-14) nor a time (2026-03-14T20:00:00Z)", s)
}
