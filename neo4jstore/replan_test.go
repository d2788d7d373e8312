package neo4jstore

import (
	"context"
	"sync"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// recordingTx keeps the statements it is asked to run.
type recordingTx struct {
	neo4j.ManagedTransaction
	ran *[]string
}

func (t recordingTx) Run(_ context.Context, cypher string, _ map[string]any) (neo4j.ResultWithContext, error) {
	*t.ran = append(*t.ran, cypher)
	return nil, nil
}

// A keepPlan statement is planned afresh on its first run through a store
// only; other statements run as given.
func TestReplanningTx(t *testing.T) {
	var ran []string
	var replanned sync.Map
	tx := replanningTx{ManagedTransaction: recordingTx{ran: &ran}, replanned: &replanned}
	kept := keepPlan + "RETURN 1"
	for _, cypher := range []string{kept, kept, "RETURN 2", kept} {
		tx.Run(context.Background(), cypher, nil)
	}
	want := []string{"CYPHER replan=force RETURN 1", kept, "RETURN 2", kept}
	for i := range want {
		if ran[i] != want[i] {
			t.Errorf("run %d: %q, want %q", i, ran[i], want[i])
		}
	}
}
