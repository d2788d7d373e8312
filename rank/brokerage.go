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
	out := map[string]map[string]bool{}
	und := map[string]map[string]bool{}
	in := map[string]map[string]bool{}
	add := func(m map[string]map[string]bool, x, y string) {
		if m[x] == nil {
			m[x] = map[string]bool{}
		}
		m[x][y] = true
	}
	for _, e := range edges {
		if e.From == e.To {
			continue
		}
		add(out, e.From, e.To)
		add(in, e.To, e.From)
		add(und, e.From, e.To)
		add(und, e.To, e.From)
	}
	tied := func(u, v string) bool { return und[u][v] }
	var res []Broker
	for x, nbrs := range und {
		var inA, inB []string
		for n := range nbrs {
			if group[n] == a {
				inA = append(inA, n)
			}
			if group[n] == b {
				inB = append(inB, n)
			}
		}
		if len(inA) == 0 || len(inB) == 0 {
			continue
		}
		br := Broker{ID: x, PartnersA: len(inA), PartnersB: len(inB)}
		gx := group[x]
		for _, u := range inA {
			for _, v := range inB {
				if u == v || tied(u, v) {
					continue
				}
				if a != b || u < v {
					br.Pairs++
				}
				if in[x][u] && out[x][v] {
					AddRole(&br.Roles, ClassifyRole(a, gx, b))
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
func AddRole(roles *domain.BrokerageRoles, r Role) {
	switch r {
	case Coordinator:
		roles.Coordinator++
	case Itinerant:
		roles.Itinerant++
	case Gatekeeper:
		roles.Gatekeeper++
	case Representative:
		roles.Representative++
	default:
		roles.Liaison++
	}
}
