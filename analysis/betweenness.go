package analysis

import (
	"context"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
)

// BetweennessOptions says how betweenness is computed.
type BetweennessOptions struct {
	// Pivots is the number of sources sampled; 0 or ≥ N means every node
	// (exact). Sources are drawn uniformly without replacement, as networkx's
	// betweenness_centrality(k=Pivots) draws them.
	Pivots int
	Seed   uint64
	// Groups also computes betweenness between every pair of groups in the
	// same pass (see Betweenness.Group).
	Groups bool
	// Workers is how many goroutines walk sources; 0 means GOMAXPROCS.
	Workers int
	// Confidence is 1−δ for the stated error bound of a sampled estimate;
	// 0 means 0.95.
	Confidence float64
	// Progress, when set, is called now and then with sources done and total.
	Progress func(done, total int)
}

// Betweenness is shortest-path betweenness on the undirected, unweighted
// tie graph (a tie either way is one hop): Brandes (2001).
//
// Raw[v] is networkx's betweenness_centrality(G, normalized=False) for an
// undirected G: Σ over unordered pairs {s,t}, s≠v≠t, of σ_st(v)/σ_st.
// Normalized[v] is networkx's normalized=True: Raw·2/((n−1)(n−2)).
// A sampled estimate scales by n/k, as networkx does with k.
type Betweenness struct {
	Raw, Normalized []float64
	Exact           bool
	Pivots          int // sources walked
	// ErrorBound is ε such that, with probability Confidence, every node's
	// sampled Normalized value is within ε of the exact one: Hoeffding's
	// inequality (which holds for sampling without replacement) with a union
	// bound over the n nodes. Each source s contributes
	// Y_s = n·δ_s(v)/((n−1)(n−2)) ∈ [0, n/(n−1)] (δ_s(v) ≤ n−2), so
	// ε = n/(n−1)·sqrt(ln(2n/δ)/(2k)). Zero when exact.
	ErrorBound float64
	Confidence float64

	// Group, when asked, is betweenness between groups: for groups A ≤ B,
	// Group.Raw[pair(A,B)][v] = Σ over s in A, t in B (and s in B, t in A
	// when A ≠ B), s ≠ t, of σ_st(v)/σ_st, ordered pairs. For A ≠ B that is
	// 2× networkx's betweenness_centrality_subset(G, A, B, normalized=False)
	// (which halves undirected sums), for A = B 2× as well.
	// Pairs[pair(A,B)] counts the ordered (s, t) of those sums with t
	// reachable from s, so that Raw/Pairs is v's share of the shortest A–B
	// paths: Connector.groupBetweenness.
	Group *GroupBetweenness
}

// GroupBetweenness holds betweenness between groups, sparse by node.
type GroupBetweenness struct {
	G     int       // number of groups
	Pairs []float64 // by PairIndex, estimated when sampled
	// ByNode[v] are v's nonzero entries.
	ByNode [][]GroupValue
}

// GroupValue is one node's betweenness for one pair of groups.
type GroupValue struct {
	Pair int     // PairIndex(a, b)
	Raw  float64 // see Betweenness.Group
}

// PairIndex numbers the unordered pair of groups a ≤ b among G groups.
func PairIndex(a, b, G int) int {
	if a > b {
		a, b = b, a
	}
	return a*G - a*(a-1)/2 + (b - a)
}

// PairOf is the inverse of PairIndex.
func PairOf(p, G int) (int, int) {
	for a := 0; a < G; a++ {
		row := G - a
		if p < row {
			return a, a + p
		}
		p -= row
	}
	return -1, -1
}

// Share returns v's share of the shortest paths between groups a and b, and
// false when no such path exists.
func (gb *GroupBetweenness) Share(v, a, b int) (float64, bool) {
	p := PairIndex(a, b, gb.G)
	if gb.Pairs[p] == 0 {
		return 0, false
	}
	for _, x := range gb.ByNode[v] {
		if x.Pair == p {
			return x.Raw / gb.Pairs[p], true
		}
	}
	return 0, true
}

// ComputeBetweenness runs Brandes' algorithm from every node, or from a
// uniform sample of Pivots nodes, on Workers goroutines.
func ComputeBetweenness(ctx context.Context, g *Graph, o BetweennessOptions) (*Betweenness, error) {
	n := g.N()
	sources := make([]int32, n)
	for i := range sources {
		sources[i] = int32(i)
	}
	res := &Betweenness{Raw: make([]float64, n), Normalized: make([]float64, n), Exact: true, Confidence: o.Confidence}
	if res.Confidence <= 0 || res.Confidence >= 1 {
		res.Confidence = 0.95
	}
	if o.Pivots > 0 && o.Pivots < n {
		r := rand.New(rand.NewPCG(o.Seed, 0x6265747765656e))
		for i := 0; i < o.Pivots; i++ { // a partial Fisher–Yates shuffle
			j := i + r.IntN(n-i)
			sources[i], sources[j] = sources[j], sources[i]
		}
		sources = sources[:o.Pivots]
		res.Exact = false
	}
	res.Pivots = len(sources)
	G := len(g.Groups)
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, len(sources)))

	type partial struct {
		bc    []float64
		gb    []float64 // [v*P + PairIndex(ga, gb)], only with Groups
		pairs []float64 // [PairIndex(ga, gb)]
	}
	parts := make([]*partial, workers)
	var next, done atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for wi := 0; wi < workers; wi++ {
		p := &partial{bc: make([]float64, n)}
		if o.Groups && G > 0 {
			p.gb = make([]float64, G*(G+1)/2*n)
			p.pairs = make([]float64, G*(G+1)/2)
		}
		parts[wi] = p
		wg.Add(1)
		go func(wi int) {
			defer wg.Done()
			w := newBrandes(g, G, p.gb != nil)
			for {
				i := next.Add(1) - 1
				if i >= int64(len(sources)) {
					return
				}
				if i%256 == 0 {
					if err := ctx.Err(); err != nil {
						errs[wi] = err
						return
					}
				}
				w.run(g, sources[i], p.bc, p.gb, p.pairs)
				if d := done.Add(1); o.Progress != nil && d%1024 == 0 {
					o.Progress(int(d), len(sources))
				}
			}
		}(wi)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	if o.Progress != nil {
		o.Progress(len(sources), len(sources))
	}
	scale := float64(n) / float64(len(sources))
	for _, p := range parts {
		for v, x := range p.bc {
			res.Raw[v] += x
		}
	}
	for v := range res.Raw {
		// Each unordered pair was counted from both ends: halve, as networkx does.
		res.Raw[v] *= scale / 2
		if n > 2 {
			res.Normalized[v] = res.Raw[v] * 2 / float64((n-1)*(n-2))
		}
	}
	if !res.Exact {
		k := float64(len(sources))
		delta := 1 - res.Confidence
		res.ErrorBound = float64(n) / float64(n-1) * math.Sqrt(math.Log(2*float64(n)/delta)/(2*k))
	}
	if o.Groups && G > 0 {
		gb := &GroupBetweenness{G: G, Pairs: make([]float64, G*(G+1)/2), ByNode: make([][]GroupValue, n)}
		for _, p := range parts {
			for k, x := range p.pairs {
				gb.Pairs[k] += x * scale
			}
		}
		for v := 0; v < n; v++ {
			var vals []GroupValue
			P := len(gb.Pairs)
			for k := 0; k < P; k++ {
				x := 0.0
				for _, p := range parts {
					x += p.gb[v*P+k]
				}
				if x != 0 {
					vals = append(vals, GroupValue{Pair: k, Raw: x * scale})
				}
			}
			gb.ByNode[v] = vals
		}
		res.Group = gb
	}
	return res, nil
}

// brandes is one worker's scratch space for single-source shortest paths.
type brandes struct {
	G      int
	P      int // pairs of groups
	sigma  []float64
	dist   []int32
	delta  []float64
	deltaG []float64 // [v*G+g]: dependency of the source on v for targets in group g
	order  []int32   // nodes in the order BFS settled them
	// preds[predStart[w]:predEnd[w]] are w's predecessors on shortest paths
	// from the source, in a flat array indexed like the adjacency rows, so
	// that the accumulation walks the shortest-path DAG only.
	preds   []int32
	predEnd []int32
	reach   []float64
}

func newBrandes(g *Graph, G int, groups bool) *brandes {
	n := g.N()
	b := &brandes{G: G, P: G * (G + 1) / 2, sigma: make([]float64, n), dist: make([]int32, n), delta: make([]float64, n),
		order: make([]int32, 0, n), preds: make([]int32, len(g.undAdj)), predEnd: make([]int32, n)}
	for i := range b.dist {
		b.dist[i] = -1
	}
	if groups {
		b.deltaG = make([]float64, n*G)
		b.reach = make([]float64, G)
	}
	return b
}

// run adds the dependencies of source s to bc (and, with groups, to gb,
// laid out [v*P + PairIndex] so that one node's entries share cache lines,
// and to pairs).
func (b *brandes) run(g *Graph, s int32, bc, gb, pairs []float64) {
	b.order = b.order[:0]
	b.sigma[s], b.dist[s] = 1, 0
	b.order = append(b.order, s)
	b.predEnd[s] = g.undStart[s]
	for i := 0; i < len(b.order); i++ {
		v := b.order[i]
		dv := b.dist[v]
		sv := b.sigma[v]
		for _, w := range g.undAdj[g.undStart[v]:g.undStart[v+1]] {
			dw := b.dist[w]
			if dw < 0 {
				dw = dv + 1
				b.dist[w] = dw
				b.predEnd[w] = g.undStart[w]
				b.order = append(b.order, w)
			}
			if dw == dv+1 {
				b.sigma[w] += sv
				b.preds[b.predEnd[w]] = v
				b.predEnd[w]++
			}
		}
	}
	G, P := b.G, b.P
	ga := g.GroupOf[s]
	withGroups := gb != nil && ga >= 0
	if withGroups {
		clear(b.reach)
	}
	for i := len(b.order) - 1; i > 0; i-- {
		w := b.order[i]
		gw := g.GroupOf[w]
		sw := b.sigma[w]
		coeff := (1 + b.delta[w]) / sw
		preds := b.preds[g.undStart[w]:b.predEnd[w]]
		for _, v := range preds {
			b.delta[v] += b.sigma[v] * coeff
		}
		bc[w] += b.delta[w]
		if withGroups {
			dG := b.deltaG[int(w)*G : int(w)*G+G]
			if gw >= 0 {
				b.reach[gw]++
				dG[gw]++ // w is itself a target of its group; undone below
			}
			for _, v := range preds {
				c := b.sigma[v] / sw
				vG := b.deltaG[int(v)*G : int(v)*G+G]
				for k, x := range dG {
					vG[k] += c * x
				}
			}
			if gw >= 0 {
				dG[gw]-- // w's dependency excludes paths ending at w
			}
			row := gb[int(w)*P : int(w)*P+P]
			for k, x := range dG {
				if x != 0 {
					row[PairIndex(ga, k, G)] += x
				}
			}
			clear(dG)
		}
		b.sigma[w], b.dist[w], b.delta[w] = 0, -1, 0
	}
	if withGroups {
		for k, x := range b.reach {
			pairs[PairIndex(ga, k, G)] += x
		}
		clear(b.deltaG[int(s)*G : int(s)*G+G])
	}
	b.sigma[s], b.dist[s], b.delta[s] = 0, -1, 0
}
