package readmodel

import (
	"slices"
	"sort"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/domain"
)

// brokerScratch holds the buffers of one connectors count. They are sized
// by the model and kept in its pool, so that a request allocates nothing
// in proportion to the graph.
type brokerScratch struct {
	local       []int32 // by professional: index among the selected, -1 for none
	inCommunity []bool  // by chat
	commChats   []int32 // the chats set in inCommunity, to clear them after

	nodes    []int32 // selected professionals, by local index
	from, to []int32 // selected ties, local indices
	cls      []int32 // by local index: 0 for the first profession, 1 for the second, -1 for neither
	compact  analysis.Compact
	top      []brokerCount
}

type brokerCount struct {
	analysis.Broker
	id string
}

func (m *Model) getBrokerScratch() *brokerScratch {
	if s, ok := m.pools.brokers.Get().(*brokerScratch); ok {
		return s
	}
	s := &brokerScratch{local: make([]int32, len(m.people.list)), inCommunity: make([]bool, len(m.chats.list))}
	for i := range s.local {
		s.local[i] = -1
	}
	return s
}

func (m *Model) putBrokerScratch(s *brokerScratch) {
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
		s.top[i].id = "" // let the ids go with the request
	}
	m.pools.brokers.Put(s)
}

// Connectors finds who brokers between professions q.Between and q.And
// (analysis.BrokersBetween's definition) over the conversational ties of
// the window with an end of either profession (and, with a community,
// made in one of its chats), neither end opted out: the first q.First,
// most brokered pairs first, then by id. A professional without a
// profession is of "unknown" as a broker or partner, but only the literal
// profession "unknown" selects ties. Organisations' accounts are not
// listed unless q asks for them, but their ties count like any other (a
// pair both tied to one is still a pair, and not open if tied through it
// directly). GroupBetweenness is left to the caller (it comes from a stored
// analysis).
func (m *Model) Connectors(q domain.ConnectorQuery) []*domain.Connector {
	out := []*domain.Connector{}
	if q.First <= 0 {
		return out
	}
	s := m.getBrokerScratch()
	defer m.putBrokerScratch(s)
	if !m.selectTies(s, q) {
		return out
	}
	s.cls = grow(s.cls, len(s.nodes))
	for l, p := range s.nodes {
		switch prof := m.professionOf(p); {
		case prof == q.Between:
			s.cls[l] = 0
		case prof == q.And:
			s.cls[l] = 1
		default:
			s.cls[l] = -1
		}
	}
	s.compact.Build(len(s.nodes), s.from, s.to)
	s.top = s.top[:0]
	analysis.BrokersBetween(&s.compact, s.cls, q.Between == q.And, func(b analysis.Broker) {
		if q.IncludeOrganisations || !m.organisation[s.nodes[b.Node]] {
			m.offerTop(s, b, q.First)
		}
	})
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
	for _, c := range top {
		x := s.nodes[c.Node]
		conn := &domain.Connector{Professional: m.professional(x), BrokeredPairs: c.Pairs,
			PartnersBetween: c.PartnersA, PartnersAnd: c.PartnersB}
		if c.Chains > 0 {
			analysis.AddRoles(&conn.Roles, analysis.ClassifyRole(q.Between, m.professionOf(x), q.And), c.Chains)
		}
		out = append(out, conn)
	}
	return out
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// selectTies picks the ties of the window with an end in either profession
// (by the profession itself: none is no profession), neither end opted
// out, in the community's chats when one is asked; false when none can be.
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

// worse orders brokers as the answer does, reversed: fewer pairs, then
// the greater id.
func worse(p, q brokerCount) bool {
	if p.Pairs != q.Pairs {
		return p.Pairs < q.Pairs
	}
	return p.id > q.id
}

// offerTop keeps the best k brokers in s.top, a heap with the worst on
// top, so that only brokers good enough to enter need their id compared.
func (m *Model) offerTop(s *brokerScratch, b analysis.Broker, k int) {
	h := s.top
	if len(h) == k && b.Pairs < h[0].Pairs {
		return
	}
	c := brokerCount{Broker: b, id: m.people.list[s.nodes[b.Node]]}
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
