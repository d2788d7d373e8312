package analysis

// Degrees are counts of distinct partners: In (who addressed the node), Out
// (whom it addressed) and Und (either way), as networkx's in_degree,
// out_degree on the directed tie graph and degree on its undirected view.
// Strength is the conversational acts both ways (the weighted degree).
type Degrees struct {
	In, Out, Und []int
	Strength     []float64
}

// ComputeDegrees reads the degrees off the adjacency rows.
func ComputeDegrees(g *Graph) *Degrees {
	n := g.N()
	d := &Degrees{In: make([]int, n), Out: make([]int, n), Und: make([]int, n), Strength: make([]float64, n)}
	for u := 0; u < n; u++ {
		d.Out[u] = int(g.outStart[u+1] - g.outStart[u])
		d.In[u] = int(g.inStart[u+1] - g.inStart[u])
		d.Und[u] = int(g.undStart[u+1] - g.undStart[u])
		for _, w := range g.undW[g.undStart[u]:g.undStart[u+1]] {
			d.Strength[u] += w
		}
	}
	return d
}
