package analysis

import (
	"context"
	"sync"

	"github.com/peergraph/peergraph/domain"
)

// Brokerage after Gould & Fernandez (1989), one definition for the
// connectors question and the analysis step:
//
// X brokers a pair (u, v) of its partners (either direction) when u ≠ v
// and u and v are not tied to each other either way: an open triad u–X–v.
// A chain is such a pair with u→X and X→v (u addressed X, X addressed v),
// and X's role in it follows from the groups of u, X and v (ClassifyRole).
//
// Both count the same way, broker by broker on a Compact: of X's n_u
// partners on one side and n_v on the other, n_u·n_v are pairs (less
// u = v), and the closed ones are found by marking one side and walking
// the rows of the other (triads.closed); so are the chains among those who
// addressed X and those X addressed. The connectors question asks this for
// one pair of professions (BrokersBetween), the analysis for every ordered
// pair of groups at once (ComputeBrokerage).

// Role is a Gould–Fernandez brokerage role.
type Role uint8

const (
	Coordinator    Role = iota // u, X and v all of one group
	Itinerant                  // u and v of one group, X of another
	Gatekeeper                 // X of v's group only
	Representative             // X of u's group only
	Liaison                    // all three different
)

// ClassifyRole is X's role in a chain u→X→v from the groups of u, X and v.
func ClassifyRole[G comparable](gu, gx, gv G) Role {
	switch {
	case gu == gv && gx == gu:
		return Coordinator
	case gu == gv:
		return Itinerant
	case gx == gv:
		return Gatekeeper
	case gx == gu:
		return Representative
	default:
		return Liaison
	}
}

// AddRoles counts n chains in role r.
func AddRoles(roles *domain.BrokerageRoles, r Role, n int) {
	switch r {
	case Coordinator:
		roles.Coordinator += n
	case Itinerant:
		roles.Itinerant += n
	case Gatekeeper:
		roles.Gatekeeper += n
	case Representative:
		roles.Representative += n
	default:
		roles.Liaison += n
	}
}

// triads counts, for one broker at a time, the pairs of its partners that
// are tied to each other (closed triads), by the classes of the pair's
// ends. A side is a list of X's partners, each node<<1 | flag, where the
// flag says the partner can start (walked side) or end (marked side) a
// chain through X.
type triads struct {
	g      int     // classes
	mark   []int32 // by node: the broker, plus one, whose marked side it is on
	markOK []bool  // with mark: the marked partner's flag
	// By cell gu*g+gv, for the current broker: the closed pairs, and the
	// closed pairs whose both flags are set (closed chains).
	pairs, chains []int
}

func newTriads(nodes, classes int) *triads {
	return &triads{g: classes, mark: make([]int32, nodes), markOK: make([]bool, nodes),
		pairs: make([]int, classes*classes), chains: make([]int, classes*classes)}
}

// closed counts broker x's closed pairs between walked and marked, by
// class (cls, by node). A pair found from both ends (the same side walked
// and marked) is counted twice.
func (t *triads) closed(c *Compact, x int32, walked, marked []uint32, cls []int32) {
	clear(t.pairs)
	clear(t.chains)
	stamp := x + 1
	for _, e := range marked {
		t.mark[e>>1] = stamp
		t.markOK[e>>1] = e&1 != 0
	}
	for _, e := range walked {
		u := int32(e >> 1)
		row := int(cls[u]) * t.g
		for _, f := range c.Row(u) {
			if w := Neighbour(f); t.mark[w] == stamp {
				cell := row + int(cls[w])
				t.pairs[cell]++
				if e&1 != 0 && t.markOK[w] {
					t.chains[cell]++
				}
			}
		}
	}
}

// Broker is one professional's brokerage between two groups.
type Broker struct {
	Node int32
	// Pairs are the open pairs, Chains the open chains from the first
	// group to the second; PartnersA and PartnersB are X's partners of
	// each group.
	Pairs, Chains        int
	PartnersA, PartnersB int
}

// BrokersBetween counts every node's brokerage between groups a and b:
// cls is each node's class, 0 for a, 1 for b (0 for both when same is
// true: a and b are one group), -1 for neither. emit hears every broker
// with at least one open pair. A node of neither group is a broker only.
func BrokersBetween(c *Compact, cls []int32, same bool, emit func(Broker)) {
	n := c.N()
	g := 2
	if same {
		g = 1
	}
	t := newTriads(n, g)
	var sideA, sideB []uint32
	for x := range int32(n) {
		// X's partners of a, flagged when they addressed X, and of b,
		// flagged when X addressed them.
		sideA, sideB = sideA[:0], sideB[:0]
		nFrom, nTo, nBoth := 0, 0, 0
		for _, e := range c.Row(x) {
			v := uint32(Neighbour(e))
			switch cls[v] {
			case 0:
				f := uint32(0)
				if e&In != 0 {
					f = 1
					nFrom++
				}
				sideA = append(sideA, v<<1|f)
				if same {
					f = 0
					if e&Out != 0 {
						f = 1
						nTo++
						if e&In != 0 {
							nBoth++ // u = v: the pair (u, u) is no pair
						}
					}
					sideB = append(sideB, v<<1|f)
				}
			case 1:
				f := uint32(0)
				if e&Out != 0 {
					f = 1
					nTo++
				}
				sideB = append(sideB, v<<1|f)
			}
		}
		nA, nB := len(sideA), len(sideB)
		if nA == 0 || nB == 0 {
			continue
		}
		// Mark one side and walk the other's rows, whichever walk is
		// shorter; a closed pair is met once per order the sides allow.
		walked, marked := sideA, sideB
		if rowsLength(c, sideB) < rowsLength(c, sideA) {
			walked, marked = sideB, sideA
		}
		t.closed(c, x, walked, marked, cls)
		closed, closedChains := sum(t.pairs), sum(t.chains)
		b := Broker{Node: x, PartnersA: nA, PartnersB: nB}
		if same {
			// One side: each closed pair is met from both ends, and pairs
			// are unordered while chains are not.
			b.Pairs = (nA*(nA-1) - closed) / 2
			b.Chains = nFrom*nTo - nBoth - closedChains
		} else {
			b.Pairs = nA*nB - closed
			b.Chains = nFrom*nTo - closedChains
		}
		if b.Pairs > 0 {
			emit(b)
		}
	}
}

func rowsLength(c *Compact, side []uint32) int {
	n := 0
	for _, e := range side {
		u := e >> 1
		n += int(c.start[u+1] - c.start[u])
	}
	return n
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// Brokerage is every node's Gould–Fernandez role counts, per ordered pair
// of groups (the group of u, of v), and their totals.
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

// ComputeBrokerage counts every node's chains for every ordered pair of
// groups on g's compact graph: for X, the in-partners u (walked) and the
// out-partners v (marked) of a group; chains (gu, gv) are in_gu·out_gv,
// less the partners on both sides (u = v) when gu = gv, less the closed
// ones. Nodes without a group take part as X only. The cost is
// Σ_X Σ_{u→X} deg u.
func ComputeBrokerage(ctx context.Context, g *Graph) (*Brokerage, error) {
	c := g.Compact()
	n, G := g.N(), len(g.Groups)
	cls := make([]int32, n)
	for u, gr := range g.GroupOf {
		cls[u] = int32(gr)
	}
	res := &Brokerage{G: G, ByNode: make([][]PairRoles, n), Totals: make([]domain.BrokerageRoles, G*G)}
	var mu sync.Mutex
	err := parallel(ctx, n, func(lo, hi int) {
		t := newTriads(n, G)
		totals := make([]domain.BrokerageRoles, G*G)
		ins, outs, both := make([]int, G), make([]int, G), make([]int, G)
		var walked, marked []uint32
		for x := lo; x < hi; x++ {
			walked, marked = walked[:0], marked[:0]
			clear(ins)
			clear(outs)
			clear(both)
			for _, e := range c.Row(int32(x)) {
				v := Neighbour(e)
				gv := cls[v]
				if gv < 0 {
					continue
				}
				if e&In != 0 {
					walked = append(walked, uint32(v)<<1|1)
					ins[gv]++
				}
				if e&Out != 0 {
					marked = append(marked, uint32(v)<<1|1)
					outs[gv]++
				}
				if e&(In|Out) == In|Out {
					both[gv]++
				}
			}
			if len(walked) == 0 || len(marked) == 0 {
				continue
			}
			t.closed(c, int32(x), walked, marked, cls)
			gx := g.GroupOf[x]
			var prs []PairRoles
			for gu := range G {
				if ins[gu] == 0 {
					continue
				}
				for gv := range G {
					chains := ins[gu] * outs[gv]
					if gu == gv {
						chains -= both[gu]
					}
					if chains -= t.chains[gu*G+gv]; chains <= 0 {
						continue
					}
					pr := PairRoles{From: gu, To: gv}
					AddRoles(&pr.Roles, ClassifyRole(gu, gx, gv), chains)
					addRoles(&totals[gu*G+gv], pr.Roles)
					prs = append(prs, pr)
				}
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
