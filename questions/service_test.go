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
	b.Community("We")
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
