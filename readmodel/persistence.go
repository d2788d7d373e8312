package readmodel

import (
	"cmp"
	"slices"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/scoring"
)

// TiePersistence answers whether ties made in multidisciplinary chats
// last. A pair of professionals (neither opted out) whose first
// conversational act falls within a chat (between its start and end), the
// earliest-starting of the chats their ties were made in, was first made
// in that chat; the chat is classed by the professions of its
// participants (scoring.ChatMixOf, with k = q.MinProfessions). The tie
// recurred within D days when the pair has another act, either way, after
// that chat ended and no later than D days after it started: in a later
// chat or outside chats. The act store holds every act with its time, so
// this is exact; a horizon that ends after the graph's newest act cannot be
// told yet, and such ties are left out of that horizon's observable count.
//
// Cells are by community of the first chat (each of them when it is in
// several; only q.Community's when given), the UTC month it started in
// (within q.Window), and its mix; chats of neither mix are not counted.
// An unknown community is an error naming it.
func (m *Model) TiePersistence(q domain.PersistenceQuery) ([]*domain.TiePersistence, error) {
	community := int32(-1)
	if q.Community != "" {
		ci, ok := m.communities.lookup(q.Community)
		if !ok {
			return nil, domain.NoCommunity(q.Community)
		}
		community = ci
	}
	k := q.MinProfessions
	if k <= 0 {
		k = scoring.DefaultMinProfessions
	}
	w := windowOf(q.Window)
	out := []*domain.TiePersistence{}
	if len(m.actAt) == 0 {
		return out, nil
	}
	// Each pair's first act and the earliest chat its ties were made in.
	type first struct {
		at   int64
		chat int32
	}
	pairs := map[int32]first{}
	for ti := range m.tieFrom {
		t := int32(ti)
		a, b := m.tieFrom[t], m.tieTo[t]
		if a == b || m.tieConv[t] == 0 || m.optedOut[a] || m.optedOut[b] || m.tieFirst[t] == noFirst {
			continue
		}
		p, ok := m.pairIndex(a, b)
		if !ok {
			continue
		}
		f, seen := pairs[p]
		if !seen {
			f = first{at: m.tieFirst[t], chat: -1}
		}
		f.at = min(f.at, m.tieFirst[t])
		for _, ch := range m.tieChats.row(t) {
			if m.chatStart[ch] == noStart {
				continue
			}
			if f.chat < 0 || m.chatStart[ch] < m.chatStart[f.chat] || m.chatStart[ch] == m.chatStart[f.chat] && ch < f.chat {
				f.chat = ch
			}
		}
		pairs[p] = f
	}
	// The pairs first made in a chat of the window (and community).
	mixes := map[int32]domain.ChatMix{}
	made := map[int32]int32{} // pair → its first chat
	for p, f := range pairs {
		ch := f.chat
		if ch < 0 || !m.chatIn(ch, w) || f.at < m.chatStart[ch] || m.chatEnd[ch] == noStart || f.at > m.chatEnd[ch] {
			continue
		}
		if community >= 0 && !slices.Contains(m.chatOf.row(ch), community) {
			continue
		}
		mix, ok := mixes[ch]
		if !ok {
			mix = scoring.ChatMixOf(m.chatProfessions(ch), k)
			mixes[ch] = mix
		}
		if mix != "" {
			made[p] = ch
		}
	}
	// Each such pair's first act after its chat ended: the acts are in
	// time order, so the first one found is the earliest.
	recur := map[int32]int64{}
	for i, at := range m.actAt {
		p := m.actPair[i] >> 1
		if ch, ok := made[p]; ok && at > m.chatEnd[ch] {
			if _, done := recur[p]; !done {
				recur[p] = at
			}
		}
	}
	last := m.actAt[len(m.actAt)-1]
	type key struct {
		community int32
		month     int64
		mix       domain.ChatMix
	}
	cells := map[key]*domain.TiePersistence{}
	people := map[key]map[int32]bool{}
	day := int64(24 * time.Hour)
	for p, ch := range made {
		start := time.Unix(0, m.chatStart[ch]).UTC()
		month := time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
		for _, c := range m.chatOf.row(ch) {
			if community >= 0 && c != community {
				continue
			}
			kk := key{c, month.UnixNano(), mixes[ch]}
			cell := cells[kk]
			if cell == nil {
				cell = &domain.TiePersistence{Community: m.communities.list[c], Month: month, Mix: mixes[ch]}
				for _, d := range scoring.PersistenceHorizons {
					cell.Horizons = append(cell.Horizons, &domain.PersistenceHorizon{Days: d})
				}
				cells[kk] = cell
				people[kk] = map[int32]bool{}
			}
			cell.Ties++
			lo := m.pairLo(p)
			people[kk][lo], people[kk][m.pairHi[p]] = true, true
			for _, h := range cell.Horizons {
				end := m.chatStart[ch] + int64(h.Days)*day
				if end > last {
					continue
				}
				h.Observable++
				if r, ok := recur[p]; ok && r <= end {
					h.Recurred++
				}
			}
		}
	}
	for kk, cell := range cells {
		cell.People = len(people[kk])
		for _, h := range cell.Horizons {
			h.Share = scoring.Share(h.Recurred, h.Observable)
		}
		out = append(out, cell)
	}
	slices.SortFunc(out, func(a, b *domain.TiePersistence) int {
		if d := cmp.Compare(a.Community, b.Community); d != 0 {
			return d
		}
		if d := a.Month.Compare(b.Month); d != 0 {
			return d
		}
		return cmp.Compare(a.Mix, b.Mix)
	})
	return out, nil
}

// pairIndex is the act store's number of the pair {a, b}; false when the
// two never addressed each other in a post.
func (m *Model) pairIndex(a, b int32) (int32, bool) {
	lo, hi := min(a, b), max(a, b)
	if int(lo)+1 >= len(m.pairStart) {
		return 0, false
	}
	start := m.pairStart[lo]
	i, ok := slices.BinarySearch(m.pairHi[start:m.pairStart[lo+1]], hi)
	return start + int32(i), ok
}

// pairLo is the lower end of pair p.
func (m *Model) pairLo(p int32) int32 {
	i, _ := slices.BinarySearchFunc(m.pairStart, p, func(s, p int32) int {
		if s <= p {
			return -1
		}
		return 1
	})
	return int32(i - 1)
}

// chatProfessions counts the professions of a chat's participants,
// organisations and those with none (or "unknown") not counted.
func (m *Model) chatProfessions(ch int32) int {
	var seen []int32
	for _, part := range m.chatParts.row(ch) {
		p := m.partPerson[part]
		if pr := m.profession[p]; pr >= 0 && !m.organisation[p] && m.professions.list[pr] != "unknown" && m.professions.list[pr] != "organisation" &&
			!slices.Contains(seen, pr) {
			seen = append(seen, pr)
		}
	}
	return len(seen)
}
