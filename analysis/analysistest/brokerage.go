// Package analysistest holds the definitions the analysis's fast code is
// checked against, written plainly (maps of sets), for the tests of the
// packages that count with it.
package analysistest

import (
	"cmp"
	"slices"

	"github.com/peergraph/peergraph/domain"
)

// Edge is a directed tie: From addressed To.
type Edge struct{ From, To string }

// Broker is one professional's brokerage between groups a and b.
type Broker struct {
	ID                   string
	Pairs                int
	Roles                domain.BrokerageRoles
	PartnersA, PartnersB int
}

// Brokerage is the Gould–Fernandez definition written plainly on
// maps of sets: for each X, every pair (u, v) of its partners, u in a and v
// in b, u ≠ v, not tied to each other either way, counted once when a = b;
// roles over the chains u→X→v among them. Professionals without a group
// take part as X only. Most pairs first, then id.
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
		for _, u := range inA {
			for _, v := range inB {
				if u == v || und[u][v] {
					continue
				}
				if a != b || u < v {
					br.Pairs++
				}
				if in[x][u] && out[x][v] {
					addRole(&br.Roles, a, group[x], b)
				}
			}
		}
		if br.Pairs > 0 {
			res = append(res, br)
		}
	}
	slices.SortFunc(res, Order)
	return res
}

// Order is the answer's order: most pairs first, then id.
func Order(p, q Broker) int {
	if d := cmp.Compare(q.Pairs, p.Pairs); d != 0 {
		return d
	}
	return cmp.Compare(p.ID, q.ID)
}

// addRole counts a chain u→X→v by the groups of u, X and v: coordinator
// (all one group), itinerant (u and v one, X another), gatekeeper (X in
// v's only), representative (X in u's only), liaison (all different).
func addRole(r *domain.BrokerageRoles, gu, gx, gv string) {
	switch {
	case gu == gv && gx == gu:
		r.Coordinator++
	case gu == gv:
		r.Itinerant++
	case gx == gv:
		r.Gatekeeper++
	case gx == gu:
		r.Representative++
	default:
		r.Liaison++
	}
}
