package analysis

import "slices"

// Components are the connected components of the tie graph, largest first.
// Weak components treat a tie either way as an edge (networkx 3.4's
// weakly_connected_components, connected_components on the undirected
// graph); strong components need a directed path each way
// (strongly_connected_components, Tarjan 1972).
type Components struct {
	// Of is each node's component, numbered largest first.
	Of []int
	// Sizes are the components' sizes, largest first.
	Sizes []int
}

// Count is the number of components.
func (c *Components) Count() int { return len(c.Sizes) }

// WeakComponents labels the components of the undirected tie graph by
// breadth-first search.
func WeakComponents(g *Graph) *Components {
	n := g.N()
	of := make([]int, n)
	for i := range of {
		of[i] = -1
	}
	var sizes []int
	queue := make([]int32, 0, n)
	for s := 0; s < n; s++ {
		if of[s] >= 0 {
			continue
		}
		id := len(sizes)
		of[s] = id
		queue = append(queue[:0], int32(s))
		for i := 0; i < len(queue); i++ {
			v := queue[i]
			for _, w := range g.undAdj[g.undStart[v]:g.undStart[v+1]] {
				if of[w] < 0 {
					of[w] = id
					queue = append(queue, w)
				}
			}
		}
		sizes = append(sizes, len(queue))
	}
	return largestFirst(of, sizes)
}

// StrongComponents labels the strongly connected components of the
// directed tie graph: Tarjan's algorithm, iterative (a conversation graph
// is deeper than a goroutine's stack should be asked to go).
func StrongComponents(g *Graph) *Components {
	n := g.N()
	index, low := make([]int32, n), make([]int32, n)
	onStack := make([]bool, n)
	of := make([]int, n)
	for i := range index {
		index[i], of[i] = -1, -1
	}
	var stack []int32
	type frame struct{ v, next int32 }
	var call []frame
	var sizes []int
	counter := int32(0)
	for s := int32(0); s < int32(n); s++ {
		if index[s] >= 0 {
			continue
		}
		call = append(call[:0], frame{s, g.outStart[s]})
		index[s], low[s] = counter, counter
		counter++
		stack = append(stack, s)
		onStack[s] = true
		for len(call) > 0 {
			f := &call[len(call)-1]
			v := f.v
			if f.next < g.outStart[v+1] {
				w := g.outAdj[f.next]
				f.next++
				switch {
				case index[w] < 0:
					index[w], low[w] = counter, counter
					counter++
					stack = append(stack, w)
					onStack[w] = true
					call = append(call, frame{w, g.outStart[w]})
				case onStack[w]:
					low[v] = min(low[v], index[w])
				}
				continue
			}
			call = call[:len(call)-1]
			if len(call) > 0 {
				p := call[len(call)-1].v
				low[p] = min(low[p], low[v])
			}
			if low[v] == index[v] {
				id, size := len(sizes), 0
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					of[w] = id
					size++
					if w == v {
						break
					}
				}
				sizes = append(sizes, size)
			}
		}
	}
	return largestFirst(of, sizes)
}

// largestFirst renumbers components by size, largest first (ties by their
// first member's number, so that the numbering is repeatable).
func largestFirst(of, sizes []int) *Components {
	first := make([]int, len(sizes))
	for i := range first {
		first[i] = -1
	}
	for v, c := range of {
		if first[c] < 0 {
			first[c] = v
		}
	}
	order := make([]int, len(sizes))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if sizes[a] != sizes[b] {
			return sizes[b] - sizes[a]
		}
		return first[a] - first[b]
	})
	rank := make([]int, len(sizes))
	out := &Components{Of: make([]int, len(of)), Sizes: make([]int, len(sizes))}
	for r, c := range order {
		rank[c] = r
		out.Sizes[r] = sizes[c]
	}
	for v, c := range of {
		out.Of[v] = rank[c]
	}
	return out
}
