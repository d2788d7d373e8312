package scoring

import (
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
		{ID: "busy", Profession: "nurse", Posts: 9, Chats: 3, Received: 5, ChatsBefore: 2, Partners: 8, CrossPartners: 3},
		{ID: "busy2", Profession: "nurse", Posts: 9, Chats: 3, Received: 5, ChatsBefore: 2, Partners: 6, CrossPartners: 3},
		{ID: "newbie", Profession: "nurse", Posts: 2, Chats: 1, Partners: 0},
		{ID: "lapsed", Profession: "nurse", ChatsBefore: 4},
		{ID: "clique", Profession: "midwife", Posts: 5, Chats: 2, Received: 3, ChatsBefore: 1, Partners: 3},
		{ID: "quiet", Profession: "nurse", Posts: 1, Chats: 1, Received: 1, ChatsBefore: 1, Partners: 1, CrossPartners: 1},
		{ID: "never", Profession: "nurse"},
	})
	if median != 3 {
		t.Errorf("median = %v, want 3 (0 1 3 6 8)", median)
	}
	flags := map[string][]domain.IsolationFlag{}
	scores := map[string]float64{}
	for _, g := range got {
		flags[g.Stats.ID], scores[g.Stats.ID] = g.Flags, g.Score
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
	if got[0].Stats.ID != "newbie" || !near(scores["newbie"], 0.7) || !near(scores["lapsed"], 0.45) {
		t.Errorf("order/scores: %v", scores)
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
