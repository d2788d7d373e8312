package analysis

import (
	"context"
	"fmt"
	"time"

	"github.com/peergraph/peergraph/domain"
)

// Options says how Analyze runs. Zero values take the defaults.
type Options struct {
	// ExactUpTo is the largest graph whose betweenness is exact (default
	// 50,000 nodes); above it Pivots sources are sampled.
	ExactUpTo int
	// Pivots is the sample size above ExactUpTo (default 500).
	Pivots int
	// PathPivots is the size above which directed and weighted betweenness
	// are sampled, and their sample size (default Pivots; −1 walks every
	// node): see analyzeMore.
	PathPivots int
	// Seed makes sampling and Louvain repeatable.
	Seed uint64
	// LouvainRestarts is how many seeds Louvain tries (default 3).
	LouvainRestarts int
	// Progress, when set, hears each stage start and how far it is.
	Progress func(stage string, done, total int)
}

func (o *Options) defaults() {
	if o.ExactUpTo <= 0 {
		o.ExactUpTo = 50000
	}
	if o.Pivots <= 0 {
		o.Pivots = 500
	}
	if o.LouvainRestarts <= 0 {
		o.LouvainRestarts = 3
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
		if g.N() > o.ExactUpTo {
			bo.Pivots = o.Pivots
		}
		var err error
		res.Betweenness, err = ComputeBetweenness(ctx, g, bo)
		return err
	}); err != nil {
		return nil, err
	}
	if err := stage("communities", func() error {
		var err error
		res.Communities, err = ComputeCommunities(ctx, g, o.Seed, o.LouvainRestarts)
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
