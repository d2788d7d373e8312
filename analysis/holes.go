package analysis

import (
	"context"
	"math"
)

// StructuralHoles are Burt's (1992) constraint and effective size, as
// networkx 3.4 defines them (constraint, effective_size) on a directed or
// undirected graph: the mutual weight of u and v is m_uv = a_uv + a_vu, so
// an undirected edge, which is two arcs here, has mutual weight 2w, exactly
// as in networkx. Neighbours are neighbours either way.
//
// Weighted uses the arcs' weights (conversational acts), unweighted counts
// each arc as 1: networkx's weight="acts" and weight=None on the directed
// tie graph. NaN for a node without neighbours, as in networkx.
//
// One divergence, on purpose: networkx returns NaN for a node of a DiGraph
// with no out-neighbours (its guard is len(G[v]) == 0, successors only),
// although its formulas run over neighbours either way. Someone who was
// addressed but never answered has contacts, and Burt's measures are
// defined for them: here they get networkx's own formula over all
// neighbours (testdata/analysis/reference.py, sinks_completed).
type StructuralHoles struct {
	Weighted      bool
	Constraint    []float64
	EffectiveSize []float64
}

// ComputeStructuralHoles computes constraint and effective size:
//
//	p_uv = m_uv / Σ_w m_uw                         (normalised mutual weight)
//	constraint(u) = Σ_v (p_uv + Σ_w p_uw p_wv)²    v, w neighbours of u
//	effective_size(u) = Σ_v (1 − Σ_w p_uw m_vw / max_x m_vx)
//
// The inner sums run over two-step walks u–w–v (a scatter array per node),
// which costs Σ_w deg(w)² rather than Σ_u deg(u)² binary searches.
func ComputeStructuralHoles(ctx context.Context, g *Graph, weighted bool) (*StructuralHoles, error) {
	n := g.N()
	res := &StructuralHoles{Weighted: weighted, Constraint: make([]float64, n), EffectiveSize: make([]float64, n)}
	mw := make([]float64, len(g.undAdj))
	sum := make([]float64, n)
	mx := make([]float64, n)
	for u := 0; u < n; u++ {
		for i := g.undStart[u]; i < g.undStart[u+1]; i++ {
			if weighted {
				mw[i] = g.undW[i]
			} else {
				v := g.undAdj[i]
				if hasArc(g, int32(u), v) {
					mw[i]++
				}
				if hasArc(g, v, int32(u)) {
					mw[i]++
				}
			}
			sum[u] += mw[i]
			mx[u] = math.Max(mx[u], mw[i])
		}
	}
	err := parallel(ctx, n, func(lo, hi int) {
		mark := make([]int32, n)
		for i := range mark {
			mark[i] = -1
		}
		indirect := make([]float64, n)
		redundancy := make([]float64, n)
		for u := lo; u < hi; u++ {
			s, e := g.undStart[u], g.undStart[u+1]
			if s == e {
				res.Constraint[u], res.EffectiveSize[u] = math.NaN(), math.NaN()
				continue
			}
			for _, v := range g.undAdj[s:e] {
				mark[v] = int32(u)
				indirect[v], redundancy[v] = 0, 0
			}
			for i := s; i < e; i++ {
				w := g.undAdj[i]
				puw := mw[i] / sum[u]
				for j := g.undStart[w]; j < g.undStart[w+1]; j++ {
					v := g.undAdj[j]
					if mark[v] != int32(u) {
						continue
					}
					indirect[v] += puw * mw[j] / sum[w]
					redundancy[v] += puw * mw[j] / mx[v] // m_wv = m_vw
				}
			}
			var c, es float64
			for i := s; i < e; i++ {
				v := g.undAdj[i]
				local := mw[i]/sum[u] + indirect[v]
				c += local * local
				es += 1 - redundancy[v]
			}
			res.Constraint[u], res.EffectiveSize[u] = c, es
		}
	})
	return res, err
}

func hasArc(g *Graph, u, v int32) bool {
	_, ok := binarySearch(g.outAdj[g.outStart[u]:g.outStart[u+1]], v)
	return ok
}

func binarySearch(row []int32, v int32) (int, bool) {
	lo, hi := 0, len(row)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if row[m] < v {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(row) && row[lo] == v
}
