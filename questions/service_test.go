package questions

import (
	"context"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/readmodel"
)

// models is a read model the test sets: none, or one with its freshness.
type models struct {
	m *readmodel.Model
	f domain.Freshness
}

func (s *models) Model() *readmodel.Model                     { return s.m }
func (s *models) Freshness(*readmodel.Model) domain.Freshness { return s.f }
func (s *models) Override(id string, optedOut bool, v string) {}

// Before the first model, the whole-graph questions answer UNAVAILABLE at
// once, asking nothing of Neo4j (the store here is nil: a call would
// panic); with a model they answer from it and note its freshness.
func TestQuestionsAnswerFromTheModelOnly(t *testing.T) {
	ms := &models{}
	svc := New(nil, ms)
	w := domain.Window{Since: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}
	asks := map[string]func(ctx context.Context) error{
		"connectors": func(ctx context.Context) error {
			_, err := svc.Connectors(ctx, domain.ConnectorQuery{Between: "nurse", And: "pharmacist", Window: w, First: 5})
			return err
		},
		"suggestPeers": func(ctx context.Context) error {
			_, err := svc.SuggestPeers(ctx, []string{"x:a"}, domain.PeerQuery{Window: w, First: 5})
			return err
		},
		"isolatedMembers": func(ctx context.Context) error {
			_, err := svc.IsolatedMembers(ctx, domain.IsolationQuery{Community: "We", Window: w, Page: domain.Page{First: 5}})
			return err
		},
		"professionLinks": func(ctx context.Context) error {
			_, err := svc.ProfessionLinks(ctx, domain.LinkQuery{Window: w})
			return err
		},
	}
	for name, ask := range asks {
		start := time.Now()
		if err := ask(context.Background()); domain.ErrorCode(err) != domain.EUNAVAILABLE {
			t.Errorf("%s with no model: %v, want UNAVAILABLE", name, err)
		}
		if took := time.Since(start); took > 100*time.Millisecond {
			t.Errorf("%s with no model took %s", name, took)
		}
	}
	b := readmodel.NewBuilder()
	b.Community(neo4jstore.SnapshotCommunity{Name: "We", Hashtag: "#we"})
	b.Professional(neo4jstore.SnapshotProfessional{ID: "x:a", Profession: "nurse", Communities: []string{"We"}})
	ms.m = b.Finish("e:3")
	ms.f = domain.Freshness{Version: "e:3", Graph: "e:4", Behind: true, Reason: "the graph has changes this model has not taken in yet"}
	for name, ask := range asks {
		ctx, note := domain.WithFreshnessNote(context.Background())
		err := ask(ctx)
		if name == "isolatedMembers" {
			if domain.ErrorCode(err) != "" {
				t.Errorf("%s: %v", name, err)
			}
		} else if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if f := note.Get(); f == nil || *f != ms.f {
			t.Errorf("%s: freshness noted %+v, want %+v", name, f, ms.f)
		}
	}
}

// The whole-graph questions are computed once per model and query: asked
// again the same, the model's kept answer comes back; asked with any field
// of the query different, an answer of its own; and a model that takes
// the place of another answers from itself.
func TestKeptAnswersAreTheQuerysOwn(t *testing.T) {
	at := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	model := func(version string) *readmodel.Model {
		b := readmodel.NewBuilder()
		b.Community(neo4jstore.SnapshotCommunity{Name: "We", Hashtag: "#we"})
		for _, p := range []struct{ id, prof string }{{"x:pam", "pharmacist"}, {"x:phil", "pharmacist"}, {"x:nora", "nurse"}, {"x:nat", "nurse"}} {
			b.Professional(neo4jstore.SnapshotProfessional{ID: p.id, Profession: p.prof, Communities: []string{"We"}, FirstSeen: at, LastSeen: at})
		}
		for _, t := range [][2]string{{"x:phil", "x:pam"}, {"x:pam", "x:nora"}, {"x:nat", "x:nora"}} {
			b.Tie(neo4jstore.SnapshotTie{From: t[0], To: t[1], Conversational: 1, FirstAt: at, LastAt: at})
		}
		return b.Finish(version)
	}
	ms := &models{m: model("e:1")}
	svc := New(nil, ms)
	ctx := context.Background()
	w := domain.Window{Since: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}
	q := domain.ConnectorQuery{Between: "pharmacist", And: "nurse", Window: w, First: 5}
	first, err := svc.Connectors(ctx, q)
	if err != nil || len(first) == 0 {
		t.Fatalf("connectors: %v, %v", first, err)
	}
	again, _ := svc.Connectors(ctx, q)
	if &again[0] != &first[0] {
		t.Error("the same query asked again was computed again; want the model's kept answer")
	}
	for name, other := range map[string]domain.ConnectorQuery{
		"First":  {Between: "pharmacist", And: "nurse", Window: w, First: 1},
		"Window": {Between: "pharmacist", And: "nurse", Window: domain.Window{Since: w.Since, Until: w.Until.Add(time.Second)}, First: 5},
		"And":    {Between: "pharmacist", And: "pharmacist", Window: w, First: 5},
	} {
		got, err := svc.Connectors(ctx, other)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(got) > 0 && &got[0] == &first[0] {
			t.Errorf("a query with another %s shared the first query's answer", name)
		}
		for _, c := range got {
			if c.Query != other {
				t.Errorf("a query with another %s answered with connectors of the query %+v", name, c.Query)
			}
		}
	}
	ms.m = model("e:2")
	if next, _ := svc.Connectors(ctx, q); len(next) == 0 || &next[0] == &first[0] {
		t.Error("a new model answered with the old model's kept answer")
	}
	// Links and isolation go the same way.
	lq := domain.LinkQuery{Window: w}
	l1, _ := svc.ProfessionLinks(ctx, lq)
	l2, _ := svc.ProfessionLinks(ctx, lq)
	l3, _ := svc.ProfessionLinks(ctx, domain.LinkQuery{Window: w, LeaveOut: []string{"nurse"}})
	if len(l1) == 0 || &l2[0] != &l1[0] || &l3[0] == &l1[0] {
		t.Error("profession links: kept answers not the query's own")
	}
	iq := domain.IsolationQuery{Community: "We", Window: w, Page: domain.Page{First: 5}}
	i1, _ := svc.IsolatedMembers(ctx, iq)
	i2, _ := svc.IsolatedMembers(ctx, iq)
	i3, _ := svc.IsolatedMembers(ctx, domain.IsolationQuery{Community: "We", Window: w, Page: domain.Page{First: 2}})
	if i1 == nil || i2 != i1 || i3 == i1 {
		t.Error("isolated members: kept answers not the query's own")
	}
	// A page of 100 reports with 100 suggestions each is too large to keep.
	big := domain.IsolationQuery{Community: "We", Window: w, Page: domain.Page{First: 100}, Suggestions: 100}
	b1, _ := svc.IsolatedMembers(ctx, big)
	b2, _ := svc.IsolatedMembers(ctx, big)
	if b1 == nil || b1 == b2 {
		t.Error("a page of 100 reports with 100 suggestions each was kept")
	}
}
