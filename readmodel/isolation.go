package readmodel

import (
	"slices"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/scoring"
)

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
		s := m.memberStats(p, ci, win)
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
		parts := make([]*domain.IsolationScorePart, len(iso.Flags))
		for k, f := range iso.Flags {
			parts[k] = &domain.IsolationScorePart{Flag: f, Weight: scoring.FlagWeight(f)}
		}
		nodes[i] = &domain.IsolationReport{Professional: p, Score: iso.Score, Flags: iso.Flags, ScoreParts: parts,
			Evidence: domain.IsolationEvidence{Posts: iso.Stats.Posts, Chats: iso.Stats.Chats, RepliesReceived: iso.Stats.Received,
				Partners: iso.Stats.Partners, CrossProfessionPartners: iso.Stats.CrossPartners, LastSeen: p.LastSeen},
			Query: domain.PeerQuery{Community: q.Community, Window: q.Window}}
	}
	return &domain.IsolationConnection{Nodes: nodes, PageInfo: info, TotalCount: len(isolated), MedianPartners: median}, nil
}

// memberStats are p's posts, chats and replies and mentions received in
// the window in community ci's chats, and its chats there before the
// window (partners are counted apart: they cost more).
func (m *Model) memberStats(p, ci int32, win window) scoring.MemberStats {
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
	return s
}
