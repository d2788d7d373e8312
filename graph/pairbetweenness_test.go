package graph_test

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/analysisrun"
)

// Pair betweenness in full, the run's settings and each profession's
// group betweenness as a set, through GraphQL on the scenario: an analysis
// started with settings (Leiden, resolution 1.5, seed 5) says so and holds
// the numbers package analysis computes with the same settings; every
// professional's pair shares are in metrics; pairBetweenness pages a pair's
// professionals, most first, and the pages add up to the pair's total; bad
// settings are refused with the setting's name.
func TestPairBetweennessThroughGraphQL(t *testing.T) {
	ctx := context.Background()
	svc, mgr, c := analysisScenario(t, nil)

	for _, bad := range []struct{ settings, field string }{
		{`{pivots: 0}`, "settings.pivots"},
		{`{resolution: -1}`, "settings.resolution"},
		{`{seed: -3}`, "settings.seed"},
		{`{restarts: 0}`, "settings.restarts"},
		{`{exactUpTo: -5}`, "settings.exactUpTo"},
		{`{betweennessBudgetSeconds: 0}`, "settings.betweennessBudgetSeconds"},
		{`{betweennessBudgetSeconds: 10, pivots: 100}`, "settings.betweennessBudgetSeconds"},
	} {
		var out struct{ StartAnalysis *struct{ ID string } }
		err := c.Post(`mutation { startAnalysis(settings: `+bad.settings+`) { id } }`, &out)
		if err == nil || !strings.Contains(err.Error(), bad.field) || out.StartAnalysis != nil {
			t.Errorf("startAnalysis(settings: %s): %v, %+v; want an error naming %s", bad.settings, err, out.StartAnalysis, bad.field)
		}
	}

	run := runAnalysis(t, c, mgr, `mutation { startAnalysis(settings: {communities: LEIDEN, resolution: 1.5, seed: 5}) { id } }`)
	proj, err := svc.Projection(ctx, scenarioAnalysisWindow, "")
	if err != nil {
		t.Fatal(err)
	}
	g, err := analysisrun.Projection(proj)
	if err != nil {
		t.Fatal(err)
	}
	want, err := analysis.Analyze(ctx, g, analysis.Options{Communities: analysis.MethodLeiden, Resolution: 1.5, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}

	type share struct {
		Between, And string
		Share        float64
	}
	var got struct {
		Clusters struct {
			Analysis struct {
				ID, CommunityMethod, Seed, BetweennessChosenBy string
				Resolution, Modularity                         float64
				BetweennessBudgetSeconds                       *float64
				ProfessionGroupBetweenness                     []struct {
					Profession      string
					Size            int
					Raw, Normalized float64
				}
				PairBetweenness []struct {
					Between, And  string
					Paths, Shares float64
				}
			}
		}
		Professionals struct {
			Nodes []struct {
				ID      string
				Metrics *struct{ PairBetweenness []share }
			}
		}
	}
	c.MustPost(`{ clusters { analysis { id communityMethod seed betweennessChosenBy resolution modularity betweennessBudgetSeconds
		professionGroupBetweenness { profession size raw normalized } pairBetweenness { between and paths shares } } }
		professionals(first: 100) { nodes { id metrics { pairBetweenness { between and share } } } } }`, &got)
	an := got.Clusters.Analysis
	if an.ID != run.AnalysisRun.Analysis.ID || an.CommunityMethod != "LEIDEN" || an.Resolution != 1.5 || an.Seed != "5" ||
		an.BetweennessChosenBy != "BUDGET" || an.BetweennessBudgetSeconds == nil || math.Abs(an.Modularity-want.Communities.Modularity) > 1e-12 {
		t.Errorf("analysis: %+v; want LEIDEN at 1.5, seed 5, chosen by the budget, Q %v", an, want.Communities.Modularity)
	}
	sets := want.Betweenness.Sets
	if len(an.ProfessionGroupBetweenness) != len(g.Groups) {
		t.Fatalf("professionGroupBetweenness: %+v, want %d professions", an.ProfessionGroupBetweenness, len(g.Groups))
	}
	for k, x := range an.ProfessionGroupBetweenness {
		if x.Profession != g.Groups[k] || x.Size != sets.Size[k] || math.Abs(x.Raw-sets.Raw[k]) > 1e-12 || math.Abs(x.Normalized-sets.Normalized[k]) > 1e-12 {
			t.Errorf("group betweenness of %s: %+v, want size %d raw %v normalized %v", g.Groups[k], x, sets.Size[k], sets.Raw[k], sets.Normalized[k])
		}
	}

	// Every professional's shares, as package analysis has them.
	G := len(g.Groups)
	seen := 0
	for _, p := range got.Professionals.Nodes {
		u, ok := g.Index(p.ID)
		if !ok {
			continue
		}
		seen++
		var wantShares []share
		for _, x := range want.Betweenness.Group.ByNode[u] {
			a, b := analysis.PairOf(x.Pair, G)
			wantShares = append(wantShares, share{g.Groups[a], g.Groups[b], x.Raw / want.Betweenness.Group.Pairs[x.Pair]})
		}
		if p.Metrics == nil || len(p.Metrics.PairBetweenness) != len(wantShares) {
			t.Errorf("%s: pair betweenness %+v, want %+v", p.ID, p.Metrics, wantShares)
			continue
		}
		for i, s := range p.Metrics.PairBetweenness {
			w := wantShares[i]
			if s.Between != w.Between || s.And != w.And || math.Abs(s.Share-w.Share) > 1e-12 {
				t.Errorf("%s: share %+v, want %+v", p.ID, s, w)
			}
		}
	}
	if seen != g.N() {
		t.Errorf("metrics of %d of the projection's %d professionals", seen, g.N())
	}

	// Each pair paged two at a time: the pages, in order, add up to the
	// pair's total, which is the sum of everyone's shares.
	if len(an.PairBetweenness) == 0 {
		t.Fatal("no pair betweenness totals")
	}
	pagedPairs := 0
	for _, pair := range an.PairBetweenness {
		p := analysis.PairIndex(slices.Index(g.Groups, pair.Between), slices.Index(g.Groups, pair.And), G)
		wantSum, wantCount := 0.0, 0
		for _, vals := range want.Betweenness.Group.ByNode {
			for _, x := range vals {
				if x.Pair == p {
					wantSum += x.Raw / want.Betweenness.Group.Pairs[p]
					wantCount++
				}
			}
		}
		if math.Abs(pair.Paths-want.Betweenness.Group.Pairs[p]) > 1e-12 || math.Abs(pair.Shares-wantSum) > 1e-12 {
			t.Errorf("pair %s|%s: %+v, want paths %v shares %v", pair.Between, pair.And, pair, want.Betweenness.Group.Pairs[p], wantSum)
		}
		sum, count, after, pages := 0.0, 0, "", 0
		last := math.Inf(1)
		for {
			var page struct {
				PairBetweenness struct {
					Shares     float64
					TotalCount int
					Nodes      []struct {
						Professional struct{ ID string }
						Share        float64
					}
					PageInfo struct {
						HasNextPage bool
						EndCursor   *string
					}
				}
			}
			c.MustPost(`query($a: String!, $b: String!, $after: String) { pairBetweenness(between: $a, and: $b, first: 2, after: $after) {
				shares totalCount nodes { professional { id } share } pageInfo { hasNextPage endCursor } } }`, &page,
				client.Var("a", pair.Between), client.Var("b", pair.And), client.Var("after", nilIfEmpty(after)))
			pb := page.PairBetweenness
			pages++
			for _, n := range pb.Nodes {
				if n.Share > last {
					t.Errorf("pair %s|%s: %s's share %v after %v: not most first", pair.Between, pair.And, n.Professional.ID, n.Share, last)
				}
				last = n.Share
				sum += n.Share
				count++
			}
			if pb.TotalCount != wantCount || math.Abs(pb.Shares-pair.Shares) > 1e-12 {
				t.Errorf("pair %s|%s: totalCount %d shares %v, want %d and %v", pair.Between, pair.And, pb.TotalCount, pb.Shares, wantCount, pair.Shares)
			}
			if !pb.PageInfo.HasNextPage || pb.PageInfo.EndCursor == nil || pages > 50 {
				break
			}
			after = *pb.PageInfo.EndCursor
		}
		if count != wantCount || math.Abs(sum-pair.Shares) > 1e-9 {
			t.Errorf("pair %s|%s: the pages list %d with shares summing to %v; the pair's total is %v over %d", pair.Between, pair.And, count, sum, pair.Shares, wantCount)
		}
		if pages > 1 {
			pagedPairs++
		}
	}
	if pagedPairs == 0 {
		t.Error("no pair had more than one page: the paging went untested")
	}
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
