package neo4jstore

import (
	"slices"
	"sync"
	"time"
)

// planGuard watches the pace of the loader's batches. The statements they
// run keep their first plan (keepPlan), which is what makes a load fast
// while the graph grows from nothing; but a kept plan that turns out bad
// for the graph the load has grown (one load in three of the 10k bench fell
// to ~160 posts/s for minutes) would stay bad to the end of the load. So
// when a batch takes far longer per row than the batches before it, the
// store plans its kept statements afresh on their next run: a wrong alarm
// costs one round of planning (about a second), a right one saves the rest
// of the load.
type planGuard struct {
	mu      sync.Mutex
	history []float64 // seconds per row of the latest batches, oldest first
}

const (
	// guardWindow is how many of the latest batches make the usual pace.
	guardWindow = 16
	// guardMinBatches is how many batches must be seen before one is judged:
	// the first batches of a load are planned and warmed up.
	guardMinBatches = 5
	// guardFactor is how many times the usual time per row a batch must
	// take to count as pathological; batches vary a few times over with
	// their content and with other work on the machine.
	guardFactor = 8
	// guardFloor is the least time a batch must take to be judged at all:
	// a pause of the JVM or of a shared machine is not a plan.
	guardFloor = 2 * time.Second
)

// observe records a batch of rows that took took, and says whether it was
// much slower than the usual pace (the median of the latest batches), with
// that pace for the batch's rows. After a slow batch the history starts
// again, so the next judgement is against batches run with the new plans.
func (g *planGuard) observe(took time.Duration, rows int) (slow bool, usual time.Duration) {
	if rows <= 0 {
		return false, 0
	}
	perRow := took.Seconds() / float64(rows)
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.history) >= guardMinBatches && took >= guardFloor {
		sorted := slices.Clone(g.history)
		slices.Sort(sorted)
		median := sorted[len(sorted)/2]
		if perRow > guardFactor*median {
			g.history = g.history[:0]
			return true, time.Duration(median * float64(rows) * float64(time.Second))
		}
	}
	g.history = append(g.history, perRow)
	if len(g.history) > guardWindow {
		g.history = slices.Delete(g.history, 0, len(g.history)-guardWindow)
	}
	return false, 0
}
