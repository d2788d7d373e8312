// Package storetest gives tests a real Neo4j: by default the one `make test`
// starts on the test port (7688, or PEERGRAPH_TEST_DB_PORT), or the one
// NEO4J_URI names. Tests that need it skip when it does not answer, unless
// PEERGRAPH_REQUIRE_NEO4J is true (as `make test` sets), where they fail:
// CI must never pass by skipping the database.
//
// Tests empty the database they use, so they only ever use one marked as a
// test database (neo4jstore.ResetForTests): an empty one, one already
// marked, or the one PEERGRAPH_TEST_DATABASE names (the URI `make test`
// started). A database holding anything else, such as the one `make run`
// fills on 7687, is refused.
package storetest

import (
	"context"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/internal/env"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/profession"
)

// DefaultTestPort is where `make test` runs its Neo4j.
const DefaultTestPort = "7688"

// Config is the test database's address: NEO4J_URI when set, else the test
// port on 127.0.0.1 (never the 7687 of `make run`).
func Config(t testing.TB) neo4jstore.Config {
	t.Helper()
	cfg, err := neo4jstore.ConfigFromEnv(func(k string) string {
		if k == "PEERGRAPH_DB_PORT" {
			if p := os.Getenv("PEERGRAPH_TEST_DB_PORT"); p != "" {
				return p
			}
			return DefaultTestPort
		}
		return os.Getenv(k)
	})
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// MustOpen returns a store on an emptied database with the schema in place.
// The database is shared, so packages that use it run one at a time
// (`go test -p 1`, as `make test` does). NEO4J_URI is set to it for the
// rest of the test, so that commands the test runs in process or as a
// child (the server, the loader) reach the same database.
func MustOpen(t testing.TB) *neo4jstore.Store {
	t.Helper()
	return MustOpenObserved(t, nil)
}

// MustOpenObserved is MustOpen with an observer of every database call, for
// tests that count round trips.
func MustOpenObserved(t testing.TB, observe neo4jstore.Observer) *neo4jstore.Store {
	t.Helper()
	cfg := Config(t)
	if os.Getenv("NEO4J_URI") == "" {
		t.Setenv("NEO4J_URI", cfg.URI)
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
	require, perr := env.Bool(os.Getenv, "PEERGRAPH_REQUIRE_NEO4J", false)
	if perr != nil {
		t.Fatal(perr)
	}
	// Without a Neo4j required, a test skips soon; with one required (make
	// test, CI), a Neo4j that is up but slow to answer on a busy machine is
	// waited for, with backoff, rather than failed after one try.
	ping, wait := store.Ping, 5*time.Second
	if require {
		ping, wait = store.WaitReady, time.Minute
	}
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	if err := ping(ctx); err != nil {
		if require {
			t.Fatalf("neo4j at %s does not answer (run `make test`, or start one on the test port): %v", cfg.URI, err)
		}
		t.Skipf("neo4j at %s does not answer (`make test` starts one; PEERGRAPH_REQUIRE_NEO4J=true fails instead of skipping): %v", cfg.URI, err)
	}
	MustReset(t, store)
	ctx, cancel = context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	if err := store.EnsureSchema(ctx, profession.DefaultTable().Professions()); err != nil {
		t.Fatalf("ensure schema: %v", err)
	}
	return store
}

// MustReset empties the database behind store, which must be a test
// database (see the package comment).
func MustReset(t testing.TB, store *neo4jstore.Store) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	vouched := os.Getenv("PEERGRAPH_TEST_DATABASE") != "" && os.Getenv("PEERGRAPH_TEST_DATABASE") == store.URI()
	if err := store.ResetForTests(ctx, vouched); err != nil {
		t.Fatalf("reset neo4j: %v", err)
	}
}

// MustQuery runs a read statement on the database the tests use and returns
// its rows, each by column name: for tests that check the graph itself.
func MustQuery(t testing.TB, cypher string, params map[string]any) []map[string]any {
	t.Helper()
	cfg := Config(t)
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
