package readmodel_test

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/readmodel"
)

// fakeGraph is a graph of two pharmacists and a nurse whose change log
// and snapshots the test controls: it can stop answering, say its log is
// incomplete, and hold a snapshot read until released.
type fakeGraph struct {
	mu       sync.Mutex
	version  string
	complete bool
	down     bool
	optedOut map[string]bool
	hold     chan struct{} // when set, ReadSnapshot waits for it to close
	reads    int
}

var errDown = errors.New("connection refused")

func newFakeGraph() *fakeGraph {
	return &fakeGraph{version: "e:1", complete: true, optedOut: map[string]bool{}}
}

func (g *fakeGraph) set(f func(*fakeGraph)) {
	g.mu.Lock()
	defer g.mu.Unlock()
	f(g)
}

func (g *fakeGraph) people() []neo4jstore.SnapshotProfessional {
	at := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	var out []neo4jstore.SnapshotProfessional
	for _, p := range []struct{ id, prof string }{{"x:pam", "pharmacist"}, {"x:phil", "pharmacist"}, {"x:nora", "nurse"}} {
		out = append(out, neo4jstore.SnapshotProfessional{ID: p.id, Profession: p.prof, OptedOut: g.optedOut[p.id],
			FirstSeen: at, LastSeen: at, Communities: []string{"We"}, Name: p.id})
	}
	return out
}

func (g *fakeGraph) ReadSnapshot(ctx context.Context, sink neo4jstore.SnapshotSink) (string, error) {
	g.mu.Lock()
	hold := g.hold
	g.reads++
	g.mu.Unlock()
	if hold != nil {
		<-hold
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.down {
		return "", errDown
	}
	sink.Begin()
	sink.Community(neo4jstore.SnapshotCommunity{Name: "We", Hashtag: "#we"})
	for _, p := range g.people() {
		sink.Professional(p)
	}
	at := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	// pam brokers between phil and nora.
	for _, t := range [][2]string{{"x:phil", "x:pam"}, {"x:pam", "x:nora"}} {
		sink.Tie(neo4jstore.SnapshotTie{From: t[0], To: t[1], Conversational: 1, FirstAt: at, LastAt: at})
	}
	return g.version, nil
}

func (g *fakeGraph) ChangesSince(ctx context.Context, version string) (neo4jstore.Changes, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.down {
		return neo4jstore.Changes{}, errDown
	}
	c := neo4jstore.Changes{Version: g.version, Complete: g.complete || version == g.version}
	if version != g.version {
		c.Professionals = []string{"x:pam"}
	}
	return c, nil
}

func (g *fakeGraph) ReadChanged(ctx context.Context, professionals, chats []string, known neo4jstore.Known) (*neo4jstore.ChangedRows, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.down {
		return nil, errDown
	}
	rows := &neo4jstore.ChangedRows{}
	at := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, p := range g.people() {
		if p.ID == "x:pam" {
			rows.Professionals = append(rows.Professionals, p)
		}
	}
	rows.Ties = append(rows.Ties, neo4jstore.SnapshotTie{From: "x:pam", To: "x:nora", Conversational: 1, FirstAt: at, LastAt: at})
	return rows, nil
}

var fakeQuery = domain.ConnectorQuery{Between: "pharmacist", And: "nurse",
	Window: domain.Window{Since: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}, First: 10}

func connectorIDs(m *readmodel.Model) []string {
	var out []string
	for _, c := range m.Connectors(fakeQuery) {
		out = append(out, c.Professional.ID)
	}
	return out
}

// Before the first model there is none (and Ready says so); with the
// graph down afterwards, the model keeps answering, saying it may be
// behind; when the graph is back it is current again.
func TestModelAnswersWhileTheGraphIsDown(t *testing.T) {
	ctx := context.Background()
	g := newFakeGraph()
	release := make(chan struct{})
	g.hold = release
	live := readmodel.NewLive(ctx, g, g, slog.New(slog.DiscardHandler))
	if live.Ready() || live.Model() != nil {
		t.Fatal("a model before any was built")
	}
	live.Start()
	if live.Ready() || !strings.Contains(live.Status(), "building the first model") {
		t.Fatalf("while the first model builds: ready %v, status %q", live.Ready(), live.Status())
	}
	close(release)
	live.Wait()
	m := live.Model()
	if m == nil || strings.Join(connectorIDs(m), ",") != "x:pam" {
		t.Fatalf("first model: %v", m)
	}
	if f := live.Freshness(m); f.Behind || f.Version != "e:1" || f.Graph != "e:1" {
		t.Errorf("freshness of the first model = %+v", f)
	}

	g.set(func(g *fakeGraph) { g.down = true })
	if err := live.Update(ctx); err == nil {
		t.Error("an update with the graph down said nothing")
	}
	if live.Model() != m || strings.Join(connectorIDs(live.Model()), ",") != "x:pam" {
		t.Error("the model stopped answering while the graph was down")
	}
	if f := live.Freshness(m); !f.Behind || !strings.Contains(f.Reason, "does not answer") || f.Version != "e:1" {
		t.Errorf("freshness with the graph down = %+v", f)
	}
	if !strings.HasPrefix(live.Status(), "behind: the graph does not answer") {
		t.Errorf("status with the graph down = %q", live.Status())
	}

	g.set(func(g *fakeGraph) { g.down = false })
	if err := live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	if f := live.Freshness(live.Model()); f.Behind {
		t.Errorf("freshness with the graph back = %+v", f)
	}
}

// A change the log cannot describe, twice in a row, is read from a
// snapshot in the background while the current model keeps answering; an
// opt-out made meanwhile is applied to the model that replaces it, ahead
// of its change.
func TestRebuildKeepsAnswering(t *testing.T) {
	ctx := context.Background()
	live, g := mustBuildFake(t)
	old := live.Model()
	release := make(chan struct{})
	g.set(func(g *fakeGraph) { g.version, g.complete, g.hold = "e:5", false, release })
	// The first check that finds the log incomplete looks again before
	// it rebuilds: a write committing during the read can do that once.
	if err := live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	if live.Model() != old || strings.Contains(live.Status(), "rebuilding") || g.reads != 1 {
		t.Fatalf("after one incomplete look: the model changed (%v), status %q, %d snapshot reads", live.Model() != old, live.Status(), g.reads)
	}
	if err := live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	if live.Model() != old || !strings.Contains(live.Status(), "rebuilding") {
		t.Fatalf("while rebuilding: the model changed (%v), status %q", live.Model() != old, live.Status())
	}
	if f := live.Freshness(old); !f.Behind || f.Graph != "e:5" {
		t.Errorf("freshness while rebuilding = %+v", f)
	}
	// pam opts out through this server while the snapshot is read (which
	// read the graph before her choice).
	live.Override("x:pam", true, "e:6")
	if ids := connectorIDs(live.Model()); len(ids) != 0 {
		t.Errorf("pam opted out, connectors %v", ids)
	}
	close(release)
	live.Wait()
	m := live.Model()
	if m == old || m.Version != "e:5" {
		t.Fatalf("after the rebuild: version %s, same model %v", m.Version, m == old)
	}
	if ids := connectorIDs(m); len(ids) != 0 {
		t.Errorf("the rebuilt model shows pam, who opted out after its snapshot: %v", ids)
	}
	// Once her change is in the graph's version the override is dropped:
	// the graph's row (here: not opted out) decides.
	g.set(func(g *fakeGraph) { g.version, g.complete, g.hold = "e:6", true, nil })
	if err := live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	if ids := connectorIDs(live.Model()); len(ids) != 1 {
		t.Errorf("after her change was taken in, connectors %v", ids)
	}
}

// A log that looks incomplete once and complete at the next check (a
// write committed while it was read) is taken in place: no snapshot is
// read for it.
func TestIncompleteLogOnceIsLookedAtAgain(t *testing.T) {
	ctx := context.Background()
	live, g := mustBuildFake(t)
	g.set(func(g *fakeGraph) { g.version, g.complete = "e:2", false })
	if err := live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	g.set(func(g *fakeGraph) { g.complete = true })
	if err := live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	live.Wait()
	if m := live.Model(); m.Version != "e:2" || g.reads != 1 {
		t.Errorf("model %s after %d snapshot reads; want e:2 taken in place after the one first read", m.Version, g.reads)
	}
	if f := live.Freshness(live.Model()); f.Behind {
		t.Errorf("freshness after the change was taken in: %+v", f)
	}
}
