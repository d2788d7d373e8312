package main

import (
	"maps"
	"sync"
	"time"

	"github.com/peergraph/peergraph/loader/ingest"
)

// dbTime adds up the time a load spends in each kind of database call
// (neo4jstore's operation names: load.posts, load.refreshProfessionals,
// bulk.link, …), so that a slow load says where its time went without a
// profiler: the printed summary says it in a line, its JSON by operation.
type dbTime struct {
	mu  sync.Mutex
	ops map[string]ingest.OpTime
}

func newDBTime() *dbTime { return &dbTime{ops: map[string]ingest.OpTime{}} }

// observe is a neo4jstore.Observer.
func (d *dbTime) observe(op string, took time.Duration, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	t := d.ops[op]
	t.Calls++
	t.Took += took
	if err != nil {
		t.Failed++
	}
	d.ops[op] = t
}

// byOperation is the totals so far.
func (d *dbTime) byOperation() map[string]ingest.OpTime {
	d.mu.Lock()
	defer d.mu.Unlock()
	return maps.Clone(d.ops)
}

// withDBTime puts the database's time into a load's summary.
func withDBTime(sum *ingest.Summary, d *dbTime) *ingest.Summary {
	if sum == nil {
		return nil
	}
	sum.Database = d.byOperation()
	return sum
}
