package graph

import (
	"cmp"
	"context"
	"slices"

	"github.com/peergraph/peergraph/domain"
)

// Small cells and their complements. A cell counting fewer than K people is
// withheld from everyone but admins (primary suppression). Where a total is
// shown beside the cells (a chat's participants beside its profession mix,
// a cluster's size beside its mix, a profession's E–I totals beside its row
// and column of the profession matrix), one withheld cell would be found by
// subtraction; so, as statistical offices do, the next-smallest cells of
// the same total are withheld too (complementary suppression), until every
// total with a withheld cell has at least two of them and they count at
// least K people together. This is the one place the rule is applied: the
// lists go through it before their cells are shown.

// withheldCells says which cells to withhold, given how many people each
// counts, the groups of cells that add up to a shown total, and K.
func withheldCells(people []int, groups [][]int, k int) []bool {
	hide := make([]bool, len(people))
	for i, n := range people {
		hide[i] = n < k
	}
	for changed := true; changed; {
		changed = false
		for _, g := range groups {
			hidden, sum := 0, 0
			for _, i := range g {
				if hide[i] {
					hidden++
					sum += people[i]
				}
			}
			if hidden == 0 || (hidden >= 2 && sum >= k) {
				continue
			}
			next := -1
			for _, i := range g {
				if !hide[i] && (next < 0 || people[i] < people[next]) {
					next = i
				}
			}
			if next >= 0 {
				hide[next] = true
				changed = true
			}
		}
	}
	return hide
}

// everyCell is the one group of a list whose total is shown beside it.
func everyCell(n int) [][]int {
	g := make([]int, n)
	for i := range g {
		g[i] = i
	}
	return [][]int{g}
}

// k is the smallest cell shown, 0 for an admin (who sees every cell).
func (r *Resolver) k(ctx context.Context) int {
	if domain.PrincipalFrom(ctx).Role == domain.RoleAdmin {
		return 0
	}
	if r.Access.K <= 0 {
		return DefaultK
	}
	return r.Access.K
}

// The cells of an aggregate as the caller may see them: what the schema's
// ProfessionCount, ProfessionLink and ProfessionEI are bound to, so a cell
// reaches an answer only through the disclose functions below, and its
// figures are plain fields (no resolver, and no goroutine, per cell).

// ShownCount is a cell of a profession mix; Count is nil when suppressed.
type ShownCount struct {
	Profession string
	Count      *int
	Suppressed bool
}

// ShownLink is a cell of the profession matrix; Ties and Pairs are nil
// when suppressed.
type ShownLink struct {
	From, To    string
	Ties, Pairs *int
	Suppressed  bool
}

// ShownEI is a profession's E–I figures; all three are nil when suppressed.
type ShownEI struct {
	Profession         string
	External, Internal *int
	EIIndex            *float64
	Suppressed         bool
}

// discloseMix is a profession mix (a chat's, a cluster's) as the caller may
// see it: its total (participants, size) is shown, so it is one group.
func (r *Resolver) discloseMix(ctx context.Context, mix []*domain.ProfessionCount) []*ShownCount {
	k := r.k(ctx)
	people := make([]int, len(mix))
	for i, c := range mix {
		people[i] = c.Count
	}
	hide := withheldCells(people, everyCell(len(mix)), k)
	out := make([]*ShownCount, len(mix))
	for i, c := range mix {
		out[i] = &ShownCount{Profession: c.Profession, Count: unlessSuppressed(hide[i], c.Count), Suppressed: hide[i]}
	}
	return out
}

// discloseLinks is a period's profession matrix as the caller may see it:
// each row (from) and column (to) adds up to about what the E–I figures of
// its profession show, so each is a group.
func (r *Resolver) discloseLinks(ctx context.Context, cells []*domain.ProfessionLink) []*ShownLink {
	k := r.k(ctx)
	people := make([]int, len(cells))
	rows, cols := map[string][]int{}, map[string][]int{}
	for i, c := range cells {
		people[i] = c.People
		rows[c.From] = append(rows[c.From], i)
		cols[c.To] = append(cols[c.To], i)
	}
	var groups [][]int
	for _, byName := range []map[string][]int{rows, cols} {
		names := make([]string, 0, len(byName))
		for name := range byName {
			names = append(names, name)
		}
		slices.SortFunc(names, cmp.Compare) // the same cells withheld on every request
		for _, name := range names {
			groups = append(groups, byName[name])
		}
	}
	hide := withheldCells(people, groups, k)
	out := make([]*ShownLink, len(cells))
	for i, c := range cells {
		out[i] = &ShownLink{From: c.From, To: c.To, Ties: unlessSuppressed(hide[i], c.Ties),
			Pairs: unlessSuppressed(hide[i], c.Pairs), Suppressed: hide[i]}
	}
	return out
}

// discloseEI is the E–I figures of the professions as the caller may see
// them: together they add up to the matrix's total, so they are one group.
func (r *Resolver) discloseEI(ctx context.Context, eis []*domain.ProfessionEI) []*ShownEI {
	k := r.k(ctx)
	people := make([]int, len(eis))
	for i, e := range eis {
		people[i] = e.People
	}
	hide := withheldCells(people, everyCell(len(eis)), k)
	out := make([]*ShownEI, len(eis))
	for i, e := range eis {
		shown := &ShownEI{Profession: e.Profession, External: unlessSuppressed(hide[i], e.External),
			Internal: unlessSuppressed(hide[i], e.Internal), Suppressed: hide[i]}
		if !hide[i] {
			shown.EIIndex = e.EIIndex
		}
		out[i] = shown
	}
	return out
}
