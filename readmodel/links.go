package readmodel

import (
	"cmp"
	"slices"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/scoring"
)

// linkScratch is one request's tally: the period's acts by pair (sorted
// copies of their actPair), the distinct pairs with their acts each way,
// a stamp per professional for counting distinct people, and the per-class
// sums.
type linkScratch struct {
	acts, tmp []uint32
	pairs     []pairActs
	gen       uint32
	personGen []uint32
	entries   []int32

	cellTies, cellPairs, cellN, cellStart []int
	ei                                    analysis.EITally
	leave                                 []bool // by class: its acts are left out
}

// pairActs is one pair's acts in a period: fwd from lo to hi, bwd back;
// ca and cb are lo's and hi's classes, looked up once.
type pairActs struct{ lo, hi, fwd, bwd, ca, cb int32 }

func (m *Model) getLinkScratch() *linkScratch {
	if s, ok := m.pools.links.Get().(*linkScratch); ok {
		return s
	}
	return &linkScratch{personGen: make([]uint32, len(m.people.list))}
}

func (m *Model) putLinkScratch(s *linkScratch) { m.pools.links.Put(s) }

// next is a stamp no entry of personGen holds yet.
func (s *linkScratch) next() uint32 {
	s.gen++
	if s.gen == 0 {
		clear(s.personGen)
		s.gen = 1
	}
	return s.gen
}

// radixSort sorts xs (tmp is scratch of the same length) by the low bits
// that hold max, 11 at a time: two passes for up to 2M pairs.
func radixSort(xs, tmp []uint32, max uint32) {
	const bits = 11
	var count [1 << bits]int
	for shift := 0; shift < 32 && max>>shift > 0; shift += bits {
		clear(count[:])
		for _, x := range xs {
			count[x>>shift&(1<<bits-1)]++
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, x := range xs {
			d := x >> shift & (1<<bits - 1)
			tmp[count[d]] = x
			count[d]++
		}
		copy(xs, tmp)
	}
}

// ProfessionLinks counts conversational acts between professions in the
// periods of q (scoring.LinkPeriods): in each, a cell (P, Q) counts the
// acts from P's professionals to Q's (ties), the distinct directed pairs
// behind them (pairs) and the distinct people making them; and each
// profession's E–I index counts the distinct undirected pairs with an end
// in it. A professional without a profession counts as "unknown"; acts
// by or to an opted-out professional are left out, and so are those with
// an end in a class q.LeaveOut names, counted in the period's LeftOut. An
// unknown community is an error naming it.
func (m *Model) ProfessionLinks(q domain.LinkQuery) ([]*domain.ProfessionLinkPeriod, error) {
	var list []int32 // nil: every act
	if q.Community != "" {
		ci, ok := m.communities.lookup(q.Community)
		if !ok {
			return nil, domain.NoCommunity(q.Community)
		}
		list = m.communityActs.row(ci)
	}
	var periods []*domain.ProfessionLinkPeriod
	s := m.getLinkScratch()
	defer m.putLinkScratch(s)
	s.leave = grow(s.leave, len(m.linkNames))
	for c, name := range m.linkNames {
		s.leave[c] = slices.Contains(q.LeaveOut, name)
	}
	for _, p := range scoring.LinkPeriods(q.Window, q.Interval) {
		from, to := m.actIndex(list, p.Since.UnixNano()), m.actIndex(list, p.Until.UnixNano())
		cells, ei, left := m.tallyLinks(s, list, from, max(from, to))
		periods = append(periods, &domain.ProfessionLinkPeriod{Since: p.Since, Until: p.Until, Cells: cells, Professions: ei, LeftOut: left})
	}
	return periods, nil
}

// actIndex is the first position in list (nil: every act) whose act is at
// or after t.
func (m *Model) actIndex(list []int32, t int64) int {
	if list == nil {
		i, _ := slices.BinarySearch(m.actAt, t)
		return i
	}
	i, _ := slices.BinarySearchFunc(list, t, func(a int32, t int64) int { return cmp.Compare(m.actAt[a], t) })
	return i
}

// tallyLinks makes one period's cells and E–I indices from the acts at
// positions [from, to) of list (nil: every act), as rank.Links does from
// the period's rows: a cell counts the acts and distinct directed pairs
// from one class to another and the distinct people making them; a
// class's E–I index counts the distinct undirected pairs with an end in it.
// A pair with an end in a class s.leave marks is left out, and counted.
func (m *Model) tallyLinks(s *linkScratch, list []int32, from, to int) ([]*domain.ProfessionLink, []*domain.ProfessionEI, domain.LeftOutActs) {
	// Acts per pair, each way: the period's acts sorted by pair (then
	// direction) and counted in runs. Sorted, the pairs' ends are read in
	// order rather than at random.
	n := to - from
	if cap(s.acts) < n {
		s.acts, s.tmp = make([]uint32, n), make([]uint32, n)
	}
	acts, tmp := s.acts[:n], s.tmp[:n]
	if list == nil {
		for i, v := range m.actPair[from:to] {
			acts[i] = uint32(v)
		}
	} else {
		for i, a := range list[from:to] {
			acts[i] = uint32(m.actPair[a])
		}
	}
	radixSort(acts, tmp, uint32(len(m.pairHi))<<1)
	pairs := s.pairs[:0]
	var left domain.LeftOutActs
	leftGen := s.next()
	lo := int32(0) // the lo end of pair p: pairs come in order, so lo only grows
	for i := 0; i < len(acts); {
		p := int32(acts[i] >> 1)
		if m.pairStart[lo+1] <= p {
			rest := m.pairStart[lo+1:]
			j, found := slices.BinarySearch(rest, p)
			for found && j+1 < len(rest) && rest[j+1] == p { // skip professionals with no pair
				j++
			}
			if !found {
				j--
			}
			lo += int32(j) + 1
		}
		pa := pairActs{lo: lo, hi: m.pairHi[p]}
		pa.ca, pa.cb = m.linkClass(pa.lo), m.linkClass(pa.hi)
		for ; i < len(acts) && int32(acts[i]>>1) == p; i++ {
			if acts[i]&1 == 0 {
				pa.fwd++
			} else {
				pa.bwd++
			}
		}
		switch {
		case m.optedOut[pa.lo] || m.optedOut[pa.hi]:
		case s.leave[pa.ca] || s.leave[pa.cb]:
			left.Acts += int(pa.fwd + pa.bwd)
			left.Pairs++
			for _, x := range [2]int32{pa.lo, pa.hi} {
				if s.personGen[x] != leftGen {
					s.personGen[x] = leftGen
					left.People++
				}
			}
		default:
			pairs = append(pairs, pa)
		}
	}
	s.pairs = pairs
	// Per class and cell.
	nc := len(m.linkNames)
	reset := func(xs []int, n int) []int {
		if cap(xs) < n {
			return make([]int, n)
		}
		xs = xs[:n]
		clear(xs)
		return xs
	}
	s.cellTies, s.cellPairs, s.cellN = reset(s.cellTies, nc*nc), reset(s.cellPairs, nc*nc), reset(s.cellN, nc*nc)
	s.ei.Reset(nc)
	seen := s.next()
	cell := func(p, q int32, acts int32) {
		c := int(p)*nc + int(q)
		s.cellTies[c] += int(acts)
		s.cellPairs[c]++
		s.cellN[c] += 2
	}
	for _, pa := range pairs {
		a, b, ca, cb := pa.lo, pa.hi, pa.ca, pa.cb
		s.ei.Pair(ca, cb)
		if s.personGen[a] != seen {
			s.personGen[a] = seen
			s.ei.Person(ca)
		}
		if s.personGen[b] != seen {
			s.personGen[b] = seen
			s.ei.Person(cb)
		}
		if pa.fwd > 0 {
			cell(ca, cb, pa.fwd)
		}
		if pa.bwd > 0 {
			cell(cb, ca, pa.bwd)
		}
	}
	// The people of each cell: both ends of its pairs, grouped by cell,
	// then counted distinct with a fresh stamp a cell.
	s.cellStart = reset(s.cellStart, nc*nc+1)
	for c, n := range s.cellN {
		s.cellStart[c+1] = s.cellStart[c] + n
	}
	if total := s.cellStart[nc*nc]; cap(s.entries) < total {
		s.entries = make([]int32, total)
	} else {
		s.entries = s.entries[:total]
	}
	next := s.cellN // reused as each cell's fill position
	copy(next, s.cellStart[:nc*nc])
	place := func(c int, x, y int32) {
		s.entries[next[c]], s.entries[next[c]+1] = x, y
		next[c] += 2
	}
	for _, pa := range pairs {
		a, b, ca, cb := pa.lo, pa.hi, int(pa.ca), int(pa.cb)
		if pa.fwd > 0 {
			place(ca*nc+cb, a, b)
		}
		if pa.bwd > 0 {
			place(cb*nc+ca, a, b)
		}
	}
	cells := []*domain.ProfessionLink{}
	for _, f := range m.linkOrder {
		for _, t := range m.linkOrder {
			c := int(f)*nc + int(t)
			if s.cellPairs[c] == 0 {
				continue
			}
			stamp, people := s.next(), 0
			for _, x := range s.entries[s.cellStart[c]:s.cellStart[c+1]] {
				if s.personGen[x] != stamp {
					s.personGen[x] = stamp
					people++
				}
			}
			cells = append(cells, &domain.ProfessionLink{From: m.linkNames[f], To: m.linkNames[t],
				Ties: s.cellTies[c], Pairs: s.cellPairs[c], People: people})
		}
	}
	ei := s.ei.Index(m.linkNames, m.linkOrder)
	return cells, ei, left
}
