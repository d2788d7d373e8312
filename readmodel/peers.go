package readmodel

import (
	"cmp"
	"math"
	"slices"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/scoring"
)

// SuggestPeers suggests peers for each professional: candidates not in
// conversation with M (a conversational tie either way, any time), not
// opted out, active in the window (first and last seen span part of it),
// of the professions and community asked, scored by package scoring from
// the evidence the model holds: mutual partners in the window with their
// degrees, chats both took part in with their sizes, topics both
// discussed, and for an isolated M (no partner in the window) how readily
// each answers others, with the community's members who answer most as
// candidates too. Each M gets its best q.First, best first, then by id.
// Professionals the model does not know get nothing.
//
// An active M has thousands of candidates, and the reasons of each (its
// mutual partners, shared chats and topics) are lists: building them all
// to keep ten cost most of the answer's time and megabytes of garbage a
// request. So candidates are scored with a number each, and the reasons
// are gathered only for those that can make the cut.
func (m *Model) SuggestPeers(ids []string, q domain.PeerQuery) map[string][]*domain.PeerSuggestion {
	out := map[string][]*domain.PeerSuggestion{}
	if q.First <= 0 {
		return out
	}
	w := windowOf(q.Window)
	community := int32(-1)
	if q.Community != "" {
		ci, ok := m.communities.lookup(q.Community)
		if !ok {
			community = -2 // a community no one is a member of
		} else {
			community = ci
		}
	}
	s := m.getPeerScratch()
	defer m.putPeerScratch(s)
	for _, id := range dedupe(ids) {
		me, ok := m.people.lookup(id)
		if !ok {
			continue
		}
		if peers := m.peerScores(s, me, w, q, community, peerOptions{}); len(peers) > 0 {
			out[id] = m.suggestions(peers)
		}
	}
	return out
}

// peerOptions are what an isolation report's suggestions add to the
// peer score: the responsiveness term whatever M's partners, and the
// spread penalty (nil: none) with how many earlier reports each candidate
// was suggested to.
type peerOptions struct {
	responsive bool
	suggested  map[int32]int
	// answerers keeps each community's top answerers for the request's
	// next M (nil: not kept).
	answerers map[int32][]int32
}

// peerScratch is one M's tally, by professional: stamp marks the
// candidates (and tied the partners) of the current M, so that nothing
// needs clearing between Ms.
type peerScratch struct {
	gen       uint32
	stamp     []uint32  // == gen: a candidate of this M
	tied      []uint32  // == gen: tied to this M
	kept      []uint32  // == gen: its reasons are gathered
	score     []float64 // valid where stamped
	mutual    []float64 // the Adamic–Adar term, valid where stamped
	shared    []float64 // the shared chats' term, valid where stamped
	topics    []int32   // shared topics counted, valid where stamped
	answers   []int32   // ties made in the window, valid where eligible (isolated M only)
	lastTopic []int32   // the topic last counted, valid where stamped
	cands     []int32   // the stamped, in the order first seen
}

func (m *Model) getPeerScratch() *peerScratch {
	if s, ok := m.pools.peers.Get().(*peerScratch); ok {
		return s
	}
	n := len(m.people.list)
	return &peerScratch{stamp: make([]uint32, n), tied: make([]uint32, n), kept: make([]uint32, n),
		score: make([]float64, n), mutual: make([]float64, n), shared: make([]float64, n),
		topics: make([]int32, n), lastTopic: make([]int32, n), answers: make([]int32, n)}
}

func (m *Model) putPeerScratch(s *peerScratch) { m.pools.peers.Put(s) }

// next starts a new M: a stamp no entry holds yet.
func (s *peerScratch) next() {
	s.gen++
	if s.gen == 0 {
		clear(s.stamp)
		clear(s.tied)
		clear(s.kept)
		s.gen = 1
	}
	s.cands = s.cands[:0]
}

// touch makes c a candidate, with nothing counted yet.
func (s *peerScratch) touch(c int32) {
	if s.stamp[c] != s.gen {
		s.stamp[c] = s.gen
		s.score[c], s.mutual[c], s.shared[c], s.topics[c], s.lastTopic[c] = 0, 0, 0, 0, -1
		s.cands = append(s.cands, c)
	}
}

// peerScores is SuggestPeers' scoring for one M: its best q.First.
func (m *Model) peerScores(s *peerScratch, me int32, w window, q domain.PeerQuery, community int32, o peerOptions) []scoring.Peer {
	s.next()
	// Mutual partners, each adding 1/ln(its degree). The lists are kept
	// for the reasons of the candidates that make the cut.
	mine := m.partners(me, w)
	theirs := make([][]int32, len(mine))
	isolated := true
	for i, z := range mine {
		zs := m.partners(z, w)
		theirs[i] = zs
		term := scoring.MutualPartner(len(zs))
		for _, c := range zs {
			if c == me {
				continue
			}
			isolated = false
			s.touch(c)
			s.mutual[c] += term
		}
	}
	// Shared chats, each adding 1/ln(its size); M's topics.
	var topics []int32
	for _, part := range m.partsOf.row(me) {
		ch := m.partChat[part]
		if !m.chatIn(ch, w) {
			continue
		}
		if t := m.chatTopic[ch]; t >= 0 {
			topics = append(topics, t)
		}
		term := scoring.SharedChat(int(m.chatSize[ch]))
		for _, cp := range m.chatParts.row(ch) {
			if c := m.partPerson[cp]; c != me {
				s.touch(c)
				s.shared[c] += term
			}
		}
	}
	// Shared topics: a topic both discussed in the window, in any chat.
	topics = dedupe32(topics)
	for _, t := range topics {
		for _, ch := range m.topicChats.row(t) {
			if !m.chatIn(ch, w) {
				continue
			}
			for _, cp := range m.chatParts.row(ch) {
				if c := m.partPerson[cp]; c != me {
					s.touch(c)
					if s.lastTopic[c] != t {
						s.lastTopic[c] = t
						s.topics[c]++
					}
				}
			}
		}
	}
	// An isolated M also gets the community's members who answer others
	// most.
	responsive := isolated || o.responsive
	if responsive {
		m.lonelyCandidates(s, me, w, q, community, o)
	}
	// Filter, and finish each score.
	for _, adj := range [2]csr{m.out, m.in} {
		for _, t := range adj.row(me) {
			if m.tieConv[t] > 0 {
				s.tied[m.other(t, me)] = s.gen
			}
		}
	}
	eligible := s.cands[:0]
	for _, c := range s.cands {
		if !m.peerEligible(s, c, me, w, q, community) {
			continue
		}
		sum := s.mutual[c] + s.shared[c] + scoring.SharedTopics(int(s.topics[c]))
		if responsive {
			a := m.answers(c, w)
			s.answers[c] = int32(a)
			sum += scoring.Answering(a)
		}
		if sum > 0 && o.suggested != nil {
			sum *= scoring.Spread(o.suggested[c])
		}
		if s.score[c] = scoring.Round(sum); s.score[c] > 0 {
			eligible = append(eligible, c)
		}
	}
	if len(eligible) == 0 {
		return nil
	}
	// Keep those that can make the first q.First: every score at least the
	// q.First-th best (a tie at the cut is decided by id, below).
	cut := math.Inf(-1)
	if len(eligible) > q.First {
		best := make([]float64, len(eligible))
		for i, c := range eligible {
			best[i] = s.score[c]
		}
		slices.Sort(best)
		cut = best[len(best)-q.First]
	}
	peers := map[int32]*scoring.Peer{}
	for _, c := range eligible {
		if s.score[c] >= cut {
			s.kept[c] = s.gen
			p := &scoring.Peer{ID: m.people.list[c], Score: s.score[c],
				Parts: scoring.PeerParts{Mutual: s.mutual[c], Chats: s.shared[c], Topics: scoring.SharedTopics(int(s.topics[c]))}}
			if responsive {
				p.Answers = int(s.answers[c])
				p.Parts.Answering = scoring.Answering(p.Answers)
			}
			if o.suggested != nil {
				p.AlreadySuggested = o.suggested[c]
			}
			peers[c] = p
		}
	}
	m.peerReasons(s, me, w, mine, theirs, topics, peers)
	list := make([]scoring.Peer, 0, len(peers))
	for _, p := range peers {
		slices.Sort(p.Mutual)
		slices.Sort(p.Chats)
		slices.Sort(p.Topics)
		list = append(list, *p)
	}
	slices.SortFunc(list, scoring.ComparePeers)
	return list[:min(len(list), q.First)]
}

// suggestions makes scored peers into the answer: the professionals and
// chats they name, the chats newest first.
func (m *Model) suggestions(peers []scoring.Peer) []*domain.PeerSuggestion {
	out := make([]*domain.PeerSuggestion, len(peers))
	for i, p := range peers {
		reasons := &domain.PeerReasons{MutualPartners: make([]*domain.Professional, 0, len(p.Mutual)),
			SharedChats: make([]*domain.Chat, 0, len(p.Chats)), SharedTopics: p.Topics}
		if reasons.SharedTopics == nil {
			reasons.SharedTopics = []string{}
		}
		for _, id := range p.Mutual {
			z, _ := m.people.lookup(id)
			reasons.MutualPartners = append(reasons.MutualPartners, m.professional(z))
		}
		for _, id := range p.Chats {
			ch, _ := m.chats.lookup(id)
			reasons.SharedChats = append(reasons.SharedChats, m.chat(ch))
		}
		slices.SortStableFunc(reasons.SharedChats, func(a, b *domain.Chat) int { return b.StartsAt.Compare(a.StartsAt) })
		c, _ := m.people.lookup(p.ID)
		out[i] = &domain.PeerSuggestion{Professional: m.professional(c), Score: p.Score, Reasons: reasons,
			ScoreParts: &domain.PeerScoreParts{MutualPartners: scoring.Round(p.Parts.Mutual), SharedChats: scoring.Round(p.Parts.Chats),
				SharedTopics: scoring.Round(p.Parts.Topics), Responsiveness: scoring.Round(p.Parts.Answering),
				AlreadySuggested: p.AlreadySuggested, Spread: scoring.Spread(p.AlreadySuggested)}}
	}
	return out
}

// lonelyCandidates adds an isolated M's community members who answer
// others most (those who answer at all), organisations left out unless
// asked for. Within one community the list is the same for every M, so
// o.answerers keeps it for the next M of the request.
func (m *Model) lonelyCandidates(s *peerScratch, me int32, w window, q domain.PeerQuery, community int32, o peerOptions) {
	var top []int32
	if o.answerers != nil && community >= 0 {
		if list, ok := o.answerers[community]; ok {
			top = list
		}
	}
	if top == nil {
		var seen []int32
		for _, cm := range m.memberOf.row(me) {
			if community != -1 && cm != community {
				continue
			}
			seen = append(seen, m.members.row(cm)...)
		}
		type answerer struct {
			c       int32
			answers int
		}
		var cands []answerer
		for _, c := range dedupe32(seen) {
			if m.organisation[c] && !q.IncludeOrganisations {
				continue
			}
			if a := m.answers(c, w); a > 0 {
				cands = append(cands, answerer{c, a})
			}
		}
		slices.SortFunc(cands, func(a, b answerer) int {
			if d := cmp.Compare(b.answers, a.answers); d != 0 {
				return d
			}
			return cmp.Compare(m.people.list[a.c], m.people.list[b.c])
		})
		// One more than kept, so that M itself can be passed over.
		top = make([]int32, 0, scoring.IsolatedCandidates+1)
		for _, a := range cands[:min(len(cands), scoring.IsolatedCandidates+1)] {
			top = append(top, a.c)
		}
		if o.answerers != nil && community >= 0 {
			o.answerers[community] = top
		}
	}
	n := 0
	for _, c := range top {
		if c != me && n < scoring.IsolatedCandidates {
			s.touch(c)
			n++
		}
	}
}

// peerEligible says whether c may be suggested to me.
func (m *Model) peerEligible(s *peerScratch, c, me int32, w window, q domain.PeerQuery, community int32) bool {
	switch {
	case c == me, m.optedOut[c], !(m.lastSeen[c] >= w.since && m.firstSeen[c] < w.until), s.tied[c] == s.gen:
		return false
	case m.organisation[c] && !q.IncludeOrganisations:
		return false
	case len(q.Professions) > 0 && !slices.Contains(q.Professions, m.rawProfession(c)):
		return false
	case q.OtherProfessionsOnly && m.professionOf(c) == m.professionOf(me):
		return false
	case community != -1 && !slices.Contains(m.memberOf.row(c), community):
		return false
	}
	return true
}

// peerReasons gathers the reasons of the kept candidates, walking what
// peerScores walked.
func (m *Model) peerReasons(s *peerScratch, me int32, w window, mine []int32, theirs [][]int32, topics []int32, peers map[int32]*scoring.Peer) {
	for i, zs := range theirs {
		for _, c := range zs {
			if c != me && s.kept[c] == s.gen {
				peers[c].Mutual = append(peers[c].Mutual, m.people.list[mine[i]])
			}
		}
	}
	for _, part := range m.partsOf.row(me) {
		ch := m.partChat[part]
		if !m.chatIn(ch, w) {
			continue
		}
		for _, cp := range m.chatParts.row(ch) {
			if c := m.partPerson[cp]; c != me && s.kept[c] == s.gen {
				peers[c].Chats = append(peers[c].Chats, m.chats.list[ch])
			}
		}
	}
	for _, t := range topics {
		for _, ch := range m.topicChats.row(t) {
			if !m.chatIn(ch, w) {
				continue
			}
			for _, cp := range m.chatParts.row(ch) {
				if c := m.partPerson[cp]; c != me && s.kept[c] == s.gen {
					p := peers[c]
					if n := len(p.Topics); n == 0 || p.Topics[n-1] != m.topics.list[t] {
						p.Topics = append(p.Topics, m.topics.list[t])
					}
				}
			}
		}
	}
}
