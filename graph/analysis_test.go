package graph_test

import (
	"context"
	"log/slog"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/analysisrun"
	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/graph"
	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
	"github.com/peergraph/peergraph/profession"
	"github.com/peergraph/peergraph/questions"
)

// The analysis step on the scenario (see scenario_test.go), through the
// store and GraphQL: the projection holds the window's conversational ties
// without olga (opted out), lara (lapsed: her ties are from C0) and newt
// (unanswered); the figures GraphQL shows are the ones package analysis
// computes on that projection (which its own tests hold to networkx); a
// list of professionals with metrics costs one more round trip; the admin
// mutation runs in the background and reports its progress.
func TestAnalysisThroughGraphQL(t *testing.T) {
	counter := &callCounter{calls: map[string]int{}}
	ctx := context.Background()
	svc, mgr, c := analysisScenario(t, counter.observe)
	w := scenarioAnalysisWindow
	proj, err := svc.Projection(ctx, w, "")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, n := range proj.Nodes {
		names = append(names, n.Name)
	}
	for _, gone := range []string{"Olga Optout", "Lara Lapsed", "Newt Newcomer"} {
		if slices.Contains(names, gone) {
			t.Errorf("projection holds %s: %v", gone, names)
		}
	}
	if len(proj.Nodes) != 9 {
		t.Errorf("projection: %d professionals %v, want 9", len(proj.Nodes), names)
	}

	// Before any analysis: nulls, not errors.
	var none struct {
		Professional struct{ Metrics *struct{ Degree int } }
		Clusters     *struct{ Clusters []struct{ ID int } }
	}
	c.MustPost(`{ professional(handle: "x:pam") { metrics { degree } } clusters { clusters { id } } }`, &none)
	if none.Professional.Metrics != nil || none.Clusters != nil {
		t.Fatalf("before any analysis: %+v", none)
	}

	run := runAnalysis(t, c, mgr, `mutation { startAnalysis { id } }`)
	if a := run.AnalysisRun.Analysis; a.Since != w.Since.Format(time.RFC3339) || a.Until != w.Until.Format(time.RFC3339) || a.ComputedAt == "" {
		t.Errorf("analysis window %v – %v computed %v, want the default window %v – %v", a.Since, a.Until, a.ComputedAt, w.Since, w.Until)
	}

	// The same numbers, computed here on the projection the store reads.
	g, err := analysisrun.Projection(proj)
	if err != nil {
		t.Fatal(err)
	}
	want, err := analysis.Analyze(ctx, g, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pam, _ := g.Index("x:pam")

	counter.reset()
	var got struct {
		Professionals struct {
			Nodes []struct {
				ID      string
				Metrics *struct {
					InDegree, OutDegree, Degree int
					Betweenness, BetweennessRaw float64
					Constraint, EffectiveSize   *float64
					Cluster                     int
					Brokerage                   domain.BrokerageRoles
					Analysis                    struct{ ID string }
				}
			}
		}
	}
	c.MustPost(`{ professionals(first: 100) { nodes { id metrics { inDegree outDegree degree betweenness betweennessRaw constraint effectiveSize cluster
		brokerage { coordinator itinerant gatekeeper representative liaison } analysis { id } } } } }`, &got)
	_, calls := counter.reset()
	if calls["analysis.metrics"] != 1 {
		t.Errorf("metrics of a page cost %d round trips (%v), want 1", calls["analysis.metrics"], calls)
	}
	seen := 0
	for _, p := range got.Professionals.Nodes {
		u, ok := g.Index(p.ID)
		if !ok {
			if p.Metrics != nil {
				t.Errorf("%s is outside the projection but has metrics", p.ID)
			}
			continue
		}
		seen++
		m := p.Metrics
		if m == nil {
			t.Errorf("%s: no metrics", p.ID)
			continue
		}
		if m.Analysis.ID != run.AnalysisRun.Analysis.ID || m.InDegree != want.Degrees.In[u] || m.OutDegree != want.Degrees.Out[u] || m.Degree != want.Degrees.Und[u] ||
			math.Abs(m.Betweenness-want.Betweenness.Normalized[u]) > 1e-12 || math.Abs(m.BetweennessRaw-want.Betweenness.Raw[u]) > 1e-12 ||
			m.Constraint == nil || math.Abs(*m.Constraint-want.Holes.Constraint[u]) > 1e-12 ||
			m.EffectiveSize == nil || math.Abs(*m.EffectiveSize-want.Holes.EffectiveSize[u]) > 1e-12 ||
			m.Brokerage != want.Brokerage.Total(u) {
			t.Errorf("%s: %+v", p.ID, m)
		}
	}
	if seen != g.N() {
		t.Errorf("saw %d of the projection's %d professionals", seen, g.N())
	}
	// pam brokers between pharmacists and nurses: the largest share of the
	// shortest paths between them.
	pharm, _ := slices.BinarySearch(g.Groups, "pharmacist")
	nurse, _ := slices.BinarySearch(g.Groups, "nurse")
	share, ok := want.Betweenness.Group.Share(pam, pharm, nurse)
	if !ok || share <= 0 {
		t.Fatalf("pam's share: %v %v", share, ok)
	}
	var conn struct {
		Connectors []struct {
			Professional             struct{ ID string }
			GroupBetweenness         *float64
			GroupBetweennessAnalysis *struct{ ComputedAt string }
		}
	}
	c.MustPost(`{ connectors(between: "pharmacist", and: "nurse") { professional { id } groupBetweenness groupBetweennessAnalysis { computedAt } } }`, &conn)
	if len(conn.Connectors) == 0 || conn.Connectors[0].Professional.ID != "x:pam" || conn.Connectors[0].GroupBetweenness == nil ||
		math.Abs(*conn.Connectors[0].GroupBetweenness-share) > 1e-12 || conn.Connectors[0].GroupBetweennessAnalysis == nil ||
		conn.Connectors[0].GroupBetweennessAnalysis.ComputedAt != run.AnalysisRun.Analysis.ComputedAt {
		t.Errorf("connectors: %+v, want pam first with share %v", conn.Connectors, share)
	}
	// A window no analysis has: null, not a stale figure.
	c.MustPost(`{ connectors(between: "pharmacist", and: "nurse", since: "2026-02-01T00:00:00Z") { professional { id } groupBetweenness groupBetweennessAnalysis { computedAt } } }`, &conn)
	for _, x := range conn.Connectors {
		if x.GroupBetweenness != nil || x.GroupBetweennessAnalysis != nil {
			t.Errorf("another window's connector %s has %v from %v", x.Professional.ID, x.GroupBetweenness, x.GroupBetweennessAnalysis)
		}
	}

	var cl struct {
		Clusters struct {
			Analysis struct {
				Modularity   float64
				ProfessionEI []struct {
					Profession         string
					External, Internal int
					EIIndex            *float64
				}
				Brokerage []struct {
					From, To string
					Roles    domain.BrokerageRoles
				}
			}
			Clusters []struct {
				ID, Size            int
				Multidisciplinarity float64
				ProfessionMix       []struct{ Count int }
				Members             []struct{ ID string }
			}
		}
	}
	c.MustPost(`{ clusters(membersFirst: 2) { analysis { modularity professionEI { profession external internal eiIndex }
		brokerage { from to roles { coordinator itinerant gatekeeper representative liaison } } } clusters { id size multidisciplinarity professionMix { count } members { id } } } }`, &cl)
	if math.Abs(cl.Clusters.Analysis.Modularity-want.Communities.Modularity) > 1e-12 || len(cl.Clusters.Clusters) != len(want.Communities.Clusters) {
		t.Errorf("clusters: %+v, want Q %v and %d clusters", cl.Clusters, want.Communities.Modularity, len(want.Communities.Clusters))
	}
	an := cl.Clusters.Analysis
	if len(an.ProfessionEI) != len(want.ProfessionEI) {
		t.Errorf("professionEI: %+v, want %d professions", an.ProfessionEI, len(want.ProfessionEI))
	}
	for i, e := range an.ProfessionEI {
		w := want.ProfessionEI[i]
		if e.Profession != w.Profession || e.External != w.External || e.Internal != w.Internal || e.EIIndex == nil || math.Abs(*e.EIIndex-*w.EIIndex) > 1e-12 {
			t.Errorf("professionEI %+v, want %+v", e, *w)
		}
	}
	pairs := 0
	for k, r := range want.Brokerage.Totals {
		if r == (domain.BrokerageRoles{}) {
			continue
		}
		pairs++
		from, to := g.Groups[k/len(g.Groups)], g.Groups[k%len(g.Groups)]
		found := false
		for _, b := range an.Brokerage {
			if b.From == from && b.To == to {
				found = b.Roles == r
			}
		}
		if !found {
			t.Errorf("brokerage %s→%s: %+v, want %+v", from, to, an.Brokerage, r)
		}
	}
	if pairs == 0 || len(an.Brokerage) != pairs {
		t.Errorf("brokerage: %d pairs, want %d (>0)", len(an.Brokerage), pairs)
	}
	total := 0
	for i, k := range cl.Clusters.Clusters {
		wc := want.Communities.Clusters[i]
		mix := 0
		for _, m := range k.ProfessionMix {
			mix += m.Count
		}
		total += k.Size
		if k.ID != wc.ID || k.Size != len(wc.Members) || mix != k.Size || math.Abs(k.Multidisciplinarity-wc.BlauNorm) > 1e-12 || len(k.Members) != min(2, k.Size) {
			t.Errorf("cluster %+v, want %+v", k, wc)
		}
	}
	if total != g.N() {
		t.Errorf("clusters hold %d of %d", total, g.N())
	}
	checkMoreMeasures(t, c, g, want)
}

// startAnalysis's default window on the scenario: the 180 days up to the
// midnight after the scenario's newest chat ends (14 May), as the
// dashboard's, not up to the request's clock (scenarioNow, 30 June).
var scenarioAnalysisWindow = domain.Window{Since: time.Date(2026, 5, 15, 0, 0, 0, 0, time.UTC).Add(-domain.DefaultWindow),
	Until: time.Date(2026, 5, 15, 0, 0, 0, 0, time.UTC)}

// analysisScenario loads the scenario into a test Neo4j (observed, when
// observe is set) and returns its question service, an analysis manager
// and an admin's GraphQL client over both.
func analysisScenario(t *testing.T, observe func(op string, took time.Duration, err error)) (*questions.Service, *analysisrun.Manager, *client.Client) {
	t.Helper()
	s := storetest.MustOpenObserved(t, observe)
	ctx := context.Background()
	if _, err := ingest.Run(ctx, s, []string{"../testdata/scenario/catalogue.csv", "../testdata/scenario/roster.csv", "../testdata/scenario/posts.jsonl"}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	svc := serviceOver(t, s)
	mgr := analysisrun.NewManager(ctx, analysisSource{svc, s}, analysisrun.Request{}, slog.New(slog.DiscardHandler))
	res := &graph.Resolver{Questions: svc, Professions: profession.DefaultTable(),
		ProfessionalCursor: neo4jstore.ProfessionalCursor, ChatCursor: neo4jstore.ChatCursor,
		Now: func() time.Time { return scenarioNow }, Analyses: mgr}
	srv := handler.New(graph.NewSchema(res))
	srv.AddTransport(transport.POST{})
	srv.Use(graph.LoaderExtension{Questions: svc})
	return svc, mgr, client.New(srv, as(admin))
}

// analysisRunState is what runAnalysis reads of a run.
type analysisRunState struct {
	AnalysisRun struct {
		Status   string
		Stage    string
		Error    *string
		Analysis *struct {
			ID                       string
			ComputedAt, Since, Until string
		}
	}
}

// runAnalysis starts an analysis with the mutation (which selects
// startAnalysis { id }) and waits for it to be done.
func runAnalysis(t *testing.T, c *client.Client, mgr *analysisrun.Manager, mutation string) analysisRunState {
	t.Helper()
	var started struct{ StartAnalysis struct{ ID string } }
	c.MustPost(mutation, &started)
	var run analysisRunState
	deadline := time.Now().Add(time.Minute)
	for {
		c.MustPost(`query($id: ID!) { analysisRun(id: $id) { status stage error analysis { id computedAt since until } } }`, &run, client.Var("id", started.StartAnalysis.ID))
		if run.AnalysisRun.Status == "DONE" || run.AnalysisRun.Status == "FAILED" || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	mgr.Wait()
	if run.AnalysisRun.Status != "DONE" || run.AnalysisRun.Analysis == nil {
		t.Fatalf("run: %+v", run.AnalysisRun)
	}
	return run
}
