package rank

import (
	"cmp"
	"slices"

	"github.com/peergraph/peergraph/domain"
)

// Edge is a directed conversational tie: From addressed To.
type Edge struct{ From, To string }

// Broker is one professional's brokerage between professions A and B.
type Broker struct {
	ID        string
	Pairs     int
	Roles     domain.BrokerageRoles
	PartnersA int
	PartnersB int
}

// Brokerage finds who brokers between groups a and b (Gould & Fernandez 1989).
//
// For each X, a brokered pair is a pair (u, v), u in a, v in b, u ≠ v, both
// conversational partners of X (either direction) and not tied to each other
// in either direction: an open triad u–X–v. When a = b the pair is unordered
// and counted once.
//
// Roles count the directed chains u→X→v (u addressed X, X addressed v) over
// those open triads, u in a, v in b, by the groups of u, X, v:
// coordinator (all one group), itinerant (u and v one group, X another),
// gatekeeper (X in v's group only), representative (X in u's group only),
// liaison (all different). With a ≠ b only the last three can occur; with
// a = b only the first two.
//
// group maps each professional to its group; professionals without a group
// take part as X only. Results with no brokered pair are dropped; most pairs
// first, then id.
func Brokerage(edges []Edge, group map[string]string, a, b string) []Broker {
	// Professionals are interned to dense indices and the ties held as
	// sorted neighbour lists, so that the pairs of a broker are checked
	// against a mark array rather than maps of sets: the answer is the same,
	// the work the same number of steps without hashing a string in the
	// innermost loop.
	index := map[string]int32{}
	var ids []string
	intern := func(id string) int32 {
		i, ok := index[id]
		if !ok {
			i = int32(len(ids))
			index[id] = i
			ids = append(ids, id)
		}
		return i
	}
	type arc struct{ from, to int32 }
	arcs := make([]arc, 0, len(edges))
	for _, e := range edges {
		if e.From == e.To {
			continue
		}
		arcs = append(arcs, arc{intern(e.From), intern(e.To)})
	}
	n := len(ids)
	out := make([][]int32, n)
	in := make([][]int32, n)
	und := make([][]int32, n)
	for _, e := range arcs {
		out[e.from] = append(out[e.from], e.to)
		in[e.to] = append(in[e.to], e.from)
		und[e.from] = append(und[e.from], e.to)
		und[e.to] = append(und[e.to], e.from)
	}
	for i := range n {
		for _, l := range []*[]int32{&out[i], &in[i], &und[i]} {
			slices.Sort(*l)
			*l = slices.Compact(*l)
		}
	}
	groups := make([]string, n)
	for i, id := range ids {
		groups[i] = group[id]
	}
	has := func(l []int32, x int32) bool { _, ok := slices.BinarySearch(l, x); return ok }
	mark := make([]int32, n) // mark[v] == stamp: v is tied to the u being paired
	stamp := int32(0)
	var res []Broker
	var inA, inB []int32
	var fromX, toX []bool
	for x := range int32(n) {
		inA, inB = inA[:0], inB[:0]
		for _, v := range und[x] {
			if groups[v] == a {
				inA = append(inA, v)
			}
			if groups[v] == b {
				inB = append(inB, v)
			}
		}
		if len(inA) == 0 || len(inB) == 0 {
			continue
		}
		br := Broker{ID: ids[x], PartnersA: len(inA), PartnersB: len(inB)}
		role := ClassifyRole(a, groups[x], b)
		fromX, toX = fromX[:0], toX[:0]
		for _, u := range inA {
			fromX = append(fromX, has(in[x], u)) // u addressed X
		}
		for _, v := range inB {
			toX = append(toX, has(out[x], v)) // X addressed v
		}
		for i, u := range inA {
			stamp++
			for _, w := range und[u] {
				mark[w] = stamp
			}
			for j, v := range inB {
				if u == v || mark[v] == stamp {
					continue
				}
				if a != b || ids[u] < ids[v] {
					br.Pairs++
				}
				if fromX[i] && toX[j] {
					AddRole(&br.Roles, role)
				}
			}
		}
		if br.Pairs > 0 {
			res = append(res, br)
		}
	}
	slices.SortFunc(res, func(p, q Broker) int {
		if d := cmp.Compare(q.Pairs, p.Pairs); d != 0 {
			return d
		}
		return cmp.Compare(p.ID, q.ID)
	})
	return res
}

// Role is a Gould–Fernandez brokerage role.
type Role uint8

const (
	Coordinator    Role = iota // u, X and v all of one group
	Itinerant                  // u and v of one group, X of another
	Gatekeeper                 // X of v's group only
	Representative             // X of u's group only
	Liaison                    // all three different
)

// ClassifyRole is X's Gould–Fernandez role in a chain u→X→v from the groups
// of u, X and v. Brokerage uses it, and so does the analysis step
// (analysis.ComputeBrokerage), so that both count the same roles.
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

// AddRole counts one chain in role r.
func AddRole(roles *domain.BrokerageRoles, r Role) { AddRoles(roles, r, 1) }

// AddRoles counts n chains in role r, for counts made in bulk (every chain
// through one broker has the same role).
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
