package domain

import (
	"context"
	"sync"
	"time"
)

// Freshness says how current an answer from the read model is: the data
// version it was read at, the graph's as last checked, and whether the
// answer is behind the graph and why. Every answer from the read model
// reports it (GraphQL: the response's extensions.readModel).
type Freshness struct {
	// Version is the data version the answer was read at.
	Version string `json:"version"`
	// Graph is the graph's data version as last read, CheckedAt when.
	Graph     string    `json:"graph"`
	CheckedAt time.Time `json:"checkedAt"`
	// Behind says the graph holds writes the answer does not show (or
	// that the graph could not be asked); Reason says which.
	Behind bool   `json:"behind"`
	Reason string `json:"reason,omitempty"`
}

// FreshnessNote collects the freshness of the answers of one request, for
// the layer that reports them: the least fresh answer is the one reported.
type FreshnessNote struct {
	mu  sync.Mutex
	f   *Freshness
	set bool
}

type freshnessKey struct{}

// WithFreshnessNote gives a request a note its answers' freshness is
// written to.
func WithFreshnessNote(ctx context.Context) (context.Context, *FreshnessNote) {
	n := &FreshnessNote{}
	return context.WithValue(ctx, freshnessKey{}, n), n
}

// NoteFreshness records an answer's freshness on the request's note, if
// it has one: a behind answer wins over a current one, else the first.
func NoteFreshness(ctx context.Context, f Freshness) {
	n, ok := ctx.Value(freshnessKey{}).(*FreshnessNote)
	if !ok {
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if !n.set || (f.Behind && !n.f.Behind) {
		n.f, n.set = &f, true
	}
}

// Get is the freshness noted, nil when no answer came from the read model.
func (n *FreshnessNote) Get() *Freshness {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.f
}

// FreshnessNoteOf is the request's note, nil when it has none.
func FreshnessNoteOf(ctx context.Context) *FreshnessNote {
	n, _ := ctx.Value(freshnessKey{}).(*FreshnessNote)
	return n
}
