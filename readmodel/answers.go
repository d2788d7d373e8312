package readmodel

import (
	"cmp"
	"slices"
	"sync"

	"github.com/peergraph/peergraph/domain"
)

// Answers kept per model. The whole-graph questions (profession links,
// connectors, isolation) take tens of milliseconds of a core at 100k
// members, and a dashboard asks the same few of them again and again, every
// viewer alike. A model never changes, so an answer computed from it holds
// for as long as that model answers; and the model that takes its place
// gets the answers its predecessor was asked most recently computed afresh
// before it is installed (warmFrom), so that the questions being asked do
// not slow down after every load, when the load itself has the cores busy.
//
// Only the computation is shared: access rules and disclosure apply per
// request above the model, which only reads a kept answer (disclosure
// copies what it shows); nothing may change one.

// keptAnswers bounds the answers a model keeps; the least recently asked
// goes first. warmAnswers is how many of them the next model computes
// before it answers.
const (
	keptAnswers = 64
	warmAnswers = 16
)

// answers is one model's kept answers, by the question's key.
type answers struct {
	mu    sync.Mutex
	byKey map[string]*answer
	clock uint64 // counts the asks, to tell the least recently asked
}

// answer is one question's answer, or its computation under way: those
// who ask meanwhile wait for it rather than compute it again.
type answer struct {
	ready   chan struct{}
	v       any
	err     error
	compute func(*Model) (any, error)
	asked   uint64
}

func newAnswers() *answers { return &answers{byKey: map[string]*answer{}} }

// Answer is compute's answer on m, computed once per model for key, which
// must say everything the answer depends on besides the model. Errors
// are not kept.
func Answer[T any](m *Model, key string, compute func(*Model) (T, error)) (T, error) {
	v, err := m.kept.get(m, key, func(m *Model) (any, error) { return compute(m) })
	t, _ := v.(T)
	return t, err
}

func (a *answers) get(m *Model, key string, compute func(*Model) (any, error)) (any, error) {
	a.mu.Lock()
	a.clock++
	if e, ok := a.byKey[key]; ok {
		e.asked = a.clock
		a.mu.Unlock()
		<-e.ready
		return e.v, e.err
	}
	e := &answer{ready: make(chan struct{}), compute: compute, asked: a.clock}
	a.evictLocked()
	a.byKey[key] = e
	a.mu.Unlock()

	finished := false
	defer func() {
		if !finished {
			// compute panicked (the panic goes on up): those waiting get an
			// error rather than waiting for ever, and the key is free.
			e.err = errNoAnswer
			a.forget(key, e)
			close(e.ready)
		}
	}()
	e.v, e.err = compute(m)
	finished = true
	if e.err != nil {
		a.forget(key, e)
	}
	close(e.ready)
	return e.v, e.err
}

var errNoAnswer = &domain.Error{Code: domain.EINTERNAL, Message: "internal error: the answer could not be computed"}

// forget drops e, unless another answer took its key since.
func (a *answers) forget(key string, e *answer) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.byKey[key] == e {
		delete(a.byKey, key)
	}
}

// evictLocked makes room for one more answer: the least recently asked of
// those computed goes.
func (a *answers) evictLocked() {
	if len(a.byKey) < keptAnswers {
		return
	}
	var oldest string
	var at uint64
	for k, e := range a.byKey {
		select {
		case <-e.ready:
		default:
			continue // under way: its askers wait for it
		}
		if oldest == "" || e.asked < at {
			oldest, at = k, e.asked
		}
	}
	if oldest != "" {
		delete(a.byKey, oldest)
	}
}

// recent is up to n of the answers computed without error, the most
// recently asked first.
func (a *answers) recent(n int) (keys []string, computes []func(*Model) (any, error)) {
	a.mu.Lock()
	defer a.mu.Unlock()
	type entry struct {
		key   string
		e     *answer
		asked uint64
	}
	var all []entry
	for k, e := range a.byKey {
		select {
		case <-e.ready:
			if e.err == nil {
				all = append(all, entry{k, e, e.asked})
			}
		default:
		}
	}
	slices.SortFunc(all, func(x, y entry) int { return cmp.Compare(y.asked, x.asked) })
	for _, k := range all[:min(n, len(all))] {
		keys = append(keys, k.key)
		computes = append(computes, k.e.compute)
	}
	return keys, computes
}

// warmFrom computes on m the answers prev was asked most recently, before
// m answers anyone: m is not installed yet, so no one waits on it.
func (m *Model) warmFrom(prev *Model) {
	if prev == nil || prev.kept == m.kept {
		return
	}
	keys, computes := prev.kept.recent(warmAnswers)
	// The least recently asked first, so that m's own order of asking
	// starts as prev's ended.
	for i := len(keys) - 1; i >= 0; i-- {
		_, _ = m.kept.get(m, keys[i], computes[i])
	}
}
