// Package analysis computes the published network measures on an in-memory
// projection of the conversational-tie graph: degree, betweenness (exact,
// or sampled with a stated bound), betweenness between groups, Louvain
// communities and modularity, Gould–Fernandez brokerage, Burt's constraint
// and effective size, and the E–I index. It knows nothing of Neo4j or
// GraphQL: the store builds a Graph, the loader and the server call Analyze.
//
// Every measure states the reference definition it follows (networkx 3.4
// unless said otherwise); testdata/analysis holds the reference numbers the
// tests compare with.
package analysis

import (
	"cmp"
	"fmt"
	"slices"
)

// Graph is a directed, weighted graph of conversational ties with a group
// (profession) per node, in compressed sparse rows: arrays rather than maps,
// because Brandes' algorithm walks it hundreds of thousands of times.
//
// Nodes are numbered 0..N-1 in id order. Three adjacencies are kept: out
// (u addressed v), in (v was addressed by u) and und (either direction, the
// weight the sum of both), each sorted by neighbour.
type Graph struct {
	IDs    []string // node ids, sorted
	Groups []string // the group names, sorted; GroupOf indexes them
	// GroupOf is each node's group, -1 when it has none.
	GroupOf []int

	outStart, inStart, undStart []int32
	outAdj, inAdj, undAdj       []int32
	outW, inW, undW             []float64
	// compact is the same ties as brokerage reads them (compact.go).
	compact *Compact
}

// Compact is the graph's ties as brokerage reads them.
func (g *Graph) Compact() *Compact { return g.compact }

// N is the number of nodes.
func (g *Graph) N() int { return len(g.IDs) }

// Arcs is the number of distinct directed pairs with a tie.
func (g *Graph) Arcs() int { return len(g.outAdj) }

// Edges is the number of distinct undirected pairs with a tie.
func (g *Graph) Edges() int { return len(g.undAdj) / 2 }

// Out returns u's out-neighbours and the weights of those arcs.
func (g *Graph) Out(u int) ([]int32, []float64) {
	return g.outAdj[g.outStart[u]:g.outStart[u+1]], g.outW[g.outStart[u]:g.outStart[u+1]]
}

// In returns u's in-neighbours and the weights of those arcs.
func (g *Graph) In(u int) ([]int32, []float64) {
	return g.inAdj[g.inStart[u]:g.inStart[u+1]], g.inW[g.inStart[u]:g.inStart[u+1]]
}

// Und returns u's neighbours either way, with w(u→v)+w(v→u).
func (g *Graph) Und(u int) ([]int32, []float64) {
	return g.undAdj[g.undStart[u]:g.undStart[u+1]], g.undW[g.undStart[u]:g.undStart[u+1]]
}

// Index returns the node number of id.
func (g *Graph) Index(id string) (int, bool) {
	i, ok := slices.BinarySearch(g.IDs, id)
	return i, ok
}

// Group returns node u's group name, "" when it has none.
func (g *Graph) Group(u int) string {
	if g.GroupOf[u] < 0 {
		return ""
	}
	return g.Groups[g.GroupOf[u]]
}

// Builder collects nodes and arcs; Build makes the Graph. Arcs between the
// same pair add up; self-loops are dropped (no measure here counts them).
type Builder struct {
	group map[string]string
	arcs  []builderArc
}

type builderArc struct {
	from, to string
	w        float64
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder { return &Builder{group: map[string]string{}} }

// AddNode adds a node with its group ("" for none). A node added twice keeps
// the last group; a node seen only in an arc has no group.
func (b *Builder) AddNode(id, group string) { b.group[id] = group }

// AddArc adds a directed tie from→to of weight w (conversational acts).
func (b *Builder) AddArc(from, to string, w float64) {
	if from == to {
		return
	}
	if _, ok := b.group[from]; !ok {
		b.group[from] = ""
	}
	if _, ok := b.group[to]; !ok {
		b.group[to] = ""
	}
	b.arcs = append(b.arcs, builderArc{from, to, w})
}

// AddEdge adds an undirected tie as two arcs of weight w each, which is how
// an undirected networkx graph looks to the measures that read directions.
func (b *Builder) AddEdge(u, v string, w float64) {
	b.AddArc(u, v, w)
	b.AddArc(v, u, w)
}

// Build makes the Graph.
func (b *Builder) Build() (*Graph, error) {
	g := &Graph{IDs: make([]string, 0, len(b.group))}
	groups := map[string]bool{}
	for id, gr := range b.group {
		g.IDs = append(g.IDs, id)
		if gr != "" {
			groups[gr] = true
		}
	}
	slices.Sort(g.IDs)
	for gr := range groups {
		g.Groups = append(g.Groups, gr)
	}
	slices.Sort(g.Groups)
	if len(g.IDs) > 1<<31-1 {
		return nil, fmt.Errorf("analysis: %d nodes is more than this projection holds", len(g.IDs))
	}
	g.GroupOf = make([]int, len(g.IDs))
	for i, id := range g.IDs {
		g.GroupOf[i] = -1
		if gr := b.group[id]; gr != "" {
			g.GroupOf[i], _ = slices.BinarySearch(g.Groups, gr)
		}
	}
	arcs := make([]arc, 0, len(b.arcs))
	for _, a := range b.arcs {
		u, _ := g.Index(a.from)
		v, _ := g.Index(a.to)
		arcs = append(arcs, arc{int32(u), int32(v), a.w})
	}
	merged := mergeArcs(arcs)
	n := len(g.IDs)
	csr := func(key func(arc) (int32, int32), list []arc) ([]int32, []int32, []float64) {
		start := make([]int32, n+1)
		for _, a := range list {
			u, _ := key(a)
			start[u+1]++
		}
		for i := 0; i < n; i++ {
			start[i+1] += start[i]
		}
		adj := make([]int32, len(list))
		w := make([]float64, len(list))
		next := slices.Clone(start[:n])
		for _, a := range list {
			u, v := key(a)
			adj[next[u]], w[next[u]] = v, a.w
			next[u]++
		}
		// Each row sorted by neighbour, so that lookups can binary-search.
		for u := 0; u < n; u++ {
			lo, hi := start[u], start[u+1]
			sortRow(adj[lo:hi], w[lo:hi])
		}
		return start, adj, w
	}
	g.outStart, g.outAdj, g.outW = csr(func(a arc) (int32, int32) { return a.u, a.v }, merged)
	g.inStart, g.inAdj, g.inW = csr(func(a arc) (int32, int32) { return a.v, a.u }, merged)
	// The undirected rows: both directions of each pair, weights summed.
	both := make([]arc, 0, 2*len(merged))
	for _, a := range merged {
		both = append(both, a, arc{a.v, a.u, a.w})
	}
	und := mergeArcs(both)
	g.undStart, g.undAdj, g.undW = csr(func(a arc) (int32, int32) { return a.u, a.v }, und)
	from, to := make([]int32, len(merged)), make([]int32, len(merged))
	for i, a := range merged {
		from[i], to[i] = a.u, a.v
	}
	g.compact = &Compact{}
	g.compact.Build(n, from, to)
	return g, nil
}

func sortRow(adj []int32, w []float64) {
	if slices.IsSorted(adj) {
		return
	}
	idx := make([]int, len(adj))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(adj[a], adj[b]) })
	a2, w2 := slices.Clone(adj), slices.Clone(w)
	for i, j := range idx {
		adj[i], w[i] = a2[j], w2[j]
	}
}

// weight returns the weight of u's row entry for v in (start, adj, w), 0
// when there is none.
func weight(start, adj []int32, w []float64, u, v int32) float64 {
	row := adj[start[u]:start[u+1]]
	if i, ok := slices.BinarySearch(row, v); ok {
		return w[int(start[u])+i]
	}
	return 0
}

// Tied says whether u and v have a tie either way.
func (g *Graph) Tied(u, v int32) bool {
	_, ok := slices.BinarySearch(g.undAdj[g.undStart[u]:g.undStart[u+1]], v)
	return ok
}

// arc is a weighted tie between node indexes, while a Graph is built.
type arc struct {
	u, v int32
	w    float64
}

// mergeArcs sorts arcs by their ends and makes each pair of ends one arc,
// weights summed; it reuses the slice.
func mergeArcs(arcs []arc) []arc {
	slices.SortFunc(arcs, func(a, b arc) int {
		if d := cmp.Compare(a.u, b.u); d != 0 {
			return d
		}
		return cmp.Compare(a.v, b.v)
	})
	merged := arcs[:0]
	for _, a := range arcs {
		if n := len(merged); n > 0 && merged[n-1].u == a.u && merged[n-1].v == a.v {
			merged[n-1].w += a.w
			continue
		}
		merged = append(merged, a)
	}
	return merged
}
