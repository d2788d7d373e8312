package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// testDatabaseMarker names the index that marks a database as one tests may
// empty. An index rather than a node: it outlives DeleteAll and counts as no
// data, so no fingerprint or count of the graph sees it.
const testDatabaseMarker = "peergraph_test_database"

// MarkedForTests says whether the database carries the test marker.
func (s *Store) MarkedForTests(ctx context.Context) (bool, error) {
	return readTx(ctx, s, "testdb.marked", func(ctx context.Context, tx neo4j.ManagedTransaction) (bool, error) {
		n, err := single[int](ctx, tx, `SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS n`, map[string]any{"name": testDatabaseMarker})
		return n > 0, err
	})
}

// ResetForTests empties the database for a test, and refuses unless the
// database is marked as a test database. An empty database is marked on the
// spot (there is nothing to lose), and so is one the caller vouches for
// (vouched: the test harness named this database as its own). Anything
// else, such as the database `make run` fills, is left alone with an error
// saying why.
func (s *Store) ResetForTests(ctx context.Context, vouched bool) error {
	marked, err := s.MarkedForTests(ctx)
	if err != nil {
		return fmt.Errorf("test database check: %w", err)
	}
	if !marked {
		empty, err := readTx(ctx, s, "testdb.empty", func(ctx context.Context, tx neo4j.ManagedTransaction) (bool, error) {
			n, err := single[int](ctx, tx, `MATCH (n) WITH n LIMIT 1 RETURN count(n) AS n`, nil)
			return n == 0, err
		})
		if err != nil {
			return fmt.Errorf("test database check: %w", err)
		}
		if !empty && !vouched {
			return fmt.Errorf("neo4j at %s holds data and is not marked as a test database; tests empty the database they use, so they leave this one alone. "+
				"Point NEO4J_URI at a test database (`make test` starts one on port 7688), or empty this one with `loader reset --yes` if it may be lost", s.cfg.URI)
		}
		_, err = writeTx(ctx, s, "testdb.mark", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
			return struct{}{}, run(ctx, tx, "CREATE INDEX "+testDatabaseMarker+" IF NOT EXISTS FOR (n:PeergraphTestDatabase) ON (n.marker)", nil)
		})
		if err != nil {
			return fmt.Errorf("marking the test database: %w", err)
		}
	}
	return s.DeleteAll(ctx)
}
