package ingest

import (
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/peergraph/peergraph/neo4jstore"
)

// Progress reports a load as it goes: a bar redrawn in place on a
// terminal (rows/s, and an ETA when the input's size is known), plain log
// lines otherwise.
type Progress struct {
	w        io.Writer // the terminal, or nil to log instead
	log      *slog.Logger
	interval time.Duration

	rows     atomic.Int64
	mu       sync.Mutex
	file     string
	consumed func() int64 // bytes of the current file read so far
	done     int64        // bytes of finished files
	total    int64
	refresh  neo4jstore.RefreshStats
	start    time.Time
	stop     chan struct{}
	wg       sync.WaitGroup
}

// NewProgress draws on terminal when it is not nil, and logs otherwise.
func NewProgress(terminal io.Writer, log *slog.Logger) *Progress {
	interval := 10 * time.Second
	if terminal != nil {
		interval = 500 * time.Millisecond
	}
	return &Progress{w: terminal, log: log, interval: interval}
}

// Start begins reporting; total is the input's size in bytes, 0 if unknown.
func (p *Progress) Start(total int64) {
	if p == nil {
		return
	}
	p.total, p.start, p.stop = total, time.Now(), make(chan struct{})
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(p.interval)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				p.report(true)
				return
			case <-t.C:
				p.report(false)
			}
		}
	}()
}

// Stop ends reporting with a last report.
func (p *Progress) Stop() {
	if p == nil || p.stop == nil {
		return
	}
	close(p.stop)
	p.wg.Wait()
}

// File says which file is being read, and how to ask how far in it is.
func (p *Progress) File(name string, consumed func() int64) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.consumed != nil {
		p.done += p.consumed()
	}
	p.file, p.consumed = name, consumed
}

// Row counts one row read.
func (p *Progress) Row() {
	if p != nil {
		p.rows.Add(1)
	}
}

// Refreshing reports the recomputation of derived relationships.
func (p *Progress) Refreshing(s neo4jstore.RefreshStats) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.refresh = s
	p.mu.Unlock()
}

func (p *Progress) report(final bool) {
	p.mu.Lock()
	bytes := p.done
	if p.consumed != nil {
		bytes += p.consumed()
	}
	file, refresh := p.file, p.refresh
	p.mu.Unlock()
	rows := p.rows.Load()
	elapsed := time.Since(p.start)
	rate := float64(rows) / max(elapsed.Seconds(), 0.001)
	eta := ""
	if p.total > 0 && bytes > 0 && bytes < p.total {
		left := time.Duration(float64(elapsed) * float64(p.total-bytes) / float64(bytes))
		eta = fmt.Sprintf(" ETA %s", left.Round(time.Second))
	}
	if p.w == nil {
		p.log.Info("loading", "rows", rows, "rows_per_s", int(rate), "file", file,
			"professionals_refreshed", refresh.Professionals, "chats_refreshed", refresh.Chats)
		return
	}
	pct := ""
	if p.total > 0 {
		pct = fmt.Sprintf(" %3.0f%%", 100*float64(min(bytes, p.total))/float64(p.total))
	}
	fmt.Fprintf(p.w, "\r\033[K%s %d rows, %.0f rows/s%s | refreshed %d professionals, %d chats",
		pct, rows, rate, eta, refresh.Professionals, refresh.Chats)
	if final {
		fmt.Fprintln(p.w)
	}
}
