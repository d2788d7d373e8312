package graph_test

import (
	"context"
	"github.com/peergraph/peergraph/analysisrun"
	"log/slog"
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/peergraph/peergraph/graph"
	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
	"github.com/peergraph/peergraph/profession"
)

// The scenario (testdata/scenario) is loaded through the real loader. Its
// clock stands at 2026-06-30, so the default window is 2026-01-01 to then.
// Six catalogued chats:
//
//	C0 weph-20251009T2000Z (before the window)  lara↔phil, lara↔olga
//	C1 wemdt-20260312T2000Z  "Discharge planning"   nora↔pam, priya↔dev, dev↔ned, olga→nora, olga→pam
//	C2 weph-20260326T2000Z   "Medicines reconciliation" phil↔pam, priya↔pam
//	C3 wenurses-20260409T2000Z "Discharge planning" ned↔pam, ned↔nora (nora's Mastodon account)
//	C4 wemidwives-20260416T2000Z "Continuity of carer" mia, meg, mo among themselves
//	C5 weph-20260514T2000Z   "Wellbeing"  newt posts twice, unanswered; pam answers phil
//
// pam is the pharmacist who brokers between pharmacists (phil, priya) and
// nurses (nora, ned); dev the doctor is a liaison (priya→dev→ned); newt the
// unanswered newcomer; lara lapsed; mia, meg and mo a single-profession
// clique; olga opted out (and would otherwise shorten paths and add
// brokered pairs); nora has two accounts.
var scenarioNow = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)

const scenarioPseudonymKey = "scenario-pseudonym-key-0123456789"

const (
	c0 = "weph-20251009T2000Z"
	c1 = "wemdt-20260312T2000Z"
	c2 = "weph-20260326T2000Z"
	c3 = "wenurses-20260409T2000Z"
	c5 = "weph-20260514T2000Z"
)

type scenario struct {
	c       *client.Client
	counter *callCounter
	store   *neo4jstore.Store
}

func loadScenario(t *testing.T) *scenario {
	t.Helper()
	counter := &callCounter{calls: map[string]int{}}
	s := storetest.MustOpenObserved(t, counter.observe)
	sum, err := ingest.Run(context.Background(), s, []string{"../testdata/scenario/catalogue.csv", "../testdata/scenario/roster.csv", "../testdata/scenario/posts.jsonl"}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rejected != 0 || sum.Loaded != 13+6+30 || sum.ChatsDetected != 0 {
		t.Fatalf("scenario load: %+v", sum)
	}
	counter.reset()
	return &scenario{c: scenarioClient(t, s, graph.Access{PseudonymKey: []byte(scenarioPseudonymKey), K: graph.DefaultK}), counter: counter, store: s}
}

// scenarioClient serves the schema over s as the server does (the
// questions service with its read model, loaders, error presenter), with
// the given access settings, asking as an admin unless a request says
// otherwise (as).
func scenarioClient(t testing.TB, s *neo4jstore.Store, access graph.Access) *client.Client {
	svc := serviceOver(t, s)
	res := &graph.Resolver{Questions: svc, Professions: profession.DefaultTable(),
		ProfessionalCursor: neo4jstore.ProfessionalCursor, ChatCursor: neo4jstore.ChatCursor,
		Now:      func() time.Time { return scenarioNow },
		Access:   access,
		Analyses: analysisrun.NewManager(context.Background(), analysisSource{svc, s}, analysisrun.Request{}, slog.New(slog.DiscardHandler))}
	srv := handler.New(graph.NewSchema(res))
	srv.AddTransport(transport.POST{})
	srv.Use(graph.LoaderExtension{Questions: svc})
	srv.Use(graph.FreshnessExtension{})
	srv.SetErrorPresenter(graph.ErrorPresenter(slog.New(slog.DiscardHandler)))
	return client.New(srv, as(admin))
}

// ask runs a query that must succeed, decoding data into out.
func (s *scenario) ask(t *testing.T, query string, out any) {
	t.Helper()
	if err := s.c.Post(query, out); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

// fails runs a query that must fail with a message containing want.
func (s *scenario) fails(t *testing.T, query, want string) {
	t.Helper()
	resp, err := s.c.RawPost(query)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	if !strings.Contains(string(resp.Errors), want) {
		t.Errorf("%s: errors %s, want one containing %q", query, resp.Errors, want)
	}
}

func ids(xs []struct{ ID string }) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, x.ID)
	}
	return out
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

var scenarioOnce sync.Mutex

func TestScenario(t *testing.T) {
	scenarioOnce.Lock()
	defer scenarioOnce.Unlock()
	testScenario(t, loadScenario(t))
}

func testScenario(t *testing.T, s *scenario) {
	t.Run("professional", func(t *testing.T) {
		var r struct {
			Professional struct {
				ID          string
				Accounts    []struct{ Key string }
				Professions []struct{ Profession, Source string }
				Communities []struct{ Name string }
			}
		}
		// A bare handle with '@' finds nora through either account: one
		// professional, so not ambiguous.
		s.ask(t, `{ professional(handle: "@nora") { id accounts { key } professions { profession source } communities { name } } }`, &r)
		p := r.Professional
		if p.ID != "x:nora" || len(p.Accounts) != 2 || p.Accounts[0].Key != "mastodon:nora@nurses.social" ||
			len(p.Professions) != 1 || p.Professions[0].Profession != "nurse" || p.Professions[0].Source != "ROSTER" ||
			len(p.Communities) != 2 {
			t.Errorf("nora = %+v", p)
		}
		// "@pam" is two professionals on two platforms.
		s.fails(t, `{ professional(handle: "@pam") { id } }`, "bsky:pam.bsky.social, x:pam")
	})

	// No accounts, professions, communities or hosts is an empty list, never
	// null: null is a list withheld by the access rules.
	t.Run("empty lists", func(t *testing.T) {
		var r struct {
			Professionals struct {
				Nodes []struct {
					ID          string
					Accounts    []struct{ Key string }
					Professions []struct{ Profession string }
					Communities []struct{ Name string }
				}
			}
		}
		s.ask(t, `{ professionals(first: 100) { nodes { id accounts { key } professions { profession } communities { name } } } }`, &r)
		var none []string
		for _, p := range r.Professionals.Nodes {
			if p.Accounts == nil || p.Professions == nil || p.Communities == nil {
				t.Errorf("%s: a list is null: %+v", p.ID, p)
			}
			if len(p.Communities) == 0 {
				none = append(none, p.ID)
			}
		}
		if len(none) == 0 {
			t.Errorf("no professional without a community in the scenario: the test asserts nothing")
		}

		var c struct {
			Chats struct {
				Nodes []struct {
					ID    string
					Hosts []struct{ ID string }
				}
			}
		}
		s.ask(t, `{ chats(first: 100, since: "2000-01-01T00:00:00Z") { nodes { id hosts { id } } } }`, &c)
		unhosted := 0
		for _, ch := range c.Chats.Nodes {
			if ch.Hosts == nil {
				t.Errorf("chat %s: hosts is null", ch.ID)
			}
			if len(ch.Hosts) == 0 {
				unhosted++
			}
		}
		if unhosted == 0 {
			t.Errorf("no chat without a host among %d in the scenario: the test asserts nothing", len(c.Chats.Nodes))
		}
	})

	t.Run("partners", func(t *testing.T) {
		type partner struct {
			Professional struct{ ID string }
			Sent         struct{ Replies, Mentions, Conversational int }
			Received     struct{ Replies, Mentions, Conversational int }
			Chats        int
		}
		var r struct {
			Professional struct {
				Partners struct {
					TotalCount int
					Nodes      []partner
					PageInfo   struct {
						HasNextPage bool
						EndCursor   string
					}
				}
			}
		}
		q := `query($after: String) { professional(handle: "x:pam") { partners(first: 2, after: $after) { totalCount
			nodes { professional { id } sent { replies mentions conversational } received { replies mentions conversational } chats }
			pageInfo { hasNextPage endCursor } } } }`
		if err := s.c.Post(q, &r); err != nil {
			t.Fatal(err)
		}
		got := r.Professional.Partners
		// phil: pam replied twice (C2, C5), phil mentioned pam once; olga
		// (opted out) is left out; ties of 2 are ordered by id.
		if got.TotalCount != 4 || len(got.Nodes) != 2 || !got.PageInfo.HasNextPage {
			t.Fatalf("page 1 = %+v", got)
		}
		phil := got.Nodes[0]
		if phil.Professional.ID != "x:phil" || phil.Sent.Replies != 2 || phil.Received.Mentions != 1 || phil.Chats != 2 {
			t.Errorf("phil = %+v", phil)
		}
		if got.Nodes[1].Professional.ID != "x:ned" {
			t.Errorf("second = %+v", got.Nodes[1])
		}
		if err := s.c.Post(q, &r, client.Var("after", got.PageInfo.EndCursor)); err != nil {
			t.Fatal(err)
		}
		page2 := r.Professional.Partners
		if len(page2.Nodes) != 2 || page2.Nodes[0].Professional.ID != "x:nora" || page2.Nodes[1].Professional.ID != "x:priya" || page2.PageInfo.HasNextPage {
			t.Errorf("page 2 = %+v", page2)
		}
		// Before the window lara and phil talked; in a window around C0 they are partners.
		var lara struct {
			Professional struct {
				Partners struct {
					Nodes []partner
				}
			}
		}
		s.ask(t, `{ professional(handle: "x:lara") { partners { nodes { professional { id } } } } }`, &lara)
		if len(lara.Professional.Partners.Nodes) != 0 {
			t.Errorf("lara has partners in the default window: %+v", lara)
		}
		s.ask(t, `{ professional(handle: "x:lara") { partners(since: "2025-10-01T00:00:00Z", until: "2025-11-01T00:00:00Z") { nodes { professional { id } } } } }`, &lara)
		if n := lara.Professional.Partners.Nodes; len(n) != 1 || n[0].Professional.ID != "x:phil" {
			t.Errorf("lara in October 2025: %+v", n)
		}
		s.fails(t, `{ professional(handle: "x:pam") { partners(first: 101) { totalCount } } }`, "first: must be between 0 and 100")
	})

	t.Run("chats and summary", func(t *testing.T) {
		var r struct {
			Professional struct {
				Chats struct {
					TotalCount int
					Nodes      []struct{ ID string }
				}
			}
		}
		s.ask(t, `{ professional(handle: "x:pam") { chats { totalCount nodes { id } } } }`, &r)
		if got := ids(r.Professional.Chats.Nodes); !reflect.DeepEqual(got, []string{c5, c3, c2, c1}) || r.Professional.Chats.TotalCount != 4 {
			t.Errorf("pam's chats = %v", got)
		}
		var c struct {
			Chat struct {
				Summary struct {
					Participants, Posts int
					ReplyRate           float64
					AnsweredShare       float64
					ProfessionMix       []struct {
						Profession string
						Count      int
					}
					CrossProfessionTies int
					TopTerms            []struct {
						Term  string
						Count int
					}
				}
			}
		}
		s.ask(t, `{ chat(id: "`+c1+`") { summary { participants posts replyRate answeredShare professionMix { profession count } crossProfessionTies topTerms(first: 2) { term count } } } }`, &c)
		sum := c.Chat.Summary
		// 8 posts, 4 of them replies; 6 took part and all but olga were
		// answered; pairs across professions: pam–nora, priya–dev, dev–ned, olga–pam.
		if sum.Participants != 6 || sum.Posts != 8 || !near(sum.ReplyRate, 0.5) || !near(sum.AnsweredShare, 5.0/6) || sum.CrossProfessionTies != 4 {
			t.Errorf("summary = %+v", sum)
		}
		if len(sum.ProfessionMix) != 3 || sum.ProfessionMix[0].Profession != "nurse" || sum.ProfessionMix[0].Count != 3 ||
			sum.ProfessionMix[1].Profession != "pharmacist" || sum.ProfessionMix[2].Profession != "doctor" {
			t.Errorf("mix = %+v", sum.ProfessionMix)
		}
		if len(sum.TopTerms) != 2 || sum.TopTerms[0].Term != "discharge" || sum.TopTerms[0].Count != 5 || sum.TopTerms[1].Term != "medicines" || sum.TopTerms[1].Count != 2 {
			t.Errorf("terms = %+v", sum.TopTerms)
		}
	})

	t.Run("path", func(t *testing.T) {
		type step struct {
			From, To struct{ ID string }
			Chats    []struct{ ID string }
		}
		var r struct {
			Path *struct {
				Hops          int
				Professionals []struct{ ID string }
				Steps         []step
			}
		}
		// Through olga it would be two hops; she opted out, so three.
		s.ask(t, `{ path(from: "x:lara", to: "mastodon:nora@nurses.social") { hops professionals { id } steps { from { id } to { id } chats { id } } } }`, &r)
		if r.Path == nil || r.Path.Hops != 3 || !reflect.DeepEqual(ids(r.Path.Professionals), []string{"x:lara", "x:phil", "x:pam", "x:nora"}) {
			t.Fatalf("path = %+v", r.Path)
		}
		if got := [][]string{ids(r.Path.Steps[0].Chats), ids(r.Path.Steps[1].Chats), ids(r.Path.Steps[2].Chats)}; !reflect.DeepEqual(got, [][]string{{c0}, {c5, c2}, {c1}}) {
			t.Errorf("step chats = %v", got)
		}
		var none struct{ Path *struct{ Hops int } }
		s.ask(t, `{ path(from: "x:lara", to: "x:nora", maxHops: 2) { hops } }`, &none)
		if none.Path != nil {
			t.Errorf("maxHops 2 found %+v", none.Path)
		}
		var none2 struct{ Path *struct{ Hops int } }
		s.ask(t, `{ path(from: "x:newt", to: "x:nora") { hops } }`, &none2)
		if none2.Path != nil {
			t.Errorf("newt has no ties, found %+v", none2.Path)
		}
		s.fails(t, `{ path(from: "x:nobody", to: "x:nora") { hops } }`, `from: no professional has the handle`)
		s.fails(t, `{ path(from: "x:pam", to: "x:olga") { hops } }`, `to: no professional has the handle`)
		s.fails(t, `{ path(from: "x:pam", to: "x:nora", maxHops: 9) { hops } }`, `maxHops: must be between 1 and 6`)
	})

	t.Run("suggestPeers", func(t *testing.T) {
		type sugg struct {
			Professional struct{ ID string }
			Score        float64
			Reasons      struct {
				MutualPartners []struct{ ID string }
				SharedChats    []struct{ ID string }
				SharedTopics   []string
			}
		}
		var r struct{ SuggestPeers []sugg }
		s.ask(t, `{ suggestPeers(handle: "x:phil") { professional { id } score reasons { mutualPartners { id } sharedChats { id } sharedTopics } } }`, &r)
		// Mutual partner pam has 4 partners (olga left out): 1/ln 4 each for
		// priya, nora, ned. Shared chats of 3: 1/ln 3 (priya C2, newt C5).
		// Shared topics: 0.25. pam is tied already, lara too (and inactive).
		aa, chat := 1/math.Log(4), 1/math.Log(3)
		want := []struct {
			id    string
			score float64
		}{{"x:priya", aa + chat + 0.25}, {"x:newt", chat + 0.25}, {"x:ned", aa}, {"x:nora", aa}}
		if len(r.SuggestPeers) != len(want) {
			t.Fatalf("suggestions = %+v", r.SuggestPeers)
		}
		for i, w := range want {
			if g := r.SuggestPeers[i]; g.Professional.ID != w.id || !near(g.Score, w.score) {
				t.Errorf("suggestion %d = %s %v, want %s %v", i, g.Professional.ID, g.Score, w.id, w.score)
			}
		}
		priya := r.SuggestPeers[0].Reasons
		if !reflect.DeepEqual(ids(priya.MutualPartners), []string{"x:pam"}) || !reflect.DeepEqual(ids(priya.SharedChats), []string{c2}) ||
			!reflect.DeepEqual(priya.SharedTopics, []string{"Medicines reconciliation"}) {
			t.Errorf("priya's reasons = %+v", priya)
		}
		s.ask(t, `{ suggestPeers(handle: "x:phil", otherProfessionsOnly: true) { professional { id } score } }`, &r)
		if got := len(r.SuggestPeers); got != 2 || r.SuggestPeers[0].Professional.ID != "x:ned" || r.SuggestPeers[1].Professional.ID != "x:nora" {
			t.Errorf("other professions = %+v", r.SuggestPeers)
		}
		s.ask(t, `{ suggestPeers(handle: "x:phil", professions: ["RGN"], first: 1) { professional { id } } }`, &r)
		if len(r.SuggestPeers) != 1 || r.SuggestPeers[0].Professional.ID != "x:ned" {
			t.Errorf("professions [RGN], first 1 = %+v", r.SuggestPeers)
		}
		// newt has no partner: shared chat C5 and its topic, plus how often
		// the community's members answer others (pam 4, phil 1, priya 2).
		s.ask(t, `{ suggestPeers(handle: "x:newt") { professional { id } score } }`, &r)
		wantNewt := []struct {
			id    string
			score float64
		}{{"x:pam", chat + 0.25 + 0.1*math.Log(5)}, {"x:phil", chat + 0.25 + 0.1*math.Log(2)}, {"x:priya", 0.1 * math.Log(3)}}
		if len(r.SuggestPeers) != len(wantNewt) {
			t.Fatalf("newt's suggestions = %+v", r.SuggestPeers)
		}
		for i, w := range wantNewt {
			if g := r.SuggestPeers[i]; g.Professional.ID != w.id || !near(g.Score, w.score) {
				t.Errorf("newt's suggestion %d = %s %v, want %s %v", i, g.Professional.ID, g.Score, w.id, w.score)
			}
		}
		// olga is never suggested, whoever asks.
		for _, h := range []string{"x:nora", "x:pam", "x:lara", "x:ned", "x:dev"} {
			s.ask(t, `{ suggestPeers(handle: "`+h+`", since: "2025-01-01T00:00:00Z") { professional { id } } }`, &r)
			for _, g := range r.SuggestPeers {
				if g.Professional.ID == "x:olga" {
					t.Errorf("olga suggested to %s", h)
				}
			}
		}
		s.fails(t, `{ suggestPeers(handle: "x:nobody") { score } }`, "handle: no professional has the handle")
		s.fails(t, `{ suggestPeers(handle: "x:phil", professions: ["wizard"]) { score } }`, `professions: unknown profession \"wizard\"`)
		s.fails(t, `{ suggestPeers(handle: "x:phil", first: 500) { score } }`, "first: must be between 0 and 100")
	})

	t.Run("connectors", func(t *testing.T) {
		type conn struct {
			Professional     struct{ ID string }
			BrokeredPairs    int
			Roles            struct{ Coordinator, Itinerant, Gatekeeper, Representative, Liaison int }
			PartnersBetween  int
			PartnersAnd      int
			GroupBetweenness *float64
		}
		var r struct{ Connectors []conn }
		q := `{ connectors(between: "Pharmacists", and: "rn") { professional { id } brokeredPairs roles { coordinator itinerant gatekeeper representative liaison } partnersBetween partnersAnd groupBetweenness } }`
		s.ask(t, q, &r)
		// pam: phil, priya × nora, ned, none tied across: 4 pairs, each a
		// representative chain. dev: priya→dev→ned, a liaison. Without the
		// opt-out, olga would add pairs to pam and make phil a broker.
		if len(r.Connectors) != 2 {
			t.Fatalf("connectors = %+v", r.Connectors)
		}
		pam, dev := r.Connectors[0], r.Connectors[1]
		if pam.Professional.ID != "x:pam" || pam.BrokeredPairs != 4 || pam.Roles.Representative != 4 || pam.PartnersBetween != 2 || pam.PartnersAnd != 2 || pam.GroupBetweenness != nil {
			t.Errorf("pam = %+v", pam)
		}
		if dev.Professional.ID != "x:dev" || dev.BrokeredPairs != 1 || dev.Roles.Liaison != 1 || dev.Roles.Representative+dev.Roles.Gatekeeper != 0 {
			t.Errorf("dev = %+v", dev)
		}
		s.ask(t, `{ connectors(between: "nurse", and: "pharmacist") { professional { id } brokeredPairs roles { gatekeeper liaison representative } } }`, &r)
		if len(r.Connectors) != 2 || r.Connectors[0].Roles.Gatekeeper != 4 || r.Connectors[0].Roles.Representative != 0 || r.Connectors[1].Roles.Liaison != 1 {
			t.Errorf("nurse→pharmacist = %+v", r.Connectors)
		}
		s.ask(t, `{ connectors(between: "pharmacist", and: "nurse", community: "WeMDT") { professional { id } brokeredPairs } }`, &r)
		if len(r.Connectors) != 1 || r.Connectors[0].Professional.ID != "x:dev" {
			t.Errorf("in WeMDT = %+v", r.Connectors)
		}
		s.ask(t, `{ connectors(between: "pharmacist", and: "nurse", first: 1) { professional { id } } }`, &r)
		if len(r.Connectors) != 1 || r.Connectors[0].Professional.ID != "x:pam" {
			t.Errorf("first 1 = %+v", r.Connectors)
		}
		s.fails(t, `{ connectors(between: "wizard", and: "nurse") { brokeredPairs } }`, `between: unknown profession`)
		s.fails(t, `{ connectors(between: "nurse", and: "") { brokeredPairs } }`, `and: must name a profession`)
	})

	t.Run("isolatedMembers", func(t *testing.T) {
		type report struct {
			Professional struct{ ID string }
			Score        float64
			Flags        []string
			Evidence     struct {
				Posts, Chats, RepliesReceived, Partners, CrossProfessionPartners int
			}
			SuggestedPeers []struct {
				Professional struct{ ID string }
				Score        float64
				ScoreParts   struct {
					MutualPartners, SharedChats, SharedTopics, Responsiveness, Spread float64
					AlreadySuggested                                                  int
				}
			}
			Recency    float64
			ScoreParts []struct {
				Term                  string
				Value, Weight, Points float64
			}
		}
		var r struct {
			IsolatedMembers struct {
				TotalCount     int
				MedianPartners float64
				Nodes          []report
			}
		}
		s.ask(t, `{ isolatedMembers(community: "WePharmacists") { totalCount medianPartners nodes { professional { id } score flags recency
			evidence { posts chats repliesReceived partners crossProfessionPartners }
			suggestedPeers(first: 2) { professional { id } score scoreParts { mutualPartners sharedChats sharedTopics responsiveness alreadySuggested spread } }
			scoreParts { term value weight points } } } }`, &r)
		got := r.IsolatedMembers
		// The parts of each score are its terms' points, recency × weight ×
		// value, and add up to it.
		for _, n := range got.Nodes {
			sum := 0.0
			for _, p := range n.ScoreParts {
				sum += p.Points
				if !near(p.Points, n.Recency*p.Weight*p.Value) {
					t.Errorf("%s: part %+v, recency %v", n.Professional.ID, p, n.Recency)
				}
			}
			// Each part and the score are rounded to 1e-9 (scoring.Round), so
			// four parts may add up to the score give or take 2.5e-9.
			if len(n.ScoreParts) != 4 || math.Abs(sum-n.Score) > 2.5e-9 {
				t.Errorf("%s: parts %+v sum to %v, score %v", n.Professional.ID, n.ScoreParts, sum, n.Score)
			}
			for _, p := range n.SuggestedPeers {
				sp := p.ScoreParts
				if !near(p.Score, (sp.MutualPartners+sp.SharedChats+sp.SharedTopics+sp.Responsiveness)*sp.Spread) || !near(sp.Spread, 1/float64(1+sp.AlreadySuggested)) {
					t.Errorf("%s → %s: score %v, parts %+v", n.Professional.ID, p.Professional.ID, p.Score, sp)
				}
			}
		}
		// Active members' partners: newt 0, phil 1, priya 2, pam 4. The
		// newcomer nobody answered first (every term 1: the score is its
		// recency), then phil (active), then lara (lapsed).
		if got.TotalCount != 3 || got.MedianPartners != 1.5 || len(got.Nodes) != 3 {
			t.Fatalf("isolated = %+v", got)
		}
		newt, phil, lara := got.Nodes[0], got.Nodes[1], got.Nodes[2]
		if newt.Professional.ID != "x:newt" || !near(newt.Score, newt.Recency) || !reflect.DeepEqual(newt.Flags, []string{"NO_PARTNERS", "UNANSWERED", "UNWELCOMED_NEWCOMER"}) ||
			newt.Evidence.Posts != 2 || newt.Evidence.Chats != 1 || newt.Evidence.RepliesReceived != 0 {
			t.Errorf("newt = %+v", newt)
		}
		if ids := []string{newt.SuggestedPeers[0].Professional.ID, newt.SuggestedPeers[1].Professional.ID}; !reflect.DeepEqual(ids, []string{"x:pam", "x:phil"}) {
			t.Errorf("newt's peers = %v", ids)
		}
		if lara.Professional.ID != "x:lara" || lara.Score >= phil.Score || !reflect.DeepEqual(lara.Flags, []string{"NO_PARTNERS", "LAPSED"}) {
			t.Errorf("lara = %+v", lara)
		}
		if phil.Professional.ID != "x:phil" || !reflect.DeepEqual(phil.Flags, []string{"SINGLE_PROFESSION"}) ||
			phil.Evidence.Partners != 1 || phil.Evidence.CrossProfessionPartners != 0 || phil.Evidence.Posts != 2 || phil.Evidence.RepliesReceived != 2 {
			t.Errorf("phil = %+v", phil)
		}
		s.ask(t, `{ isolatedMembers(community: "WeMidwives") { totalCount nodes { professional { id } flags } } }`, &r)
		if r.IsolatedMembers.TotalCount != 3 {
			t.Errorf("the clique = %+v", r.IsolatedMembers)
		}
		for _, n := range r.IsolatedMembers.Nodes {
			if !reflect.DeepEqual(n.Flags, []string{"SINGLE_PROFESSION"}) {
				t.Errorf("%s flags %v", n.Professional.ID, n.Flags)
			}
		}
		s.ask(t, `{ isolatedMembers(community: "WeNurses") { nodes { professional { id } } } }`, &r)
		for _, n := range r.IsolatedMembers.Nodes {
			if n.Professional.ID == "x:olga" {
				t.Errorf("olga reported")
			}
		}
		s.fails(t, `{ isolatedMembers(community: "WeWizards") { totalCount } }`, "community: no community is named WeWizards")
	})

	t.Run("professionLinks", func(t *testing.T) {
		type cell struct {
			From, To    string
			Ties, Pairs int
		}
		type ei struct {
			Profession string
			EiIndex    *float64
		}
		var r struct {
			ProfessionLinks []struct {
				Since, Until string
				Cells        []cell
				Professions  []ei
			}
		}
		s.ask(t, `{ professionLinks { since until cells { from to ties pairs } professions { profession eiIndex } } }`, &r)
		if len(r.ProfessionLinks) != 1 {
			t.Fatalf("periods = %+v", r.ProfessionLinks)
		}
		p := r.ProfessionLinks[0]
		wantCells := []cell{
			{"doctor", "nurse", 1, 1}, {"doctor", "pharmacist", 1, 1}, {"midwife", "midwife", 3, 3},
			{"nurse", "doctor", 1, 1}, {"nurse", "nurse", 2, 2}, {"nurse", "pharmacist", 2, 2},
			{"pharmacist", "doctor", 1, 1}, {"pharmacist", "nurse", 2, 2}, {"pharmacist", "pharmacist", 5, 4},
		}
		// The default window: the 180 days up to the midnight after the
		// newest chat (C5, 14 May), not up to now (30 June).
		if !reflect.DeepEqual(p.Cells, wantCells) || p.Since != "2025-11-16T00:00:00Z" || p.Until != "2026-05-15T00:00:00Z" {
			t.Errorf("cells = %+v since %s", p.Cells, p.Since)
		}
		gotEI := map[string]float64{}
		for _, e := range p.Professions {
			gotEI[e.Profession] = *e.EiIndex
		}
		if !reflect.DeepEqual(gotEI, map[string]float64{"doctor": 1, "midwife": -1, "nurse": 0.5, "pharmacist": 0.2}) {
			t.Errorf("E–I = %v", gotEI)
		}
		s.ask(t, `{ professionLinks(interval: MONTH) { since until cells { from to ties pairs } } }`, &r)
		var months []int
		for _, p := range r.ProfessionLinks {
			n := 0
			for _, c := range p.Cells {
				n += c.Ties
			}
			months = append(months, n)
		}
		// From mid-November: March: C1 (6 acts without olga) and C2 (4);
		// April: C3 (4), C4 (3); May: C5 (1).
		if !reflect.DeepEqual(months, []int{0, 0, 0, 0, 10, 7, 1}) {
			t.Errorf("acts per month = %v", months)
		}
		s.ask(t, `{ professionLinks(community: "WeMidwives") { cells { from to ties pairs } } }`, &r)
		if got := r.ProfessionLinks[0].Cells; !reflect.DeepEqual(got, []cell{{"midwife", "midwife", 3, 3}}) {
			t.Errorf("WeMidwives = %+v", got)
		}
		// A window given with an offset is the same instants: 09:00+09:00 is
		// midnight UTC (Neo4j refused such datetimes before they were made UTC).
		s.ask(t, `{ professionLinks(since: "2026-01-01T09:00:00+09:00", until: "2026-06-30T02:00:00+02:00") { since cells { from to ties pairs } } }`, &r)
		if len(r.ProfessionLinks) != 1 || !reflect.DeepEqual(r.ProfessionLinks[0].Cells, wantCells) || r.ProfessionLinks[0].Since != "2026-01-01T00:00:00Z" {
			t.Errorf("with offsets: %+v", r.ProfessionLinks)
		}
		var iso struct {
			IsolatedMembers struct{ TotalCount int }
		}
		s.ask(t, `{ isolatedMembers(community: "WePharmacists", since: "2026-01-01T09:00:00+09:00") { totalCount } }`, &iso)
		if iso.IsolatedMembers.TotalCount == 0 {
			t.Error("isolatedMembers with an offset window: no reports")
		}
	})
}
