package analysis

import (
	"context"
	"math"
	"runtime"
	"time"
)

// PathOptions says how the measures that walk shortest paths from every
// node (closeness, harmonic, directed and weighted betweenness) run.
type PathOptions struct {
	// Pivots is the number of sources sampled; 0 or ≥ N means every node
	// (exact). Analyze passes the same choice betweenness made.
	Pivots int
	Seed   uint64
	// Confidence is 1−δ for a sampled estimate's stated bound; 0 means 0.95.
	Confidence float64
	// Budget, when Pivots is 0, is the time directed or weighted
	// betweenness may take: every source when the run fits, else as many
	// sampled sources as fit (ComputePathBetweenness; closeness follows
	// betweenness's choice instead).
	Budget time.Duration
}

// sampleSources returns the sources to walk: every node in order, or
// Pivots of them drawn uniformly without replacement (sourceOrder), and
// whether that is every node. stream keeps the draws of different
// measures independent for the same seed.
func sampleSources(n int, o PathOptions, stream uint64) ([]int32, bool) {
	if o.Pivots <= 0 || o.Pivots >= n {
		return newSourceOrder(n, 0, 0).nodes, true
	}
	return newSourceOrder(n, o.Seed, stream).prefix(o.Pivots), false
}

// hoeffdingBound is ε such that, with probability confidence, every one of
// n per-node means of k sampled terms, each in [0, span], is within ε of
// its expectation: Hoeffding's inequality (which holds for sampling
// without replacement) with a union bound over the n nodes.
func hoeffdingBound(n, k int, span, confidence float64) float64 {
	return span * math.Sqrt(math.Log(2*float64(n)/(1-confidence))/(2*float64(k)))
}

// Closeness is closeness and harmonic centrality on the undirected,
// unweighted tie graph (a tie either way is one hop, as for betweenness).
//
// Closeness[v] is networkx 3.4's closeness_centrality(G) with its default
// wf_improved=True (Wasserman & Faust 1994, eq. 5.3, scaled for
// disconnected graphs): with r the nodes v reaches (v included) and Σd
// their distances, C(v) = (r−1)/Σd · (r−1)/(n−1), and 0 when v reaches no
// one. Freeman's (1979) closeness (n−1)/Σd is the same on a connected graph.
//
// Harmonic[v] is networkx's harmonic_centrality(G): Σ over u ≠ v of
// 1/d(u,v), unreachable u adding 0 (Marchiori & Latora 2000; Boldi &
// Vigna 2014), not normalised.
//
// When sampled, every node's sums run over the sampled sources and scale
// by n/k, the estimator of Eppstein & Wang (2004): Harmonic/(n−1) is then
// within ±HarmonicErrorBound of the exact value for every node with
// probability Confidence (each source adds a term in [0, n/(n−1)]), and
// closeness is the ratio of the estimated sums, within what the mean
// distance's error allows (Eppstein & Wang: k ≥ log n/ε² sources put every
// node's mean distance within εΔ, Δ the diameter).
type Closeness struct {
	Closeness, Harmonic []float64
	Exact               bool
	Pivots              int // sources walked
	HarmonicErrorBound  float64
	Confidence          float64
}

// ComputeCloseness walks a breadth-first search from every source (every
// node, or a sample), on both cores, and sums each node's distances.
func ComputeCloseness(ctx context.Context, g *Graph, o PathOptions) (*Closeness, error) {
	n := g.N()
	sources, exact := sampleSources(n, o, 0x636c6f73656e6573)
	res := &Closeness{Closeness: make([]float64, n), Harmonic: make([]float64, n), Exact: exact, Pivots: len(sources), Confidence: confidence(o.Confidence)}
	type sums struct {
		far, harm, reach []float64
		bfs              *bfs
	}
	workers := max(1, runtime.GOMAXPROCS(0))
	pool := make(chan *sums, workers)
	all := make([]*sums, workers)
	for i := range all {
		all[i] = &sums{far: make([]float64, n), harm: make([]float64, n), reach: make([]float64, n), bfs: newBFS(n)}
		pool <- all[i]
	}
	err := parallel(ctx, len(sources), func(lo, hi int) {
		s := <-pool
		defer func() { pool <- s }()
		for _, src := range sources[lo:hi] {
			s.bfs.run(g.undStart, g.undAdj, src)
			// On the undirected graph d(src, v) = d(v, src): each node sums
			// its distances from the sources.
			for _, v := range s.bfs.order[1:] {
				d := float64(s.bfs.dist[v])
				s.far[v] += d
				s.harm[v] += 1 / d
				s.reach[v]++
			}
			s.bfs.reset()
		}
	})
	if err != nil {
		return nil, err
	}
	scale := float64(n) / float64(max(1, len(sources)))
	for v := 0; v < n; v++ {
		var far, harm, reach float64
		for _, s := range all {
			far, harm, reach = far+s.far[v], harm+s.harm[v], reach+s.reach[v]
		}
		far, harm, reach = far*scale, harm*scale, reach*scale
		res.Harmonic[v] = harm
		if far > 0 && n > 1 {
			res.Closeness[v] = reach / far * reach / float64(n-1)
		}
	}
	if !exact {
		res.HarmonicErrorBound = hoeffdingBound(n, len(sources), float64(n)/float64(n-1), res.Confidence)
	}
	return res, nil
}

func confidence(c float64) float64 {
	if c <= 0 || c >= 1 {
		return 0.95
	}
	return c
}

// bfs is one worker's scratch for a breadth-first search over rows
// (start, adj): dist −1 for unreached, order the nodes as settled.
type bfs struct {
	dist  []int32
	order []int32
}

func newBFS(n int) *bfs {
	b := &bfs{dist: make([]int32, n), order: make([]int32, 0, n)}
	for i := range b.dist {
		b.dist[i] = -1
	}
	return b
}

func (b *bfs) run(start, adj []int32, s int32) {
	b.dist[s] = 0
	b.order = append(b.order[:0], s)
	for i := 0; i < len(b.order); i++ {
		v := b.order[i]
		for _, w := range adj[start[v]:start[v+1]] {
			if b.dist[w] < 0 {
				b.dist[w] = b.dist[v] + 1
				b.order = append(b.order, w)
			}
		}
	}
}

// reset makes dist −1 again for the nodes the last run reached.
func (b *bfs) reset() {
	for _, v := range b.order {
		b.dist[v] = -1
	}
	b.order = b.order[:0]
}
