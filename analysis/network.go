package analysis

import (
	"math"

	"github.com/peergraph/peergraph/domain"
)

// Density is the share of possible ties present: networkx 3.4's
// density(G), 2m/(n(n−1)) for the undirected tie graph's m edges;
// 0 with fewer than two nodes.
func Density(g *Graph) float64 {
	n := float64(g.N())
	if n < 2 {
		return 0
	}
	return 2 * float64(g.Edges()) / (n * (n - 1))
}

// DirectedDensity is density(D) of the directed tie graph: m/(n(n−1)) for
// its m arcs.
func DirectedDensity(g *Graph) float64 {
	n := float64(g.N())
	if n < 2 {
		return 0
	}
	return float64(g.Arcs()) / (n * (n - 1))
}

// Reciprocity is the share of arcs whose reverse is also an arc (someone
// who was addressed answered back): networkx 3.4's overall_reciprocity(D),
// 2·mutual pairs / arcs (Wasserman & Faust 1994, §13.2); NaN without arcs.
func Reciprocity(g *Graph) float64 {
	if g.Arcs() == 0 {
		return math.NaN()
	}
	return float64(2*(g.Arcs()-g.Edges())) / float64(g.Arcs())
}

// Assortativity is Newman's (2003) attribute assortativity by group
// (profession): networkx 3.4's attribute_assortativity_coefficient. With
// e the mixing matrix of tie ends by group, normalised to sum 1, and a, b
// its row and column sums,
//
//	r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i),
//
// 1 when every tie stays within its group, 0 when ties mix as at random,
// negative when they prefer other groups. directed counts each arc u→v
// once (rows the sender's group); otherwise each distinct undirected pair
// counts both ways, as networkx does for a Graph. Ties with an end that
// has no group are left out (networkx needs the attribute on every node).
// NaN when no tie counts or the denominator is 0 (one group only).
func Assortativity(g *Graph, directed bool) float64 {
	G := len(g.Groups)
	if G == 0 {
		return math.NaN()
	}
	e := make([]float64, G*G)
	total := 0.0
	start, adj := g.undStart, g.undAdj
	if directed {
		start, adj = g.outStart, g.outAdj
	}
	for u := 0; u < g.N(); u++ {
		gu := g.GroupOf[u]
		if gu < 0 {
			continue
		}
		for _, v := range adj[start[u]:start[u+1]] {
			if gv := g.GroupOf[v]; gv >= 0 {
				e[gu*G+gv]++
				total++
			}
		}
	}
	if total == 0 {
		return math.NaN()
	}
	var trace, ab float64
	for i := 0; i < G; i++ {
		var a, b float64
		for j := 0; j < G; j++ {
			a += e[i*G+j] / total
			b += e[j*G+i] / total
		}
		trace += e[i*G+i] / total
		ab += a * b
	}
	if ab == 1 {
		return math.NaN()
	}
	return (trace - ab) / (1 - ab)
}

// NetworkEI is Krackhardt & Stern's (1988) E–I index of the whole
// network: (EL − IL)/(EL + IL) over the distinct undirected pairs with a
// tie, EL those between groups and IL those within one (domain.EIIndex).
// Pairs with an end that has no group are left out; nil without pairs.
func NetworkEI(g *Graph) (external, internal int, index *float64) {
	for u := int32(0); u < int32(g.N()); u++ {
		gu := g.GroupOf[u]
		if gu < 0 {
			continue
		}
		for _, v := range g.undAdj[g.undStart[u]:g.undStart[u+1]] {
			if v <= u || g.GroupOf[v] < 0 {
				continue
			}
			if g.GroupOf[v] == gu {
				internal++
			} else {
				external++
			}
		}
	}
	return external, internal, domain.EIIndex(external, internal)
}
