package ties

import (
	"cmp"
	"math"
	"slices"
	"sync"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/rank"
)

// The conversational acts professionLinks counts are kept one per act:
// every post addresses one or more accounts (the one it answers, the one
// it quotes, those it mentions), and each (author's professional, target's
// professional) of it, self-acts left out, is an act. Unlike the ties,
// which sum a pair's acts over all time, the acts can be counted over any
// window exactly.
//
// Layout, 12 bytes an act, 4 more per community its post is in, and 4 a
// pair of professionals:
//   - actAt, actPair: the acts, the oldest first, so a window's acts are a
//     contiguous range found by binary search;
//   - actPair is an index into the pair table (the undirected pairs of
//     professionals who addressed each other, lo < hi, numbered in (lo, hi)
//     order: pairHi holds the hi ends, pairStart[lo] the first pair of each
//     lo), shifted left one, with the low bit set when the act goes from
//     the pair's hi to its lo. A window's acts are tallied per pair by
//     sorting these numbers, no map;
//   - communityActs lists the acts of each community's chats (a post in
//     several chats may be in several communities), the oldest first.

// actsBuilder collects the acts while a snapshot streams in; finishActs
// orders and indexes them.
type actsBuilder struct {
	accounts map[string][]int32 // account key → its professionals
	at       []int64
	from, to []int32
	post     []int32 // the act's post: its chats are a row of postChats
	// The chats of the posts that made acts, in CSR form.
	postChatStart, postChatItems []int32
}

// Account adds an (:Account)-[:OF]->(:Professional).
func (b *Builder) Account(a neo4jstore.SnapshotAccount) {
	if b.acts.accounts == nil {
		b.acts.accounts = map[string][]int32{}
	}
	b.acts.accounts[a.Key] = append(b.acts.accounts[a.Key], b.person(a.Professional))
}

// Post adds the acts of a post: every professional of its author's account
// to every professional of each account it addresses (as often as it
// addresses it), but themself.
func (b *Builder) Post(p neo4jstore.SnapshotPost) {
	ab := &b.acts
	froms := ab.accounts[p.Author]
	if len(froms) == 0 {
		return
	}
	at := p.At.UnixNano()
	post := int32(len(ab.postChatStart) - 1)
	made := false
	for _, key := range p.Targets {
		for _, to := range ab.accounts[key] {
			for _, from := range froms {
				if from == to {
					continue
				}
				ab.at = append(ab.at, at)
				ab.from = append(ab.from, from)
				ab.to = append(ab.to, to)
				ab.post = append(ab.post, post)
				made = true
			}
		}
	}
	if !made {
		return
	}
	for _, ch := range p.Chats {
		ab.postChatItems = append(ab.postChatItems, b.chat(ch))
	}
	ab.postChatStart = append(ab.postChatStart, int32(len(ab.postChatItems)))
}

// finishActs orders the acts by time, numbers their pairs and lists each
// community's; m's chats and their communities are final.
func (b *Builder) finishActs() {
	m, ab := b.m, &b.acts
	n := len(ab.at)
	if n > math.MaxInt32>>1 {
		panic("ties: more conversational acts than an int32 index holds")
	}
	// The pair table: acts grouped by their lower end, then by the higher,
	// numbers the pairs in (lo, hi) order without a map.
	lo, hi := func(i int32) int32 { return min(ab.from[i], ab.to[i]) }, func(i int32) int32 { return max(ab.from[i], ab.to[i]) }
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	keys := make([]int32, n)
	for i := range keys {
		keys[i] = lo(int32(i))
	}
	byLo := buildCSR(len(m.people.list), keys, idx)
	keys = nil
	pairOf := make([]int32, n)
	m.pairStart = make([]int32, len(m.people.list)+1)
	for p := range len(m.people.list) {
		m.pairStart[p] = int32(len(m.pairHi))
		row := byLo.row(int32(p))
		slices.SortFunc(row, func(x, y int32) int { return cmp.Compare(hi(x), hi(y)) })
		for j, a := range row {
			if j == 0 || hi(a) != hi(row[j-1]) {
				m.pairHi = append(m.pairHi, hi(a))
			}
			dir := int32(0)
			if ab.from[a] > ab.to[a] {
				dir = 1
			}
			pairOf[a] = int32(len(m.pairHi)-1)<<1 | dir
		}
	}
	m.pairStart[len(m.people.list)] = int32(len(m.pairHi))
	m.pairHi = slices.Clip(m.pairHi)
	byLo, idx, ab.from, ab.to = csr{}, nil, nil, nil // garbage from here: the build's peak is ~50 bytes an act
	// Oldest first; acts of one instant in the order they came.
	type keyed struct {
		at  int64
		act int32
	}
	order := make([]keyed, n)
	for i, at := range ab.at {
		order[i] = keyed{at, int32(i)}
	}
	ab.at = nil
	slices.SortFunc(order, func(x, y keyed) int {
		if d := cmp.Compare(x.at, y.at); d != 0 {
			return d
		}
		return cmp.Compare(x.act, y.act)
	})
	m.actAt = make([]int64, n)
	m.actPair = make([]int32, n)
	commKeys, commVals := make([]int32, 0, n), make([]int32, 0, n)
	var comms []int32
	for k, o := range order {
		m.actAt[k] = o.at
		m.actPair[k] = pairOf[o.act]
		post := ab.post[o.act]
		comms = comms[:0]
		for _, ch := range ab.postChatItems[ab.postChatStart[post]:ab.postChatStart[post+1]] {
			for _, c := range m.chatOf.row(ch) {
				if !slices.Contains(comms, c) {
					comms = append(comms, c)
				}
			}
		}
		for _, c := range comms {
			commKeys = append(commKeys, c)
			commVals = append(commVals, int32(k))
		}
	}
	m.communityActs = buildCSR(len(m.communities.list), commKeys, commVals)
	m.classifyProfessions()
	m.linkScratch = &sync.Pool{}
	b.acts = actsBuilder{}
}

// classifyProfessions names the classes professionLinks reports by:
// coalesce(profession, 'unknown'), so a professional with none is in the
// same class as one whose profession is "unknown".
func (m *Model) classifyProfessions() {
	m.linkNames = slices.Clone(m.professions.list)
	if i, ok := m.professions.lookup("unknown"); ok {
		m.unknownClass = i
	} else {
		m.unknownClass = int32(len(m.linkNames))
		m.linkNames = append(m.linkNames, "unknown")
	}
	m.linkOrder = make([]int32, len(m.linkNames))
	for i := range m.linkOrder {
		m.linkOrder[i] = int32(i)
	}
	slices.SortFunc(m.linkOrder, func(a, b int32) int { return cmp.Compare(m.linkNames[a], m.linkNames[b]) })
}

func (m *Model) linkClass(p int32) int32 {
	if c := m.profession[p]; c >= 0 {
		return c
	}
	return m.unknownClass
}

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
	external, internal, people            []int
}

// pairActs is one pair's acts in a period: fwd from lo to hi, bwd back.
type pairActs struct{ lo, hi, fwd, bwd int32 }

func (m *Model) getLinkScratch() *linkScratch {
	if m.linkScratch != nil {
		if s, ok := m.linkScratch.Get().(*linkScratch); ok {
			return s
		}
	}
	return &linkScratch{personGen: make([]uint32, len(m.people.list))}
}

func (m *Model) putLinkScratch(s *linkScratch) {
	if m.linkScratch != nil {
		m.linkScratch.Put(s)
	}
}

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

// ProfessionLinks is neo4jstore's ProfessionLinks counted on the model: the
// same periods (rank.LinkPeriods), and in each the cells and E–I indices
// rank.Links makes of the distinct directed pairs of the period's acts,
// acts by or to an opted-out professional left out. found is false for a
// community the graph does not have.
func (m *Model) ProfessionLinks(q domain.LinkQuery) (periods []*domain.ProfessionLinkPeriod, found bool) {
	var list []int32 // nil: every act
	if q.Community != "" {
		ci, ok := m.communities.lookup(q.Community)
		if !ok {
			return nil, false
		}
		list = m.communityActs.row(ci)
	}
	s := m.getLinkScratch()
	defer m.putLinkScratch(s)
	for _, p := range rank.LinkPeriods(q.Window, q.Interval) {
		from, to := m.actIndex(list, p.Since.UnixNano()), m.actIndex(list, p.Until.UnixNano())
		cells, ei := m.tallyLinks(s, list, from, max(from, to))
		periods = append(periods, &domain.ProfessionLinkPeriod{Since: p.Since, Until: p.Until, Cells: cells, Professions: ei})
	}
	return periods, true
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
func (m *Model) tallyLinks(s *linkScratch, list []int32, from, to int) ([]*domain.ProfessionLink, []*domain.ProfessionEI) {
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
		for ; i < len(acts) && int32(acts[i]>>1) == p; i++ {
			if acts[i]&1 == 0 {
				pa.fwd++
			} else {
				pa.bwd++
			}
		}
		if !m.optedOut[pa.lo] && !m.optedOut[pa.hi] {
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
	s.external, s.internal, s.people = reset(s.external, nc), reset(s.internal, nc), reset(s.people, nc)
	seen := s.next()
	cell := func(p, q int32, acts int32) {
		c := int(p)*nc + int(q)
		s.cellTies[c] += int(acts)
		s.cellPairs[c]++
		s.cellN[c] += 2
	}
	for _, pa := range pairs {
		a, b := pa.lo, pa.hi
		ca, cb := m.linkClass(a), m.linkClass(b)
		if ca == cb {
			s.internal[ca]++
		} else {
			s.external[ca]++
			s.external[cb]++
		}
		for _, x := range [2]int32{a, b} {
			if s.personGen[x] != seen {
				s.personGen[x] = seen
				s.people[m.linkClass(x)]++
			}
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
		a, b := pa.lo, pa.hi
		ca, cb := int(m.linkClass(a)), int(m.linkClass(b))
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
	ei := []*domain.ProfessionEI{}
	for _, c := range m.linkOrder {
		e, i := s.external[c], s.internal[c]
		if e+i == 0 {
			continue
		}
		v := float64(e-i) / float64(e+i)
		ei = append(ei, &domain.ProfessionEI{Profession: m.linkNames[c], External: e, Internal: i, EIIndex: &v, People: s.people[c]})
	}
	return cells, ei
}
