// Package ingest is the load pipeline: it reads archives with package
// archive, turns their rows into the graph's rows, assigns posts to chats,
// writes them in batches through the store and accounts for every row.
package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/peergraph/peergraph/loader/archive"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/profession"
)

// Store is what a load needs of the graph.
type Store interface {
	WriteChats(ctx context.Context, rows []neo4jstore.ChatRow) error
	WriteRosterRows(ctx context.Context, rows []neo4jstore.RosterRow) ([]neo4jstore.RosterOverride, error)
	WritePostBatch(ctx context.Context, b neo4jstore.PostBatch) (neo4jstore.PostsWritten, error)
	DanglingTargets(ctx context.Context, fn func(id string)) error
	ChatsForAssignment(ctx context.Context) ([]neo4jstore.KnownChat, error)
	CommunityHashtags(ctx context.Context) (map[string]string, error)
	RefreshStale(ctx context.Context, batchSize int, progress func(neo4jstore.RefreshStats)) (neo4jstore.RefreshStats, error)
	WaitingReplies(ctx context.Context) (int64, error)
}

// Options tune a load; the zero value of each field means its default.
type Options struct {
	Format      archive.Format // force one format for every input
	Grace       time.Duration  // a post this long before or after a chat still belongs to it (15m)
	ReplyGrace  time.Duration  // an answer this long after a chat's end joins its parent's chat (24h)
	BatchSize   int            // posts per transaction (1000)
	Bursts      BurstConfig    // how chats are found where no catalogue describes them
	Professions *profession.Table
	Rejects     io.Writer // where rejected rows go, as JSON lines; nil discards them (they are still counted)
	Report      io.Writer // where duplicates and overlapping chats are listed, as JSON lines (ReportLine); nil discards them
	Progress    *Progress // nil for none
	Log         *slog.Logger
}

// WithDefaults gives each zero field its default.
func (o Options) WithDefaults() Options {
	if o.Grace == 0 {
		o.Grace = 15 * time.Minute
	}
	if o.ReplyGrace == 0 {
		o.ReplyGrace = 24 * time.Hour
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 1000
	}
	if o.Bursts.Bucket == 0 {
		o.Bursts = DefaultBursts
	}
	if o.Professions == nil {
		o.Professions = profession.DefaultTable()
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return o
}

// FileSummary accounts for one input: Read = Loaded + Rejected +
// Duplicates + Skipped. A duplicate is a post, roster row or catalogue row
// this load had already read, or a post the graph already had; a skipped
// row is sound but left out on purpose (a direct message in an account
// export). Overlaps counts the loaded catalogue chats whose time overlaps
// an earlier one's.
type FileSummary struct {
	File       string
	Format     archive.Format
	Read       int64
	Loaded     int64
	Rejected   int64
	Duplicates int64
	Skipped    int64
	Overlaps   int64  `json:",omitempty"`
	Err        string `json:",omitempty"` // why the file could not be read at all
}

// Summary accounts for a whole load.
type Summary struct {
	Files      []FileSummary
	Read       int64
	Loaded     int64
	Rejected   int64
	Duplicates int64
	Skipped    int64
	Overlaps   int64
	// OptOutsSettled counts the roster rows whose opted_out the graph did
	// not take: an opt-out a roster cannot undo, or the professional's own
	// choice through the API.
	OptOutsSettled int64 `json:",omitempty"`
	Unreadable     int   // files that could not be read, or not to their end
	ChatsDetected  int
	// WaitingReplies counts the replies in the graph, from this load or an
	// earlier one, whose parent no load has brought yet: each is linked
	// when its parent comes.
	WaitingReplies int64
	Refreshed      neo4jstore.RefreshStats
	DryRun         bool `json:",omitempty"` // nothing was written (see DryRun)
	Took           time.Duration
	RefreshTook    time.Duration // the part of Took spent recomputing derived relationships
	// Path is how the rows were written: "bulk" (Neo4j's importer, then
	// the online statements for the rest) or "" (online); Steps times a
	// bulk load's steps.
	Path  string                   `json:",omitempty"`
	Steps map[string]time.Duration `json:",omitempty"`
	// Database is the time spent in each kind of database call, by the
	// store's operation name, when the caller kept count.
	Database map[string]OpTime `json:",omitempty"`
}

// OpTime is the time a load spent in one kind of database call: each
// call's wall time, from its session's start to its transaction's end.
type OpTime struct {
	Calls  int
	Failed int `json:",omitempty"`
	Took   time.Duration
}

// DatabaseTime is Database on one line, the longest first, with each
// operation's calls ("load.posts 2m3.3s (492), load.refreshProfessionals
// 16.3s (53), …"); "" when no count was kept.
func (s *Summary) DatabaseTime() string {
	names := slices.Collect(maps.Keys(s.Database))
	slices.SortFunc(names, func(a, b string) int {
		if d := cmp.Compare(s.Database[b].Took, s.Database[a].Took); d != 0 {
			return d
		}
		return cmp.Compare(a, b)
	})
	parts := make([]string, len(names))
	for i, op := range names {
		parts[i] = fmt.Sprintf("%s %s (%d)", op, s.Database[op].Took.Round(100*time.Millisecond), s.Database[op].Calls)
	}
	return strings.Join(parts, ", ")
}

func (s *Summary) add(f FileSummary) {
	s.Files = append(s.Files, f)
	s.Read += f.Read
	s.Loaded += f.Loaded
	s.Rejected += f.Rejected
	s.Duplicates += f.Duplicates
	s.Skipped += f.Skipped
	s.Overlaps += f.Overlaps
	if f.Err != "" {
		s.Unreadable++
	}
}

// input is one file to load, opened once to learn its format.
type input struct {
	path   string
	format archive.Format
	size   int64
}

// ErrNothingLoaded is returned when rows were read but none could be loaded.
var ErrNothingLoaded = errors.New("nothing could be loaded")

// Run loads the files. Catalogues come first (chats must exist to assign
// posts to them), then rosters (identities before posts), then posts; then
// the derived relationships of everything touched are recomputed. A file
// that cannot be read is reported in the summary and the load goes on.
func Run(ctx context.Context, store Store, files []string, opts Options) (*Summary, error) {
	opts = opts.WithDefaults()
	start := time.Now()
	sum := &Summary{}
	rejects, report := newRejectWriter(opts.Rejects), newReportWriter(opts.Report)

	inputs, failed := classify(files, opts.Format)
	for _, f := range failed {
		// A file that cannot be read at all is named in the rejects too, so
		// that the rejects file alone says everything that was not loaded.
		rejects.write(archive.Reject{Source: archive.Source{File: f.File}, Reason: "file not read: " + f.Err})
		sum.add(f)
	}
	var total int64
	for _, in := range inputs {
		if in.size > 0 {
			total += in.size
		}
	}
	opts.Progress.Start(total)
	defer opts.Progress.Stop()

	communities, err := store.CommunityHashtags(ctx)
	if err != nil {
		return sum, err
	}
	known, err := store.ChatsForAssignment(ctx)
	if err != nil {
		return sum, err
	}
	windows := make([]Window, len(known))
	for i, c := range known {
		windows[i] = Window{ID: c.ID, Hashtag: c.Hashtag, StartsAt: time.Unix(c.StartsAt, 0), EndsAt: time.Unix(c.EndsAt, 0)}
	}
	l := &load{store: store, opts: opts, rejects: rejects, report: report, assigner: NewAssigner(windows, opts.Grace),
		communities: communities, sightings: newSightings()}

	for _, phase := range []func(archive.Format) bool{isCatalogue, isRoster, isPosts} {
		if phase(archive.X) {
			// The posts in the graph that wait for others (from earlier
			// loads, or this one killed), so that they are linked when
			// their targets arrive.
			l.waiting = newWaitingSet()
			if err := store.DanglingTargets(ctx, l.waiting.add); err != nil {
				return sum, fmt.Errorf("posts waiting for others: %w", err)
			}
			opts.Log.Debug("posts waiting for others", "targets", l.waiting.n)
			// With the catalogue and the communities known, find the chats
			// the catalogue does not describe before any post is assigned.
			n, err := l.detectChats(ctx, inputs)
			sum.ChatsDetected = n
			if err != nil {
				return sum, err
			}
		}
		for _, in := range inputs {
			if !phase(in.format) {
				continue
			}
			fs, err := l.file(ctx, in)
			sum.add(fs)
			if err != nil {
				return sum, err
			}
		}
		if phase(archive.Roster) {
			// Roster rows are written once every roster is read: a later
			// row's opt-out may still apply to an earlier one.
			n, err := l.writeRoster(ctx)
			sum.OptOutsSettled = n
			if err != nil {
				return sum, fmt.Errorf("roster: %w", err)
			}
		}
	}
	// The newest copies of profiles the graph already has, held back so
	// that each is written once.
	if err := l.flushHeld(ctx); err != nil {
		return sum, err
	}
	if err := rejects.err; err != nil {
		return sum, fmt.Errorf("write rejects: %w", err)
	}
	if err := report.err; err != nil {
		return sum, fmt.Errorf("write report: %w", err)
	}
	return Finish(ctx, store, sum, opts, start)
}

// Finish ends a load whose rows are written: it recomputes the derived
// relationships of everything marked stale, counts the replies still
// waiting for their parent, and says when nothing could be loaded. Run
// ends with it, and so does a bulk load after its import.
func Finish(ctx context.Context, store Store, sum *Summary, opts Options, start time.Time) (*Summary, error) {
	opts = opts.WithDefaults()
	var err error
	opts.Log.Info("refreshing derived relationships")
	refreshStart := time.Now()
	sum.Refreshed, err = store.RefreshStale(ctx, 200, func(s neo4jstore.RefreshStats) {
		opts.Progress.Refreshing(s)
	})
	sum.RefreshTook = time.Since(refreshStart)
	if err != nil {
		sum.Took = time.Since(start)
		return sum, err
	}
	if sum.WaitingReplies, err = store.WaitingReplies(ctx); err != nil {
		return sum, fmt.Errorf("replies waiting for their parent: %w", err)
	}
	sum.Took = time.Since(start)
	if sum.Loaded == 0 && sum.Duplicates == 0 && (sum.Read > 0 || sum.Unreadable > 0) {
		return sum, ErrNothingLoaded
	}
	return sum, nil
}

func isCatalogue(f archive.Format) bool { return f == archive.Catalogue }
func isRoster(f archive.Format) bool    { return f == archive.Roster }
func isPosts(f archive.Format) bool     { return !isCatalogue(f) && !isRoster(f) }

// classify opens every file once to learn its format, without reading it.
func classify(files []string, force archive.Format) ([]input, []FileSummary) {
	var ok []input
	var failed []FileSummary
	for _, path := range files {
		in, err := archive.Open(path, force)
		if err != nil {
			failed = append(failed, FileSummary{File: path, Err: err.Error()})
			continue
		}
		ok = append(ok, input{path: path, format: in.Format, size: in.Size})
		in.Close()
	}
	return ok, failed
}
