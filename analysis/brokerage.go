package analysis

import (
	"context"
	"sync"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/rank"
)

// Brokerage counts Gould & Fernandez (1989) roles for every node and every
// ordered pair of groups at once, by the definition rank.Brokerage answers
// the connectors question with (and its role classification): over the
// directed chains u→X→v where u ≠ v and u, v are not tied to each other
// either way (an open triad), X's role by the groups of u, X and v.
// Nodes without a group take part as X only.
type Brokerage struct {
	G int
	// ByNode[x] are x's nonzero role counts per ordered pair (group of u,
	// group of v).
	ByNode [][]PairRoles
	// Totals[a*G+b] sums ByNode over every broker for the pair (a, b).
	Totals []domain.BrokerageRoles
}

// PairRoles are one broker's roles for chains from group From to group To.
type PairRoles struct {
	From, To int
	Roles    domain.BrokerageRoles
}

// Total sums x's roles over every pair of groups.
func (b *Brokerage) Total(x int) domain.BrokerageRoles {
	var t domain.BrokerageRoles
	for _, pr := range b.ByNode[x] {
		addRoles(&t, pr.Roles)
	}
	return t
}

func addRoles(t *domain.BrokerageRoles, r domain.BrokerageRoles) {
	t.Coordinator += r.Coordinator
	t.Itinerant += r.Itinerant
	t.Gatekeeper += r.Gatekeeper
	t.Representative += r.Representative
	t.Liaison += r.Liaison
}

// ComputeBrokerage counts every node's roles. For each X it marks the
// neighbours of each in-neighbour u and walks X's out-neighbours v: the
// cost is Σ_X Σ_{u→X} (deg u + outdeg X).
func ComputeBrokerage(ctx context.Context, g *Graph) (*Brokerage, error) {
	n, G := g.N(), len(g.Groups)
	res := &Brokerage{G: G, ByNode: make([][]PairRoles, n), Totals: make([]domain.BrokerageRoles, G*G)}
	var mu sync.Mutex
	err := parallel(ctx, n, func(lo, hi int) {
		mark := make([]int32, n)
		for i := range mark {
			mark[i] = -1
		}
		counts := make([]domain.BrokerageRoles, G*G)
		used := make([]bool, G*G)
		totals := make([]domain.BrokerageRoles, G*G)
		for x := lo; x < hi; x++ {
			ins, _ := g.In(x)
			outs, _ := g.Out(x)
			if len(ins) == 0 || len(outs) == 0 {
				continue
			}
			gx := g.GroupOf[x]
			any := false
			for _, u := range ins {
				gu := g.GroupOf[u]
				if gu < 0 {
					continue
				}
				for _, w := range g.undAdj[g.undStart[u]:g.undStart[u+1]] {
					mark[w] = u
				}
				for _, v := range outs {
					gv := g.GroupOf[v]
					if v == u || gv < 0 || mark[v] == u {
						continue
					}
					k := gu*G + gv
					rank.AddRole(&counts[k], rank.ClassifyRole(gu, gx, gv))
					used[k], any = true, true
				}
			}
			if !any {
				continue
			}
			var prs []PairRoles
			for k, ok := range used {
				if !ok {
					continue
				}
				prs = append(prs, PairRoles{From: k / G, To: k % G, Roles: counts[k]})
				addRoles(&totals[k], counts[k])
				counts[k], used[k] = domain.BrokerageRoles{}, false
			}
			res.ByNode[x] = prs
		}
		mu.Lock()
		for k := range totals {
			addRoles(&res.Totals[k], totals[k])
		}
		mu.Unlock()
	})
	return res, err
}
