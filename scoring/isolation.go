package scoring

import (
	"cmp"
	"math"
	"slices"

	"github.com/peergraph/peergraph/domain"
)

// MemberStats is one community member's activity, as the store counts it.
type MemberStats struct {
	ID         string
	Profession string
	// In the window, in the community's chats:
	Posts    int
	Chats    int
	Received int // replies and mentions received from others
	// Before the window, in the community's chats: the chats taken part
	// in, the posts made and the replies and mentions received there.
	ChatsBefore    int
	PostsBefore    int
	ReceivedBefore int
	// DaysSinceLastChat is the days from the start of the member's latest
	// chat of the community (before the window's end) to the window's end.
	DaysSinceLastChat float64
	// Conversational partners in the window (anywhere), and how many of them
	// have another profession than the member.
	Partners      int
	CrossPartners int
}

// Active says whether the member took part in the community's chats in
// the window; a member who took part only before it has lapsed.
func (m MemberStats) Active() bool { return m.Chats > 0 }

// Newcomer says whether the member's first chat of the community is in
// the window.
func (m MemberStats) Newcomer() bool { return m.ChatsBefore == 0 && m.Chats > 0 }

// The isolation score ranks members by how urgently a coordinator should
// reach out to them. It is continuous, from the evidence, so that two
// members rarely share one:
//
//	score = recency × (0.35·unanswered + 0.25·fewPartners + 0.15·ownProfession + 0.25·newcomer)
//
//	unanswered    = P/(P+R): P posts and R replies and mentions received in
//	                the community's chats, in the window for an active member
//	                and before it for a lapsed one (their last experience of
//	                the community); 1 with no posts and nothing received
//	fewPartners   = M/(M+k): k conversational partners in the window, M the
//	                median of the community's active members (1 at none,
//	                ½ at the median, towards 0 above it; 1 for k = M = 0)
//	ownProfession = 1 − x/k: the share of those partners of the member's own
//	                profession (x of another); 1 without partners
//	newcomer      = 1 when the member's first chat of the community is in
//	                the window, else 0
//	recency       = exp(−d/90): d days from the start of the member's latest
//	                chat of the community to the window's end
//
// Each term is in [0, 1] and the weights sum to 1, so the score is in
// [0, 1]. The weights put a newcomer who posted and got no answer (all
// four terms 1) first; recency keeps someone who came this week ahead of
// someone who left months ago: a member lapsed from a 180-day window
// scores at most e^−2 ≈ 0.135 × 0.75.
const (
	WeightUnanswered    = 0.35
	WeightFewPartners   = 0.25
	WeightOwnProfession = 0.15
	WeightNewcomer      = 0.25
	// RecencyDays is τ in recency = exp(−d/τ).
	RecencyDays = 90.0
)

// IsolationTerms are the score's terms in the order parts list them.
var IsolationTerms = []domain.IsolationTerm{domain.TermUnanswered, domain.TermFewPartners, domain.TermOwnProfession, domain.TermNewcomer}

// IsolationWeight is a term's weight in the isolation score.
func IsolationWeight(t domain.IsolationTerm) float64 {
	switch t {
	case domain.TermUnanswered:
		return WeightUnanswered
	case domain.TermFewPartners:
		return WeightFewPartners
	case domain.TermOwnProfession:
		return WeightOwnProfession
	case domain.TermNewcomer:
		return WeightNewcomer
	}
	return 0
}

// IsolationScore is a member's score with its parts.
type IsolationScore struct {
	Score   float64
	Recency float64
	// Values are each term's value in [0, 1], by IsolationTerms' order.
	Values [4]float64
}

// Points is what term i adds to the score: recency × weight × value; the
// points of the four terms sum to the score (before rounding).
func (s IsolationScore) Points(i int) float64 {
	return s.Recency * IsolationWeight(IsolationTerms[i]) * s.Values[i]
}

// ScoreIsolation is the isolation score of a member of a community whose
// active members have median partners.
func ScoreIsolation(m MemberStats, median float64) IsolationScore {
	var s IsolationScore
	posts, received := m.Posts, m.Received
	if !m.Active() {
		posts, received = m.PostsBefore, m.ReceivedBefore
	}
	switch {
	case posts+received == 0:
		s.Values[0] = 1
	default:
		s.Values[0] = float64(posts) / float64(posts+received)
	}
	switch k := float64(m.Partners); {
	case k == 0:
		s.Values[1] = 1
	default:
		s.Values[1] = median / (median + k)
	}
	if m.Partners > 0 {
		s.Values[2] = 1 - float64(m.CrossPartners)/float64(m.Partners)
	} else {
		s.Values[2] = 1
	}
	if m.Newcomer() {
		s.Values[3] = 1
	}
	s.Recency = math.Exp(-max(m.DaysSinceLastChat, 0) / RecencyDays)
	sum := 0.0
	for i := range s.Values {
		sum += s.Points(i)
	}
	s.Score = Round(min(1, sum))
	return s
}

// Isolated is one member's flags and score.
type Isolated struct {
	Stats MemberStats
	Flags []domain.IsolationFlag
	IsolationScore
}

// Isolation flags the members of a community and scores them
// (ScoreIsolation). The flags say in words what the score measures:
//
//   - NO_PARTNERS: no conversational partner in the window;
//   - UNANSWERED: posted in the window, received no reply or mention;
//   - SINGLE_PROFESSION: has partners, all of the member's own profession
//     (not judged when the profession is unknown);
//   - LAPSED: took part before the window, not in it;
//   - UNWELCOMED_NEWCOMER: first took part in the window, received nothing;
//   - PERIPHERAL: has partners, fewer than half the median of the members
//     active in the window.
//
// Only flagged members are returned, highest score first, then id;
// median is the median partner count of active members.
func Isolation(members []MemberStats) (out []Isolated, median float64) {
	var active []int
	for _, m := range members {
		if m.Active() {
			active = append(active, m.Partners)
		}
	}
	median = Median(active)
	for _, m := range members {
		if m.Chats == 0 && m.ChatsBefore == 0 {
			continue // never took part: nothing to judge
		}
		var flags []domain.IsolationFlag
		if m.Partners == 0 {
			flags = append(flags, domain.FlagNoPartners)
		}
		if Unanswered(m) {
			flags = append(flags, domain.FlagUnanswered)
		}
		if m.Partners > 0 && m.CrossPartners == 0 && m.Profession != "" && m.Profession != "unknown" {
			flags = append(flags, domain.FlagSingleProfession)
		}
		if m.ChatsBefore > 0 && m.Chats == 0 {
			flags = append(flags, domain.FlagLapsed)
		}
		if m.Newcomer() && m.Received == 0 {
			flags = append(flags, domain.FlagUnwelcomedNewcomer)
		}
		if m.Partners > 0 && float64(m.Partners) < median/2 {
			flags = append(flags, domain.FlagPeripheral)
		}
		if len(flags) == 0 {
			continue
		}
		out = append(out, Isolated{Stats: m, Flags: flags, IsolationScore: ScoreIsolation(m, median)})
	}
	slices.SortFunc(out, func(a, b Isolated) int {
		if d := cmp.Compare(b.Score, a.Score); d != 0 {
			return d
		}
		return cmp.Compare(a.Stats.ID, b.Stats.ID)
	})
	return out, median
}

// Unanswered says whether a member posted in the window and received no
// reply or mention.
func Unanswered(m MemberStats) bool { return m.Posts > 0 && m.Received == 0 }

// Median of xs; 0 for none.
func Median(xs []int) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return float64(s[n/2])
	}
	return float64(s[n/2-1]+s[n/2]) / 2
}
