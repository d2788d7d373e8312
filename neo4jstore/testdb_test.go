package neo4jstore_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// Tests empty only a database marked as a test database: one holding data
// without the mark (the one `make run` fills) is refused and left as it
// was; a vouched-for one is emptied and marked; a marked one is emptied.
func TestResetForTestsRefusesAnUnmarkedDatabase(t *testing.T) {
	store := storetest.MustOpen(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// A driver of the test's own, for the statements no store method makes.
	driver, err := neo4j.NewDriverWithContext(store.URI(), neo4j.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	defer driver.Close(ctx)
	exec := func(cypher string) int {
		t.Helper()
		res, err := neo4j.ExecuteQuery(ctx, driver, cypher, nil, neo4j.EagerResultTransformer)
		if err != nil {
			t.Fatalf("%s: %v", cypher, err)
		}
		if len(res.Records) == 1 {
			n, _ := res.Records[0].Values[0].(int64)
			return int(n)
		}
		return 0
	}
	count := func() int { return exec("MATCH (n:Keep) RETURN count(n)") }

	exec("DROP INDEX peergraph_test_database IF EXISTS")
	t.Cleanup(func() { store.ResetForTests(context.Background(), true) })
	exec("CREATE (:Keep {name: 'a real member'})")
	err = store.ResetForTests(ctx, false)
	if err == nil || !strings.Contains(err.Error(), "not marked as a test database") {
		t.Fatalf("reset of an unmarked database with data = %v, want a refusal", err)
	}
	if n := count(); n != 1 {
		t.Fatalf("the refused reset left %d nodes of 1", n)
	}
	if err := store.ResetForTests(ctx, true); err != nil {
		t.Fatal(err)
	}
	if marked, err := store.MarkedForTests(ctx); err != nil || !marked || count() != 0 {
		t.Fatalf("after a vouched reset: marked %v (%v), %d nodes", marked, err, count())
	}
	exec("CREATE (:Keep)")
	if err := store.ResetForTests(ctx, false); err != nil || count() != 0 {
		t.Fatalf("reset of a marked database: %v, %d nodes left", err, count())
	}
}
