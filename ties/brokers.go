package ties

import (
	"slices"
	"sort"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/rank"
)

// Adjacency entries of the brokerage count: a neighbour's local index
// shifted past two direction bits.
const (
	dirOut  = 1 // the row's professional addressed the neighbour
	dirIn   = 2 // the neighbour addressed the row's professional
	dirBits = 2
)

// Groups of a selected professional for one count.
const (
	inGroupA = 1
	inGroupB = 2
)

// brokerScratch holds the buffers of one brokerage count. They are sized by
// the model and kept in the model's pool, so that a request allocates
// nothing in proportion to the graph.
type brokerScratch struct {
	local       []int32 // by professional: index among the selected, -1 for none
	inCommunity []bool  // by chat
	commChats   []int32 // the chats set in inCommunity, to clear them after

	nodes     []int32 // selected professionals, by local index
	from, to  []int32 // selected ties, local indices
	group     []uint8 // by local index: inGroupA | inGroupB
	start     []int32 // CSR of the undirected adjacency, by local index
	adj       []uint32
	owner     []int32 // dedupe: row that last saw a neighbour, plus one
	pos       []int32 // dedupe: where in adj that row put it
	crossFrom []int32 // CSR: for a professional of A its neighbours of B, and the reverse
	cross     []int32
	mark      []int32 // by local index: the broker, plus one, whose side it is on
	markDir   []bool  // with mark: the flag the count of roles needs
	sideA     []uint32
	sideB     []uint32
	top       []brokerCount
}

type brokerCount struct {
	x        int32 // professional
	pairs    int
	chains   int
	role     rank.Role
	nA, nB   int
	idString string
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// Brokers is neo4jstore's Connectors count made on the model: the brokers
// between q's professions over the ties with an end in either (as the
// Cypher statement selects them), with the answer rank.Brokerage gives on
// those ties, cut to its first q.First.
//
// Rather than listing every open pair, it counts per broker X: X's partners
// of A (nA) and of B (nB) give nA·nB candidate pairs, and the closed ones
// are found by walking, for the side whose partners have fewer cross ties,
// each partner's ties to the other group against a mark of X's partners.
// The chains u→X→v are counted the same way among the partners who
// addressed X and those X addressed. Every chain through one X has one role.
func (m *Model) Brokers(q domain.ConnectorQuery) []rank.Broker {
	if q.First <= 0 {
		return nil
	}
	s := m.getScratch()
	defer m.putScratch(s)
	if !m.selectTies(s, q) {
		return nil
	}
	m.buildAdjacency(s, q.Between, q.And)
	return m.countBrokers(s, q)
}

func (m *Model) getScratch() *brokerScratch {
	if m.scratch != nil {
		if s, ok := m.scratch.Get().(*brokerScratch); ok {
			return s
		}
	}
	s := &brokerScratch{local: make([]int32, len(m.people.list)), inCommunity: make([]bool, len(m.chats.list))}
	for i := range s.local {
		s.local[i] = -1
	}
	return s
}

func (m *Model) putScratch(s *brokerScratch) {
	// Only what was touched is reset: the rest of local and inCommunity
	// stays as made.
	for _, p := range s.nodes {
		s.local[p] = -1
	}
	for _, ch := range s.commChats {
		s.inCommunity[ch] = false
	}
	s.nodes, s.commChats = s.nodes[:0], s.commChats[:0]
	for i := range s.top {
		s.top[i].idString = "" // let the ids go with the request
	}
	if m.scratch != nil {
		m.scratch.Put(s)
	}
}

// selectTies picks the ties of the window with an end in either profession
// (by the profession property itself, as the Cypher statement's IN does),
// neither end opted out, in the community's chats when one is asked;
// false when none can be.
func (m *Model) selectTies(s *brokerScratch, q domain.ConnectorQuery) bool {
	w := windowOf(q.Window)
	filter := q.Community != ""
	if filter {
		ci, ok := m.communities.lookup(q.Community)
		if !ok {
			return false // no community: none of its chats, no tie
		}
		for _, ch := range m.communityChats.row(ci) {
			if !s.inCommunity[ch] {
				s.inCommunity[ch] = true
				s.commChats = append(s.commChats, ch)
			}
		}
	}
	var rows [2]int32
	nrows := 0
	for _, name := range [2]string{q.Between, q.And} {
		if pi, ok := m.professions.lookup(name); ok && !slices.Contains(rows[:nrows], pi) {
			rows[nrows] = pi
			nrows++
		}
	}
	s.from, s.to = s.from[:0], s.to[:0]
	intern := func(p int32) int32 {
		if l := s.local[p]; l >= 0 {
			return l
		}
		l := int32(len(s.nodes))
		s.local[p] = l
		s.nodes = append(s.nodes, p)
		return l
	}
	for k, pi := range rows[:nrows] {
		row := m.byProfession.row(pi)
		// Ties that ended before the window are the row's tail
		// (orderTiesByLast).
		row = row[:sort.Search(len(row), func(i int) bool { return m.tieLast[row[i]] < w.since })]
		for _, t := range row {
			u, v := m.tieFrom[t], m.tieTo[t]
			// A tie with ends in both professions is listed under both.
			if k == 1 && (m.profession[u] == rows[0] || m.profession[v] == rows[0]) {
				continue
			}
			if u == v || !m.tieIn(t, w) || m.optedOut[u] || m.optedOut[v] {
				continue
			}
			if filter && !slices.ContainsFunc(m.tieChats.row(t), func(ch int32) bool { return s.inCommunity[ch] }) {
				continue
			}
			s.from = append(s.from, intern(u))
			s.to = append(s.to, intern(v))
		}
	}
	return len(s.from) > 0
}

// buildAdjacency makes the selected ties' undirected adjacency, one entry
// per neighbour with the directions ORed, and for each professional of A
// its neighbours of B (and the reverse; with A = B its neighbours of A).
func (m *Model) buildAdjacency(s *brokerScratch, a, b string) {
	n := len(s.nodes)
	// Groups go by coalesce(profession, 'unknown'), as rank.Brokerage's
	// group map is filled, so a professional without one is of "unknown".
	profGroup := make([]uint8, len(m.professions.list)+1)
	for i, name := range append([]string{"unknown"}, m.professions.list...) {
		if name == a {
			profGroup[i] |= inGroupA
		}
		if name == b {
			profGroup[i] |= inGroupB
		}
	}
	s.group = grow(s.group, n)
	for l, p := range s.nodes {
		s.group[l] = profGroup[m.profession[p]+1]
	}

	s.start = grow(s.start, n+1)
	clear(s.start)
	for i := range s.from {
		s.start[s.from[i]+1]++
		s.start[s.to[i]+1]++
	}
	for i := 1; i <= n; i++ {
		s.start[i] += s.start[i-1]
	}
	s.adj = grow(s.adj, int(s.start[n]))
	s.pos = grow(s.pos, n)
	next := s.pos // reused as the fill cursor before it serves dedupe
	copy(next, s.start[:n])
	for i := range s.from {
		f, t := s.from[i], s.to[i]
		s.adj[next[f]] = uint32(t)<<dirBits | dirOut
		next[f]++
		s.adj[next[t]] = uint32(f)<<dirBits | dirIn
		next[t]++
	}
	// Dedupe each row in place: a row never writes past where it reads.
	s.owner = grow(s.owner, n)
	clear(s.owner)
	w := int32(0)
	for x := range int32(n) {
		lo, hi := s.start[x], s.start[x+1]
		s.start[x] = w
		for _, e := range s.adj[lo:hi] {
			v := e >> dirBits
			if s.owner[v] == x+1 {
				s.adj[s.pos[v]] |= e & (dirOut | dirIn)
				continue
			}
			s.owner[v], s.pos[v] = x+1, w
			s.adj[w] = e
			w++
		}
	}
	s.start[n] = w
	s.adj = s.adj[:w]

	s.crossFrom = grow(s.crossFrom, n+1)
	s.cross = s.cross[:0]
	for x := range n {
		s.crossFrom[x] = int32(len(s.cross))
		var want uint8
		switch g := s.group[x]; {
		case a == b:
			want = g & inGroupA
		case g&inGroupA != 0:
			want = inGroupB
		case g&inGroupB != 0:
			want = inGroupA
		}
		if want == 0 {
			continue
		}
		for _, e := range s.adj[s.start[x]:s.start[x+1]] {
			if v := int32(e >> dirBits); s.group[v]&want != 0 {
				s.cross = append(s.cross, v)
			}
		}
	}
	s.crossFrom[n] = int32(len(s.cross))
}

// countBrokers counts each professional's brokered pairs and chains and
// keeps the first q.First by rank.Brokerage's order.
func (m *Model) countBrokers(s *brokerScratch, q domain.ConnectorQuery) []rank.Broker {
	a, b := q.Between, q.And
	n := len(s.nodes)
	s.mark = grow(s.mark, n)
	clear(s.mark)
	s.markDir = grow(s.markDir, n)
	s.top = s.top[:0]
	cross := func(u uint32) []int32 { return s.cross[s.crossFrom[u]:s.crossFrom[u+1]] }
	for x := range int32(n) {
		// X's partners of A, flagged when they addressed X, and of B,
		// flagged when X addressed them.
		s.sideA, s.sideB = s.sideA[:0], s.sideB[:0]
		nFrom, nTo, nBoth := 0, 0, 0
		for _, e := range s.adj[s.start[x]:s.start[x+1]] {
			v := e >> dirBits
			g := s.group[v]
			if g&inGroupA != 0 {
				f := uint32(0)
				if e&dirIn != 0 {
					f = 1
					nFrom++
				}
				s.sideA = append(s.sideA, v<<1|f)
			}
			if g&inGroupB != 0 {
				f := uint32(0)
				if e&dirOut != 0 {
					f = 1
					nTo++
				}
				s.sideB = append(s.sideB, v<<1|f)
			}
			if a == b && g&inGroupA != 0 && e&(dirIn|dirOut) == dirIn|dirOut {
				nBoth++ // u = v: the pair (u, u) is no pair
			}
		}
		nA, nB := len(s.sideA), len(s.sideB)
		if nA == 0 || nB == 0 {
			continue
		}
		// Mark one side and walk the other's cross ties, whichever walk is
		// shorter; both find each closed pair (u, v) once per order asked.
		costA, costB := 0, 0
		for _, e := range s.sideA {
			u := e >> 1
			costA += int(s.crossFrom[u+1] - s.crossFrom[u])
		}
		for _, e := range s.sideB {
			v := e >> 1
			costB += int(s.crossFrom[v+1] - s.crossFrom[v])
		}
		marked, walked := s.sideB, s.sideA
		if costB < costA {
			marked, walked = s.sideA, s.sideB
		}
		stamp := x + 1
		for _, e := range marked {
			s.mark[e>>1] = stamp
			s.markDir[e>>1] = e&1 != 0
		}
		closed, closedChains := 0, 0
		for _, e := range walked {
			for _, v := range cross(e >> 1) {
				if s.mark[v] == stamp {
					closed++
					if e&1 != 0 && s.markDir[v] {
						closedChains++
					}
				}
			}
		}
		var pairs, chains int
		if a == b {
			// One side: each closed pair is walked from both ends, and
			// pairs are unordered while chains are not.
			pairs = (nA*(nA-1) - closed) / 2
			chains = nFrom*nTo - nBoth - closedChains
		} else {
			// A professional is of one group, so u ≠ v always.
			pairs = nA*nB - closed
			chains = nFrom*nTo - closedChains
		}
		if pairs == 0 {
			continue
		}
		c := brokerCount{x: x, pairs: pairs, chains: chains, nA: nA, nB: nB}
		m.offerTop(s, c, q.First)
	}
	// The heap's order is the answer's reversed.
	top := s.top
	slices.SortFunc(top, func(p, q brokerCount) int {
		if worse(p, q) {
			return 1
		}
		if worse(q, p) {
			return -1
		}
		return 0
	})
	out := make([]rank.Broker, len(top))
	for i, c := range top {
		x := s.nodes[c.x]
		out[i] = rank.Broker{ID: c.idString, Pairs: c.pairs, PartnersA: c.nA, PartnersB: c.nB}
		if c.chains > 0 {
			rank.AddRoles(&out[i].Roles, rank.ClassifyRole(a, m.professionOf(x), b), c.chains)
		}
	}
	return out
}

// worse is rank.Brokerage's order reversed: fewer pairs, then the greater
// id.
func worse(p, q brokerCount) bool {
	if p.pairs != q.pairs {
		return p.pairs < q.pairs
	}
	return p.idString > q.idString
}

// offerTop keeps the best k counts in s.top, a heap with the worst on top,
// so that only brokers good enough to enter need their id compared.
func (m *Model) offerTop(s *brokerScratch, c brokerCount, k int) {
	h := s.top
	if len(h) == k && c.pairs < h[0].pairs {
		return
	}
	c.idString = m.people.list[s.nodes[c.x]]
	if len(h) < k {
		h = append(h, c)
		for i := len(h) - 1; i > 0; {
			p := (i - 1) / 2
			if !worse(h[i], h[p]) {
				break
			}
			h[i], h[p] = h[p], h[i]
			i = p
		}
		s.top = h
		return
	}
	if !worse(h[0], c) {
		return
	}
	h[0] = c
	for i := 0; ; {
		l, r, w := 2*i+1, 2*i+2, i
		if l < len(h) && worse(h[l], h[w]) {
			w = l
		}
		if r < len(h) && worse(h[r], h[w]) {
			w = r
		}
		if w == i {
			break
		}
		h[i], h[w] = h[w], h[i]
		i = w
	}
}
