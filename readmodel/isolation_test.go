package readmodel_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/readmodel"
	"github.com/peergraph/peergraph/scoring"
)

// isolationWorld is one community, WeCare, seen at now: a newcomer who
// posted three times in tonight's chat and got no answer; a regular with
// partners; 20 members who lapsed at different times; the community's
// organisation account, which posts tonight unanswered and answers more
// than anyone; and six welcomers who answer others, ann most, fay least.
func isolationWorld() (*readmodel.Model, domain.Window) { return isolationWorldOf(20) }

// isolationWorldOf is isolationWorld with that many lapsed members.
func isolationWorldOf(lapsed int) (*readmodel.Model, domain.Window) {
	now := time.Date(2026, 6, 1, 21, 0, 0, 0, time.UTC)
	w := domain.Window{Since: now.Add(-180 * 24 * time.Hour), Until: now}
	day := 24 * time.Hour
	person := func(id, prof string) neo4jstore.SnapshotProfessional {
		return neo4jstore.SnapshotProfessional{ID: id, Profession: prof, Name: id, Communities: []string{"WeCare"},
			FirstSeen: now.Add(-400 * day), LastSeen: now.Add(-time.Hour)}
	}
	people := []neo4jstore.SnapshotProfessional{person("newbie", "nurse"), person("regular", "nurse")}
	org := person("weorg", "organisation")
	org.Kind = string(domain.KindOrganisation)
	people = append(people, org)
	welcomers := []string{"ann", "bob", "cat", "dan", "eve", "fay"}
	for _, id := range welcomers {
		people = append(people, person(id, "pharmacist"))
	}
	chats := []neo4jstore.SnapshotChat{
		{ID: "tonight", Topic: "sleep", StartsAt: now.Add(-2 * time.Hour), EndsAt: now.Add(-time.Hour), Communities: []string{"WeCare"}},
		{ID: "spring", Topic: "pain", StartsAt: now.Add(-60 * day), EndsAt: now.Add(-60*day + time.Hour), Communities: []string{"WeCare"}},
	}
	var parts []neo4jstore.SnapshotPart
	for i := range lapsed {
		id := fmt.Sprintf("lapsed%03d", i)
		p := person(id, "nurse")
		p.LastSeen = now.Add(-time.Duration(200+7*i) * day)
		people = append(people, p)
		ch := fmt.Sprintf("old%03d", i)
		at := now.Add(-time.Duration(200+7*i) * day)
		chats = append(chats, neo4jstore.SnapshotChat{ID: ch, Topic: "pay", StartsAt: at, EndsAt: at.Add(time.Hour), Communities: []string{"WeCare"}})
		parts = append(parts, neo4jstore.SnapshotPart{Professional: id, Chat: ch, Posts: 1 + i%4, Received: i % 3})
	}
	parts = append(parts,
		neo4jstore.SnapshotPart{Professional: "newbie", Chat: "tonight", Posts: 3},
		neo4jstore.SnapshotPart{Professional: "weorg", Chat: "tonight", Posts: 5},
		neo4jstore.SnapshotPart{Professional: "weorg", Chat: "old000", Posts: 5},
		neo4jstore.SnapshotPart{Professional: "regular", Chat: "tonight", Posts: 4, Received: 3},
		neo4jstore.SnapshotPart{Professional: "regular", Chat: "spring", Posts: 2, Received: 2},
		neo4jstore.SnapshotPart{Professional: "ann", Chat: "tonight", Posts: 6, Received: 4},
		neo4jstore.SnapshotPart{Professional: "bob", Chat: "spring", Posts: 3, Received: 1},
	)
	b := worldBuilder([]string{"WeCare"}, people, chats)
	for _, p := range parts {
		b.TookPart(p)
	}
	tie := func(from, to string, at time.Time) {
		b.Tie(neo4jstore.SnapshotTie{From: from, To: to, Conversational: 1, Replies: 1, FirstAt: at, LastAt: at, Chats: []string{"spring"}})
	}
	// Answers in the window: the organisation 12, ann 8, bob 6, ... fay 1,
	// each to someone of their own, outside WeCare's members.
	answers := map[string]int{"weorg": 12, "ann": 8, "bob": 6, "cat": 4, "dan": 3, "eve": 2, "fay": 1}
	for id, n := range answers {
		for k := range n {
			tie(id, fmt.Sprintf("%s-friend%d", id, k), now.Add(-60*day))
		}
	}
	tie("regular", "ann", now.Add(-60*day))
	tie("bob", "regular", now.Add(-60*day))
	return b.Finish("isolation"), w
}

func isolationIDs(c *domain.IsolationConnection) []string {
	var ids []string
	for _, r := range c.Nodes {
		ids = append(ids, r.Professional.ID)
	}
	return ids
}

// The newcomer who posted tonight and got no answer comes first, every
// active member before every lapsed one, and the lapsed members (all with
// the same flags) get 20 different scores.
func TestIsolationRanksTheUrgentFirst(t *testing.T) {
	m, w := isolationWorld()
	got, err := m.IsolatedMembers(domain.IsolationQuery{Community: "WeCare", Window: w, Page: domain.Page{First: 100}})
	if err != nil {
		t.Fatal(err)
	}
	ids := isolationIDs(got)
	if len(ids) == 0 || ids[0] != "newbie" {
		t.Fatalf("ranking %v: want newbie first", ids)
	}
	scores := map[float64]bool{}
	lapsedSeen := false
	for _, r := range got.Nodes {
		scores[r.Score] = true
		if !r.Evidence.Active {
			lapsedSeen = true
		} else if lapsedSeen {
			t.Errorf("active %s ranked after a lapsed member: %v", r.Professional.ID, ids)
		}
		sum := 0.0
		for _, p := range r.ScoreParts {
			sum += p.Points
		}
		if d := sum - r.Score; d > 1e-6 || d < -1e-6 {
			t.Errorf("%s: parts sum to %v, score %v", r.Professional.ID, sum, r.Score)
		}
	}
	if len(scores) != len(got.Nodes) {
		t.Errorf("%d reports share %d scores: %v", len(got.Nodes), len(scores), ids)
	}
	first := got.Nodes[0]
	if !first.Evidence.Newcomer || first.Evidence.Posts != 3 || first.Evidence.RepliesReceived != 0 || first.Score < 0.95 {
		t.Errorf("newbie's report: score %v evidence %+v", first.Score, first.Evidence)
	}
}

// Organisations are neither ranked nor suggested unless asked for: the
// organisation account posts tonight unanswered and answers most.
func TestIsolationLeavesOutOrganisations(t *testing.T) {
	m, w := isolationWorld()
	q := domain.IsolationQuery{Community: "WeCare", Window: w, Page: domain.Page{First: 100}, Suggestions: 3}
	got, err := m.IsolatedMembers(q)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(isolationIDs(got), "weorg") {
		t.Errorf("the organisation is ranked: %v", isolationIDs(got))
	}
	for _, r := range got.Nodes {
		for _, s := range r.Suggestions {
			if s.Professional.ID == "weorg" {
				t.Errorf("the organisation is suggested to %s", r.Professional.ID)
			}
		}
	}
	q.IncludeOrganisations = true
	with, err := m.IsolatedMembers(q)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(isolationIDs(with), "weorg") || with.Nodes[0].Suggestions[0].Professional.ID != "weorg" {
		t.Errorf("asked for, the organisation is ranked and suggested first: %v, %s", isolationIDs(with), with.Nodes[0].Suggestions[0].Professional.ID)
	}
	peers := m.SuggestPeers([]string{"newbie"}, domain.PeerQuery{Community: "WeCare", Window: w, First: 10})
	for _, s := range peers["newbie"] {
		if s.Professional.ID == "weorg" {
			t.Errorf("suggestPeers offers the organisation to newbie")
		}
	}
	peers = m.SuggestPeers([]string{"newbie"}, domain.PeerQuery{Community: "WeCare", Window: w, First: 10, IncludeOrganisations: true})
	if len(peers["newbie"]) == 0 || peers["newbie"][0].Professional.ID != "weorg" {
		t.Errorf("asked for, the organisation is newbie's first peer: %v", peers["newbie"])
	}
}

// The same welcomer is not offered to everyone: the first report gets the
// member who answers most, and the spread penalty passes the others'
// turn on, so that no welcomer is the first suggestion for more than a
// third of the 22 reports. Each suggestion's parts add up to its score.
// A page further down gets the suggestions it gets in one long page.
func TestIsolationSpreadsWelcomers(t *testing.T) {
	m, w := isolationWorld()
	q := domain.IsolationQuery{Community: "WeCare", Window: w, Page: domain.Page{First: 100}, Suggestions: 3}
	got, err := m.IsolatedMembers(q)
	if err != nil {
		t.Fatal(err)
	}
	if s := got.Nodes[0].Suggestions; len(s) == 0 || s[0].Professional.ID != "ann" {
		t.Fatalf("the first report's first suggestion: %v, want ann (answers most)", s)
	}
	firsts := map[string]int{}
	for i, r := range got.Nodes {
		if len(r.Suggestions) == 0 {
			t.Fatalf("report %d (%s) has no suggestion", i, r.Professional.ID)
		}
		firsts[r.Suggestions[0].Professional.ID]++
		for _, s := range r.Suggestions {
			p := s.ScoreParts
			want := scoring.Round((p.MutualPartners + p.SharedChats + p.SharedTopics + p.Responsiveness) * p.Spread)
			if d := want - s.Score; d > 1e-6 || d < -1e-6 || p.Spread != scoring.Spread(p.AlreadySuggested) {
				t.Errorf("%s → %s: score %v, parts %+v", r.Professional.ID, s.Professional.ID, s.Score, *p)
			}
		}
	}
	for id, n := range firsts {
		if 3*n > len(got.Nodes) {
			t.Errorf("%s is the first suggestion of %d of %d reports: %v", id, n, len(got.Nodes), firsts)
		}
	}
	// Paged by 5, the suggestions are the long page's.
	var paged []*domain.IsolationReport
	for after := ""; ; {
		q.Page = domain.Page{First: 5, After: after}
		page, err := m.IsolatedMembers(q)
		if err != nil {
			t.Fatal(err)
		}
		paged = append(paged, page.Nodes...)
		if !page.PageInfo.HasNextPage {
			break
		}
		after = *page.PageInfo.EndCursor
	}
	for i, r := range paged {
		if g, w := suggestionIDs(r.Suggestions), suggestionIDs(got.Nodes[i].Suggestions); !slices.Equal(g, w) {
			t.Errorf("report %d paged: %v, in one page: %v", i, g, w)
		}
	}
}

// A page far down a long ranking suggests with the penalties of at most
// domain.SpreadReach reports before it: what it costs is bounded wherever
// it is (suggesting for every report above a page of a 5,000-member
// community took 34 s at 100,000 members).
func TestIsolationSpreadReachesBack(t *testing.T) {
	m, w := isolationWorldOf(200)
	q := domain.IsolationQuery{Community: "WeCare", Window: w, Page: domain.Page{First: 1000}}
	all, err := m.IsolatedMembers(q)
	if err != nil {
		t.Fatal(err)
	}
	from := 190
	last := all.Nodes[from-1]
	q.Suggestions, q.Page = 3, domain.Page{First: 5, After: domain.IsolationCursor(last.Score, last.Professional.ID)}
	page, err := m.IsolatedMembers(q)
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Nodes) != 5 || page.Nodes[0].Professional.ID != all.Nodes[from].Professional.ID {
		t.Fatalf("the page after report %d: %v", from, isolationIDs(page))
	}
	most := 0
	for i, r := range page.Nodes {
		for _, s := range r.Suggestions {
			// Six welcomers share the first three places of 190 reports
			// above: counted from the top, each would have been suggested
			// some 95 times.
			if s.ScoreParts.AlreadySuggested > domain.SpreadReach+i {
				t.Errorf("report %d: %s already suggested %d times, more than the %d reports counted", from+i, s.Professional.ID,
					s.ScoreParts.AlreadySuggested, domain.SpreadReach+i)
			}
			most = max(most, s.ScoreParts.AlreadySuggested)
		}
	}
	if most == 0 {
		t.Error("no suggestion on the page carries a spread penalty: the reports before it were not counted")
	}
}

func suggestionIDs(ss []*domain.PeerSuggestion) []string {
	var ids []string
	for _, s := range ss {
		ids = append(ids, fmt.Sprintf("%s %.6f", s.Professional.ID, s.Score))
	}
	return ids
}

// A coordinator can keep the active or the lapsed, and chosen flags.
func TestIsolationFilters(t *testing.T) {
	m, w := isolationWorld()
	ask := func(q domain.IsolationQuery) *domain.IsolationConnection {
		q.Community, q.Window, q.Page = "WeCare", w, domain.Page{First: 100}
		got, err := m.IsolatedMembers(q)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	all := ask(domain.IsolationQuery{})
	active := ask(domain.IsolationQuery{Activity: domain.ActivityActive})
	lapsed := ask(domain.IsolationQuery{Activity: domain.ActivityLapsed})
	if len(lapsed.Nodes) != 20 || active.TotalCount+lapsed.TotalCount != all.TotalCount {
		t.Errorf("active %d + lapsed %d, all %d", active.TotalCount, lapsed.TotalCount, all.TotalCount)
	}
	for _, r := range active.Nodes {
		if !r.Evidence.Active {
			t.Errorf("lapsed %s among the active", r.Professional.ID)
		}
	}
	newcomers := ask(domain.IsolationQuery{Flags: []domain.IsolationFlag{domain.FlagUnwelcomedNewcomer}})
	if ids := isolationIDs(newcomers); !slices.Equal(ids, []string{"newbie"}) {
		t.Errorf("unwelcomed newcomers: %v", ids)
	}
}

// TestIsolationEvidenceIsTheSameSplitAmongCores pins that reading a
// community's evidence in parallel (as IsolatedMembers does on large
// communities) gives every member's evidence, in the members' order, as
// one goroutine reading them all would.
func TestIsolationEvidenceIsTheSameSplitAmongCores(t *testing.T) {
	small, sw := isolationWorldOf(200)
	builder, end := syntheticWorld(2000, 1)
	synthetic := builder.Finish("test")
	for _, c := range []struct {
		name      string
		model     *readmodel.Model
		community string
		w         domain.Window
	}{
		{"lapsed members", small, "WeCare", sw},
		{"synthetic world", synthetic, "We0", domain.Window{Since: end.Add(-domain.DefaultWindow), Until: end}},
	} {
		t.Run(c.name, func(t *testing.T) {
			whole := c.model.IsolationEvidence(c.community, c.w, 1<<30)
			if len(whole) < 100 {
				t.Fatalf("%s has %d members' evidence, want a community of 100 or more", c.community, len(whole))
			}
			for _, chunk := range []int{1, 7, len(whole) / 2} {
				if got := c.model.IsolationEvidence(c.community, c.w, chunk); !slices.Equal(got, whole) {
					t.Errorf("%d members a goroutine: evidence differs from one goroutine's (%d against %d members)", chunk, len(got), len(whole))
				}
			}
		})
	}
}
