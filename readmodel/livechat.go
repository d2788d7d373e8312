package readmodel

import (
	"cmp"
	"slices"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/scoring"
)

// LiveChat is chat id as the model has it now, for its hosts: its
// participants, the latest to join first; and those whose posts are still
// unanswered (scoring.Unanswered over the chat's window: the
// UNANSWERED flag's rule), newcomers first (MemberStats.Newcomer: the
// UNWELCOMED_NEWCOMER flag's), then the longest waiting, each with up to
// welcomers suggested welcomers. The welcomers are the peer suggestions
// for them (SuggestPeers' scoring, over the chat's window and community)
// that are in the chat, other professions first. Opted-out professionals
// are left out. The chat's summary figures (reply rate) are the store's;
// the caller adds them. An unknown chat is an error naming it.
func (m *Model) LiveChat(id string, now time.Time, welcomers int) (*domain.LiveChat, error) {
	ch, ok := m.chats.lookup(id)
	if !ok {
		return nil, &domain.Error{Code: domain.ENOTFOUND, Message: "no chat " + id}
	}
	chat := m.chat(ch)
	out := &domain.LiveChat{Chat: chat, Community: chat.CommunityName, Version: m.Version, At: now, Joined: []*domain.LiveParticipant{}, Waiting: []*domain.LiveWaiting{}}
	start, end := m.chatStart[ch], m.chatEnd[ch]
	if start == noStart {
		start = now.UnixNano()
	}
	if end == noStart || end <= start {
		end = start + 1
	}
	win := window{since: start, until: end}
	community := int32(-1)
	if cs := m.chatOf.row(ch); len(cs) > 0 {
		community = cs[0]
	}
	parts := m.chatParts.row(ch)
	handles := m.handlesOf(parts)
	people := map[int32]*domain.LiveParticipant{}
	var waiting []int32
	for _, part := range parts {
		p := m.partPerson[part]
		if m.optedOut[p] {
			continue
		}
		lp := m.liveParticipant(p, handles)
		lp.Posts, lp.Received = int(m.partPosts[part]), int(m.partReceived[part])
		if t := m.partFirst[part]; t != noFirst {
			lp.Joined = time.Unix(0, t).UTC()
		}
		if community >= 0 {
			s, _ := m.memberStats(p, community, win)
			lp.Newcomer = s.Newcomer()
			if scoring.Unanswered(s) {
				waiting = append(waiting, p)
			}
		}
		people[p] = lp
		out.Joined = append(out.Joined, lp)
		out.Posts += lp.Posts
	}
	out.Participants = len(out.Joined)
	slices.SortStableFunc(out.Joined, func(a, b *domain.LiveParticipant) int {
		if d := b.Joined.Compare(a.Joined); d != 0 {
			return d
		}
		return cmp.Compare(a.ID, b.ID)
	})
	if minutes := min(now.UnixNano(), max(end, start+1)) - start; minutes > 0 && out.Posts > 0 {
		out.PostsPerMinute = float64(out.Posts) / max(float64(minutes)/float64(time.Minute), 1)
	}
	q := domain.PeerQuery{Window: domain.Window{Since: time.Unix(0, win.since), Until: time.Unix(0, win.until)}, First: len(parts) + scoring.IsolatedCandidates}
	if community >= 0 {
		q.Community = m.communities.list[community]
	}
	s := m.getPeerScratch()
	defer m.putPeerScratch(s)
	for _, p := range waiting {
		w := &domain.LiveWaiting{LiveParticipant: people[p], Welcomers: []*domain.LiveParticipant{}}
		if !w.Joined.IsZero() {
			w.WaitingFor = max(0, now.Sub(w.Joined).Seconds())
		}
		for _, peer := range m.welcomers(s, p, ch, win, q, community, welcomers) {
			c, _ := m.people.lookup(peer.ID)
			wl := *people[c]
			wl.Answers = peer.Answers
			w.Welcomers = append(w.Welcomers, &wl)
		}
		out.Waiting = append(out.Waiting, w)
	}
	slices.SortStableFunc(out.Waiting, func(a, b *domain.LiveWaiting) int {
		if a.Newcomer != b.Newcomer {
			if a.Newcomer {
				return -1
			}
			return 1
		}
		if d := a.Joined.Compare(b.Joined); d != 0 {
			return d
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out, nil
}

// welcomers are the best n peer suggestions for p who took part in chat
// ch, those of another profession than p's first.
func (m *Model) welcomers(s *peerScratch, p, ch int32, w window, q domain.PeerQuery, community int32, n int) []scoring.Peer {
	if n <= 0 {
		return nil
	}
	inChat := map[int32]bool{}
	for _, part := range m.chatParts.row(ch) {
		inChat[m.partPerson[part]] = true
	}
	var here []scoring.Peer
	for _, peer := range m.peerScores(s, p, w, q, community, peerOptions{responsive: true}) {
		if c, ok := m.people.lookup(peer.ID); ok && inChat[c] {
			here = append(here, peer)
		}
	}
	mine := m.professionOf(p)
	slices.SortStableFunc(here, func(a, b scoring.Peer) int {
		ca, _ := m.people.lookup(a.ID)
		cb, _ := m.people.lookup(b.ID)
		oa, ob := m.professionOf(ca) != mine, m.professionOf(cb) != mine
		switch {
		case oa && !ob:
			return -1
		case ob && !oa:
			return 1
		}
		return 0 // peerScores' order: the best score first
	})
	return here[:min(len(here), n)]
}

// liveParticipant is p as the live view names them.
func (m *Model) liveParticipant(p int32, handles map[int32]string) *domain.LiveParticipant {
	return &domain.LiveParticipant{ID: m.people.list[p], Name: m.name[p], Handle: handles[p], Profession: m.professionOf(p)}
}

// handlesOf gives a handle of each professional of the parts (the first
// account's), for a host to find them by on the platform.
func (m *Model) handlesOf(parts []int32) map[int32]string {
	want := map[int32]bool{}
	for _, part := range parts {
		want[m.partPerson[part]] = true
	}
	out := make(map[int32]string, len(want))
	for a, p := range m.accounts.person {
		if want[p] {
			if _, ok := out[p]; !ok {
				out[p] = cmp.Or(m.accounts.handle[a], m.accounts.key[a])
			}
		}
	}
	return out
}
