package analysis

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/peergraph/peergraph/domain"
)

// Communities are Louvain (Blondel et al. 2008) or Leiden (Traag, Waltman
// & van Eck 2019) communities of the undirected tie graph weighted by
// conversational acts both ways, at resolution γ, best of Restarts seeds,
// and their modularity at γ, Q = Σ_c [L_c/m − γ (K_c/2m)²] (Newman 2004;
// networkx's community.modularity(G, communities, resolution=γ) and
// gonum's community.Q compute it). The tests hold Louvain's Q within 1% of
// networkx's louvain_communities, Leiden's within a stated margin of
// igraph's community_leiden, and every Leiden community connected.
type Communities struct {
	Of         []int // community of each node, numbered by size (0 the largest)
	Modularity float64
	Clusters   []Cluster
	Seed       uint64
	// Method is "louvain" or "leiden"; Resolution is γ.
	Method     string
	Resolution float64
}

// Cluster is one community with its make-up.
type Cluster struct {
	ID      int
	Members []int
	// Mix counts members per group (profession), most first; "unknown" for
	// members without one.
	Mix []*domain.ProfessionCount
	// Blau is the Blau index of the mix, 1 − Σ p_g² (the chance that two
	// members drawn at random are of different professions), and BlauNorm
	// divides it by its maximum for the professions present, 1 − 1/k
	// (0 when one profession): the multidisciplinarity measure.
	Blau, BlauNorm float64
	// EI is the cluster's E–I index over distinct undirected ties: external
	// when one end is outside the cluster.
	EI *domain.ProfessionEI
}

// The community methods, as CommunityOptions.Method, the loader's
// --communities and startAnalysis name them.
const (
	MethodLouvain = "louvain"
	MethodLeiden  = "leiden"
)

// CommunityOptions say how communities are found. Zero values take the
// defaults: Louvain, resolution 1, 3 restarts.
type CommunityOptions struct {
	Method     string
	Resolution float64
	Seed       uint64
	Restarts   int
}

// CheckCommunityOptions says what is wrong with a method or resolution, or
// nil; the error names the setting.
func CheckCommunityOptions(o CommunityOptions) error {
	switch o.Method {
	case "", MethodLouvain, MethodLeiden:
	default:
		return fmt.Errorf("communities: %q is not a method: louvain or leiden", o.Method)
	}
	if o.Resolution < 0 || math.IsNaN(o.Resolution) || math.IsInf(o.Resolution, 0) {
		return fmt.Errorf("resolution: %v: must be a number above 0 (1 is modularity's own)", o.Resolution)
	}
	if o.Restarts < 0 {
		return fmt.Errorf("restarts: %d: must be at least 1", o.Restarts)
	}
	return nil
}

// ComputeCommunities runs the method restarts times (seed, seed+1, ...)
// and keeps the partition of highest modularity.
func ComputeCommunities(ctx context.Context, g *Graph, o CommunityOptions) (*Communities, error) {
	if err := CheckCommunityOptions(o); err != nil {
		return nil, err
	}
	if o.Method == "" {
		o.Method = MethodLouvain
	}
	if o.Resolution == 0 {
		o.Resolution = 1
	}
	find := louvain
	if o.Method == MethodLeiden {
		find = leiden
	}
	best := &Communities{Modularity: math.Inf(-1), Method: o.Method, Resolution: o.Resolution}
	for r := range max(1, o.Restarts) {
		s := o.Seed + uint64(r)
		of, q, err := find(ctx, g, o.Resolution, s)
		if err != nil {
			return nil, err
		}
		if q > best.Modularity {
			best.Modularity, best.Seed, best.Of = q, s, of
		}
	}
	best.Of = relabel(best.Of)
	best.Clusters = clusters(g, best.Of)
	return best, nil
}

// relabel numbers communities by size, largest first, then by lowest node.
func relabel(of []int) []int {
	byC := map[int][]graph.Node{}
	for u, c := range of {
		byC[c] = append(byC[c], simple.Node(u))
	}
	comms := make([][]graph.Node, 0, len(byC))
	for _, c := range byC {
		comms = append(comms, c)
	}
	return labels(len(of), comms)
}

// Modularity is Q at resolution γ of a given partition (community of each
// node) of the undirected weighted graph, by gonum's community.Q.
func Modularity(g *Graph, of []int, resolution float64) float64 {
	ug := simple.NewWeightedUndirectedGraph(0, 0)
	for u := 0; u < g.N(); u++ {
		ug.AddNode(simple.Node(u))
	}
	for u := 0; u < g.N(); u++ {
		for i := g.undStart[u]; i < g.undStart[u+1]; i++ {
			if v := g.undAdj[i]; int(v) > u {
				ug.SetWeightedEdge(ug.NewWeightedEdge(simple.Node(u), simple.Node(v), g.undW[i]))
			}
		}
	}
	byC := map[int][]graph.Node{}
	for u, c := range of {
		byC[c] = append(byC[c], simple.Node(u))
	}
	var comms [][]graph.Node
	for _, c := range byC {
		comms = append(comms, c)
	}
	return community.Q(ug, comms, resolution)
}

// labels numbers communities by size, largest first, then by lowest node.
func labels(n int, comms [][]graph.Node) []int {
	type c struct{ members []int }
	cs := make([]c, 0, len(comms))
	for _, m := range comms {
		ids := make([]int, len(m))
		for i, x := range m {
			ids[i] = int(x.ID())
		}
		slices.Sort(ids)
		cs = append(cs, c{ids})
	}
	slices.SortFunc(cs, func(a, b c) int {
		if d := cmp.Compare(len(b.members), len(a.members)); d != 0 {
			return d
		}
		return cmp.Compare(a.members[0], b.members[0])
	})
	of := make([]int, n)
	for i, c := range cs {
		for _, u := range c.members {
			of[u] = i
		}
	}
	return of
}

func clusters(g *Graph, of []int) []Cluster {
	k := 0
	for _, c := range of {
		k = max(k, c+1)
	}
	cl := make([]Cluster, k)
	for i := range cl {
		cl[i].ID = i
	}
	for u, c := range of {
		cl[c].Members = append(cl[c].Members, u)
	}
	for i := range cl {
		groups := make([]string, len(cl[i].Members))
		for j, u := range cl[i].Members {
			groups[j] = g.Group(u)
		}
		cl[i].Mix, cl[i].Blau, cl[i].BlauNorm = domain.MixOf(groups)
	}
	names := make([]string, len(of))
	for u, c := range of {
		names[u] = clusterName(c)
	}
	for _, e := range EIIndex(g, names) {
		c, _ := strconv.Atoi(strings.TrimPrefix(e.Profession, "c"))
		cl[c].EI = e
	}
	return cl
}

func clusterName(c int) string { return "c" + strconv.Itoa(c) }

// EIIndex is the E–I index (Krackhardt & Stern 1988) of every group named
// in groupOf (one name a node, "" for none), over distinct undirected ties,
// tallied as the professionLinks question tallies it (EITally); by name.
func EIIndex(g *Graph, groupOf []string) []*domain.ProfessionEI {
	index := map[string]int32{}
	var names []string
	class := make([]int32, g.N())
	for u, name := range groupOf {
		class[u] = -1
		if name == "" {
			continue
		}
		c, ok := index[name]
		if !ok {
			c = int32(len(names))
			index[name] = c
			names = append(names, name)
		}
		class[u] = c
	}
	var t EITally
	t.Reset(len(names))
	tied := make([]bool, g.N())
	for u := 0; u < g.N(); u++ {
		for i := g.undStart[u]; i < g.undStart[u+1]; i++ {
			v := int(g.undAdj[i])
			if v <= u || class[u] < 0 || class[v] < 0 {
				continue
			}
			t.Pair(class[u], class[v])
			tied[u], tied[v] = true, true
		}
	}
	for u, ok := range tied {
		if ok {
			t.Person(class[u])
		}
	}
	order := make([]int32, len(names))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(names[a], names[b]) })
	return t.Index(names, order)
}
