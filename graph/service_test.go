package graph_test

import (
	"context"
	"log/slog"
	"testing"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/questions"
	"github.com/peergraph/peergraph/readmodel"
)

// serviceOver is the questions service over s, as the server makes it,
// with its read model built from the graph as it is now.
func serviceOver(t testing.TB, s *neo4jstore.Store) *questions.Service {
	t.Helper()
	live := readmodel.NewLive(context.Background(), s, s, slog.New(slog.DiscardHandler))
	if err := live.Build(context.Background()); err != nil {
		t.Fatal(err)
	}
	return questions.New(s, live)
}

// analysisSource is what an analysis run reads and writes, as the server
// gives it: the read model's projection, the store's writes.
type analysisSource struct {
	*questions.Service
	*neo4jstore.Store
}

func (a analysisSource) Projection(ctx context.Context, w domain.Window, community string) (*readmodel.Projection, error) {
	return a.Service.Projection(ctx, w, community)
}
