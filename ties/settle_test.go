package ties

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/peergraph/peergraph/neo4jstore"
)

// versionStore is a graph whose data version the test sets; it answers
// nothing else.
type versionStore struct {
	Store
	mu      sync.Mutex
	version string
	builds  int
}

func (s *versionStore) set(v string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.version = v
}

func (s *versionStore) DataVersion(context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.version, nil
}

func (s *versionStore) ReadSnapshot(_ context.Context, sink neo4jstore.SnapshotSink) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.builds++
	sink.Begin()
	return s.version, nil
}

func (s *versionStore) buildCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.builds
}

// While a load bumps the version at every batch, the background checks
// (Run's and requests') leave the model stale without rebuilding it; once
// the version holds still for a check, it is rebuilt. The first model and
// an explicit Check do not wait.
func TestRebuildWaitsForTheVersionToSettle(t *testing.T) {
	ctx := context.Background()
	s := &versionStore{version: "e:1"}
	r := New(ctx, s, s, slog.New(slog.DiscardHandler))
	steps := []struct {
		name       string
		version    string
		settle     bool
		wantBuilds int
		current    bool
	}{
		{"the first model is built at once", "e:1", true, 1, true},
		{"a load's first batch", "e:2", true, 1, false},
		{"its next batch", "e:3", true, 1, false},
		{"and the next", "e:4", true, 1, false},
		{"the version held still: rebuilt", "e:4", true, 2, true},
		{"a later write", "e:5", true, 2, false},
		{"an explicit check rebuilds at once", "e:6", false, 3, true},
	}
	for _, st := range steps {
		s.set(st.version)
		if err := r.check(ctx, 0, st.settle); err != nil {
			t.Fatal(err)
		}
		r.Wait()
		if got := s.buildCount(); got != st.wantBuilds {
			t.Errorf("%s: %d builds, want %d", st.name, got, st.wantBuilds)
		}
		r.checkedAt.Store(time.Now().UnixNano()) // current() must not check again
		if got := r.current(ctx) != nil; got != st.current {
			t.Errorf("%s: current = %v, want %v (status %q)", st.name, got, st.current, r.Status())
		}
	}
}
