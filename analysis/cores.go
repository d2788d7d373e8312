package analysis

// CoreNumbers is each node's k-core number on the undirected tie graph:
// the largest k such that the node is in a subgraph where everyone has at
// least k neighbours (Seidman 1983). networkx 3.4's core_number(G), by
// Batagelj & Zaversnik's (2003) O(m) peeling in order of degree.
func CoreNumbers(g *Graph) []int {
	n := g.N()
	deg := make([]int, n)
	maxDeg := 0
	for u := 0; u < n; u++ {
		deg[u] = int(g.undStart[u+1] - g.undStart[u])
		maxDeg = max(maxDeg, deg[u])
	}
	// Nodes sorted by degree in vert, pos[v] v's place, bin[d] where degree
	// d starts; peeling a node lowers its higher-degree neighbours' degrees
	// by moving each to the front of its bin.
	bin := make([]int, maxDeg+2)
	for _, d := range deg {
		bin[d+1]++
	}
	for d := 1; d <= maxDeg+1; d++ {
		bin[d] += bin[d-1]
	}
	vert, pos := make([]int32, n), make([]int, n)
	next := append([]int(nil), bin...)
	for v, d := range deg {
		pos[v] = next[d]
		vert[pos[v]] = int32(v)
		next[d]++
	}
	for i := 0; i < n; i++ {
		v := vert[i]
		for _, u := range g.undAdj[g.undStart[v]:g.undStart[v+1]] {
			if deg[u] > deg[v] {
				du := deg[u]
				pu, pw := pos[u], bin[du]
				w := vert[pw]
				if u != w {
					vert[pu], vert[pw] = w, u
					pos[u], pos[w] = pw, pu
				}
				bin[du]++
				deg[u]--
			}
		}
	}
	return deg
}
