package analysisrun

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/peergraph/peergraph/domain"
)

// Manager runs analyses in the background for the server, one at a time
// (the analysis takes the machine's cores), and remembers their progress
// while the process lives. Runs end when the server's context does.
type Manager struct {
	ctx   context.Context
	store Store
	opts  Request
	log   *slog.Logger

	mu      sync.Mutex
	runs    map[string]*domain.AnalysisRun
	running string
	wg      sync.WaitGroup
}

// NewManager returns a manager whose runs live as long as ctx; defaults
// gives the analysis options every run takes.
func NewManager(ctx context.Context, s Store, defaults Request, log *slog.Logger) *Manager {
	return &Manager{ctx: ctx, store: s, opts: defaults, log: log, runs: map[string]*domain.AnalysisRun{}}
}

// Start begins an analysis of the window (and community) with settings
// laid over the manager's defaults (OptionsOf), and returns its run at
// once; bad settings, or a second run while one runs, are refused.
func (m *Manager) Start(w domain.Window, community string, settings *domain.AnalysisSettings) (*domain.AnalysisRun, error) {
	opts, err := OptionsOf(m.opts.Options, settings)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.running != "" {
		return nil, &domain.Error{Code: domain.EINVALID, Message: "an analysis is already running: " + m.running + "; ask analysisRun for its progress"}
	}
	now := time.Now().UTC()
	run := &domain.AnalysisRun{ID: NewID(now), Status: domain.AnalysisQueued, Since: w.Since, Until: w.Until, StartedAt: now}
	if community != "" {
		run.Community = &community
	}
	m.runs[run.ID] = run
	m.running = run.ID
	req := m.opts
	req.Window, req.Community, req.Options = w, community, opts
	m.wg.Add(1)
	go m.run(run.ID, req)
	return m.snapshot(run), nil
}

func (m *Manager) run(id string, req Request) {
	defer m.wg.Done()
	m.update(id, func(r *domain.AnalysisRun) { r.Status = domain.AnalysisRunning })
	start := time.Now()
	a, _, _, err := Run(m.ctx, m.store, id, req, func(stage string, done, total int) {
		m.update(id, func(r *domain.AnalysisRun) { r.Stage, r.StageDone, r.StageTotal = stage, done, total })
	})
	m.mu.Lock()
	defer m.mu.Unlock()
	r := m.runs[id]
	now := time.Now().UTC()
	r.FinishedAt = &now
	m.running = ""
	if err != nil {
		msg := err.Error()
		r.Status, r.Error = domain.AnalysisFailed, &msg
		m.log.Error("analysis failed", "id", id, "err", err)
		return
	}
	r.Status, r.AnalysisID = domain.AnalysisDone, a.ID
	m.log.Info("analysis done", "id", id, "nodes", a.Nodes, "edges", a.Edges, "took", time.Since(start))
}

func (m *Manager) update(id string, f func(*domain.AnalysisRun)) {
	m.mu.Lock()
	defer m.mu.Unlock()
	f(m.runs[id])
}

// Run returns a copy of a run's state, nil when there is no such run.
func (m *Manager) Run(id string) *domain.AnalysisRun {
	m.mu.Lock()
	defer m.mu.Unlock()
	if r := m.runs[id]; r != nil {
		return m.snapshot(r)
	}
	return nil
}

func (m *Manager) snapshot(r *domain.AnalysisRun) *domain.AnalysisRun {
	c := *r
	return &c
}

// Wait blocks until every run has ended (the server's context ends them).
func (m *Manager) Wait() { m.wg.Wait() }
