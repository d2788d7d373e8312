package rank

import (
	"cmp"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/peergraph/peergraph/domain"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// Adamic–Adar as networkx.adamic_adar_index defines it: Σ 1/ln(deg z).
func TestScorePeersAdamicAdar(t *testing.T) {
	got := ScorePeers([]PeerEvidence{
		{ID: "c", MutualPartners: []Mutual{{"z2", 3}, {"z1", 2}}},
		{ID: "d", SharedChats: []SharedChat{{"ch1", 10}}, SharedTopics: []string{"wellbeing"}},
		{ID: "e"}, // no reason: dropped
		{ID: "f", Answers: 5},
	}, false)
	if len(got) != 2 {
		t.Fatalf("got %+v", got)
	}
	if got[0].ID != "c" || !near(got[0].Score, 1/math.Log(2)+1/math.Log(3)) || !reflect.DeepEqual(got[0].Mutual, []string{"z1", "z2"}) {
		t.Errorf("c: %+v", got[0])
	}
	if got[1].ID != "d" || !near(got[1].Score, 1/math.Log(10)+TopicWeight) {
		t.Errorf("d: %+v", got[1])
	}
	iso := ScorePeers([]PeerEvidence{{ID: "f", Answers: 5}}, true)
	if len(iso) != 1 || !near(iso[0].Score, AnswerWeight*math.Log(6)) {
		t.Errorf("isolated: %+v", iso)
	}
}

// A pharmacist X between pharmacists p1, p2 and nurses n1, n2: p1→X→n1 and
// p2→X→n2 are representative chains; n1 and p2 are tied, so (p2, n1) is not
// brokered.
func TestBrokerageRoles(t *testing.T) {
	group := map[string]string{"X": "pharmacist", "p1": "pharmacist", "p2": "pharmacist", "n1": "nurse", "n2": "nurse", "D": "doctor"}
	edges := []Edge{
		{"p1", "X"}, {"p2", "X"}, {"X", "n1"}, {"X", "n2"}, {"n1", "p2"},
		// D is a liaison between p1 and n2, both ways talked.
		{"p1", "D"}, {"D", "n2"},
	}
	got := Brokerage(edges, group, "pharmacist", "nurse")
	want := []Broker{
		{ID: "X", Pairs: 3, Roles: domain.BrokerageRoles{Representative: 3}, PartnersA: 2, PartnersB: 2},
		{ID: "D", Pairs: 1, Roles: domain.BrokerageRoles{Liaison: 1}, PartnersA: 1, PartnersB: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Brokerage = %+v\nwant %+v", got, want)
	}
	// The other way round, X is a gatekeeper only where nurses address it.
	back := Brokerage(append(edges, Edge{"n2", "X"}, Edge{"X", "p1"}), group, "nurse", "pharmacist")
	if len(back) == 0 || back[0].ID != "X" || back[0].Roles != (domain.BrokerageRoles{Gatekeeper: 1}) {
		t.Errorf("nurse→pharmacist: %+v", back)
	}
	// Within one profession: coordinator and itinerant, pairs counted once.
	same := Brokerage([]Edge{{"n1", "X"}, {"X", "n2"}, {"n2", "N"}, {"N", "n1"}}, map[string]string{"n1": "nurse", "n2": "nurse", "X": "pharmacist", "N": "nurse"}, "nurse", "nurse")
	if len(same) != 2 || same[0].Pairs != 1 || same[1].Pairs != 1 {
		t.Fatalf("nurse–nurse: %+v", same)
	}
	byID := map[string]Broker{same[0].ID: same[0], same[1].ID: same[1]}
	if byID["X"].Roles.Itinerant != 1 || byID["N"].Roles.Coordinator != 1 {
		t.Errorf("roles: %+v", byID)
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

func TestLinksEIIndex(t *testing.T) {
	cells, ei := Links([]PairActs{
		{"n1", "n2", "nurse", "nurse", 3},
		{"n2", "n1", "nurse", "nurse", 1},
		{"n1", "p1", "nurse", "pharmacist", 2},
		{"p1", "d1", "pharmacist", "doctor", 1},
	})
	wantCells := []*domain.ProfessionLink{
		{From: "nurse", To: "nurse", Ties: 4, Pairs: 2, People: 2},
		{From: "nurse", To: "pharmacist", Ties: 2, Pairs: 1, People: 2},
		{From: "pharmacist", To: "doctor", Ties: 1, Pairs: 1, People: 2},
	}
	if !reflect.DeepEqual(cells, wantCells) {
		t.Errorf("cells %v", cells)
	}
	got := map[string]float64{}
	people := map[string]int{}
	for _, e := range ei {
		got[e.Profession] = *e.EIIndex
		people[e.Profession] = e.People
	}
	// The people small-cell suppression counts: professionals of each
	// profession with a tie.
	if !reflect.DeepEqual(people, map[string]int{"nurse": 2, "pharmacist": 1, "doctor": 1}) {
		t.Errorf("people %v", people)
	}
	// nurse: 1 internal pair, 1 external → 0; pharmacist: 2 external → 1; doctor 1 external → 1.
	if !reflect.DeepEqual(got, map[string]float64{"nurse": 0, "pharmacist": 1, "doctor": 1}) {
		t.Errorf("ei %v", got)
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

// brokerageReference is Brokerage as first written, on maps of sets: the
// definition the faster one must agree with.
func brokerageReference(edges []Edge, group map[string]string, a, b string) []Broker {
	out := map[string]map[string]bool{}
	und := map[string]map[string]bool{}
	in := map[string]map[string]bool{}
	add := func(m map[string]map[string]bool, x, y string) {
		if m[x] == nil {
			m[x] = map[string]bool{}
		}
		m[x][y] = true
	}
	for _, e := range edges {
		if e.From == e.To {
			continue
		}
		add(out, e.From, e.To)
		add(in, e.To, e.From)
		add(und, e.From, e.To)
		add(und, e.To, e.From)
	}
	tied := func(u, v string) bool { return und[u][v] }
	var res []Broker
	for x, nbrs := range und {
		var inA, inB []string
		for n := range nbrs {
			if group[n] == a {
				inA = append(inA, n)
			}
			if group[n] == b {
				inB = append(inB, n)
			}
		}
		if len(inA) == 0 || len(inB) == 0 {
			continue
		}
		br := Broker{ID: x, PartnersA: len(inA), PartnersB: len(inB)}
		gx := group[x]
		for _, u := range inA {
			for _, v := range inB {
				if u == v || tied(u, v) {
					continue
				}
				if a != b || u < v {
					br.Pairs++
				}
				if in[x][u] && out[x][v] {
					AddRole(&br.Roles, ClassifyRole(a, gx, b))
				}
			}
		}
		if br.Pairs > 0 {
			res = append(res, br)
		}
	}
	slices.SortFunc(res, func(p, q Broker) int {
		if d := cmp.Compare(q.Pairs, p.Pairs); d != 0 {
			return d
		}
		return cmp.Compare(p.ID, q.ID)
	})
	return res
}

// Brokerage agrees with the reference on random graphs: both professions
// orders, one profession with itself, members without a group, self-ties
// and repeated ties.
func TestBrokerageAgreesWithReference(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	profs := []string{"nurse", "pharmacist", "doctor", ""}
	for round := range 300 {
		n := 2 + r.IntN(30)
		group := map[string]string{}
		for i := range n {
			if p := profs[r.IntN(len(profs))]; p != "" {
				group["p"+strconv.Itoa(i)] = p
			}
		}
		var edges []Edge
		for range r.IntN(4 * n) {
			edges = append(edges, Edge{"p" + strconv.Itoa(r.IntN(n)), "p" + strconv.Itoa(r.IntN(n))})
		}
		for _, pair := range [][2]string{{"nurse", "pharmacist"}, {"pharmacist", "nurse"}, {"nurse", "nurse"}, {"doctor", "wizard"}} {
			got, want := Brokerage(edges, group, pair[0], pair[1]), brokerageReference(edges, group, pair[0], pair[1])
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d %v: Brokerage = %+v\nreference %+v", round, pair, got, want)
			}
		}
	}
}
