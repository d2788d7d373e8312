package ties

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/rank"
)

// Store is what the read model needs of the graph: the Cypher answers to
// fall back on, the reads that complete an answer found in memory (the few
// professionals and chats it names), the data version, and opt-out.
type Store interface {
	Connectors(ctx context.Context, q domain.ConnectorQuery) ([]*domain.Connector, error)
	SuggestPeers(ctx context.Context, ids []string, q domain.PeerQuery) (map[string][]*domain.PeerSuggestion, error)
	IsolatedMembers(ctx context.Context, q domain.IsolationQuery) (*domain.IsolationConnection, error)
	ProfessionLinks(ctx context.Context, q domain.LinkQuery) ([]*domain.ProfessionLinkPeriod, error)

	ConnectorsFrom(ctx context.Context, brokers []rank.Broker, q domain.ConnectorQuery) ([]*domain.Connector, error)
	PeerSuggestionsFrom(ctx context.Context, scored map[string][]rank.PeerScore, q domain.PeerQuery) (map[string][]*domain.PeerSuggestion, error)
	IsolationReportsFrom(ctx context.Context, isolated []rank.Isolated, median float64, q domain.IsolationQuery) (*domain.IsolationConnection, error)

	DataVersion(ctx context.Context) (string, error)
	SetOptOutVersion(ctx context.Context, professionalID string, optedOut bool) (string, error)
}

// Snapshots reads the whole snapshot a model is built from (a store with a
// long timeout).
type Snapshots interface {
	ReadSnapshot(ctx context.Context, sink neo4jstore.SnapshotSink) (string, error)
}

// ReadModel answers connectors, suggestPeers, isolatedMembers and
// professionLinks from a Model while the model is as new as the graph, and from the store's Cypher
// otherwise.
//
// Freshness: the graph's data version is read at most once per CheckEvery
// (by a request, or by Run); when it moved past the model's, the model stops
// serving at once and a new one is built in the background, the questions
// going to Cypher meanwhile. setOptOut through the read model also changes
// the model itself, so the person disappears (or reappears) at once.
type ReadModel struct {
	store     Store
	snapshots Snapshots
	log       *slog.Logger
	// CheckEvery bounds how old the data version a request relies on may
	// be.
	CheckEvery time.Duration

	model     atomic.Pointer[Model]
	seen      atomic.Pointer[string] // the graph's data version as last read
	checkedAt atomic.Int64           // unix nanos of that read
	checkMu   sync.Mutex
	building  atomic.Bool
	buildCtx  context.Context // builds end with it
	builds    sync.WaitGroup
}

// New makes a read model with no model yet: every question goes to Cypher
// until the first Build. Background builds end with ctx.
func New(ctx context.Context, store Store, snapshots Snapshots, log *slog.Logger) *ReadModel {
	return &ReadModel{store: store, snapshots: snapshots, log: log, CheckEvery: time.Second, buildCtx: ctx}
}

// Build reads a snapshot and installs the model made from it, unless the
// installed one is current and this one is not (a build that raced a
// write).
func (r *ReadModel) Build(ctx context.Context) (*Model, error) {
	start := time.Now()
	b := NewBuilder()
	version, err := r.snapshots.ReadSnapshot(ctx, b)
	if err != nil {
		return nil, fmt.Errorf("read model: read the snapshot: %w", err)
	}
	m := b.Finish(version)
	m.Took = time.Since(start)
	r.checkMu.Lock()
	if old := r.model.Load(); old == nil || !r.isCurrent(old) || r.isCurrent(m) {
		r.model.Store(m)
	}
	r.checkMu.Unlock()
	size := m.Size()
	r.log.Info("read model built", "version", version, "took", m.Took.Round(time.Millisecond),
		"professionals", size.Professionals, "chats", size.Chats, "parts", size.Parts, "ties", size.Ties, "acts", size.Acts, "pairs", size.Pairs, "approx_mb", size.Bytes>>20)
	return m, nil
}

func (r *ReadModel) isCurrent(m *Model) bool {
	seen := r.seen.Load()
	return m != nil && seen != nil && m.Version == *seen
}

// Check reads the graph's data version; when the model is older, it stops
// serving and a build starts in the background (one at a time).
func (r *ReadModel) Check(ctx context.Context) error {
	return r.check(ctx, 0, false)
}

// check is Check unless another check, done while this one waited for the
// lock, is younger than maxAge: concurrent requests share one read. With
// settle, a rebuild waits for the version to hold still from one check to
// the next: a load bumps it every batch of posts, and a model built
// meanwhile would be stale before it was done (the questions go to Cypher
// until the load ends either way). The first model is built at once.
func (r *ReadModel) check(ctx context.Context, maxAge time.Duration, settle bool) error {
	r.checkMu.Lock()
	defer r.checkMu.Unlock()
	if maxAge > 0 && r.checkedRecently(maxAge) {
		return nil
	}
	v, err := r.store.DataVersion(ctx)
	if err != nil {
		return fmt.Errorf("read model: read the data version: %w", err)
	}
	prev := r.seen.Load()
	r.seen.Store(&v)
	r.checkedAt.Store(time.Now().UnixNano())
	m := r.model.Load()
	if m != nil && m.Version == v {
		return nil
	}
	if settle && m != nil && (prev == nil || *prev != v) {
		return nil // still moving: the next check decides
	}
	if r.building.CompareAndSwap(false, true) {
		r.builds.Add(1)
		go func() {
			defer r.builds.Done()
			defer r.building.Store(false)
			if _, err := r.Build(r.buildCtx); err != nil {
				r.log.Warn("read model: build failed; the questions stay on Cypher", "err", err)
			}
		}()
	}
	return nil
}

// Wait waits for the background build under way, if any.
func (r *ReadModel) Wait() { r.builds.Wait() }

// Run checks the data version every CheckEvery until ctx ends, so that a
// load is followed by a rebuild even while no one asks; the rebuild starts
// once the version has held still for a check.
func (r *ReadModel) Run(ctx context.Context) {
	t := time.NewTicker(r.CheckEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			r.Wait()
			return
		case <-t.C:
			if err := r.check(ctx, 0, true); err != nil && ctx.Err() == nil {
				r.log.Warn("read model: version check failed", "err", err)
			}
		}
	}
}

// current is the model to answer from, nil when there is none as new as
// the graph (checked when the last check is older than CheckEvery).
func (r *ReadModel) current(ctx context.Context) *Model {
	if !r.checkedRecently(r.CheckEvery) {
		if err := r.check(ctx, r.CheckEvery, true); err != nil {
			r.log.Warn("read model: version check failed; answering from Cypher", "err", err)
			return nil
		}
	}
	if m := r.model.Load(); r.isCurrent(m) {
		return m
	}
	return nil
}

func (r *ReadModel) checkedRecently(maxAge time.Duration) bool {
	return time.Since(time.Unix(0, r.checkedAt.Load())) <= maxAge
}

// Status says in a few words how the model stands, as of the last version
// check (it checks nothing itself): "current (version V, built in D)",
// "building the first model", "stale, rebuilding", or "none".
func (r *ReadModel) Status() string {
	m := r.model.Load()
	switch {
	case r.isCurrent(m):
		v := m.Version
		if v == "" {
			v = "none yet" // a graph no loader of this version has written to
		}
		return fmt.Sprintf("current (version %s, built in %s)", v, m.Took.Round(time.Millisecond))
	case m == nil && r.building.Load():
		return "building the first model; the questions read Neo4j meanwhile"
	case r.building.Load():
		return "stale, rebuilding; the questions read Neo4j meanwhile"
	case m == nil:
		return "none; the questions read Neo4j"
	default:
		return "stale; the questions read Neo4j"
	}
}

// Current is the model the questions are answered from now, nil when they
// go to Cypher.
func (r *ReadModel) Current(ctx context.Context) *Model { return r.current(ctx) }

// Connectors answers as Store.Connectors does.
func (r *ReadModel) Connectors(ctx context.Context, q domain.ConnectorQuery) ([]*domain.Connector, error) {
	m := r.current(ctx)
	if m == nil {
		return r.store.Connectors(ctx, q)
	}
	return r.store.ConnectorsFrom(ctx, m.Brokers(q), q)
}

// SuggestPeers answers as Store.SuggestPeers does.
func (r *ReadModel) SuggestPeers(ctx context.Context, ids []string, q domain.PeerQuery) (map[string][]*domain.PeerSuggestion, error) {
	m := r.current(ctx)
	if m == nil {
		return r.store.SuggestPeers(ctx, ids, q)
	}
	return r.store.PeerSuggestionsFrom(ctx, m.PeerScores(ids, q), q)
}

// IsolatedMembers answers as Store.IsolatedMembers does.
func (r *ReadModel) IsolatedMembers(ctx context.Context, q domain.IsolationQuery) (*domain.IsolationConnection, error) {
	m := r.current(ctx)
	if m == nil {
		return r.store.IsolatedMembers(ctx, q)
	}
	isolated, median, found := m.Isolation(q.Community, q.Window)
	if !found {
		return nil, domain.NoCommunity(q.Community)
	}
	return r.store.IsolationReportsFrom(ctx, isolated, median, q)
}

// ProfessionLinks answers as Store.ProfessionLinks does, wholly from the
// model: the matrix names professions only, no professional to read.
func (r *ReadModel) ProfessionLinks(ctx context.Context, q domain.LinkQuery) ([]*domain.ProfessionLinkPeriod, error) {
	m := r.current(ctx)
	if m == nil {
		return r.store.ProfessionLinks(ctx, q)
	}
	periods, found := m.ProfessionLinks(q)
	if !found {
		return nil, domain.NoCommunity(q.Community)
	}
	return periods, nil
}

// SetOptOut records the choice in the graph and in the model at once. When
// the model was current just before the change, it stays current; else it
// keeps waiting for its rebuild (and still hides the person meanwhile).
func (r *ReadModel) SetOptOut(ctx context.Context, professionalID string, optedOut bool) error {
	v, err := r.store.SetOptOutVersion(ctx, professionalID, optedOut)
	if err != nil {
		return err
	}
	r.checkMu.Lock()
	defer r.checkMu.Unlock()
	m := r.model.Load()
	if m == nil {
		return nil
	}
	next := m.withOptOut(professionalID, optedOut)
	if r.isCurrent(m) && successor(m.Version) == v {
		cp := *next
		cp.Version = v
		next = &cp
		r.seen.Store(&v)
	}
	r.model.Store(next)
	return nil
}

// successor is the version one bump after v ("epoch:n" → "epoch:n+1");
// "" when v is not one.
func successor(v string) string {
	epoch, n, ok := strings.Cut(v, ":")
	if !ok {
		return ""
	}
	i, err := strconv.Atoi(n)
	if err != nil {
		return ""
	}
	return epoch + ":" + strconv.Itoa(i+1)
}
