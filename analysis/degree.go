package analysis

// Degrees are counts of distinct partners: In (who addressed the node), Out
// (whom it addressed) and Und (either way), as networkx's in_degree,
// out_degree on the directed tie graph and degree on its undirected view.
// Strength is the conversational acts both ways (the weighted degree),
// StrengthIn those received and StrengthOut those sent (networkx's
// in_degree and out_degree with weight).
type Degrees struct {
	In, Out, Und                      []int
	Strength, StrengthIn, StrengthOut []float64
}

// ComputeDegrees reads the degrees off the adjacency rows.
func ComputeDegrees(g *Graph) *Degrees {
	n := g.N()
	d := &Degrees{In: make([]int, n), Out: make([]int, n), Und: make([]int, n),
		Strength: make([]float64, n), StrengthIn: make([]float64, n), StrengthOut: make([]float64, n)}
	sum := func(ws []float64) (t float64) {
		for _, w := range ws {
			t += w
		}
		return t
	}
	for u := 0; u < n; u++ {
		d.Out[u] = int(g.outStart[u+1] - g.outStart[u])
		d.In[u] = int(g.inStart[u+1] - g.inStart[u])
		d.Und[u] = int(g.undStart[u+1] - g.undStart[u])
		d.Strength[u] = sum(g.undW[g.undStart[u]:g.undStart[u+1]])
		d.StrengthIn[u] = sum(g.inW[g.inStart[u]:g.inStart[u+1]])
		d.StrengthOut[u] = sum(g.outW[g.outStart[u]:g.outStart[u+1]])
	}
	return d
}
