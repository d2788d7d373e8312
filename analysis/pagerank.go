package analysis

import (
	"context"
	"math"
)

// Power iterations stop when the L1 change of the vector falls under
// n·powerTol (networkx's test, with a tolerance tight enough that the
// result agrees with a fully converged one to 1e-9 per node), or after
// powerMaxIter rounds, when the result says it did not converge (networkx
// raises instead; an analysis keeps its other measures).
const (
	powerTol     = 1e-14
	powerMaxIter = 1000
)

// PowerIteration is the vector a power iteration ended with.
type PowerIteration struct {
	Values     []float64
	Iterations int
	Converged  bool
	// Change is the L1 change of the last iteration.
	Change float64
}

// PageRankAlpha is the damping factor, networkx's default.
const PageRankAlpha = 0.85

// PageRank is networkx 3.4's pagerank(G, alpha=0.85, weight="weight") on
// the directed tie graph (Brin & Page 1998): a random walk that follows
// an arc u→v with probability proportional to u's acts towards v, and
// with probability 1−α (or always, from a node that addressed no one)
// jumps to a node drawn uniformly:
//
//	PR(v) = α Σ_{u→v} PR(u)·w(u,v)/Σ_x w(u,x) + α/n Σ_{u dangling} PR(u) + (1−α)/n.
//
// On an undirected graph (every tie both ways) it is networkx's pagerank of
// the Graph.
func PageRank(ctx context.Context, g *Graph) (*PowerIteration, error) {
	n := g.N()
	res := &PowerIteration{Values: []float64{}, Converged: true}
	if n == 0 {
		return res, nil
	}
	outS := make([]float64, n)
	for u := 0; u < n; u++ {
		for _, w := range g.outW[g.outStart[u]:g.outStart[u+1]] {
			outS[u] += w
		}
	}
	x, next := make([]float64, n), make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	err := make([]float64, n)
	for res.Iterations < powerMaxIter {
		res.Iterations++
		dangling := 0.0
		for u, s := range outS {
			if s == 0 {
				dangling += x[u]
			}
		}
		base := (PageRankAlpha*dangling + (1 - PageRankAlpha)) / float64(n)
		// Pull from in-neighbours: each node's sum is its own, so the rows
		// split across cores without locks.
		if e := parallel(ctx, n, func(lo, hi int) {
			for v := lo; v < hi; v++ {
				sum := 0.0
				in, ws := g.In(v)
				for i, u := range in {
					sum += x[u] * ws[i] / outS[u]
				}
				next[v] = PageRankAlpha*sum + base
				err[v] = math.Abs(next[v] - x[v])
			}
		}); e != nil {
			return nil, e
		}
		x, next = next, x
		if res.Change = sumOf(err); res.Change < float64(n)*powerTol {
			break
		}
	}
	res.Values, res.Converged = x, res.Change < float64(n)*powerTol
	return res, nil
}

// Eigenvector is networkx 3.4's eigenvector_centrality(G, weight="weight")
// on the undirected tie graph weighted by conversational acts both ways
// (Bonacich 1972): the leading eigenvector x of the weighted adjacency,
// λx(v) = Σ_u w(u,v)·x(u), with unit Euclidean norm. It iterates as
// networkx does, x ← (A+I)x from the uniform vector, so that on a
// disconnected graph the answer is networkx's too (the component of the
// largest eigenvalue holds it; the others tend to 0). The undirected graph
// is used because on the directed one the vector is zero outside the
// strongly connected part that holds the leading eigenvalue, most of a
// conversation graph; PageRank is the directed measure.
func Eigenvector(ctx context.Context, g *Graph) (*PowerIteration, error) {
	n := g.N()
	res := &PowerIteration{Values: []float64{}, Converged: true}
	if n == 0 {
		return res, nil
	}
	x, next := make([]float64, n), make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	for res.Iterations < powerMaxIter {
		res.Iterations++
		if e := parallel(ctx, n, func(lo, hi int) {
			for v := lo; v < hi; v++ {
				sum := x[v]
				nb, ws := g.Und(v)
				for i, u := range nb {
					sum += x[u] * ws[i]
				}
				next[v] = sum
			}
		}); e != nil {
			return nil, e
		}
		norm := 0.0
		for _, v := range next {
			norm += v * v
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			norm = 1
		}
		change := 0.0
		for v := range next {
			next[v] /= norm
			change += math.Abs(next[v] - x[v])
		}
		x, next = next, x
		if res.Change = change; change < float64(n)*powerTol {
			break
		}
	}
	res.Values, res.Converged = x, res.Change < float64(n)*powerTol
	return res, nil
}

func sumOf(xs []float64) (t float64) {
	for _, x := range xs {
		t += x
	}
	return t
}
