package readmodel_test

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/loader/generate"
	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
	"github.com/peergraph/peergraph/readmodel"
)

// world is a graph loaded through the real loader, with a live read
// model built from it.
type world struct {
	store *neo4jstore.Store
	graph *storetest.Graph
	live  *readmodel.Live
	now   time.Time
}

func loadWorld(t *testing.T, files []string) *world {
	t.Helper()
	ctx := context.Background()
	s := storetest.MustOpen(t)
	if _, err := ingest.Run(ctx, s, files, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	live := readmodel.NewLive(ctx, s, s, slog.New(slog.DiscardHandler))
	if err := live.Build(ctx); err != nil {
		t.Fatal(err)
	}
	mustCurrent(t, live)
	g := storetest.OpenGraph(t)
	rows := g.Rows(t, `MATCH (ch:Chat) RETURN max(ch.endsAt) AS t`, nil)
	return &world{store: s, graph: g, live: live, now: storetest.Time(rows[0]["t"])}
}

// mustCurrent is the live model, which must be as new as the graph.
func mustCurrent(t *testing.T, live *readmodel.Live) *readmodel.Model {
	t.Helper()
	m := live.Model()
	if m == nil {
		t.Fatal("no model after a build")
	}
	if f := live.Freshness(m); f.Behind {
		t.Fatalf("the model is behind the graph: %+v", f)
	}
	return m
}

func scenarioFiles() []string {
	return []string{"../testdata/scenario/catalogue.csv", "../testdata/scenario/roster.csv", "../testdata/scenario/posts.jsonl"}
}

func generatedFiles(t *testing.T, members, months int) []string {
	t.Helper()
	dir := t.TempDir()
	if _, err := generate.Generate(context.Background(), generate.Config{Members: members, Months: months, Seed: 3, Out: dir}); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestEquivalence(t *testing.T) {
	worlds := []struct {
		name  string
		files func(*testing.T) []string
	}{
		{"scenario", func(*testing.T) []string { return scenarioFiles() }},
		{"generated", func(t *testing.T) []string { return generatedFiles(t, 250, 4) }},
	}
	for _, wd := range worlds {
		t.Run(wd.name, func(t *testing.T) {
			w := loadWorld(t, wd.files(t))
			compareAll(t, w)
		})
	}
}

// facts are what a world holds, for choosing the arguments to ask with.
type facts struct {
	professions, communities, people []string
}

func worldFacts(t *testing.T, w *world) facts {
	t.Helper()
	ctx := context.Background()
	var f facts
	profs, err := w.store.Professions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The most common first: they are the ones with ties between them.
	slices.SortStableFunc(profs, func(a, b *domain.Profession) int { return b.Professionals - a.Professionals })
	for _, p := range profs {
		if p.Professionals > 0 {
			f.professions = append(f.professions, p.Name)
		}
	}
	for _, c := range cypherCommunities(t, w.graph) {
		f.communities = append(f.communities, c.Name)
	}
	page, err := w.store.Professionals(ctx, domain.ProfessionalFilter{}, domain.Page{First: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range page.Nodes {
		f.people = append(f.people, p.ID)
	}
	// The opted-out too: asked about, they still get answers.
	f.people = append(f.people, "x:olga", "x:nobody")
	return f
}

func compareAll(t *testing.T, w *world) {
	f := worldFacts(t, w)
	m := mustCurrent(t, w.live)
	if len(f.professions) < 2 || len(f.communities) < 1 || len(f.people) < 10 {
		t.Fatalf("too small a world to compare on: %+v", f)
	}
	windows := []domain.Window{
		{Since: w.now.Add(-domain.DefaultWindow), Until: w.now},
		{Since: w.now.Add(-30 * 24 * time.Hour), Until: w.now},
		{Since: w.now.Add(-400 * 24 * time.Hour), Until: w.now.Add(-60 * 24 * time.Hour)},
		{Since: w.now.Add(-3 * 365 * 24 * time.Hour), Until: w.now.Add(time.Hour)},
	}
	communities := append([]string{"", "WeNowhere"}, f.communities[:min(3, len(f.communities))]...)
	asked, answered := map[string]int{}, map[string]int{}

	t.Run("connectors", func(t *testing.T) {
		profs := f.professions[:min(4, len(f.professions))]
		for _, win := range windows[:3] {
			for _, a := range profs {
				for _, b := range profs {
					for _, c := range communities {
						for _, first := range []int{100, 2} {
							// Organisations asked for too, on the short list.
							q := domain.ConnectorQuery{Between: a, And: b, Community: c, Window: win, First: first, IncludeOrganisations: first == 2}
							want := cypherConnectors(t, w.graph, q)
							got := m.Connectors(q)
							if !reflect.DeepEqual(got, want) {
								t.Errorf("connectors %+v:\n read model %s\n cypher     %s", q, connectorsString(got), connectorsString(want))
							}
							asked["connectors"]++
							if len(want) > 0 {
								answered["connectors"]++
							}
						}
					}
				}
			}
		}
	})

	t.Run("suggestPeers", func(t *testing.T) {
		professions := [][]string{nil, f.professions[:1], f.professions[1:min(3, len(f.professions))]}
		for _, win := range windows {
			for _, c := range communities[:3] {
				for pi, ps := range professions {
					for _, other := range []bool{false, true} {
						first := 100
						if pi == 1 {
							first = 3
						}
						// Organisations asked for too, once a window and community.
						orgs := pi == 0 && other
						q := domain.PeerQuery{Window: win, Community: c, Professions: ps, OtherProfessionsOnly: other, First: first, IncludeOrganisations: orgs}
						want := cypherSuggestPeers(t, w.graph, f.people, q)
						got := m.SuggestPeers(f.people, q)
						if g, w := suggestionsString(got), suggestionsString(want); g != w {
							t.Errorf("suggestPeers %+v:\n read model %s\n cypher     %s", q, g, w)
						}
						asked["suggestPeers"]++
						if len(want) > 0 {
							answered["suggestPeers"]++
						}
					}
				}
			}
		}
	})

	t.Run("partners", func(t *testing.T) {
		for _, win := range windows {
			want, got := cypherPartners(t, w.graph, f.people, win), m.Partners(f.people, win)
			if !reflect.DeepEqual(got, want) {
				for _, id := range f.people {
					if !reflect.DeepEqual(got[id], want[id]) {
						t.Errorf("partners of %s in %v:\n model  %+v\n cypher %+v", id, win, partnersString(got[id]), partnersString(want[id]))
					}
				}
			}
			asked["partners"]++
			if len(want) > 0 {
				answered["partners"]++
			}
		}
	})

	t.Run("egoNetworks", func(t *testing.T) {
		for _, win := range windows {
			for _, first := range []int{25, 3} {
				want, got := cypherEgoNetworks(t, w.graph, f.people, win, first), m.EgoNetworks(f.people, win, first)
				for _, id := range f.people {
					if !reflect.DeepEqual(got[id], want[id]) {
						t.Errorf("ego network of %s in %v, first %d:\n model  %s\n cypher %s", id, win, first, egoString(got[id]), egoString(want[id]))
					}
				}
				asked["egoNetworks"]++
				for _, net := range want {
					if len(net.Ties) > 0 {
						answered["egoNetworks"]++
						break
					}
				}
			}
		}
	})

	t.Run("isolatedMembers", func(t *testing.T) {
		filters := []domain.IsolationQuery{{}, {Activity: domain.ActivityActive},
			{Activity: domain.ActivityLapsed, Flags: []domain.IsolationFlag{domain.FlagLapsed, domain.FlagNoPartners}, IncludeOrganisations: true}}
		for i, win := range windows {
			for _, c := range append(f.communities, "WeNowhere") {
				// Page through both in small pages, so that the model's
				// paging before it reads the professionals is checked too.
				var want, got *domain.IsolationConnection
				var wantErr, gotErr error
				for after, pages := "", 0; pages == 0 || (want != nil && want.PageInfo.HasNextPage); pages++ {
					q := filters[i%len(filters)]
					q.Community, q.Window, q.Page = c, win, domain.Page{First: 7, After: after}
					want, wantErr = cypherIsolatedMembers(t, w.graph, q)
					got, gotErr = m.IsolatedMembers(q)
					if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) || domain.ErrorCode(gotErr) != domain.ErrorCode(wantErr) {
						t.Fatalf("isolatedMembers %+v: errors %v, want %v", q, gotErr, wantErr)
					}
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("isolatedMembers %+v:\n read model %s\n cypher     %s", q, isolationString(got), isolationString(want))
					}
					if want != nil && want.PageInfo.EndCursor != nil {
						after = *want.PageInfo.EndCursor
					}
				}
				asked["isolatedMembers"]++
				if want != nil && want.TotalCount > 0 {
					answered["isolatedMembers"]++
				}
			}
		}
	})
	t.Run("professionLinks", func(t *testing.T) {
		for _, win := range linkWindows(t, w, windows) {
			for _, c := range append([]string{"", "WeNowhere"}, f.communities...) {
				for _, interval := range []domain.Interval{"", domain.IntervalMonth} {
					q := domain.LinkQuery{Community: c, Window: win, Interval: interval}
					if interval == domain.IntervalMonth {
						// Organisations and the unknown left out of the months.
						q.LeaveOut = []string{"organisation", "unknown"}
					}
					want, wantErr := cypherProfessionLinks(t, w.graph, q)
					got, gotErr := m.ProfessionLinks(q)
					if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) || domain.ErrorCode(gotErr) != domain.ErrorCode(wantErr) {
						t.Fatalf("professionLinks %+v: errors %v, want %v", q, gotErr, wantErr)
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("professionLinks %+v:\n read model %s\n cypher     %s", q, linksString(got), linksString(want))
					}
					asked["professionLinks"]++
					if linksCells(want) > 0 {
						answered["professionLinks"]++
					}
				}
			}
		}
	})
	t.Run("chat summary's cross-profession ties", func(t *testing.T) {
		want := cypherCrossProfessionTies(t, w.graph)
		for id, n := range want {
			if got := m.CrossProfessionTies(id); got != n {
				t.Errorf("chat %s: %d cross-profession ties, want %d", id, got, n)
			}
			asked["crossProfessionTies"]++
			if n > 0 {
				answered["crossProfessionTies"]++
			}
		}
		if got := m.CrossProfessionTies("no-such-chat"); got != 0 {
			t.Errorf("a chat the model does not hold: %d cross-profession ties, want 0", got)
		}
	})
	t.Run("professional pages and communities", func(t *testing.T) {
		want := cypherCommunities(t, w.graph)
		if got := m.Communities(); !reflect.DeepEqual(got, want) {
			t.Errorf("communities:\n model  %s\n cypher %s", communitiesString(got), communitiesString(want))
		}
		names := []string{"WeNowhere"}
		byName := map[string]*domain.Community{}
		for _, c := range want {
			names = append(names, c.Name)
			byName[c.Name] = c
		}
		if got := m.CommunitiesByName(names); !reflect.DeepEqual(got, byName) {
			t.Errorf("communities by name: model %v, cypher %v", got, byName)
		}
		var ids []string
		for _, r := range w.graph.Rows(t, `MATCH (p:Professional) RETURN p.id AS id ORDER BY id`, nil) {
			ids = append(ids, str(r, "id"))
		}
		ids = append(ids, "x:nobody")
		pages, got := cypherProfessionsAndCommunities(t, w.graph, ids), m.ProfessionsAndCommunities(ids)
		for _, id := range ids {
			if !reflect.DeepEqual(got[id], pages[id]) {
				t.Errorf("%s's professions and communities:\n model  %s\n cypher %s", id, pageString(got[id]), pageString(pages[id]))
			}
			asked["professionsAndCommunities"]++
			if p := pages[id]; p != nil && len(p.Professions) > 0 && len(p.Communities) > 0 {
				answered["professionsAndCommunities"]++
			}
		}
	})
	for q, n := range asked {
		t.Logf("%s: %d asked both ways, %d with a non-empty answer", q, n, answered[q])
		if answered[q] == 0 {
			t.Errorf("%s: every answer is empty: the comparison proves nothing", q)
		}
	}
}

func communitiesString(cs []*domain.Community) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, " %+v", *c)
	}
	return b.String()
}

func pageString(p *domain.ProfessionsAndCommunities) string {
	if p == nil {
		return "<nil>"
	}
	var b strings.Builder
	for _, c := range p.Professions {
		fmt.Fprintf(&b, " %+v", *c)
	}
	return b.String() + " |" + communitiesString(p.Communities)
}

func isolationString(c *domain.IsolationConnection) string {
	if c == nil {
		return "<nil>"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "total %d, median %v, next %v:", c.TotalCount, c.MedianPartners, c.PageInfo.HasNextPage)
	for _, r := range c.Nodes {
		fmt.Fprintf(&b, " %s %.6f %v", r.Professional.ID, r.Score, r.Flags)
	}
	return b.String()
}

// linkWindows are the question windows and more that cut months at odd
// instants, keep to months, end or start exactly at a post, and are empty
// or reversed.
func linkWindows(t *testing.T, w *world, windows []domain.Window) []domain.Window {
	t.Helper()
	ctx := context.Background()
	out := slices.Clone(windows)
	month := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
	odd := w.now.Add(-95*24*time.Hour - 3*time.Hour - 17*time.Minute - 1234567*time.Nanosecond)
	out = append(out,
		domain.Window{Since: month(w.now.AddDate(0, -3, 0)), Until: month(w.now)},
		domain.Window{Since: odd, Until: odd.Add(9 * 24 * time.Hour)},
		domain.Window{Since: odd, Until: odd.Add(50 * 24 * time.Hour)},
		domain.Window{Since: odd, Until: odd},
		domain.Window{Since: odd, Until: odd.Add(-40 * 24 * time.Hour)},
	)
	// A post's own instant: since is inclusive, until exclusive.
	chats, err := w.store.Chats(ctx, domain.ChatFilter{Window: domain.Window{Since: w.now.Add(-domain.DefaultWindow), Until: w.now}}, domain.Page{First: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range chats.Nodes {
		posts, err := w.store.Transcripts(ctx, []string{ch.ID}, domain.Page{First: 20})
		if err != nil {
			t.Fatal(err)
		}
		if pc := posts[ch.ID]; pc != nil && len(pc.Nodes) > 0 {
			at := pc.Nodes[len(pc.Nodes)/2].CreatedAt
			out = append(out, domain.Window{Since: at, Until: at.Add(20 * 24 * time.Hour)}, domain.Window{Since: at.Add(-20 * 24 * time.Hour), Until: at})
		}
	}
	return out
}

func linksCells(periods []*domain.ProfessionLinkPeriod) int {
	n := 0
	for _, p := range periods {
		n += len(p.Cells)
	}
	return n
}

func linksString(periods []*domain.ProfessionLinkPeriod) string {
	var b strings.Builder
	for _, p := range periods {
		fmt.Fprintf(&b, "\n  [%s, %s):", p.Since.Format(time.RFC3339Nano), p.Until.Format(time.RFC3339Nano))
		for _, c := range p.Cells {
			fmt.Fprintf(&b, " %s→%s %d/%d/%d", c.From, c.To, c.Ties, c.Pairs, c.People)
		}
		b.WriteString(" |")
		for _, e := range p.Professions {
			fmt.Fprintf(&b, " %s %d-%d %d", e.Profession, e.External, e.Internal, e.People)
		}
	}
	return b.String()
}

func connectorsString(cs []*domain.Connector) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "[%s %d %+v %d %d] ", c.Professional.ID, c.BrokeredPairs, c.Roles, c.PartnersBetween, c.PartnersAnd)
	}
	return b.String()
}

// suggestionsString writes suggestions so that two answers compare equal
// when they differ only in the last bits of a score (a sum over mutual
// partners is added in the order the rows came).
func suggestionsString(out map[string][]*domain.PeerSuggestion) string {
	var ms []string
	for m := range out {
		ms = append(ms, m)
	}
	slices.Sort(ms)
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%s:", m)
		for _, s := range out[m] {
			var mutual, chats []string
			for _, z := range s.Reasons.MutualPartners {
				mutual = append(mutual, z.ID)
			}
			for _, c := range s.Reasons.SharedChats {
				chats = append(chats, c.ID)
			}
			fmt.Fprintf(&b, " %s %.9f %v %v %v %+v;", s.Professional.ID, math.Round(s.Score*1e9)/1e9, mutual, chats, s.Reasons.SharedTopics, *s.ScoreParts)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func partnersString(ps []*domain.Partner) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "[%s %+v %+v %v %v %d] ", p.Professional.ID, p.Sent, p.Received, p.FirstAt, p.LastAt, p.Chats)
	}
	return b.String()
}

func egoString(net *domain.EgoNetwork) string {
	if net == nil {
		return "none"
	}
	var b strings.Builder
	for _, p := range net.Members {
		fmt.Fprintf(&b, "%s ", p.ID)
	}
	for _, t := range net.Ties {
		fmt.Fprintf(&b, "| %s-%s %d acts %d chats [", t.A.ID, t.B.ID, t.Acts, t.ChatCount)
		for _, c := range t.Chats {
			fmt.Fprintf(&b, "%s ", c.ID)
		}
		b.WriteString("]")
	}
	return b.String()
}
