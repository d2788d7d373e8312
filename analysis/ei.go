package analysis

import "github.com/peergraph/peergraph/domain"

// EITally counts, per group, what the E–I index (domain.EIIndex) is made
// of: distinct undirected pairs of professionals, internal when both ends
// are of the group, external for each end's group when they differ; and
// the people of each group who have such a pair, which small-cell
// suppression is measured by. The analysis step (EIIndex) and the
// professionLinks question (package readmodel) both tally with it.
type EITally struct {
	external, internal, people []int
}

// Reset empties the tally for groups 0..groups-1, keeping its buffers.
func (t *EITally) Reset(groups int) {
	reset := func(xs []int) []int {
		xs = grow(xs, groups)
		clear(xs)
		return xs
	}
	t.external, t.internal, t.people = reset(t.external), reset(t.internal), reset(t.people)
}

// Pair counts one distinct undirected pair between groups ga and gb.
func (t *EITally) Pair(ga, gb int32) {
	if ga == gb {
		t.internal[ga]++
		return
	}
	t.external[ga]++
	t.external[gb]++
}

// Person counts one professional of group g with a pair.
func (t *EITally) Person(g int32) { t.people[g]++ }

// Index is the E–I index of every group with a pair, in the order given
// (group numbers), named by names.
func (t *EITally) Index(names []string, order []int32) []*domain.ProfessionEI {
	out := []*domain.ProfessionEI{}
	for _, g := range order {
		e, i := t.external[g], t.internal[g]
		if e+i == 0 {
			continue
		}
		out = append(out, &domain.ProfessionEI{Profession: names[g], External: e, Internal: i, EIIndex: domain.EIIndex(e, i), People: t.people[g]})
	}
	return out
}
