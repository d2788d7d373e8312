// Package storetest gives tests a real Neo4j: the one `make db` starts, or
// the one NEO4J_URI names. Tests that need it skip when it does not answer,
// unless PEERGRAPH_REQUIRE_NEO4J=1 (as `make test` sets), where they fail:
// CI must never pass by skipping the database.
package storetest

import (
	"context"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/profession"
)

// MustOpen returns a store on an emptied database with the schema in place.
// The database is shared, so packages that use it run one at a time
// (`go test -p 1`, as `make test` does).
func MustOpen(t testing.TB) *neo4jstore.Store {
	t.Helper()
	return MustOpenObserved(t, nil)
}

// MustOpenObserved is MustOpen with an observer of every database call, for
// tests that count round trips.
func MustOpenObserved(t testing.TB, observe neo4jstore.Observer) *neo4jstore.Store {
	t.Helper()
	cfg, err := neo4jstore.ConfigFromEnv(os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("PEERGRAPH_NEO4J_TIMEOUT") == "" {
		// Tests check answers, not speed: on a busy two-core machine a load
		// batch can take longer than the server's 10 s, as the loader's own
		// 5 minutes allow. Tests of deadlines give their own contexts.
		cfg.Timeout = time.Minute
	}
	store, err := neo4jstore.Open(cfg, slog.New(slog.DiscardHandler), observe)
	if err != nil {
		t.Fatalf("open neo4j store: %v", err)
	}
	t.Cleanup(func() { store.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := store.Ping(ctx); err != nil {
		if os.Getenv("PEERGRAPH_REQUIRE_NEO4J") == "1" {
			t.Fatalf("neo4j at %s does not answer (run `make db`): %v", cfg.URI, err)
		}
		t.Skipf("neo4j at %s does not answer (run `make db`, or set PEERGRAPH_REQUIRE_NEO4J=1 to fail): %v", cfg.URI, err)
	}
	MustReset(t, store)
	ctx, cancel = context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	if err := store.EnsureSchema(ctx, profession.DefaultTable().Professions()); err != nil {
		t.Fatalf("ensure schema: %v", err)
	}
	return store
}

// MustReset empties the database behind store.
func MustReset(t testing.TB, store *neo4jstore.Store) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := store.DeleteAll(ctx); err != nil {
		t.Fatalf("reset neo4j: %v", err)
	}
}

// MustQuery runs a read statement on the database the tests use and returns
// its rows, each by column name: for tests that check the graph itself.
func MustQuery(t testing.TB, cypher string, params map[string]any) []map[string]any {
	t.Helper()
	cfg, err := neo4jstore.ConfigFromEnv(os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	var auth neo4j.AuthToken = neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	defer driver.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(cfg.Database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	rows := make([]map[string]any, len(res.Records))
	for i, rec := range res.Records {
		rows[i] = rec.AsMap()
	}
	return rows
}
