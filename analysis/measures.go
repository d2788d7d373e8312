package analysis

import "context"

// Centrality is each node's centrality measures beyond degree and
// betweenness (analyze.go), as Analyze computes them; each field's type
// documents its definition and reference.
type Centrality struct {
	// Paths holds closeness and harmonic centrality (closeness.go).
	Paths *Closeness
	// PageRank on the directed tie graph weighted by acts; Eigenvector on
	// the undirected one (pagerank.go).
	PageRank, Eigenvector *PowerIteration
	// Clustering is the local clustering coefficient and transitivity
	// (clustering.go).
	Clustering *Clustering
	// Core is each node's k-core number (cores.go).
	Core []int
	// Directed is betweenness along who addressed whom, Weighted on the
	// undirected graph with a tie's length 1/acts (pathbetweenness.go).
	Directed, Weighted *PathBetweenness
}

// NetworkMeasures are the whole network's measures.
type NetworkMeasures struct {
	// Density of the undirected tie graph, DirectedDensity of the directed
	// one (network.go).
	Density, DirectedDensity float64
	// Reciprocity is the share of arcs answered by an arc back; NaN without
	// arcs.
	Reciprocity float64
	// Transitivity and Triangles of the undirected tie graph.
	Transitivity float64
	Triangles    int64
	// Weak and Strong are the components (components.go).
	Weak, Strong *Components
	// Assortativity by profession, of the undirected and the directed tie
	// graph (network.go); NaN when undefined.
	Assortativity, DirectedAssortativity float64
	// EI is the whole network's E–I index over distinct pairs, External and
	// Internal its counts (NetworkEI); nil without pairs.
	External, Internal int
	EI                 *float64
	// TriadCensus counts the directed triads by type, in TriadTypes' order.
	TriadCensus [16]int64
}

// MoreStages are the stages analyzeMore adds to Analyze, in order.
var MoreStages = []string{"closeness", "pagerank", "eigenvector", "clustering", "cores", "directed betweenness", "weighted betweenness", "network", "triads"}

// analyzeMore computes the measures of Centrality and NetworkMeasures,
// each as a stage. Closeness and harmonic centrality walk as many sources
// as betweenness did (every node, or the same sample size): a breadth-first
// search costs a fraction of a Brandes walk with groups. Directed and
// weighted betweenness cost as much as betweenness or more (Dijkstra), so
// each is exact when it fits PathBudget and sampled from as many sources
// as fit above (or, when PathPivots or Pivots is given, exact up to that
// many nodes and sampled from that many sources above), with the bound
// Betweenness states for its sample size.
func analyzeMore(ctx context.Context, g *Graph, o Options, res *Result, stage func(string, func() error) error) error {
	po := PathOptions{Seed: o.Seed}
	if b := res.Betweenness; b != nil && !b.Exact {
		po.Pivots, po.Confidence = b.Pivots, b.Confidence
	}
	pathPivots := o.PathPivots
	if pathPivots == 0 {
		pathPivots = o.Pivots
	}
	bo := PathOptions{Seed: o.Seed, Confidence: po.Confidence}
	switch {
	case pathPivots > 0:
		bo.Pivots = pathPivots
	case pathPivots == 0:
		bo.Budget = o.PathBudget
	}
	c := &Centrality{}
	nm := &NetworkMeasures{}
	res.Centrality, res.Network = c, nm
	steps := []func() error{
		func() (err error) { c.Paths, err = ComputeCloseness(ctx, g, po); return err },
		func() (err error) { c.PageRank, err = PageRank(ctx, g); return err },
		func() (err error) { c.Eigenvector, err = Eigenvector(ctx, g); return err },
		func() (err error) {
			c.Clustering, err = ComputeClustering(ctx, g)
			if err == nil {
				nm.Transitivity, nm.Triangles = c.Clustering.Transitivity, c.Clustering.Triangles
			}
			return err
		},
		func() error { c.Core = CoreNumbers(g); return nil },
		func() (err error) { c.Directed, err = ComputePathBetweenness(ctx, g, true, false, bo); return err },
		func() (err error) { c.Weighted, err = ComputePathBetweenness(ctx, g, false, true, bo); return err },
		func() error {
			nm.Density, nm.DirectedDensity, nm.Reciprocity = Density(g), DirectedDensity(g), Reciprocity(g)
			nm.Weak, nm.Strong = WeakComponents(g), StrongComponents(g)
			nm.Assortativity, nm.DirectedAssortativity = Assortativity(g, false), Assortativity(g, true)
			nm.External, nm.Internal, nm.EI = NetworkEI(g)
			return nil
		},
		func() (err error) { nm.TriadCensus, err = TriadCensus(ctx, g); return err },
	}
	for i, name := range MoreStages {
		if err := stage(name, steps[i]); err != nil {
			return err
		}
	}
	return nil
}
