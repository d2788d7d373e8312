package scoring

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/peergraph/peergraph/domain"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// Adamic–Adar as networkx.adamic_adar_index defines it: Σ 1/ln(deg z);
// the other terms as documented.
func TestPeerTerms(t *testing.T) {
	if !near(MutualPartner(2)+MutualPartner(3), 1/math.Log(2)+1/math.Log(3)) || !near(MutualPartner(1), 1/math.Log(2)) {
		t.Errorf("mutual partners: %v %v %v", MutualPartner(1), MutualPartner(2), MutualPartner(3))
	}
	if !near(SharedChat(10), 1/math.Log(10)) || !near(SharedTopics(2), 2*TopicWeight) {
		t.Errorf("chat %v topics %v", SharedChat(10), SharedTopics(2))
	}
	if Answering(0) != 0 || !near(Answering(5), AnswerWeight*math.Log(6)) {
		t.Errorf("answering %v %v", Answering(0), Answering(5))
	}
	if Round(0.1+0.2) != Round(0.3) || Round(1/math.Log(3)) == Round(1/math.Log(3)+1e-8) {
		t.Errorf("rounding: %v %v", Round(0.1+0.2), Round(0.3))
	}
	ps := []Peer{{ID: "b", Score: 1}, {ID: "a", Score: 1}, {ID: "c", Score: 2}}
	slices.SortFunc(ps, ComparePeers)
	if ps[0].ID != "c" || ps[1].ID != "a" || ps[2].ID != "b" {
		t.Errorf("order %v", ps)
	}
}

func TestIsolation(t *testing.T) {
	got, median := Isolation([]MemberStats{
		{ID: "busy", Profession: "nurse", Posts: 9, Chats: 3, Received: 5, ChatsBefore: 2, Partners: 8, CrossPartners: 3, DaysSinceLastChat: 1},
		{ID: "busy2", Profession: "nurse", Posts: 9, Chats: 3, Received: 5, ChatsBefore: 2, Partners: 6, CrossPartners: 3, DaysSinceLastChat: 1},
		{ID: "newbie", Profession: "nurse", Posts: 2, Chats: 1, Partners: 0, DaysSinceLastChat: 0.5},
		{ID: "lapsed", Profession: "nurse", ChatsBefore: 4, PostsBefore: 6, ReceivedBefore: 2, DaysSinceLastChat: 200},
		{ID: "clique", Profession: "midwife", Posts: 5, Chats: 2, Received: 3, ChatsBefore: 1, Partners: 3, DaysSinceLastChat: 10},
		{ID: "quiet", Profession: "nurse", Posts: 1, Chats: 1, Received: 1, ChatsBefore: 1, Partners: 1, CrossPartners: 1, DaysSinceLastChat: 30},
		{ID: "never", Profession: "nurse", DaysSinceLastChat: 180},
	})
	if median != 3 {
		t.Errorf("median = %v, want 3 (0 1 3 6 8)", median)
	}
	flags := map[string][]domain.IsolationFlag{}
	scores := map[string]float64{}
	var order []string
	for _, g := range got {
		flags[g.Stats.ID], scores[g.Stats.ID] = g.Flags, g.Score
		order = append(order, g.Stats.ID)
	}
	want := map[string][]domain.IsolationFlag{
		"newbie": {domain.FlagNoPartners, domain.FlagUnanswered, domain.FlagUnwelcomedNewcomer},
		"lapsed": {domain.FlagNoPartners, domain.FlagLapsed},
		"clique": {domain.FlagSingleProfession},
		"quiet":  {domain.FlagPeripheral},
	}
	if !reflect.DeepEqual(flags, want) {
		t.Errorf("flags = %v\nwant %v", flags, want)
	}
	// The formula by hand: recency × (0.35·P/(P+R) + 0.25·M/(M+k) + 0.15·own + 0.25·newcomer).
	wantScores := map[string]float64{
		"newbie": math.Exp(-0.5/90) * (0.35 + 0.25 + 0.15 + 0.25),
		"clique": math.Exp(-10.0/90) * (0.35*5/8 + 0.25*3/6 + 0.15*1),
		"quiet":  math.Exp(-30.0/90) * (0.35*1/2 + 0.25*3/4 + 0),
		"lapsed": math.Exp(-200.0/90) * (0.35*6/8 + 0.25 + 0.15),
	}
	for id, w := range wantScores {
		if !near(scores[id], Round(w)) {
			t.Errorf("score of %s = %v, want %v", id, scores[id], Round(w))
		}
	}
	// The active newcomer nobody answered first, lapsed members last.
	if !reflect.DeepEqual(order, []string{"newbie", "clique", "quiet", "lapsed"}) {
		t.Errorf("order = %v", order)
	}
	// Each part's points sum to the score.
	for _, g := range got {
		sum := 0.0
		for i := range IsolationTerms {
			sum += g.Points(i)
		}
		if !near(Round(sum), g.Score) {
			t.Errorf("%s: parts sum to %v, score %v", g.Stats.ID, sum, g.Score)
		}
	}
}

// Members with the same flags but different evidence get different
// scores: the score is continuous, not a sum of flag weights.
func TestIsolationScoresRarelyTie(t *testing.T) {
	var members []MemberStats
	for i := range 100 {
		members = append(members, MemberStats{ID: fmt.Sprintf("m%03d", i), ChatsBefore: 1 + i%5, PostsBefore: 1 + i%7, ReceivedBefore: i % 3,
			DaysSinceLastChat: 181 + float64(i)*0.7})
	}
	got, _ := Isolation(members)
	seen := map[float64]int{}
	for _, g := range got {
		seen[g.Score]++
	}
	if len(got) != 100 || len(seen) < 95 {
		t.Errorf("%d lapsed members share %d distinct scores, want at least 95", len(got), len(seen))
	}
}

func TestSpread(t *testing.T) {
	if Spread(0) != 1 || Spread(1) != 0.5 || !near(Spread(2), 1.0/3) || Spread(-1) != 1 {
		t.Errorf("spread %v %v %v", Spread(0), Spread(1), Spread(2))
	}
}

func TestTerms(t *testing.T) {
	got := Terms([]string{"Q1 What helps with #burnout? @ann Walking, walking and sleep https://x.co/a", "A1: sleep! Sleep is the best"})
	want := []*domain.TermCount{{Term: "sleep", Count: 3}, {Term: "walking", Count: 2}, {Term: "best", Count: 1}, {Term: "helps", Count: 1}}
	if !reflect.DeepEqual(got, want) {
		for _, g := range got {
			t.Logf("%+v", *g)
		}
		t.Errorf("Terms wrong")
	}
}
