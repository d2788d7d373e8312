package readmodel

import (
	"cmp"
	"slices"

	"github.com/peergraph/peergraph/domain"
)

// Partners are each professional's conversational partners in the window,
// most conversational acts first (then id): every other professional, not
// opted out, with a tie either way whose span meets the window (as tieIn,
// a repost-only direction included in the counts) and conversational acts
// between them. Sent and Received are the ties' counts each way, FirstAt
// and LastAt the earliest and latest act of either, Chats the chats either
// was made in. Professionals the model does not know get nothing.
func (m *Model) Partners(ids []string, w domain.Window) map[string][]*domain.Partner {
	win := windowOf(w)
	out := make(map[string][]*domain.Partner, len(ids))
	type pair struct{ sent, received int32 } // tie numbers, -1 for none
	for _, id := range dedupe(ids) {
		p, ok := m.people.lookup(id)
		if !ok {
			continue
		}
		byOther := map[int32]*pair{}
		var order []int32
		for dir, adj := range [2]csr{m.out, m.in} {
			for _, t := range m.inWindow(adj.row(p), win) {
				o := m.other(t, p)
				if o == p || m.optedOut[o] || !(m.tieLast[t] >= win.since && m.tieFirst[t] < win.until) {
					continue
				}
				pr := byOther[o]
				if pr == nil {
					pr = &pair{-1, -1}
					byOther[o] = pr
					order = append(order, o)
				}
				if dir == 0 {
					pr.sent = t
				} else {
					pr.received = t
				}
			}
		}
		var list []*domain.Partner
		for _, o := range order {
			pr := byOther[o]
			partner := &domain.Partner{Professional: m.professional(o), Sent: m.tieCounts(pr.sent), Received: m.tieCounts(pr.received)}
			if partner.Acts() == 0 {
				continue
			}
			var chats []int32
			for _, t := range [2]int32{pr.sent, pr.received} {
				if t < 0 {
					continue
				}
				chats = append(chats, m.tieChats.row(t)...)
				if f := timeOrNil(m.tieFirst[t], noFirst); f != nil && (partner.FirstAt == nil || f.Before(*partner.FirstAt)) {
					partner.FirstAt = f
				}
				if l := timeOrNil(m.tieLast[t], noLast); l != nil && (partner.LastAt == nil || l.After(*partner.LastAt)) {
					partner.LastAt = l
				}
			}
			partner.Chats = len(dedupe32(chats))
			list = append(list, partner)
		}
		slices.SortFunc(list, func(a, b *domain.Partner) int {
			if d := cmp.Compare(b.Acts(), a.Acts()); d != 0 {
				return d
			}
			return cmp.Compare(a.Professional.ID, b.Professional.ID)
		})
		if len(list) > 0 {
			out[id] = list
		}
	}
	return out
}

// tieCounts is tie t's acts by kind, zero for no tie (-1).
func (m *Model) tieCounts(t int32) domain.TieCounts {
	if t < 0 {
		return domain.TieCounts{}
	}
	k := m.tieKinds[t]
	c := domain.TieCounts{Replies: int(k.replies), Mentions: int(k.mentions), Quotes: int(k.quotes), Reposts: int(k.reposts)}
	c.Conversational = c.Replies + c.Mentions + c.Quotes
	return c
}
