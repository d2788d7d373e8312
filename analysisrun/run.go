// Package analysisrun runs the analysis step against the store: it reads a
// window's projection from Neo4j, computes every measure with package
// analysis, and writes the results back. The loader's analyze command
// runs it in the foreground; the server's Manager runs it in the
// background for the startAnalysis mutation and reports its progress.
package analysisrun

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/readmodel"
)

// Store is what a run needs: the projection to analyse (the read model's)
// and where the results go (Neo4j).
type Store interface {
	Projection(ctx context.Context, w domain.Window, community string) (*readmodel.Projection, error)
	WriteAnalysis(ctx context.Context, rec *neo4jstore.AnalysisRecord, progress func(done, total int)) error
}

// Request is one analysis to run.
type Request struct {
	Window    domain.Window
	Community string // "" for every community
	Options   analysis.Options
}

// Progress hears a run's stage and how far into it the run is.
type Progress func(stage string, done, total int)

// NewID makes an analysis id: time-ordered, then random.
func NewID(now time.Time) string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return "an-" + now.UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

// Projection builds the in-memory graph of a projection.
func Projection(p *readmodel.Projection) (*analysis.Graph, error) { return p.Graph() }

// Run reads the projection, analyses it and writes the result under id.
// It returns the analysis as written, the measures, and the projection
// (which exports reuse).
func Run(ctx context.Context, s Store, id string, req Request, progress Progress) (*domain.Analysis, *analysis.Result, *readmodel.Projection, error) {
	if progress == nil {
		progress = func(string, int, int) {}
	}
	started := time.Now().UTC()
	progress("projection", 0, 1)
	proj, err := s.Projection(ctx, req.Window, req.Community)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("read the projection: %w", err)
	}
	g, err := Projection(proj)
	if err != nil {
		return nil, nil, nil, err
	}
	progress("projection", 1, 1)
	opts := req.Options
	opts.Progress = progress
	res, err := analysis.Analyze(ctx, g, opts)
	if err != nil {
		return nil, nil, nil, err
	}
	computed := time.Now().UTC()
	rec := Record(id, req, res, started, computed)
	progress("write", 0, len(rec.Metrics))
	if err := s.WriteAnalysis(ctx, rec, func(d, t int) { progress("write", d, t) }); err != nil {
		return nil, nil, nil, err
	}
	return &rec.Analysis, res, proj, nil
}

// Record turns a result into what the store writes.
func Record(id string, req Request, res *analysis.Result, started, computed time.Time) *neo4jstore.AnalysisRecord {
	g := res.Graph
	b := res.Betweenness
	a := domain.Analysis{ID: id, Since: req.Window.Since, Until: req.Window.Until, ComputedAt: computed,
		Nodes: g.N(), Edges: g.Edges(), Modularity: res.Communities.Modularity, Clusters: len(res.Communities.Clusters),
		BetweennessExact: b.Exact, Pivots: b.Pivots, BetweennessErrorBound: b.ErrorBound, Confidence: b.Confidence}
	if req.Community != "" {
		c := req.Community
		a.Community = &c
	}
	describeRun(&a, req.Options, res)
	a.ProfessionEI = res.ProfessionEI
	a.Network = networkOf(res)
	rec := &neo4jstore.AnalysisRecord{Analysis: a, StartedAt: started, Metrics: make([]neo4jstore.MetricsRow, g.N()), ProfessionEI: res.ProfessionEI}
	G := len(g.Groups)
	pairName := func(p int) string {
		x, y := analysis.PairOf(p, G)
		return neo4jstore.PairKey(g.Groups[x], g.Groups[y])
	}
	if gb := b.Group; gb != nil {
		shares := make([]float64, len(gb.Pairs))
		for _, vals := range gb.ByNode {
			for _, x := range vals {
				shares[x.Pair] += x.Raw / gb.Pairs[x.Pair]
			}
		}
		for p, n := range gb.Pairs {
			if n > 0 {
				rec.GroupPairs = append(rec.GroupPairs, pairName(p))
				x, y := analysis.PairOf(p, G)
				rec.Analysis.PairBetweenness = append(rec.Analysis.PairBetweenness,
					&domain.ProfessionPairPaths{Between: g.Groups[x], And: g.Groups[y], Paths: n, Shares: shares[p]})
			}
		}
	}
	if sb := b.Sets; sb != nil {
		for k, name := range g.Groups {
			rec.Analysis.ProfessionGroupBetweenness = append(rec.Analysis.ProfessionGroupBetweenness,
				&domain.ProfessionGroupBetweenness{Profession: name, Size: sb.Size[k], Raw: sb.Raw[k], Normalized: sb.Normalized[k]})
		}
	}
	for u := 0; u < g.N(); u++ {
		m := domain.ProfessionalMetrics{
			InDegree: res.Degrees.In[u], OutDegree: res.Degrees.Out[u], Degree: res.Degrees.Und[u], Strength: res.Degrees.Strength[u],
			Betweenness: b.Normalized[u], BetweennessRaw: b.Raw[u], Cluster: res.Communities.Of[u], Brokerage: res.Brokerage.Total(u),
		}
		if c := res.Holes.Constraint[u]; !math.IsNaN(c) {
			m.Constraint = &c
		}
		if e := res.Holes.EffectiveSize[u]; !math.IsNaN(e) {
			m.EffectiveSize = &e
		}
		addCentrality(&m, res, u)
		row := neo4jstore.MetricsRow{ID: g.IDs[u], Metrics: m}
		if gb := b.Group; gb != nil {
			for _, x := range gb.ByNode[u] {
				row.GroupPairs = append(row.GroupPairs, pairName(x.Pair))
				row.GroupShares = append(row.GroupShares, x.Raw/gb.Pairs[x.Pair])
				a, b := analysis.PairOf(x.Pair, G)
				row.Metrics.PairBetweenness = append(row.Metrics.PairBetweenness,
					&domain.PairBetweennessShare{Between: g.Groups[a], And: g.Groups[b], Share: x.Raw / gb.Pairs[x.Pair]})
			}
		}
		rec.Metrics[u] = row
	}
	for _, c := range res.Communities.Clusters {
		dc := &domain.Cluster{ID: c.ID, Size: len(c.Members), ProfessionMix: c.Mix, BlauIndex: c.Blau, Multidisciplinarity: c.BlauNorm}
		if c.EI != nil {
			dc.External, dc.Internal, dc.EIIndex = c.EI.External, c.EI.Internal, c.EI.EIIndex
		}
		rec.Clusters = append(rec.Clusters, dc)
	}
	for k, r := range res.Brokerage.Totals {
		if r != (domain.BrokerageRoles{}) {
			rec.Brokerage = append(rec.Brokerage, &domain.ProfessionPairBrokerage{From: g.Groups[k/G], To: g.Groups[k%G], Roles: r})
		}
	}
	rec.Analysis.Brokerage = rec.Brokerage
	return rec
}

// describeRun notes on a how the analysis ran: the community method, its
// resolution and seed, and what chose exact or sampled betweenness.
func describeRun(a *domain.Analysis, o analysis.Options, res *analysis.Result) {
	c, b := res.Communities, res.Betweenness
	a.CommunityMethod = domain.CommunityLouvain
	if c.Method == analysis.MethodLeiden {
		a.CommunityMethod = domain.CommunityLeiden
	}
	a.Resolution = c.Resolution
	a.Seed = strconv.FormatUint(o.Seed, 10)
	switch b.ChosenBy {
	case "budget":
		a.BetweennessChosenBy = domain.BetweennessByBudget
		budget, est := b.Budget.Seconds(), b.EstimatedExact.Seconds()
		a.BetweennessBudgetSeconds, a.BetweennessEstimatedExactSeconds = &budget, &est
	case "pivots":
		a.BetweennessChosenBy = domain.BetweennessByPivots
	case "exactUpTo":
		a.BetweennessChosenBy = domain.BetweennessByExactUpTo
	default:
		a.BetweennessChosenBy = domain.BetweennessByDefault
	}
}
