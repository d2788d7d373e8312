package neo4jstore

import (
	"slices"
	"sync"
	"time"
)

// planGuard watches the pace of the loader's batches. The statements they
// run keep their first plan (keepPlan), which is what makes a load fast
// while the graph grows from nothing; but a kept plan that turns out bad
// for the graph the load has grown would stay bad to the end of the load
// (the one seen, a scan of every chat per batch, is now ruled out by index
// seek hints; see keepPlan). So
// when a batch takes far longer per row than the batches before it, the
// store plans its kept statements afresh on their next run: a wrong alarm
// costs one round of planning (about a second), a right one saves the rest
// of the load.
type planGuard struct {
	mu      sync.Mutex
	history []batchPace // the latest batches, oldest first
}

type batchPace struct {
	perRow float64 // seconds per row
	rows   int
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
	// guardSmallest is the least size, against the usual batch, of a batch
	// that is judged: a batch's time is a fixed cost per transaction plus a
	// cost per row, so a batch of a few rows (a file's last) looks many times
	// slower per row with no plan gone bad (seen: 18 rows in 2.7 s on a busy
	// machine, judged 8× slow).
	guardSmallest = 0.5
)

// observe records a batch of rows that took took, and says whether it was
// much slower than the usual pace (the median of the latest batches), with
// that pace for the batch's rows. A batch much smaller than the usual
// ones is neither judged nor counted in the pace. After a slow batch the history starts again, so the next
// judgement is against batches run with the new plans.
func (g *planGuard) observe(took time.Duration, rows int) (slow bool, usual time.Duration) {
	if rows <= 0 {
		return false, 0
	}
	perRow := took.Seconds() / float64(rows)
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.history) >= guardMinBatches && float64(rows) < guardSmallest*g.median(func(b batchPace) float64 { return float64(b.rows) }) {
		return false, 0 // neither judged nor part of the usual pace
	}
	if len(g.history) >= guardMinBatches && took >= guardFloor {
		median := g.median(func(b batchPace) float64 { return b.perRow })
		if perRow > guardFactor*median {
			g.history = g.history[:0]
			return true, time.Duration(median * float64(rows) * float64(time.Second))
		}
	}
	g.history = append(g.history, batchPace{perRow: perRow, rows: rows})
	if len(g.history) > guardWindow {
		g.history = slices.Delete(g.history, 0, len(g.history)-guardWindow)
	}
	return false, 0
}

// median is the median of one figure of the latest batches.
func (g *planGuard) median(figure func(batchPace) float64) float64 {
	xs := make([]float64, len(g.history))
	for i, b := range g.history {
		xs[i] = figure(b)
	}
	slices.Sort(xs)
	return xs[len(xs)/2]
}
