package analysis

import (
	"container/heap"
	"context"
	"runtime"
)

// PathBetweenness is shortest-path betweenness on the tie graph read with
// its directions, or with its weights, or both (Brandes 2001; Brandes 2008
// for the variants): betweenness.go's Betweenness is the undirected,
// unweighted one.
//
// Directed: paths follow who addressed whom (u→v). Raw[v] is networkx
// 3.4's betweenness_centrality(D, normalized=False) on the DiGraph: Σ over
// ordered pairs (s,t), s≠v≠t, of σ_st(v)/σ_st; Normalized is
// Raw/((n−1)(n−2)), as networkx normalises a directed graph.
//
// Weighted: networkx reads a weight as a length, and more conversation is
// a closer tie, so an arc's length is 1/acts (acts u→v for directed paths,
// acts both ways for undirected ones): networkx's
// betweenness_centrality(G, weight="distance") with distance = 1/weight.
// Path lengths are summed from the source as networkx sums them, so that
// the same paths tie. Undirected values are halved and normalised as
// Betweenness's are.
//
// Sampled from Pivots sources, values scale by n/k as networkx's k does.
type PathBetweenness struct {
	Directed, Weighted bool
	Raw, Normalized    []float64
	Exact              bool
	Pivots             int
}

// ComputePathBetweenness runs Brandes' algorithm (breadth-first, or
// Dijkstra when weighted) from every source, on both cores.
func ComputePathBetweenness(ctx context.Context, g *Graph, directed, weighted bool, o PathOptions) (*PathBetweenness, error) {
	n := g.N()
	stream := uint64(0x70617468)
	if directed {
		stream++
	}
	if weighted {
		stream += 2
	}
	sources, exact := sampleSources(n, o, stream)
	res := &PathBetweenness{Directed: directed, Weighted: weighted, Raw: make([]float64, n), Normalized: make([]float64, n), Exact: exact, Pivots: len(sources)}
	start, adj, w := g.undStart, g.undAdj, g.undW
	if directed {
		start, adj, w = g.outStart, g.outAdj, g.outW
	}
	workers := max(1, runtime.GOMAXPROCS(0))
	pool := make(chan *pathWalker, workers)
	all := make([]*pathWalker, workers)
	for i := range all {
		all[i] = newPathWalker(n)
		pool <- all[i]
	}
	err := parallel(ctx, len(sources), func(lo, hi int) {
		p := <-pool
		defer func() { pool <- p }()
		for _, s := range sources[lo:hi] {
			if weighted {
				p.dijkstra(start, adj, w, s)
			} else {
				p.bfs(start, adj, s)
			}
			p.accumulate(s)
		}
	})
	if err != nil {
		return nil, err
	}
	scale := float64(n) / float64(max(1, len(sources)))
	if !directed {
		scale /= 2 // each unordered pair was counted from both ends
	}
	for v := 0; v < n; v++ {
		for _, p := range all {
			res.Raw[v] += p.bc[v]
		}
		res.Raw[v] *= scale
		if n > 2 {
			res.Normalized[v] = res.Raw[v] / float64((n-1)*(n-2))
			if !directed {
				res.Normalized[v] *= 2
			}
		}
	}
	return res, nil
}

// pathWalker is one worker's scratch for single-source shortest paths and
// the accumulation of dependencies.
type pathWalker struct {
	bc    []float64
	sigma []float64
	delta []float64
	dist  []float64
	seen  []bool
	done  []bool
	order []int32
	preds [][]int32
	queue distHeap
}

func newPathWalker(n int) *pathWalker {
	return &pathWalker{bc: make([]float64, n), sigma: make([]float64, n), delta: make([]float64, n), dist: make([]float64, n),
		seen: make([]bool, n), done: make([]bool, n), order: make([]int32, 0, n), preds: make([][]int32, n)}
}

func (p *pathWalker) bfs(start, adj []int32, s int32) {
	p.sigma[s], p.dist[s], p.seen[s] = 1, 0, true
	p.order = append(p.order[:0], s)
	for i := 0; i < len(p.order); i++ {
		v := p.order[i]
		for _, w := range adj[start[v]:start[v+1]] {
			if !p.seen[w] {
				p.seen[w], p.dist[w] = true, p.dist[v]+1
				p.order = append(p.order, w)
			}
			if p.dist[w] == p.dist[v]+1 {
				p.sigma[w] += p.sigma[v]
				p.preds[w] = append(p.preds[w], v)
			}
		}
	}
}

// dijkstra settles nodes in order of distance, each arc of length 1/w; a
// node's predecessors are those whose distance plus the arc's length
// equals its own, compared exactly as networkx compares them.
func (p *pathWalker) dijkstra(start, adj []int32, wt []float64, s int32) {
	p.order = p.order[:0]
	p.sigma[s], p.dist[s], p.seen[s] = 1, 0, true
	p.queue = append(p.queue[:0], distItem{0, s})
	for len(p.queue) > 0 {
		it := heap.Pop(&p.queue).(distItem)
		v := it.node
		if p.done[v] || it.dist != p.dist[v] {
			continue
		}
		p.done[v] = true
		p.order = append(p.order, v)
		row := adj[start[v]:start[v+1]]
		for i, w := range row {
			d := p.dist[v] + 1/wt[int(start[v])+i]
			switch {
			case p.done[w]:
			case !p.seen[w] || d < p.dist[w]:
				p.seen[w], p.dist[w] = true, d
				p.sigma[w] = p.sigma[v]
				p.preds[w] = append(p.preds[w][:0], v)
				heap.Push(&p.queue, distItem{d, w})
			case d == p.dist[w]:
				p.sigma[w] += p.sigma[v]
				p.preds[w] = append(p.preds[w], v)
			}
		}
	}
}

// accumulate adds the dependencies of source s (Brandes' back-propagation
// over the nodes in reverse order of distance) and clears the scratch.
func (p *pathWalker) accumulate(s int32) {
	for i := len(p.order) - 1; i >= 0; i-- {
		w := p.order[i]
		coeff := (1 + p.delta[w]) / p.sigma[w]
		for _, v := range p.preds[w] {
			p.delta[v] += p.sigma[v] * coeff
		}
		if w != s {
			p.bc[w] += p.delta[w]
		}
	}
	for _, w := range p.order {
		p.sigma[w], p.delta[w], p.dist[w], p.seen[w], p.done[w] = 0, 0, 0, false, false
		p.preds[w] = p.preds[w][:0]
	}
}

type distItem struct {
	dist float64
	node int32
}

// distHeap is a binary min-heap of tentative distances (a node may be in
// it more than once; stale entries are skipped when popped).
type distHeap []distItem

func (h distHeap) Len() int           { return len(h) }
func (h distHeap) Less(i, j int) bool { return h[i].dist < h[j].dist }
func (h distHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *distHeap) Push(x any)        { *h = append(*h, x.(distItem)) }
func (h *distHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}
