package readmodel

import (
	"cmp"
	"slices"

	"github.com/peergraph/peergraph/domain"
)

// EgoNetworks are, for each professional, them and their first partners
// in the window (Partners' order: most conversational acts first, then
// id), and the conversational ties in the window among all of these (tieIn),
// both directions of a pair together: their acts, how many chats they were
// made in and the newest of those chats (domain.MaxTieChats). Ties most
// acts first, then by the pair's ids, each pair with its smaller id as A.
// Professionals the model does not know get nothing.
func (m *Model) EgoNetworks(ids []string, w domain.Window, first int) map[string]*domain.EgoNetwork {
	win := windowOf(w)
	partners := m.Partners(ids, w)
	out := make(map[string]*domain.EgoNetwork, len(ids))
	for _, id := range dedupe(ids) {
		p, ok := m.people.lookup(id)
		if !ok {
			continue
		}
		net := &domain.EgoNetwork{Members: []*domain.Professional{m.professional(p)}, Ties: []*domain.EgoTie{}}
		member := map[int32]*domain.Professional{p: net.Members[0]}
		for _, pt := range partners[id][:min(first, len(partners[id]))] {
			o, _ := m.people.lookup(pt.Professional.ID)
			member[o] = pt.Professional
			net.Members = append(net.Members, pt.Professional)
		}
		type pairTies struct {
			acts  int
			chats []int32
		}
		pairs := map[[2]int32]*pairTies{}
		var order [][2]int32
		for x := range member {
			for _, t := range m.inWindow(m.out.row(x), win) {
				y := m.other(t, x)
				if y == x || member[y] == nil || !m.tieIn(t, win) {
					continue
				}
				key := [2]int32{x, y}
				if m.people.list[y] < m.people.list[x] {
					key = [2]int32{y, x}
				}
				pt := pairs[key]
				if pt == nil {
					pt = &pairTies{}
					pairs[key] = pt
					order = append(order, key)
				}
				pt.acts += int(m.tieConv[t])
				pt.chats = append(pt.chats, m.tieChats.row(t)...)
			}
		}
		for _, key := range order {
			pt := pairs[key]
			chats := dedupe32(pt.chats)
			tie := &domain.EgoTie{A: member[key[0]], B: member[key[1]], Acts: pt.acts, ChatCount: len(chats), Chats: []*domain.Chat{}}
			for _, ch := range chats {
				tie.Chats = append(tie.Chats, m.chat(ch))
			}
			slices.SortFunc(tie.Chats, func(x, y *domain.Chat) int {
				if d := y.StartsAt.Compare(x.StartsAt); d != 0 {
					return d
				}
				return cmp.Compare(x.ID, y.ID)
			})
			tie.Chats = tie.Chats[:min(len(tie.Chats), domain.MaxTieChats)]
			net.Ties = append(net.Ties, tie)
		}
		slices.SortFunc(net.Ties, func(x, y *domain.EgoTie) int {
			if d := cmp.Compare(y.Acts, x.Acts); d != 0 {
				return d
			}
			if d := cmp.Compare(x.A.ID, y.A.ID); d != 0 {
				return d
			}
			return cmp.Compare(x.B.ID, y.B.ID)
		})
		out[id] = net
	}
	return out
}
