package neo4jstore

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"testing"
	"time"

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

// A batch far slower per row than the usual pace of those before it is
// slow; the first batches, short batches and ordinary variation are not,
// and after a slow batch the pace is learnt again.
func TestPlanGuard(t *testing.T) {
	var g planGuard
	ms := time.Millisecond
	// The first batches are not judged, however slow.
	for i, took := range []time.Duration{30 * time.Second, 400 * ms, 500 * ms, 450 * ms, 600 * ms} {
		if slow, _ := g.observe(took, 1000); slow {
			t.Fatalf("batch %d (%s) judged before the pace is known", i, took)
		}
	}
	// The median of 30s, 400ms, 450ms, 500ms, 600ms is 500ms a thousand rows.
	if slow, _ := g.observe(3*time.Second, 1000); slow {
		t.Error("6× the usual pace judged slow; want only more than 8×")
	}
	// A file's last batch of 18 rows in 2.7s: its transaction's fixed cost
	// over few rows, not a plan gone bad.
	if slow, _ := g.observe(2700*ms, 18); slow {
		t.Error("a batch of a few rows judged slow by its time per row")
	}
	slow, usual := g.observe(10*time.Second, 1000)
	if !slow {
		t.Fatal("16× the usual pace not judged slow")
	}
	if usual < 400*ms || usual > 700*ms {
		t.Errorf("usual pace for 1000 rows %s, want about 600ms (the median with the 3s batch)", usual)
	}
	// The pace is learnt again after a re-plan: the next batches are not
	// judged against the old one.
	for i := range guardMinBatches {
		if slow, _ := g.observe(10*time.Second, 1000); slow {
			t.Fatalf("batch %d after the re-plan judged before the new pace is known", i)
		}
	}
	if slow, _ := g.observe(10*time.Second, 1000); slow {
		t.Error("the new usual pace judged slow")
	}
	if slow, _ := g.observe(0, 0); slow {
		t.Error("an empty batch judged slow")
	}
}

// A batch under the floor is not judged, however slow per row: a pause
// of the JVM or of a shared machine is not a plan.
func TestPlanGuardFloor(t *testing.T) {
	var g planGuard
	ms := time.Millisecond
	for range guardMinBatches {
		g.observe(100*ms, 1000)
	}
	if slow, _ := g.observe(1900*ms, 1000); slow {
		t.Error("19× the usual pace in 1.9s judged slow; the floor is 2s")
	}
	if slow, _ := g.observe(2100*ms, 1000); !slow {
		t.Error("21× the usual pace in 2.1s not judged slow")
	}
}

// After a slow batch, every kept statement is planned afresh on its next
// run through the store; each operation's batches are judged against their
// own pace.
func TestSlowBatchReplans(t *testing.T) {
	s := &Store{log: slog.New(slog.DiscardHandler)}
	var ran []string
	tx := replanningTx{ManagedTransaction: recordingTx{ran: &ran}, replanned: &s.replanned}
	kept := keepPlan + "RETURN 1"
	tx.Run(context.Background(), kept, nil)
	for range guardMinBatches {
		s.judgePace("load.posts", time.Second, 1000)
		s.judgePace("load.refreshChats", 20*time.Second, 1000)
	}
	tx.Run(context.Background(), kept, nil)
	// At the refresh's own pace, not the posts'.
	s.judgePace("load.refreshChats", 30*time.Second, 1000)
	tx.Run(context.Background(), kept, nil)
	s.judgePace("load.posts", time.Minute, 1000)
	tx.Run(context.Background(), kept, nil)
	tx.Run(context.Background(), kept, nil)
	want := []string{"CYPHER replan=force RETURN 1", kept, kept, "CYPHER replan=force RETURN 1", kept}
	if !slices.Equal(ran, want) {
		t.Errorf("ran %q, want %q", ran, want)
	}
}
