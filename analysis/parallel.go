package analysis

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// parallel calls f on chunks [lo, hi) of 0..n across GOMAXPROCS goroutines,
// chunks handed out as they finish (hubs make some chunks slow), and
// returns ctx's error if it was cancelled before the end.
func parallel(ctx context.Context, n int, f func(lo, hi int)) error {
	const chunk = 256
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				lo := int(next.Add(chunk)) - chunk
				if lo >= n {
					return
				}
				f(lo, min(lo+chunk, n))
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}
