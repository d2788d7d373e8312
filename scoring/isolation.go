package scoring

import (
	"cmp"
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
	// ChatsBefore is the community's chats taken part in before the window.
	ChatsBefore int
	// Conversational partners in the window (anywhere), and how many of them
	// have another profession than the member.
	Partners      int
	CrossPartners int
}

// Flag weights: they sum to 1, so a score is in [0, 1].
var flagWeight = map[domain.IsolationFlag]float64{
	domain.FlagNoPartners:         0.30,
	domain.FlagUnanswered:         0.20,
	domain.FlagUnwelcomedNewcomer: 0.20,
	domain.FlagLapsed:             0.15,
	domain.FlagSingleProfession:   0.10,
	domain.FlagPeripheral:         0.05,
}

// FlagWeight is what a flag adds to an isolation score.
func FlagWeight(f domain.IsolationFlag) float64 { return flagWeight[f] }

// Isolated is one member's flags and score.
type Isolated struct {
	Stats MemberStats
	Flags []domain.IsolationFlag
	Score float64
}

// Isolation flags the members of a community:
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
// The score is the sum of the flags' weights (NO_PARTNERS 0.30, UNANSWERED
// 0.20, UNWELCOMED_NEWCOMER 0.20, LAPSED 0.15, SINGLE_PROFESSION 0.10,
// PERIPHERAL 0.05). Only flagged members are returned, highest score first,
// then id; median is the median partner count of active members.
func Isolation(members []MemberStats) (out []Isolated, median float64) {
	var active []int
	for _, m := range members {
		if m.Chats > 0 {
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
		if Newcomer(m) && m.Received == 0 {
			flags = append(flags, domain.FlagUnwelcomedNewcomer)
		}
		if m.Partners > 0 && float64(m.Partners) < median/2 {
			flags = append(flags, domain.FlagPeripheral)
		}
		if len(flags) == 0 {
			continue
		}
		score := 0.0
		for _, f := range flags {
			score += flagWeight[f]
		}
		out = append(out, Isolated{Stats: m, Flags: flags, Score: min(1, float64(int(score*1000+0.5))/1000)})
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

// Newcomer says whether a member took part in the window and in none of
// the community's chats before it.
func Newcomer(m MemberStats) bool { return m.ChatsBefore == 0 && m.Chats > 0 }

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
