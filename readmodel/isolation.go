package readmodel

import (
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/scoring"
)

// IsolatedMembers ranks the members of a community by isolation
// (scoring.Isolation) and returns the page q asks for, with the ranking's
// total and the median partner count. The evidence: in the community's
// chats, a member's posts, chats and replies and mentions received in the
// window and before it, and the start of its latest chat there before the
// window's end; its conversational partners in the window anywhere, and
// those of another profession. Opted-out members are left out, and so are
// their ties; organisations' accounts are left out unless q asks for them.
// The ranking keeps the reports with any of q.Flags and of q.Activity
// (none: all). An unknown community is an error naming it.
//
// With q.Suggestions, each report of the page carries its suggested
// peers, scored with the spread penalty (scoring.Spread): the reports
// from domain.SpreadReach before the page (or the top of the filtered
// ranking) to the page's end are suggested for in turn, so a page costs
// at most that many reports' suggestions wherever it is.
func (m *Model) IsolatedMembers(q domain.IsolationQuery) (*domain.IsolationConnection, error) {
	ci, ok := m.communities.lookup(q.Community)
	if !ok {
		return nil, domain.NoCommunity(q.Community)
	}
	win := windowOf(q.Window)
	evidence := m.membersEvidence(m.members.row(ci), ci, win, q.IncludeOrganisations, evidenceChunk)
	stats := make([]scoring.MemberStats, len(evidence))
	lastChat := map[string]int64{}
	for i, e := range evidence {
		stats[i] = e.stats
		if e.last != noStart {
			lastChat[e.stats.ID] = e.last
		}
	}
	all, median := scoring.Isolation(stats)
	isolated := all[:0:0]
	for _, iso := range all {
		if keepIsolated(iso, q) {
			isolated = append(isolated, iso)
		}
	}
	page, info, err := domain.PageOf(isolated, q.Page, func(iso scoring.Isolated) string { return domain.IsolationCursor(iso.Score, iso.Stats.ID) })
	if err != nil {
		return nil, err
	}
	var suggested map[string][]*domain.PeerSuggestion
	if q.Suggestions > 0 && len(page) > 0 {
		from := slices.IndexFunc(isolated, func(iso scoring.Isolated) bool { return iso.Stats.ID == page[0].Stats.ID })
		reach := max(0, from-domain.SpreadReach)
		suggested = m.spreadSuggestions(isolated[reach:from+len(page)], from-reach, q)
	}
	nodes := make([]*domain.IsolationReport, len(page))
	for i, iso := range page {
		x, _ := m.people.lookup(iso.Stats.ID)
		p := m.professional(x)
		parts := make([]*domain.IsolationScorePart, len(scoring.IsolationTerms))
		for k, t := range scoring.IsolationTerms {
			parts[k] = &domain.IsolationScorePart{Term: t, Value: scoring.Round(iso.Values[k]), Weight: scoring.IsolationWeight(t),
				Points: scoring.Round(iso.Points(k))}
		}
		ev := domain.IsolationEvidence{Posts: iso.Stats.Posts, Chats: iso.Stats.Chats, RepliesReceived: iso.Stats.Received,
			Partners: iso.Stats.Partners, CrossProfessionPartners: iso.Stats.CrossPartners, LastSeen: p.LastSeen,
			ChatsBefore: iso.Stats.ChatsBefore, PostsBefore: iso.Stats.PostsBefore, RepliesReceivedBefore: iso.Stats.ReceivedBefore,
			DaysSinceLastChat: scoring.Round(iso.Stats.DaysSinceLastChat), Newcomer: iso.Stats.Newcomer(), Active: iso.Stats.Active()}
		if last, ok := lastChat[iso.Stats.ID]; ok {
			t := time.Unix(0, last).UTC()
			ev.LastChatAt = &t
		}
		nodes[i] = &domain.IsolationReport{Professional: p, Score: iso.Score, Flags: iso.Flags, Recency: scoring.Round(iso.Recency),
			ScoreParts: parts, Evidence: ev}
		if suggested != nil {
			nodes[i].Suggestions = suggested[iso.Stats.ID]
			if nodes[i].Suggestions == nil {
				nodes[i].Suggestions = []*domain.PeerSuggestion{}
			}
		}
	}
	return &domain.IsolationConnection{Nodes: nodes, PageInfo: info, TotalCount: len(isolated), MedianPartners: median}, nil
}

// memberEvidence is one member's evidence for the isolation score, with the
// start of its last chat in the community (noStart for none).
type memberEvidence struct {
	stats scoring.MemberStats
	last  int64
}

// evidenceChunk is the fewest members a goroutine of membersEvidence
// reads: below it a second goroutine costs more than it saves.
const evidenceChunk = 2048

// membersEvidence reads the evidence of a community's members, in their
// order, leaving out the opted-out and (unless orgs) organisations. It is
// most of the question's time on a large community (the largest of a
// 100k-member world: 110–120 ms on one core, the p99 of the question one at a
// time), and each member's is its own, so the members are split among the
// cores, at least chunk to a goroutine.
func (m *Model) membersEvidence(members []int32, ci int32, win window, orgs bool, chunk int) []memberEvidence {
	out := make([]memberEvidence, len(members))
	kept := make([]bool, len(members))
	read := func(from, to int) {
		sc := m.getBrokerScratch()
		defer m.putBrokerScratch(sc)
		for i := from; i < to; i++ {
			p := members[i]
			if m.optedOut[p] || (m.organisation[p] && !orgs) {
				continue
			}
			s, last := m.memberStats(p, ci, win)
			s.Partners, s.CrossPartners = m.countPartners(sc, p, win)
			out[i], kept[i] = memberEvidence{stats: s, last: last}, true
		}
	}
	workers := min(runtime.GOMAXPROCS(0), (len(members)+chunk-1)/chunk)
	if workers <= 1 {
		read(0, len(members))
	} else {
		var wg sync.WaitGroup
		per := (len(members) + workers - 1) / workers
		for from := 0; from < len(members); from += per {
			wg.Go(func() { read(from, min(from+per, len(members))) })
		}
		wg.Wait()
	}
	n := 0
	for i, k := range kept {
		if k {
			out[n] = out[i]
			n++
		}
	}
	return out[:n]
}

// memberStats are p's posts, chats and replies and mentions received in
// community ci's chats in the window and before it, and the days from its
// last such chat to the window's end (partners are counted apart: they
// cost more); with the start of that last chat, noStart for none.
func (m *Model) memberStats(p, ci int32, win window) (scoring.MemberStats, int64) {
	s := scoring.MemberStats{ID: m.people.list[p], Profession: m.rawProfession(p)}
	last := int64(noStart)
	for _, part := range m.partsOf.row(p) {
		ch := m.partChat[part]
		if !slices.Contains(m.chatOf.row(ch), ci) {
			continue
		}
		st := m.chatStart[ch]
		switch {
		case st == noStart || st >= win.until:
			continue
		case st >= win.since:
			s.Posts += int(m.partPosts[part])
			s.Chats++
			s.Received += int(m.partReceived[part])
		default:
			s.PostsBefore += int(m.partPosts[part])
			s.ChatsBefore++
			s.ReceivedBefore += int(m.partReceived[part])
		}
		if last == noStart || st > last {
			last = st
		}
	}
	if last != noStart {
		s.DaysSinceLastChat = float64(win.until-last) / float64(24*time.Hour)
	} else {
		// Never in one of the community's chats (a member by its
		// catalogue only): as far from the window's end as its start.
		s.DaysSinceLastChat = float64(win.until-win.since) / float64(24*time.Hour)
	}
	return s, last
}

// keepIsolated says whether a report passes q's filters.
func keepIsolated(iso scoring.Isolated, q domain.IsolationQuery) bool {
	switch {
	case q.Activity == domain.ActivityActive && !iso.Stats.Active(),
		q.Activity == domain.ActivityLapsed && iso.Stats.Active():
		return false
	case len(q.Flags) == 0:
		return true
	}
	for _, f := range iso.Flags {
		if slices.Contains(q.Flags, f) {
			return true
		}
	}
	return false
}

// spreadSuggestions suggests peers for the ranking's reports in order:
// each candidate's score carries the spread penalty for the reports above
// (in ranking, a stretch of the ranking ending with the page) that already
// have it among their first scoring.SpreadDepth suggestions.
// The reports above the page (those before index start) need only those
// first few; the page's get q.Suggestions.
func (m *Model) spreadSuggestions(ranking []scoring.Isolated, start int, q domain.IsolationQuery) map[string][]*domain.PeerSuggestion {
	ci, _ := m.communities.lookup(q.Community)
	pq := domain.PeerQuery{Community: q.Community, Window: q.Window, IncludeOrganisations: q.IncludeOrganisations}
	o := peerOptions{responsive: true, suggested: map[int32]int{}, answerers: map[int32][]int32{}}
	w := windowOf(q.Window)
	s := m.getPeerScratch()
	defer m.putPeerScratch(s)
	out := map[string][]*domain.PeerSuggestion{}
	for i, iso := range ranking {
		me, _ := m.people.lookup(iso.Stats.ID)
		pq.First = scoring.SpreadDepth
		if i >= start {
			pq.First = max(q.Suggestions, scoring.SpreadDepth)
		}
		peers := m.peerScores(s, me, w, pq, ci, o)
		for _, p := range peers[:min(len(peers), scoring.SpreadDepth)] {
			c, _ := m.people.lookup(p.ID)
			o.suggested[c]++
		}
		if i >= start {
			out[iso.Stats.ID] = m.suggestions(peers[:min(len(peers), q.Suggestions)])
		}
	}
	return out
}
