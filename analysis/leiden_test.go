package analysis

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

var resolutions = []float64{0.5, 1, 2}

func gammaKey(g float64) string { return strconv.FormatFloat(g, 'f', 1, 64) }

// partitionOf turns lists of node ids into a community per node.
func partitionOf(t *testing.T, g *Graph, comms [][]string) []int {
	t.Helper()
	of := make([]int, g.N())
	for c, ids := range comms {
		for _, id := range ids {
			u, ok := g.Index(id)
			if !ok {
				t.Fatalf("reference node %s not in the graph", id)
			}
			of[u] = c
		}
	}
	return of
}

// Modularity at a resolution γ is networkx's modularity(G, communities,
// resolution=γ): networkx's own Louvain partitions at 0.5, 1 and 2, each
// scored at every γ, to 1e-9.
func TestModularityWithResolutionMatchesNetworkx(t *testing.T) {
	ref := loadGroupsAndResolution(t)
	for _, name := range graphNames {
		g := loadFixture(t, name)
		for _, at := range resolutions {
			r := ref.Resolution[name][gammaKey(at)]
			of := partitionOf(t, g, r.Communities)
			for _, gamma := range resolutions {
				got, want := Modularity(g, of, gamma), r.Modularity[gammaKey(gamma)]
				if math.Abs(got-want) > exact {
					t.Errorf("%s, networkx's partition at γ=%v scored at γ=%v: %v, networkx %v", name, at, gamma, got, want)
				}
			}
		}
	}
}

// The resolution changes the partition the way modularity says it
// should: the partition found at γ scores at least as well at γ as the
// one found at any other resolution does, and within 1% of networkx's
// Louvain at γ (Louvain and Leiden both); a higher γ gives no fewer
// communities.
func TestResolutionChangesThePartition(t *testing.T) {
	ref := loadGroupsAndResolution(t)
	for _, name := range graphNames {
		g := loadFixture(t, name)
		for _, method := range []string{MethodLouvain, MethodLeiden} {
			found := map[float64]*Communities{}
			for _, gamma := range resolutions {
				cs, err := ComputeCommunities(context.Background(), g, CommunityOptions{Method: method, Resolution: gamma, Seed: 1, Restarts: 5})
				if err != nil {
					t.Fatal(err)
				}
				if q := Modularity(g, cs.Of, gamma); math.Abs(q-cs.Modularity) > exact {
					t.Errorf("%s %s γ=%v: reported Q %v, gonum's %v", name, method, gamma, cs.Modularity, q)
				}
				nx := ref.Resolution[name][gammaKey(gamma)].Modularity[gammaKey(gamma)]
				if cs.Modularity < nx-0.01*math.Abs(nx) {
					t.Errorf("%s %s γ=%v: Q %v, networkx's Louvain %v", name, method, gamma, cs.Modularity, nx)
				}
				found[gamma] = cs
				t.Logf("%s %s γ=%v: %d communities, Q %.6f (networkx Louvain %.6f)", name, method, gamma, len(cs.Clusters), cs.Modularity, nx)
			}
			for _, at := range resolutions {
				for _, other := range resolutions {
					own, theirs := Modularity(g, found[at].Of, at), Modularity(g, found[other].Of, at)
					if own < theirs-1e-12 {
						t.Errorf("%s %s: at γ=%v the partition found at γ=%v scores %v, better than its own %v", name, method, at, other, theirs, own)
					}
				}
			}
			if len(found[0.5].Clusters) > len(found[1].Clusters) || len(found[1].Clusters) > len(found[2].Clusters) {
				t.Errorf("%s %s: communities at γ 0.5, 1, 2: %d, %d, %d; want no fewer as γ grows", name, method,
					len(found[0.5].Clusters), len(found[1].Clusters), len(found[2].Clusters))
			}
		}
	}
}

// connected says whether every community of of is connected in g.
func disconnectedCommunities(g *Graph, of []int) int {
	split := splitDisconnected(g, of)
	parts := map[int]map[int]bool{}
	for u, c := range of {
		if parts[c] == nil {
			parts[c] = map[int]bool{}
		}
		parts[c][split[u]] = true
	}
	bad := 0
	for _, p := range parts {
		if len(p) > 1 {
			bad++
		}
	}
	return bad
}

// plantedPartition is a seeded random graph of k blocks of size each,
// ties within a block with probability pIn, across with pOut, weights 1–3.
func plantedPartition(t *testing.T, k, size int, pIn, pOut float64, seed uint64) *Graph {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 1))
	b := NewBuilder()
	n := k * size
	id := func(u int) string { return fmt.Sprintf("n%04d", u) }
	for u := range n {
		b.AddNode(id(u), fmt.Sprintf("g%d", u%5))
	}
	for u := range n {
		for v := u + 1; v < n; v++ {
			p := pOut
			if u/size == v/size {
				p = pIn
			}
			if r.Float64() < p {
				b.AddEdge(id(u), id(v), float64(1+r.IntN(3)))
			}
		}
	}
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// Leiden's guarantee: every community is connected, on the classic graphs,
// the directed fixture and block models at several resolutions; and its
// modularity is at least Louvain's less 1% (it refines what Louvain's
// moves find), and within 1% of python-igraph's community_leiden
// (objective modularity, run to convergence, best of ten seeds).
func TestLeidenCommunitiesAreConnected(t *testing.T) {
	ref := loadGroupsAndResolution(t)
	graphs := map[string]*Graph{"directed": loadDirected(t),
		"blocks-300": plantedPartition(t, 6, 50, 0.15, 0.01, 1), "blocks-sparse": plantedPartition(t, 20, 20, 0.12, 0.004, 2)}
	for _, name := range graphNames {
		graphs[name] = loadFixture(t, name)
	}
	for name, g := range graphs {
		for _, gamma := range resolutions {
			le, err := ComputeCommunities(context.Background(), g, CommunityOptions{Method: MethodLeiden, Resolution: gamma, Seed: 1, Restarts: 3})
			if err != nil {
				t.Fatal(err)
			}
			if bad := disconnectedCommunities(g, le.Of); bad > 0 {
				t.Errorf("%s γ=%v: %d Leiden communities are not connected", name, gamma, bad)
			}
			lo, err := ComputeCommunities(context.Background(), g, CommunityOptions{Method: MethodLouvain, Resolution: gamma, Seed: 1, Restarts: 3})
			if err != nil {
				t.Fatal(err)
			}
			if le.Modularity < lo.Modularity-0.01*math.Abs(lo.Modularity) {
				t.Errorf("%s γ=%v: Leiden Q %v, Louvain %v", name, gamma, le.Modularity, lo.Modularity)
			}
			t.Logf("%s γ=%v: Leiden %d communities Q %.6f; Louvain %d Q %.6f, %d of them disconnected", name, gamma,
				len(le.Clusters), le.Modularity, len(lo.Clusters), lo.Modularity, disconnectedCommunities(g, lo.Of))
			if r, ok := ref.Resolution[name][gammaKey(gamma)]; ok && r.Leiden != nil {
				if le.Modularity < *r.Leiden-0.01*math.Abs(*r.Leiden) {
					t.Errorf("%s γ=%v: Leiden Q %v, igraph's %v", name, gamma, le.Modularity, *r.Leiden)
				}
			}
		}
	}
}

// A community that local moves leave in two pieces is split: two
// triangles tied only through a hub that is moved elsewhere cannot stay
// one community.
func TestSplitDisconnected(t *testing.T) {
	b := NewBuilder()
	for _, e := range [][2]string{{"a", "b"}, {"b", "c"}, {"c", "a"}, {"x", "y"}, {"y", "z"}, {"z", "x"}} {
		b.AddEdge(e[0], e[1], 1)
	}
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	of := make([]int, g.N()) // one community of two triangles
	if bad := disconnectedCommunities(g, of); bad != 1 {
		t.Fatalf("two triangles as one community: %d disconnected, want 1", bad)
	}
	split := splitDisconnected(g, of)
	if bad := disconnectedCommunities(g, split); bad != 0 || split[0] == split[g.N()-1] {
		t.Errorf("split: %v", split)
	}
	if Modularity(g, split, 1) <= Modularity(g, of, 1) {
		t.Errorf("splitting lowered modularity: %v to %v", Modularity(g, of, 1), Modularity(g, split, 1))
	}
}
