package ties

import (
	"cmp"
	"slices"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/rank"
)

// window is a domain.Window in the model's clock (unix nanoseconds).
type window struct{ since, until int64 }

func windowOf(w domain.Window) window {
	return window{since: w.Since.UnixNano(), until: w.Until.UnixNano()}
}

// tieIn is neo4jstore's tieInWindow: a conversational tie whose span meets
// the window.
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

// lonelyCandidates is how many of an isolated member's community members,
// those who answer others most, become candidates (the Cypher path's LIMIT).
const lonelyCandidates = 50

// PeerScores scores peer candidates for each professional as neo4jstore's
// SuggestPeers does (every candidate, not only q.First), reading only each
// M's two-hop neighbourhood, chats and topics (and for an isolated M, its
// communities). Professionals the model does not know get nothing.
func (m *Model) PeerScores(ids []string, q domain.PeerQuery) map[string][]rank.PeerScore {
	w := windowOf(q.Window)
	out := map[string][]rank.PeerScore{}
	community := int32(-1)
	if q.Community != "" {
		ci, ok := m.communities.lookup(q.Community)
		if !ok {
			community = -2 // a community no one is a member of
		} else {
			community = ci
		}
	}
	for _, id := range dedupe(ids) {
		me, ok := m.people.lookup(id)
		if !ok {
			continue
		}
		ev := map[int32]*rank.PeerEvidence{}
		get := func(c int32) *rank.PeerEvidence {
			if ev[c] == nil {
				ev[c] = &rank.PeerEvidence{ID: m.people.list[c]}
			}
			return ev[c]
		}
		// Mutual partners, each with its degree.
		isolated := true
		for _, z := range m.partners(me, w) {
			zs := m.partners(z, w)
			for _, c := range zs {
				if c == me {
					continue
				}
				isolated = false
				e := get(c)
				e.MutualPartners = append(e.MutualPartners, rank.Mutual{ID: m.people.list[z], Degree: len(zs)})
			}
		}
		// Shared chats, each with its size, and M's topics.
		var topics []int32
		for _, part := range m.partsOf.row(me) {
			ch := m.partChat[part]
			if !m.chatIn(ch, w) {
				continue
			}
			if t := m.chatTopic[ch]; t >= 0 {
				topics = append(topics, t)
			}
			for _, cp := range m.chatParts.row(ch) {
				if c := m.partPerson[cp]; c != me {
					e := get(c)
					e.SharedChats = append(e.SharedChats, rank.SharedChat{ID: m.chats.list[ch], Size: int(m.chatSize[ch])})
				}
			}
		}
		// Shared topics: a topic both discussed in the window, in any chat.
		shared := map[int32][]int32{}
		for _, t := range dedupe32(topics) {
			for _, ch := range m.topicChats.row(t) {
				if !m.chatIn(ch, w) {
					continue
				}
				for _, cp := range m.chatParts.row(ch) {
					if c := m.partPerson[cp]; c != me {
						if ts := shared[c]; len(ts) == 0 || ts[len(ts)-1] != t {
							shared[c] = append(ts, t)
						}
					}
				}
			}
		}
		for c, ts := range shared {
			e := get(c)
			e.SharedTopics = nil
			for _, t := range ts {
				e.SharedTopics = append(e.SharedTopics, m.topics.list[t])
			}
		}
		// An isolated M also gets the community's members who answer
		// others most.
		if isolated {
			type answerer struct {
				c       int32
				answers int
			}
			var cands []answerer
			var seen []int32
			for _, cm := range m.memberOf.row(me) {
				if community != -1 && cm != community {
					continue
				}
				seen = append(seen, m.members.row(cm)...)
			}
			for _, c := range dedupe32(seen) {
				if c != me {
					cands = append(cands, answerer{c, m.answers(c, w)})
				}
			}
			slices.SortFunc(cands, func(a, b answerer) int {
				if d := cmp.Compare(b.answers, a.answers); d != 0 {
					return d
				}
				return cmp.Compare(m.people.list[a.c], m.people.list[b.c])
			})
			for _, a := range cands[:min(len(cands), lonelyCandidates)] {
				if a.answers > 0 {
					get(a.c)
				}
			}
		}
		// Filter as the Cypher path does.
		tied := map[int32]bool{}
		for _, adj := range [2]csr{m.out, m.in} {
			for _, t := range adj.row(me) {
				if m.tieConv[t] > 0 {
					tied[m.other(t, me)] = true
				}
			}
		}
		var cands []rank.PeerEvidence
		for c, e := range ev {
			if c == me || m.optedOut[c] || !(m.lastSeen[c] >= w.since && m.firstSeen[c] < w.until) || tied[c] {
				continue
			}
			if len(q.Professions) > 0 && !slices.Contains(q.Professions, m.rawProfession(c)) {
				continue
			}
			if q.OtherProfessionsOnly && m.professionOf(c) == m.professionOf(me) {
				continue
			}
			if community != -1 && !slices.Contains(m.memberOf.row(c), community) {
				continue
			}
			e.Answers = 0
			if isolated {
				e.Answers = m.answers(c, w)
			}
			cands = append(cands, *e)
		}
		if len(cands) > 0 {
			out[id] = rank.ScorePeers(cands, isolated)
		}
	}
	return out
}

// Isolation reads every member's activity in a community as neo4jstore's
// IsolatedMembers does and flags them with rank.Isolation; found is false
// for a community the graph does not have.
func (m *Model) Isolation(community string, w domain.Window) (isolated []rank.Isolated, median float64, found bool) {
	ci, ok := m.communities.lookup(community)
	if !ok {
		return nil, 0, false
	}
	win := windowOf(w)
	sc := m.getScratch()
	defer m.putScratch(sc)
	members := m.members.row(ci)
	stats := make([]rank.MemberStats, 0, len(members))
	for _, p := range members {
		if m.optedOut[p] {
			continue
		}
		s := rank.MemberStats{ID: m.people.list[p], Profession: m.rawProfession(p)}
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
	isolated, median = rank.Isolation(stats)
	return isolated, median, true
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
