package readmodel_test

import (
	"context"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/readmodel"
)

// mustBuildFake is a live model built from a new fake graph.
func mustBuildFake(t *testing.T) (*readmodel.Live, *fakeGraph) {
	t.Helper()
	g := newFakeGraph()
	live := readmodel.NewLive(context.Background(), g, g, slog.New(slog.DiscardHandler))
	if err := live.Build(context.Background()); err != nil {
		t.Fatal(err)
	}
	return live, g
}

// countingConnectors is the fake graph's connectors question, counting how
// often it is computed and on which models.
type countingConnectors struct {
	computed atomic.Int32
	mu       sync.Mutex
	on       []*readmodel.Model
}

func (c *countingConnectors) ask(m *readmodel.Model) ([]string, error) {
	return readmodel.Answer(m, "connectors pharmacist nurse", func(m *readmodel.Model) ([]string, error) {
		c.computed.Add(1)
		c.mu.Lock()
		c.on = append(c.on, m)
		c.mu.Unlock()
		return connectorIDs(m), nil
	})
}

// A model computes a question once however often and however many ask it
// at once; the model that takes its place after a change has the answer
// computed afresh before anyone asks it, and it is that model's answer.
func TestAnswersAreKeptPerModelAndWarmedForTheNext(t *testing.T) {
	ctx := context.Background()
	live, g := mustBuildFake(t)
	first := live.Model()
	var c countingConnectors
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if ids, err := c.ask(first); err != nil || strings.Join(ids, ",") != "x:pam" {
				t.Errorf("connectors = %v, %v", ids, err)
			}
		}()
	}
	wg.Wait()
	if n := c.computed.Load(); n != 1 {
		t.Fatalf("8 asks of one model computed it %d times; want once", n)
	}

	// pam is refreshed: the fake's change names her, her rows read again.
	g.set(func(g *fakeGraph) { g.version = "e:2" })
	if err := live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	next := live.Model()
	if next == first || next.Version != "e:2" {
		t.Fatalf("after the change: version %s, same model %v", next.Version, next == first)
	}
	if n := c.computed.Load(); n != 2 || c.on[1] != next {
		t.Fatalf("computed %d times (last on the new model: %v); want the new model's answer computed before it was installed", n, c.on[len(c.on)-1] == next)
	}
	if ids, err := c.ask(next); err != nil || strings.Join(ids, ",") != "x:pam" || c.computed.Load() != 2 {
		t.Errorf("the new model's answer = %v, %v after %d computations", ids, err, c.computed.Load())
	}
}

// An opt-out gives a model of its own, whose answers are its own: the
// professional who opted out is not in an answer kept from before.
func TestOptOutIsNotAnsweredFromKeptAnswers(t *testing.T) {
	live, _ := mustBuildFake(t)
	var c countingConnectors
	if ids, _ := c.ask(live.Model()); !slices.Equal(ids, []string{"x:pam"}) {
		t.Fatalf("before the opt-out: %v", ids)
	}
	live.Override("x:pam", true, "e:2")
	if ids, _ := c.ask(live.Model()); len(ids) != 0 {
		t.Errorf("pam opted out, the answer still names %v", ids)
	}
}

// A failed computation is not kept: the next ask computes again.
func TestFailedAnswersAreNotKept(t *testing.T) {
	live, _ := mustBuildFake(t)
	m := live.Model()
	calls := 0
	ask := func() error {
		_, err := readmodel.Answer(m, "isolated We", func(*readmodel.Model) (*domain.IsolationConnection, error) {
			calls++
			return nil, domain.NoCommunity("We")
		})
		return err
	}
	for range 2 {
		var e *domain.Error
		if err := ask(); !errors.As(err, &e) || e.Code != domain.ENOTFOUND {
			t.Fatalf("ask = %v", err)
		}
	}
	if calls != 2 {
		t.Errorf("a failing question was computed %d times for two asks; want each ask to compute", calls)
	}
}

// A computation that panics leaves no one waiting on it: the key is free
// for the next ask, which computes again.
func TestPanickedAnswerIsNotKept(t *testing.T) {
	live, _ := mustBuildFake(t)
	m := live.Model()
	func() {
		defer func() {
			if recover() == nil {
				t.Error("the panic did not reach the asker")
			}
		}()
		_, _ = readmodel.Answer(m, "links", func(*readmodel.Model) (int, error) { panic("a bug") })
	}()
	if v, err := readmodel.Answer(m, "links", func(*readmodel.Model) (int, error) { return 7, nil }); v != 7 || err != nil {
		t.Errorf("after a panic, the next ask = %v, %v; want it computed", v, err)
	}
}
