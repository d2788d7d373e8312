package readmodel

import (
	"slices"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/scoring"
)

// window is a domain.Window in the model's clock (unix nanoseconds).
type window struct{ since, until int64 }

func windowOf(w domain.Window) window {
	return window{since: w.Since.UnixNano(), until: w.Until.UnixNano()}
}

// tieIn is the one rule of what a window holds of a tie: TALKED_WITH keeps
// a pair's totals, not a time series, so a tie is in a window when its
// first and last acts span part of it, and it is conversational when it
// holds a reply, mention or quote (a repost alone is endorsement). A
// missing time is never in a window.
func (m *Model) tieIn(t int32, w window) bool {
	return m.tieLast[t] >= w.since && m.tieFirst[t] < w.until && m.tieConv[t] > 0
}

func (m *Model) chatIn(ch int32, w window) bool {
	s := m.chatStart[ch]
	return s != noStart && s >= w.since && s < w.until
}

// professionOf is coalesce(profession, 'unknown').
func (m *Model) professionOf(p int32) string {
	if i := m.profession[p]; i >= 0 {
		return m.professions.list[i]
	}
	return "unknown"
}

// rawProfession is the property itself, "" for none.
func (m *Model) rawProfession(p int32) string {
	if i := m.profession[p]; i >= 0 {
		return m.professions.list[i]
	}
	return ""
}

func (m *Model) other(t, p int32) int32 {
	if m.tieFrom[t] == p {
		return m.tieTo[t]
	}
	return m.tieFrom[t]
}

// inWindow is the part of an adjacency row (tie numbers, so latest lastAt
// first: see orderTiesByLast) whose ties were last used in the window or
// after: the ties past it cannot be in the window.
func (m *Model) inWindow(row []int32, w window) []int32 {
	n, _ := slices.BinarySearchFunc(row, w.since, func(t int32, since int64) int {
		if m.tieLast[t] >= since {
			return -1
		}
		return 1
	})
	return row[:n]
}

// partners are p's conversational partners in the window, either
// direction, not opted out, p left out; sorted, distinct.
func (m *Model) partners(p int32, w window) []int32 {
	var out []int32
	for _, adj := range [2]csr{m.out, m.in} {
		for _, t := range m.inWindow(adj.row(p), w) {
			if o := m.other(t, p); o != p && !m.optedOut[o] && m.tieIn(t, w) {
				out = append(out, o)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// countPartners counts p's partners as partners(p, w) lists them, and
// those of another profession, without a list per member: a community has
// thousands. sc.local marks a partner with the member who last counted it
// (its first mark in a call puts it in sc.nodes, for putScratch to clear).
func (m *Model) countPartners(sc *brokerScratch, p int32, w window) (partners, cross int) {
	own := m.professionOf(p)
	for _, adj := range [2]csr{m.out, m.in} {
		for _, t := range m.inWindow(adj.row(p), w) {
			o := m.other(t, p)
			if o == p || m.optedOut[o] || sc.local[o] == p || !m.tieIn(t, w) {
				continue
			}
			if sc.local[o] == -1 {
				sc.nodes = append(sc.nodes, o)
			}
			sc.local[o] = p
			partners++
			if m.professionOf(o) != own {
				cross++
			}
		}
	}
	return partners, cross
}

// answers counts the ties p made in the window (to anyone).
func (m *Model) answers(p int32, w window) int {
	n := 0
	for _, t := range m.inWindow(m.out.row(p), w) {
		if m.tieIn(t, w) {
			n++
		}
	}
	return n
}

// IsolatedMembers flags the members of a community by their activity in
// the window (scoring.Isolation) and returns the page q asks for, with the
// ranking's total and the median partner count: in the window and the
// community's chats, a member's posts, chats and replies and mentions
// received, and its chats there before the window; its conversational
// partners in the window anywhere, and those of another profession.
// Opted-out members are left out, and so are their ties. An unknown
// community is an error naming it.
func (m *Model) IsolatedMembers(q domain.IsolationQuery) (*domain.IsolationConnection, error) {
	ci, ok := m.communities.lookup(q.Community)
	if !ok {
		return nil, domain.NoCommunity(q.Community)
	}
	win := windowOf(q.Window)
	sc := m.getBrokerScratch()
	defer m.putBrokerScratch(sc)
	members := m.members.row(ci)
	stats := make([]scoring.MemberStats, 0, len(members))
	for _, p := range members {
		if m.optedOut[p] {
			continue
		}
		s := scoring.MemberStats{ID: m.people.list[p], Profession: m.rawProfession(p)}
		for _, part := range m.partsOf.row(p) {
			ch := m.partChat[part]
			if !slices.Contains(m.chatOf.row(ch), ci) {
				continue
			}
			if m.chatIn(ch, win) {
				s.Posts += int(m.partPosts[part])
				s.Chats++
				s.Received += int(m.partReceived[part])
			}
			if st := m.chatStart[ch]; st != noStart && st < win.since {
				s.ChatsBefore++
			}
		}
		s.Partners, s.CrossPartners = m.countPartners(sc, p, win)
		stats = append(stats, s)
	}
	isolated, median := scoring.Isolation(stats)
	page, info, err := domain.PageOf(isolated, q.Page, func(iso scoring.Isolated) string { return domain.IsolationCursor(iso.Score, iso.Stats.ID) })
	if err != nil {
		return nil, err
	}
	nodes := make([]*domain.IsolationReport, len(page))
	for i, iso := range page {
		x, _ := m.people.lookup(iso.Stats.ID)
		p := m.professional(x)
		nodes[i] = &domain.IsolationReport{Professional: p, Score: iso.Score, Flags: iso.Flags,
			Evidence: domain.IsolationEvidence{Posts: iso.Stats.Posts, Chats: iso.Stats.Chats, RepliesReceived: iso.Stats.Received,
				Partners: iso.Stats.Partners, CrossProfessionPartners: iso.Stats.CrossPartners, LastSeen: p.LastSeen},
			Query: domain.PeerQuery{Community: q.Community, Window: q.Window}}
	}
	return &domain.IsolationConnection{Nodes: nodes, PageInfo: info, TotalCount: len(isolated), MedianPartners: median}, nil
}

func dedupe(xs []string) []string {
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

func dedupe32(xs []int32) []int32 {
	slices.Sort(xs)
	return slices.Compact(xs)
}
