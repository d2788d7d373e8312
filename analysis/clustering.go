package analysis

import (
	"cmp"
	"context"
	"runtime"
)

// Clustering is the local clustering coefficient and transitivity of the
// undirected, unweighted tie graph (a tie either way is an edge).
//
// Local[v] is networkx 3.4's clustering(G): the share of v's pairs of
// neighbours that are tied to each other, 2T(v)/(deg(v)(deg(v)−1)), T(v)
// the triangles through v; 0 with fewer than two neighbours (Watts &
// Strogatz 1998). Transitivity is networkx's transitivity(G): 3 × triangles
// / connected triples, Σ T(v) / Σ C(deg(v), 2) (Newman, Strogatz & Watts
// 2001; Wasserman & Faust 1994); 0 without triangles. Triangles is the
// number of triangles.
type Clustering struct {
	Local        []float64
	Triangles    int64
	Transitivity float64
}

// ComputeClustering counts triangles by the degree-ordered forward
// algorithm (each triangle found once, from its lowest-ranked node, in
// O(m^1.5)), on both cores.
func ComputeClustering(ctx context.Context, g *Graph) (*Clustering, error) {
	n := g.N()
	deg := func(u int32) int32 { return g.undStart[u+1] - g.undStart[u] }
	// rank orders nodes by degree, then number; fwd keeps each edge from
	// its lower-ranked end only.
	before := func(a, b int32) bool {
		if c := cmp.Compare(deg(a), deg(b)); c != 0 {
			return c < 0
		}
		return a < b
	}
	fwdStart := make([]int32, n+1)
	for u := int32(0); u < int32(n); u++ {
		k := int32(0)
		for _, v := range g.undAdj[g.undStart[u]:g.undStart[u+1]] {
			if before(u, v) {
				k++
			}
		}
		fwdStart[u+1] = fwdStart[u] + k
	}
	fwd := make([]int32, fwdStart[n])
	for u := int32(0); u < int32(n); u++ {
		i := fwdStart[u]
		for _, v := range g.undAdj[g.undStart[u]:g.undStart[u+1]] {
			if before(u, v) {
				fwd[i] = v
				i++
			}
		}
	}
	type scratch struct {
		tri  []int64
		mark []int32
	}
	workers := max(1, runtime.GOMAXPROCS(0))
	pool := make(chan *scratch, workers)
	all := make([]*scratch, workers)
	for i := range all {
		all[i] = &scratch{tri: make([]int64, n), mark: make([]int32, n)}
		pool <- all[i]
	}
	err := parallel(ctx, n, func(lo, hi int) {
		s := <-pool
		defer func() { pool <- s }()
		for u := int32(lo); u < int32(hi); u++ {
			row := fwd[fwdStart[u]:fwdStart[u+1]]
			for _, v := range row {
				s.mark[v] = u + 1
			}
			for _, v := range row {
				for _, w := range fwd[fwdStart[v]:fwdStart[v+1]] {
					if s.mark[w] == u+1 {
						s.tri[u]++
						s.tri[v]++
						s.tri[w]++
					}
				}
			}
		}
	})
	if err != nil {
		return nil, err
	}
	res := &Clustering{Local: make([]float64, n)}
	var sumT, triples int64
	for v := 0; v < n; v++ {
		var t int64
		for _, s := range all {
			t += s.tri[v]
		}
		d := int64(deg(int32(v)))
		if d >= 2 {
			res.Local[v] = float64(2*t) / float64(d*(d-1))
		}
		sumT += t
		triples += d * (d - 1) / 2
	}
	res.Triangles = sumT / 3
	if sumT > 0 {
		res.Transitivity = float64(sumT) / float64(triples)
	}
	return res, nil
}
