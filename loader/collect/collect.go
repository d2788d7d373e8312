// Package collect fetches a community's chats from the platforms
// themselves (Mastodon and Bluesky public APIs; X for those with access),
// keeps every answer as an archive file in the platform's own format, and
// remembers where each query stands, so that a rerun fetches only what is
// new and a collection killed at any point resumes without losing or
// repeating anything. Loading is the loader's: `loader collect` loads the
// files a collection wrote, exactly as `loader load` would load them.
package collect

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/peergraph/peergraph/neo4jstore"
)

// StateStore keeps where each query stands (neo4jstore, beside the data).
type StateStore interface {
	CollectState(ctx context.Context, key string) (neo4jstore.CollectState, bool, error)
	SaveCollectState(ctx context.Context, st neo4jstore.CollectState) error
}

// Source is one query on one platform.
type Source interface {
	// Key names the query for its state: the same query on a later run
	// has the same key.
	Key() string
	collect(ctx context.Context, c *collector, st *neo4jstore.CollectState) error
}

// Window bounds one source to a time of its own (a catalogued chat's, with
// its grace); the zero Window takes the run's.
type Window struct{ Since, Until time.Time }

// key is how a window names itself in a query's key: one state per chat.
func (w Window) key() string {
	if w.Since.IsZero() {
		return ""
	}
	return "@" + w.Since.UTC().Format("20060102T1504Z") + "-" + w.Until.UTC().Format("20060102T1504Z")
}

// window is the time a source collects: its own, else the run's.
func (c *collector) window(w Window) (since, until time.Time) {
	if w.Since.IsZero() {
		return c.opts.Since, c.opts.Until
	}
	return w.Since, w.Until
}

// Options say where the archive goes and which window to fetch.
type Options struct {
	Dir          string    // the archive's root folder
	Since, Until time.Time // the window; a zero Until is now
	Log          *slog.Logger
	// Progress is told after every request; nil for none.
	Progress func(Progress)
}

// Progress is where a collection stands.
type Progress struct {
	Query    string
	Requests int
	Items    int
	Window   time.Time // the time of the oldest or newest item just fetched
	Rate     float64   // items a second so far
}

// Result says what a collection wrote.
type Result struct {
	Files    []string // answers kept, in fetch order
	Bad      []string // notes of the answers that could not be read
	Requests int
	Items    int
	Took     time.Duration
}

type collector struct {
	http    *client
	archive *archiveDir
	states  StateStore
	opts    Options
	log     *slog.Logger
	start   time.Time
	items   int
	query   string
	mu      sync.Mutex // progress, when sources are followed at once
}

// Run collects each source in turn. An error of one source (a platform
// that does not answer at all) ends that source, not the others; the first
// such error is returned with the result of everything else.
func Run(ctx context.Context, states StateStore, sources []Source, opts Options) (*Result, error) {
	c := newCollector(states, opts)
	return c.run(ctx, sources)
}

func newCollector(states StateStore, opts Options) *collector {
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.Until.IsZero() {
		opts.Until = time.Now().UTC()
	}
	return &collector{http: newClient(opts.Log), archive: &archiveDir{root: opts.Dir}, states: states, opts: opts, log: opts.Log}
}

func (c *collector) run(ctx context.Context, sources []Source) (*Result, error) {
	c.start = time.Now()
	var first error
	for _, src := range sources {
		c.query = src.Key()
		st, _, err := c.states.CollectState(ctx, src.Key())
		if err != nil {
			return c.result(), fmt.Errorf("state of %s: %w", src.Key(), err)
		}
		st.Key = src.Key()
		if err := src.collect(ctx, c, &st); err != nil {
			if ctx.Err() != nil {
				return c.result(), ctx.Err()
			}
			c.log.Error("collection stopped", "query", src.Key(), "err", err)
			if first == nil {
				first = fmt.Errorf("%s: %w", src.Key(), err)
			}
		}
	}
	return c.result(), first
}

func (c *collector) result() *Result {
	return &Result{Files: c.archive.Files, Bad: c.archive.Bad, Requests: c.http.requests, Items: c.items, Took: time.Since(c.start)}
}

func (c *collector) save(ctx context.Context, st *neo4jstore.CollectState) error {
	if err := c.states.SaveCollectState(ctx, *st); err != nil {
		return fmt.Errorf("save where %s stands: %w", st.Key, err)
	}
	return nil
}

// fetch gets one answer and keeps it under dir: a good one in the archive,
// a bad one under .bad/ with its reason. ok says whether the answer can be
// read; a bad answer is reported and the collection goes on.
func (c *collector) fetch(ctx context.Context, dir, kind, rawURL string, header http.Header) (Answer, bool, error) {
	ans, err := c.http.get(ctx, rawURL, header)
	if err != nil {
		return ans, false, err
	}
	if why := badAnswer(ans); why != "" {
		note, err := c.archive.writeBad(dir, kind, ans, why)
		if err != nil {
			return ans, false, err
		}
		c.log.Warn("a bad answer, kept beside the archive", "url", rawURL, "why", why, "note", note)
		return ans, false, nil
	}
	if _, err := c.archive.write(dir, kind, ans); err != nil {
		return ans, false, err
	}
	return ans, true, nil
}

func (c *collector) progress(items int, at time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items += items
	if c.opts.Progress == nil {
		return
	}
	rate := 0.0
	if s := time.Since(c.start).Seconds(); s > 0 {
		rate = float64(c.items) / s
	}
	c.opts.Progress(Progress{Query: c.query, Requests: c.http.requests, Items: c.items, Window: at, Rate: rate})
}

// badAnswer says why an answer cannot be kept as data: an error status, a
// body that is not JSON (an HTML error page, a cut answer), or a 200 whose
// JSON is an error ({"error": ...} from Mastodon and Bluesky, {"errors":
// [...]} without data from X).
func badAnswer(ans Answer) string {
	if ans.Status < 200 || ans.Status > 299 {
		return fmt.Sprintf("status %d", ans.Status)
	}
	body := bytes.TrimSpace(ans.Body)
	if !json.Valid(body) {
		if len(body) > 0 && body[0] == '<' {
			return "an HTML page, not JSON"
		}
		return "not JSON, or cut short"
	}
	var probe map[string]json.RawMessage
	if json.Unmarshal(body, &probe) == nil {
		_, hasError := probe["error"]
		_, hasErrors := probe["errors"]
		_, hasData := probe["data"]
		_, hasMeta := probe["meta"]
		switch {
		case hasError:
			var msg struct {
				Error   string `json:"error"`
				Message string `json:"message"`
			}
			json.Unmarshal(body, &msg)
			return strings.TrimSpace("an error answer with status 200: " + msg.Error + " " + msg.Message)
		case hasErrors && !hasData && !hasMeta:
			return "an error answer with status 200"
		}
	}
	return ""
}

// newerID and olderID compare numeric ids (Mastodon's and X's snowflakes)
// as numbers written in decimal.
func newerID(a, b string) bool {
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return a > b
}

// sortedOldestFirst orders ids oldest first.
func sortedOldestFirst(ids []string) []string {
	out := append([]string(nil), ids...)
	sort.Slice(out, func(i, j int) bool { return newerID(out[j], out[i]) })
	return out
}
