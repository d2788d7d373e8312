package readmodel

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
)

// Store is what a live model reads of the graph.
type Store interface {
	// ChangesSince says what changed after a data version.
	ChangesSince(ctx context.Context, version string) (neo4jstore.Changes, error)
	// ReadChanged reads again the rows of the professionals and chats a
	// change names.
	ReadChanged(ctx context.Context, professionals, chats []string, known neo4jstore.Known) (*neo4jstore.ChangedRows, error)
}

// Snapshots reads the whole graph (a store with a long timeout).
type Snapshots interface {
	ReadSnapshot(ctx context.Context, sink neo4jstore.SnapshotSink) (string, error)
}

// Live keeps a Model as current as the graph, and always has one to answer
// from once the first is built:
//
//   - at start-up a model is built from a snapshot (Start); until it is
//     in, there is none (Ready is false) and the questions answer
//     UNAVAILABLE at once;
//   - every CheckEvery (Run) the change log is read after the model's
//     version; the professionals and chats it names are read again and a
//     new model is made from the old one and those rows (Patch), then put
//     in its place: readers holding the old one finish on it;
//   - when the change log cannot say what changed (another epoch, records
//     pruned) or names more than MaxChanged, a model is built from a new
//     snapshot in the background while the current one keeps answering;
//     once built it takes in the changes made during its read, then
//     replaces it;
//   - an opt-out through this server is applied at once (Override), ahead
//     of the change that brings it, and to every model installed before
//     that change is in;
//   - while the graph does not answer, the model keeps answering, and
//     says it may be behind.
type Live struct {
	store     Store
	snapshots Snapshots
	log       *slog.Logger
	// CheckEvery is how often the change log is read.
	CheckEvery time.Duration
	// MaxChanged bounds the professionals and chats one patch reads again;
	// a larger change is read as a snapshot.
	MaxChanged int
	// PendingEvery spaces the patches while a load is under way (the graph
	// holds writes not yet refreshed): each patch rebuilds the model's
	// indexes, seconds of a core at 100k members, which the load needs
	// too. Opt-outs through this server apply at once regardless.
	PendingEvery time.Duration
	updates      updates // by the goroutine that updates (Update) alone

	model   atomic.Pointer[Model]
	checked atomic.Pointer[check]

	installMu sync.Mutex          // serialises installs and overrides
	overrides map[string]override // by professional, under installMu

	rebuilding atomic.Bool
	builds     sync.WaitGroup
	buildCtx   context.Context

	// changed is closed when another model is installed, and replaced.
	changed atomic.Pointer[chan struct{}]
}

// updates is what Update keeps from one check to the next.
type updates struct {
	lastPatch time.Time
	// incomplete is the model version whose changes the last check found
	// the log could not describe: a rebuild waits for a second such check,
	// as a write committing while the log is read can make it look
	// incomplete once.
	incomplete string
}

// check is what the last read of the change log found.
type check struct {
	at      time.Time
	graph   string // the graph's version then
	pending bool   // writes not yet refreshed
	err     error  // the graph did not answer
}

// override is an opt-out applied ahead of its change, at version.
type override struct {
	optedOut bool
	version  string
}

// NewLive makes a live model with no model yet. Builds in the background
// end with ctx.
func NewLive(ctx context.Context, store Store, snapshots Snapshots, log *slog.Logger) *Live {
	return &Live{store: store, snapshots: snapshots, log: log, CheckEvery: time.Second, MaxChanged: 20000,
		PendingEvery: 10 * time.Second, overrides: map[string]override{}, buildCtx: ctx}
}

// Changed is closed when another model takes the current one's place
// (a patch, a rebuild, an opt-out): those who push answers to their
// readers (the live chat view) wait on it rather than poll.
func (l *Live) Changed() <-chan struct{} {
	for {
		if ch := l.changed.Load(); ch != nil {
			return *ch
		}
		ch := make(chan struct{})
		if l.changed.CompareAndSwap(nil, &ch) {
			return ch
		}
	}
}

// put installs m and tells those waiting on Changed.
func (l *Live) put(m *Model) {
	l.model.Store(m)
	if ch := l.changed.Swap(nil); ch != nil {
		close(*ch)
	}
}

// Model is the model to answer from, nil before the first is built.
func (l *Live) Model() *Model { return l.model.Load() }

// Ready says whether there is a model to answer from.
func (l *Live) Ready() bool { return l.model.Load() != nil }

// Freshness says how current an answer from m is, by the last check.
func (l *Live) Freshness(m *Model) domain.Freshness {
	f := domain.Freshness{Version: m.Version}
	c := l.checked.Load()
	switch {
	case c == nil:
		f.Behind, f.Reason = true, "the graph's version has not been read yet"
	case c.err != nil:
		f.Graph, f.CheckedAt = c.graph, c.at
		f.Behind, f.Reason = true, "the graph does not answer: answers may be behind it"
	default:
		f.Graph, f.CheckedAt = c.graph, c.at
		switch {
		case c.graph != m.Version:
			f.Behind, f.Reason = true, "the graph has changes this model has not taken in yet"
		case c.pending:
			f.Behind, f.Reason = true, "the graph holds writes not yet refreshed (a load under way, or one that stopped before its refresh)"
		}
	}
	return f
}

// Status says in a few words how the model stands, as of the last check.
func (l *Live) Status() string {
	m := l.model.Load()
	if m == nil {
		if l.rebuilding.Load() {
			return "building the first model"
		}
		return "none"
	}
	f := l.Freshness(m)
	v := m.Version
	if v == "" {
		v = "none yet"
	}
	s := fmt.Sprintf("version %s, built %s", v, m.Built.UTC().Format(time.RFC3339))
	if !f.Behind {
		s = "current (" + s + ")"
	} else {
		s = "behind: " + f.Reason + " (" + s + ")"
	}
	if l.rebuilding.Load() {
		s += "; rebuilding from a snapshot"
	}
	return s
}

// Start builds the first model in the background.
func (l *Live) Start() { l.rebuild() }

// Wait waits for the background build under way, if any.
func (l *Live) Wait() { l.builds.Wait() }

// Run takes in the graph's changes every CheckEvery until ctx ends.
func (l *Live) Run(ctx context.Context) {
	t := time.NewTicker(l.CheckEvery)
	defer t.Stop()
	failing := false // said once when updates start failing, once when they recover
	for {
		select {
		case <-ctx.Done():
			l.Wait()
			return
		case <-t.C:
			err := l.Update(ctx)
			switch {
			case err != nil && ctx.Err() == nil && !failing:
				failing = true
				l.log.Warn("read model: update failed; the model keeps answering and retries every check", "err", err)
			case err == nil && failing:
				failing = false
				l.log.Info("read model: updates work again")
			}
		}
	}
}

// Update reads the change log after the model's version and takes the
// changes in (or starts a rebuild); with no model yet, it starts the first
// build if none is under way.
func (l *Live) Update(ctx context.Context) error {
	m := l.model.Load()
	if m == nil {
		l.rebuild()
		return nil
	}
	next, err := l.catchUp(ctx, m, &l.updates)
	if err != nil || next == nil || next == m {
		return err
	}
	l.updates.lastPatch = time.Now()
	next.warmFrom(m)
	l.install(m, next)
	return nil
}

// catchUp is m with the changes after its version taken in: m itself when
// there are none (or, for Update within PendingEvery of its last patch,
// while a load is under way; or when Update looks at an incomplete log a
// second time), nil when a snapshot is needed (a rebuild is started). u is
// Update's state, nil for a build catching up on the writes made during
// its read.
func (l *Live) catchUp(ctx context.Context, m *Model, u *updates) (*Model, error) {
	// A check is one small read: while the graph does not answer it fails
	// fast, so that the first check after it is back comes soon.
	checkCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	c, err := l.store.ChangesSince(checkCtx, m.Version)
	cancel()
	now := time.Now()
	if err != nil {
		prev := l.checked.Load()
		graph := ""
		if prev != nil {
			graph = prev.graph
		}
		l.checked.Store(&check{at: now, graph: graph, err: err})
		return nil, fmt.Errorf("read model: read the change log: %w", err)
	}
	l.checked.Store(&check{at: now, graph: c.Version, pending: c.Pending})
	spaced := u != nil && time.Since(u.lastPatch) < l.PendingEvery
	if c.Version == m.Version || (spaced && c.Pending) {
		return m, nil
	}
	if u != nil {
		if !c.Complete && u.incomplete != m.Version && sameEpoch(m.Version, c.Version) {
			// Looked at again at the next check before a rebuild (seconds
			// of both cores at 100k members) is started for it.
			u.incomplete = m.Version
			l.log.Info("read model: the change log looks incomplete; looking again at the next check", "from", m.Version, "to", c.Version)
			return m, nil
		}
		u.incomplete = ""
	}
	if !c.Complete || len(c.Professionals)+len(c.Chats) > l.MaxChanged {
		l.log.Info("read model: the change is read from a snapshot", "from", m.Version, "to", c.Version,
			"complete", c.Complete, "professionals", len(c.Professionals), "chats", len(c.Chats))
		l.rebuild()
		return nil, nil
	}
	if len(c.Professionals)+len(c.Chats) == 0 {
		// Writes the refresh has yet to record: nothing to read again.
		return m.at(c.Version), nil
	}
	start := time.Now()
	rows, err := l.store.ReadChanged(ctx, c.Professionals, c.Chats, neo4jstore.Known{Professional: m.Knows, Chat: m.KnowsChat})
	if err != nil {
		return nil, fmt.Errorf("read model: read the changed rows: %w", err)
	}
	read := time.Since(start)
	if m.chatsMoved(rows) {
		// Acts keep the communities they were counted in: a chat that
		// changed community needs them counted again.
		l.rebuild()
		return nil, nil
	}
	b := Patch(m, c.Professionals, c.Chats)
	b.Apply(rows)
	next := b.Finish(c.Version)
	next.Took = time.Since(start)
	l.log.Info("read model: changes taken in", "from", m.Version, "to", c.Version, "professionals", len(c.Professionals),
		"chats", len(c.Chats), "read", read.Round(time.Millisecond), "took", next.Took.Round(time.Millisecond))
	return next, nil
}

// sameEpoch says whether two data versions are of the same graph (the same
// epoch): another epoch is a graph emptied and loaded again, which no
// second look at its log will describe.
func sameEpoch(a, b string) bool {
	ea, _, okA := neo4jstore.ParseVersion(a)
	eb, _, okB := neo4jstore.ParseVersion(b)
	return okA && okB && ea == eb
}

// chatsMoved says whether a chat of the rows is in other communities than
// the model has it in.
func (m *Model) chatsMoved(rows *neo4jstore.ChangedRows) bool {
	for _, c := range rows.Chats {
		ch, ok := m.chats.lookup(c.ID)
		if !ok {
			continue
		}
		var had []string
		for _, ci := range m.chatOf.row(ch) {
			had = append(had, m.communities.list[ci])
		}
		if !slices.Equal(dedupe(had), dedupe(c.Communities)) {
			return true
		}
	}
	return false
}

// install puts next in the place of prev, unless another model took prev's
// place meanwhile (then next is dropped: the next update starts from that
// one). Overrides not yet in next are applied to it.
func (l *Live) install(prev, next *Model) {
	l.installMu.Lock()
	defer l.installMu.Unlock()
	if l.model.Load() != prev {
		return
	}
	l.put(l.withOverrides(next))
}

// withOverrides applies to m the opt-outs made through this server that
// its version does not hold yet, and forgets those it holds.
func (l *Live) withOverrides(m *Model) *Model {
	epoch, n, _ := neo4jstore.ParseVersion(m.Version)
	for id, o := range l.overrides {
		oe, on, _ := neo4jstore.ParseVersion(o.version)
		if oe == epoch && on <= n {
			delete(l.overrides, id)
			continue
		}
		m = m.withOptOut(id, o.optedOut)
	}
	return m
}

// Override applies an opt-out written at version to the model at once.
func (l *Live) Override(id string, optedOut bool, version string) {
	l.installMu.Lock()
	defer l.installMu.Unlock()
	l.overrides[id] = override{optedOut: optedOut, version: version}
	if m := l.model.Load(); m != nil {
		l.put(m.withOptOut(id, optedOut))
	}
}

// rebuild builds a model from a snapshot in the background, unless a
// build is under way; the current model answers meanwhile.
func (l *Live) rebuild() {
	if !l.rebuilding.CompareAndSwap(false, true) {
		return
	}
	l.builds.Add(1)
	go func() {
		defer l.builds.Done()
		defer l.rebuilding.Store(false)
		if err := l.build(l.buildCtx); err != nil && l.buildCtx.Err() == nil {
			l.log.Warn("read model: build failed; the current model keeps answering", "err", err)
		}
	}()
}

// Build reads a snapshot, takes in the changes made during the read, and
// installs the model, in the foreground.
func (l *Live) Build(ctx context.Context) error {
	if !l.rebuilding.CompareAndSwap(false, true) {
		l.Wait()
		return nil
	}
	defer l.rebuilding.Store(false)
	return l.build(ctx)
}

func (l *Live) build(ctx context.Context) error {
	start := time.Now()
	b := NewBuilder()
	version, err := l.snapshots.ReadSnapshot(ctx, b)
	if err != nil {
		return fmt.Errorf("read model: read the snapshot: %w", err)
	}
	m := b.Finish(version)
	m.Took = time.Since(start)
	size := m.Size()
	l.log.Info("read model built", "version", version, "took", m.Took.Round(time.Millisecond),
		"professionals", size.Professionals, "chats", size.Chats, "parts", size.Parts, "ties", size.Ties, "acts", size.Acts,
		"pairs", size.Pairs, "approx_mb", size.Bytes>>20)
	// The writes made while the snapshot was read.
	if next, err := l.catchUp(ctx, m, nil); err != nil {
		l.log.Warn("read model: the changes after the snapshot could not be read; the next update takes them in", "err", err)
	} else if next != nil {
		m = next
	}
	m.warmFrom(l.model.Load())
	l.installMu.Lock()
	defer l.installMu.Unlock()
	if cur := l.model.Load(); cur != nil && newer(cur.Version, m.Version) {
		return nil // patched past it while it was read
	}
	l.put(l.withOverrides(m))
	return nil
}

// newer says whether version a is later than b in the same epoch.
func newer(a, b string) bool {
	ea, na, okA := neo4jstore.ParseVersion(a)
	eb, nb, okB := neo4jstore.ParseVersion(b)
	return okA && okB && ea == eb && na > nb
}
