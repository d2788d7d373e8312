package analysis

import (
	"context"
	"math"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/peergraph/peergraph/domain"
)

// Betweenness between the karate club's two factions, against networkx's
// betweenness_centrality_subset(G, A, B, normalized=False), which halves
// undirected sums: ours, over ordered pairs both ways, is twice it summed
// over (A, B) and (B, A).
func TestGroupBetweennessMatchesSubset(t *testing.T) {
	ref := loadReference(t).Graphs["karate"]
	g := loadFixture(t, "karate")
	bc, err := ComputeBetweenness(context.Background(), g, BetweennessOptions{Groups: true})
	if err != nil {
		t.Fatal(err)
	}
	G := len(g.Groups)
	if G != len(ref.Groups) {
		t.Fatalf("groups %v, reference %v", g.Groups, ref.Groups)
	}
	worst := 0.0
	for a := 0; a < G; a++ {
		for b := a; b < G; b++ {
			want := map[string]float64{}
			for id, x := range ref.Subset[g.Groups[a]+"|"+g.Groups[b]] {
				want[id] += 2 * x
			}
			if a != b {
				for id, x := range ref.Subset[g.Groups[b]+"|"+g.Groups[a]] {
					want[id] += 2 * x
				}
			}
			got := make([]float64, g.N())
			for v, vals := range bc.Group.ByNode {
				for _, x := range vals {
					if x.Pair == PairIndex(a, b, G) {
						got[v] = x.Raw
					}
				}
			}
			worst = math.Max(worst, maxDiff(t, g, "subset "+g.Groups[a]+"|"+g.Groups[b], got, want))
		}
	}
	t.Logf("karate group betweenness: max |diff| %.3g", worst)
	if worst > exact {
		t.Errorf("group betweenness: max |diff| %g", worst)
	}
	// The karate graph is connected: every ordered pair of distinct nodes
	// across the two factions is joined by a path.
	na, nb := 0, 0
	for _, gr := range g.GroupOf {
		if gr == 0 {
			na++
		} else {
			nb++
		}
	}
	if got, want := bc.Group.Pairs[PairIndex(0, 1, G)], float64(2*na*nb); got != want {
		t.Errorf("pairs between factions: %v, want %v", got, want)
	}
	if got, want := bc.Group.Pairs[PairIndex(0, 0, G)], float64(na*(na-1)); got != want {
		t.Errorf("pairs within faction 0: %v, want %v", got, want)
	}
}

// gonum's network.Betweenness sums over ordered pairs, twice networkx's
// unnormalised undirected value: the same numbers from a second library.
func TestBetweennessMatchesGonum(t *testing.T) {
	for _, name := range graphNames {
		g := loadFixture(t, name)
		ug := simple.NewUndirectedGraph()
		for u := 0; u < g.N(); u++ {
			ug.AddNode(simple.Node(u))
		}
		for u := 0; u < g.N(); u++ {
			nb, _ := g.Und(u)
			for _, v := range nb {
				if int(v) > u {
					ug.SetEdge(simple.Edge{F: simple.Node(u), T: simple.Node(v)})
				}
			}
		}
		want := network.Betweenness(ug)
		bc, err := ComputeBetweenness(context.Background(), g, BetweennessOptions{Workers: 2})
		if err != nil {
			t.Fatal(err)
		}
		worst := 0.0
		for u := 0; u < g.N(); u++ {
			worst = math.Max(worst, math.Abs(2*bc.Raw[u]-want[int64(u)]))
		}
		if worst > exact {
			t.Errorf("%s: gonum betweenness max |diff| %g", name, worst)
		}
	}
}

// A sampled estimate must fall within its stated bound of the exact value
// (the bound holds with 95%; with these seeds it holds, and a broken scale
// would miss it by far).
func TestSampledBetweennessWithinBound(t *testing.T) {
	for _, name := range []string{"karate", "davis"} {
		g := loadFixture(t, name)
		ex, err := ComputeBetweenness(context.Background(), g, BetweennessOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range []int{5, 10, g.N() - 1} {
			s, err := ComputeBetweenness(context.Background(), g, BetweennessOptions{Pivots: k, Seed: 3})
			if err != nil {
				t.Fatal(err)
			}
			if s.Exact || s.Pivots != k || s.ErrorBound <= 0 {
				t.Fatalf("%s k=%d: exact %v pivots %d bound %v", name, k, s.Exact, s.Pivots, s.ErrorBound)
			}
			worst, sum, sumEx := 0.0, 0.0, 0.0
			for u := range s.Normalized {
				worst = math.Max(worst, math.Abs(s.Normalized[u]-ex.Normalized[u]))
				sum += s.Normalized[u]
				sumEx += ex.Normalized[u]
			}
			t.Logf("%s k=%d: max |error| %.4f, bound %.4f", name, k, worst, s.ErrorBound)
			if worst > s.ErrorBound {
				t.Errorf("%s k=%d: error %v beyond bound %v", name, k, worst, s.ErrorBound)
			}
		}
	}
}

// Gould–Fernandez counts per broker and ordered pair of groups, against
// reference.py's independent transcription, and against the definition
// on maps (brokerageReference), which BrokersBetween answers connectors by.
func TestBrokerageMatchesReferenceAndDefinition(t *testing.T) {
	ref := loadReference(t).Graphs["karate"]
	g := loadFixture(t, "karate")
	br, err := ComputeBrokerage(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	roleMap := func(r domain.BrokerageRoles) map[string]int {
		m := map[string]int{}
		for k, v := range map[string]int{"coordinator": r.Coordinator, "itinerant": r.Itinerant, "gatekeeper": r.Gatekeeper,
			"representative": r.Representative, "liaison": r.Liaison} {
			if v != 0 {
				m[k] = v
			}
		}
		return m
	}
	chains := 0
	for x := 0; x < g.N(); x++ {
		got := map[string]map[string]int{}
		for _, pr := range br.ByNode[x] {
			got[g.Groups[pr.From]+"|"+g.Groups[pr.To]] = roleMap(pr.Roles)
		}
		want := ref.Brokerage[g.IDs[x]]
		if len(got) != len(want) {
			t.Fatalf("node %s: %v, want %v", g.IDs[x], got, want)
		}
		for k, w := range want {
			for role, n := range w {
				chains += n
				if got[k][role] != n {
					t.Errorf("node %s %s %s: %d, want %d", g.IDs[x], k, role, got[k][role], n)
				}
			}
		}
	}
	if chains == 0 {
		t.Fatal("the reference has no brokered chain")
	}
	var edges []edge
	group := map[string]string{}
	for u := 0; u < g.N(); u++ {
		group[g.IDs[u]] = g.Group(u)
		out, _ := g.Out(u)
		for _, v := range out {
			edges = append(edges, edge{From: g.IDs[u], To: g.IDs[v]})
		}
	}
	for a := range g.Groups {
		for b := range g.Groups {
			for _, x := range brokerageReference(edges, group, g.Groups[a], g.Groups[b]) {
				u, _ := g.Index(x.ID)
				var got domain.BrokerageRoles
				for _, pr := range br.ByNode[u] {
					if pr.From == a && pr.To == b {
						got = pr.Roles
					}
				}
				if got != x.Roles {
					t.Errorf("node %s %d→%d: %+v, the definition says %+v", x.ID, a, b, got, x.Roles)
				}
			}
		}
	}
}

func TestEIIndexMatchesReference(t *testing.T) {
	ref := loadReference(t).Graphs["karate"]
	g := loadFixture(t, "karate")
	names := make([]string, g.N())
	for u := range names {
		names[u] = g.Group(u)
	}
	got := EIIndex(g, names)
	if len(got) != len(ref.EI) {
		t.Fatalf("%d groups, want %d", len(got), len(ref.EI))
	}
	for _, e := range got {
		w := ref.EI[e.Profession]
		if e.External != w.External || e.Internal != w.Internal || e.EIIndex == nil || math.Abs(*e.EIIndex-w.EI) > exact {
			t.Errorf("%s: %d/%d %v, want %d/%d %v", e.Profession, e.External, e.Internal, e.EIIndex, w.External, w.Internal, w.EI)
		}
	}
}

// Louvain's modularity within 1% of networkx's louvain_communities (or
// better), and gonum's Q of networkx's own partition equal to networkx's
// modularity of it.
func TestLouvainModularity(t *testing.T) {
	ref := loadReference(t)
	for _, name := range graphNames {
		r := ref.Graphs[name]
		g := loadFixture(t, name)
		of := make([]int, g.N())
		for c, members := range r.LouvainCommunities {
			for _, id := range members {
				u, _ := g.Index(id)
				of[u] = c
			}
		}
		if q := Modularity(g, of, 1); math.Abs(q-r.LouvainModularity) > exact {
			t.Errorf("%s: Q of networkx's partition %v, networkx says %v", name, q, r.LouvainModularity)
		}
		cs, err := ComputeCommunities(context.Background(), g, CommunityOptions{Seed: 1, Restarts: 5})
		if err != nil {
			t.Fatal(err)
		}
		rel := (cs.Modularity - r.LouvainModularity) / r.LouvainModularity
		t.Logf("%s: Louvain Q %.6f (seed %d, %d communities), networkx %.6f, igraph multilevel %.6f, relative %+.4f",
			name, cs.Modularity, cs.Seed, len(cs.Clusters), r.LouvainModularity, r.IGraph.MultilevelModularity, rel)
		if rel < -0.01 {
			t.Errorf("%s: modularity %v more than 1%% under networkx's %v", name, cs.Modularity, r.LouvainModularity)
		}
		if q := Modularity(g, cs.Of, 1); math.Abs(q-cs.Modularity) > exact {
			t.Errorf("%s: Q recomputed %v, reported %v", name, q, cs.Modularity)
		}
		members := 0
		for _, c := range cs.Clusters {
			members += len(c.Members)
			if c.Blau < 0 || c.Blau >= 1 || c.BlauNorm < 0 || c.BlauNorm > 1+exact || c.EI == nil {
				t.Errorf("%s cluster %d: Blau %v norm %v EI %v", name, c.ID, c.Blau, c.BlauNorm, c.EI)
			}
		}
		if members != g.N() {
			t.Errorf("%s: clusters hold %d members of %d", name, members, g.N())
		}
	}
}
