package graph_test

import (
	"context"
	"log/slog"
	"testing"

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
