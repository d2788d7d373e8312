package readmodel

import (
	"cmp"
	"math"
	"slices"

	"github.com/peergraph/peergraph/neo4jstore"
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

// actsBuilder collects the acts while rows stream in; finishActs orders
// and indexes them. Acts come in groups (a post's, or one act of a model
// being patched) that share the communities they were made in.
type actsBuilder struct {
	accounts map[string][]int32 // account key → its professionals
	at       []int64
	from, to []int32
	group    []int32 // the act's group: its communities are a row of groupComm
	// The communities of each group, in CSR form.
	groupCommStart, groupCommItems []int32
	// chatCommunities looks up a chat's communities while posts come in;
	// nil until the first post after a chat (Builder.Chat resets it).
	chatCommunities *csr
	// inOrder is how many of the first acts are known to be in time order
	// (a patched model's kept acts).
	inOrder int
}

func newActsBuilder() actsBuilder { return actsBuilder{groupCommStart: []int32{0}} }

// Account adds an (:Account)-[:OF]->(:Professional).
func (b *Builder) Account(a neo4jstore.SnapshotAccount) {
	if b.acts.accounts == nil {
		b.acts.accounts = map[string][]int32{}
	}
	p := b.person(a.Professional)
	b.acts.accounts[a.Key] = append(b.acts.accounts[a.Key], p)
	b.account(a, p)
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
	group := int32(len(ab.groupCommStart) - 1)
	made := false
	for _, key := range p.Targets {
		for _, to := range ab.accounts[key] {
			for _, from := range froms {
				if from != to {
					ab.add(at, from, to, group)
					made = true
				}
			}
		}
	}
	if made {
		b.endGroup(p.Chats)
	}
}

// Acts adds acts whose ends are already professionals (a change's rows):
// From to each of To, as often as it is listed, but themself.
func (b *Builder) Acts(a neo4jstore.SnapshotActs) {
	ab := &b.acts
	from := b.person(a.From)
	group := int32(len(ab.groupCommStart) - 1)
	made := false
	for _, id := range a.To {
		if to := b.person(id); to != from {
			ab.add(a.At.UnixNano(), from, to, group)
			made = true
		}
	}
	if made {
		b.endGroup(a.Chats)
	}
}

func (ab *actsBuilder) add(at int64, from, to, group int32) {
	ab.at = append(ab.at, at)
	ab.from = append(ab.from, from)
	ab.to = append(ab.to, to)
	ab.group = append(ab.group, group)
}

// endGroup closes the group of acts just added with the communities of
// its chats.
func (b *Builder) endGroup(chats []string) {
	ab := &b.acts
	if ab.chatCommunities == nil {
		c := buildCSR(len(b.m.chats.list), b.chatOfKeys, b.chatOfVals)
		ab.chatCommunities = &c
	}
	start := len(ab.groupCommItems)
	for _, id := range chats {
		ch, ok := b.m.chats.lookup(id)
		if !ok || int(ch) >= len(ab.chatCommunities.start)-1 {
			continue // a chat no row listed: in no community
		}
		for _, c := range ab.chatCommunities.row(ch) {
			if !slices.Contains(ab.groupCommItems[start:], c) {
				ab.groupCommItems = append(ab.groupCommItems, c)
			}
		}
	}
	ab.groupCommStart = append(ab.groupCommStart, int32(len(ab.groupCommItems)))
}

// finishActs orders the acts by time, numbers their pairs and lists each
// community's.
func (b *Builder) finishActs() {
	m, ab := b.m, &b.acts
	n := len(ab.at)
	if n > math.MaxInt32>>1 {
		panic("readmodel: more conversational acts than an int32 index holds")
	}
	// The pair table: acts grouped by their lower end, then by the higher,
	// numbers the pairs in (lo, hi) order without a map. Two stable
	// bucketings (by hi, then by lo) order them so in linear time.
	people := len(m.people.list)
	lo, hi := func(i int32) int32 { return min(ab.from[i], ab.to[i]) }, func(i int32) int32 { return max(ab.from[i], ab.to[i]) }
	idx := make([]int32, n)
	keys := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
		keys[i] = hi(int32(i))
	}
	byHi := buildCSR(people, keys, idx).items // by hi, then as they came
	for i, a := range byHi {
		keys[i] = lo(a)
	}
	byLo := buildCSR(people, keys, byHi) // by lo, then by hi
	keys, idx, byHi = nil, nil, nil
	pairOf := make([]int32, n)
	m.pairStart = make([]int32, people+1)
	for p := range people {
		m.pairStart[p] = int32(len(m.pairHi))
		row := byLo.row(int32(p))
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
	byLo, ab.from, ab.to = csr{}, nil, nil // garbage from here: the build's peak is ~50 bytes an act
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
	byTime := func(x, y keyed) int {
		if d := cmp.Compare(x.at, y.at); d != 0 {
			return d
		}
		return cmp.Compare(x.act, y.act)
	}
	// A patched model's kept acts come in their order: only the acts read
	// for the change are sorted, then merged in.
	kept := min(ab.inOrder, n)
	slices.SortFunc(order[kept:], byTime)
	if kept > 0 && kept < n {
		order = mergeSorted(order[:kept], order[kept:], byTime)
	} else if kept == 0 {
		slices.SortFunc(order, byTime)
	}
	m.actAt = make([]int64, n)
	m.actPair = make([]int32, n)
	commKeys, commVals := make([]int32, 0, n), make([]int32, 0, n)
	for k, o := range order {
		m.actAt[k] = o.at
		m.actPair[k] = pairOf[o.act]
		g := ab.group[o.act]
		for _, c := range ab.groupCommItems[ab.groupCommStart[g]:ab.groupCommStart[g+1]] {
			commKeys = append(commKeys, c)
			commVals = append(commVals, int32(k))
		}
	}
	m.communityActs = buildCSR(len(m.communities.list), commKeys, commVals)
	m.classifyProfessions()
	b.acts = newActsBuilder()
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

// mergeSorted merges two runs sorted by cmp into one, a's first on ties.
func mergeSorted[T any](a, b []T, cmp func(x, y T) int) []T {
	out := make([]T, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if cmp(b[j], a[i]) < 0 {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
