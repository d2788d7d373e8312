package analysis

import (
	"context"
	"fmt"
	"time"

	"github.com/peergraph/peergraph/domain"
)

// Options says how Analyze runs. Zero values take the defaults.
//
// Betweenness is exact or sampled by the first of these that is set:
// ExactUpTo (exact up to that many nodes, Pivots sources above), Pivots
// (that many sources, whatever the size), else BetweennessBudget: the
// time an exact run is estimated to take, from a timed probe of sources,
// against the budget (BetweennessOptions.Budget).
type Options struct {
	// ExactUpTo, when set, is the largest graph whose betweenness is
	// exact; above it Pivots sources (default 500) are sampled.
	ExactUpTo int
	// Pivots, when set, is the number of sources sampled.
	Pivots int
	// PathPivots, when set, is the size above which directed and weighted
	// betweenness are sampled, and their sample size (−1 walks every node);
	// unset, Pivots when that is set, else PathBudget decides: see
	// analyzeMore.
	PathPivots int
	// PathBudget is the time directed and weighted betweenness may each
	// take when neither PathPivots nor Pivots is set (default
	// DefaultPathBudget).
	PathBudget time.Duration
	// BetweennessBudget is the time betweenness may take when neither
	// ExactUpTo nor Pivots is set (default DefaultBetweennessBudget).
	BetweennessBudget time.Duration
	// SourceCost, when set, replaces the probe's measured time per
	// source (tests: the budget's choice without timing).
	SourceCost func(measured time.Duration) time.Duration
	// Seed makes sampling and the community methods repeatable.
	Seed uint64
	// Communities is "louvain" (default) or "leiden"; Resolution is γ
	// (default 1); Restarts is how many seeds the method tries (default 3).
	Communities string
	Resolution  float64
	Restarts    int
	// Progress, when set, hears each stage start and how far it is.
	Progress func(stage string, done, total int)
}

// DefaultBetweennessBudget keeps the whole analysis under a minute at
// 100,000 members on two cores: the other stages take some 25 s there,
// directed and weighted betweenness's budgets included (bench/results).
const DefaultBetweennessBudget = 30 * time.Second

// DefaultPathBudget is what directed and weighted betweenness may each
// take by default: with betweenness's 30 s and closeness walking its
// sources, the whole analysis stays under a minute at 100,000 members
// (bench/results/analysis-100000x12).
const DefaultPathBudget = 6 * time.Second

// Check says what is wrong with the options, naming the setting, or nil.
func (o Options) Check() error {
	if o.ExactUpTo < 0 {
		return fmt.Errorf("exactUpTo: %d: must be at least 1 (or unset to choose by the time budget)", o.ExactUpTo)
	}
	if o.Pivots < 0 {
		return fmt.Errorf("pivots: %d: must be at least 1 (or unset to choose by the time budget)", o.Pivots)
	}
	if o.BetweennessBudget < 0 {
		return fmt.Errorf("betweennessBudget: %v: must be above 0", o.BetweennessBudget)
	}
	return CheckCommunityOptions(CommunityOptions{Method: o.Communities, Resolution: o.Resolution, Restarts: o.Restarts})
}

func (o *Options) defaults() {
	if o.ExactUpTo > 0 && o.Pivots <= 0 {
		o.Pivots = 500
	}
	if o.BetweennessBudget <= 0 {
		o.BetweennessBudget = DefaultBetweennessBudget
	}
	if o.PathBudget <= 0 {
		o.PathBudget = DefaultPathBudget
	}
	if o.Restarts <= 0 {
		o.Restarts = 3
	}
	if o.Progress == nil {
		o.Progress = func(string, int, int) {}
	}
}

// Stages are the steps of Analyze, in order, as Progress names them.
var Stages = append([]string{"degree", "betweenness", "communities", "brokerage", "structural holes", "e-i"}, MoreStages...)

// Result is every measure of one projection.
type Result struct {
	Graph       *Graph
	Degrees     *Degrees
	Betweenness *Betweenness
	Communities *Communities
	Brokerage   *Brokerage
	Holes       *StructuralHoles
	// ProfessionEI is each profession's E–I index over the projection's ties.
	ProfessionEI []*domain.ProfessionEI
	// Centrality and Network are the measures of measures.go.
	Centrality *Centrality
	Network    *NetworkMeasures
	// Timings are the seconds each stage took, by stage name.
	Timings map[string]float64
}

// Analyze computes every measure on g.
func Analyze(ctx context.Context, g *Graph, o Options) (*Result, error) {
	if err := o.Check(); err != nil {
		return nil, fmt.Errorf("analysis: %w", err)
	}
	o.defaults()
	res := &Result{Graph: g, Timings: map[string]float64{}}
	stage := func(name string, f func() error) error {
		o.Progress(name, 0, 1)
		start := time.Now()
		if err := f(); err != nil {
			return fmt.Errorf("analysis: %s: %w", name, err)
		}
		res.Timings[name] = time.Since(start).Seconds()
		o.Progress(name, 1, 1)
		return ctx.Err()
	}
	if err := stage("degree", func() error { res.Degrees = ComputeDegrees(g); return nil }); err != nil {
		return nil, err
	}
	if err := stage("betweenness", func() error {
		bo := BetweennessOptions{Seed: o.Seed, Groups: true, Progress: func(d, t int) { o.Progress("betweenness", d, t) }}
		switch {
		case o.ExactUpTo > 0:
			if g.N() > o.ExactUpTo {
				bo.Pivots = o.Pivots
			}
		case o.Pivots > 0:
			bo.Pivots = o.Pivots
		default:
			bo.Budget, bo.SourceCost = o.BetweennessBudget, o.SourceCost
		}
		var err error
		res.Betweenness, err = ComputeBetweenness(ctx, g, bo)
		if err == nil && o.ExactUpTo > 0 {
			res.Betweenness.ChosenBy = "exactUpTo"
		}
		return err
	}); err != nil {
		return nil, err
	}
	if err := stage("communities", func() error {
		var err error
		res.Communities, err = ComputeCommunities(ctx, g, CommunityOptions{Method: o.Communities, Resolution: o.Resolution, Seed: o.Seed, Restarts: o.Restarts})
		return err
	}); err != nil {
		return nil, err
	}
	if err := stage("brokerage", func() error {
		var err error
		res.Brokerage, err = ComputeBrokerage(ctx, g)
		return err
	}); err != nil {
		return nil, err
	}
	if err := stage("structural holes", func() error {
		var err error
		res.Holes, err = ComputeStructuralHoles(ctx, g, true)
		return err
	}); err != nil {
		return nil, err
	}
	if err := stage("e-i", func() error {
		names := make([]string, g.N())
		for u := range names {
			names[u] = g.Group(u)
		}
		res.ProfessionEI = EIIndex(g, names)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := analyzeMore(ctx, g, o, res, stage); err != nil {
		return nil, err
	}
	return res, nil
}
