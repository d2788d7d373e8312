package analysis

import (
	"math/rand/v2"
	"time"
)

// sourceOrder is the nodes in a seeded uniform random order, shuffled only
// as far as asked: any prefix of it is a uniform sample without
// replacement (a partial Fisher–Yates shuffle, as networkx's k draws
// one), so a run may stop wherever its budget says and still hold one.
type sourceOrder struct {
	nodes    []int32
	r        *rand.Rand
	shuffled int
}

// newSourceOrder orders n nodes; stream keeps the draws of different
// measures independent for the same seed.
func newSourceOrder(n int, seed, stream uint64) *sourceOrder {
	nodes := make([]int32, n)
	for i := range nodes {
		nodes[i] = int32(i)
	}
	return &sourceOrder{nodes: nodes, r: rand.New(rand.NewPCG(seed, stream))}
}

// prefix is the first k sources of the order (k at most n).
func (s *sourceOrder) prefix(k int) []int32 {
	n := len(s.nodes)
	for ; s.shuffled < k && s.shuffled < n; s.shuffled++ {
		j := s.shuffled + s.r.IntN(n-s.shuffled)
		s.nodes[s.shuffled], s.nodes[j] = s.nodes[j], s.nodes[s.shuffled]
	}
	return s.nodes[:k]
}

// defaultProbe is how many sources a budgeted run times first: 8 a
// worker, at least 32.
func defaultProbe(workers int) int { return max(32, 8*workers) }

// walkWithin walks sources [0, n) in chunks, by walk(from, to, total) with
// total the sources the run now expects to walk, until the time per source
// so far says the rest would overrun budget: every source when the whole
// run fits, else as many as fit, never fewer than the first chunk (probe).
// It plans again after each chunk from the rate achieved: a short probe on
// a busy machine can run faster than the long run will (a process that has
// slept is scheduled first for a while). cost, when set, replaces the
// measured time per source (tests: the choice without timing). It returns
// how many sources it walked and the time per source it last planned with.
func walkWithin(budget time.Duration, n, probe int, cost func(time.Duration) time.Duration, walk func(from, to, total int) error) (int, time.Duration, error) {
	began := time.Now()
	walked, total := 0, n
	var per time.Duration
	for next := min(probe, n); walked < total; {
		if err := walk(walked, next, total); err != nil {
			return walked, per, err
		}
		walked = next
		per = time.Since(began) / time.Duration(walked)
		if cost != nil {
			per = cost(per)
		}
		total = n
		if per > 0 && per*time.Duration(n) > budget {
			total = int(min(int64(n), max(int64(walked), int64(budget/per))))
		}
		next = min(total, walked+max(probe, (total-walked)/8))
	}
	return walked, per, nil
}
