package analysis

import (
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
// Sampled from Pivots sources (or as many as Budget allows), values scale
// by n/k as networkx's k does, and ErrorBound is Betweenness.ErrorBound's
// for k sources: each source adds a term in [0, n/(n−1)] to every
// Normalized value here too.
type PathBetweenness struct {
	Directed, Weighted bool
	Raw, Normalized    []float64
	Exact              bool
	Pivots             int
	ErrorBound         float64
	Confidence         float64
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
	res := &PathBetweenness{Directed: directed, Weighted: weighted, Raw: make([]float64, n), Normalized: make([]float64, n),
		Confidence: confidence(o.Confidence)}
	// Rows to walk, and where each node's predecessors are kept: a node's
	// predecessors are among its in-neighbours, so the in-rows' offsets
	// give every node room for them in one flat array.
	start, adj, w, predStart := g.undStart, g.undAdj, g.undW, g.undStart
	if directed {
		start, adj, w, predStart = g.outStart, g.outAdj, g.outW, g.inStart
	}
	var length []float64
	if weighted {
		length = make([]float64, len(w))
		for i, x := range w {
			length[i] = 1 / x
		}
	}
	workers := max(1, runtime.GOMAXPROCS(0))
	pool := make(chan *pathWalker, workers)
	all := make([]*pathWalker, workers)
	for i := range all {
		all[i] = newPathWalker(n, predStart)
		pool <- all[i]
	}
	walk := func(sources []int32) error {
		return parallel(ctx, len(sources), func(lo, hi int) {
			p := <-pool
			defer func() { pool <- p }()
			for _, s := range sources[lo:hi] {
				if weighted {
					p.dijkstra(start, adj, length, s)
				} else {
					p.bfs(start, adj, s)
				}
				p.accumulate(s)
			}
		})
	}
	if o.Pivots <= 0 && o.Budget > 0 {
		order := newSourceOrder(n, o.Seed, stream)
		walked, _, err := walkWithin(o.Budget, n, defaultProbe(workers), nil, func(from, to, _ int) error { return walk(order.prefix(to)[from:]) })
		if err != nil {
			return nil, err
		}
		sources, exact = order.prefix(walked), walked == n
	} else if err := walk(sources); err != nil {
		return nil, err
	}
	res.Exact, res.Pivots = exact, len(sources)
	if !exact {
		res.ErrorBound = hoeffdingBound(n, len(sources), float64(n)/float64(n-1), res.Confidence)
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
// the accumulation of dependencies. A node's state is one struct, so that
// relaxing an arc touches one cache line. w's predecessors are
// preds[predStart[w]:predEnd[w]].
type pathWalker struct {
	bc        []float64
	node      []walkState
	order     []int32
	predStart []int32
	predEnd   []int32
	preds     []int32
	queue     distHeap
}

// walkState is one node's shortest-path state from the current source.
type walkState struct {
	dist, sigma, delta float64
	state              uint8 // unseen, seen (tentative distance), done
}

const (
	unseen uint8 = iota
	seen
	done
)

func newPathWalker(n int, predStart []int32) *pathWalker {
	return &pathWalker{bc: make([]float64, n), node: make([]walkState, n), order: make([]int32, 0, n),
		predStart: predStart, predEnd: make([]int32, n), preds: make([]int32, predStart[n])}
}

func (p *pathWalker) bfs(start, adj []int32, s int32) {
	p.node[s] = walkState{sigma: 1, state: done}
	p.predEnd[s] = p.predStart[s]
	p.order = append(p.order[:0], s)
	for i := 0; i < len(p.order); i++ {
		v := p.order[i]
		nv := &p.node[v]
		dw := nv.dist + 1
		for _, w := range adj[start[v]:start[v+1]] {
			nw := &p.node[w]
			if nw.state == unseen {
				nw.state, nw.dist = done, dw
				p.predEnd[w] = p.predStart[w]
				p.order = append(p.order, w)
			}
			if nw.dist == dw {
				nw.sigma += nv.sigma
				p.preds[p.predEnd[w]] = v
				p.predEnd[w]++
			}
		}
	}
}

// dijkstra settles nodes in order of distance, arc i of length length[i];
// a node's predecessors are those whose distance plus the arc's length
// equals its own, compared exactly as networkx compares them.
func (p *pathWalker) dijkstra(start, adj []int32, length []float64, s int32) {
	p.order = p.order[:0]
	p.node[s] = walkState{sigma: 1, state: seen}
	p.predEnd[s] = p.predStart[s]
	p.queue = append(p.queue[:0], distItem{0, s})
	for len(p.queue) > 0 {
		it := p.queue.pop()
		v := it.node
		nv := &p.node[v]
		if nv.state == done || it.dist != nv.dist {
			continue
		}
		nv.state = done
		p.order = append(p.order, v)
		lo := int(start[v])
		for i, w := range adj[lo:start[v+1]] {
			nw := &p.node[w]
			d := nv.dist + length[lo+i]
			switch {
			case nw.state == done:
			case nw.state == unseen || d < nw.dist:
				nw.state, nw.dist, nw.sigma = seen, d, nv.sigma
				p.preds[p.predStart[w]] = v
				p.predEnd[w] = p.predStart[w] + 1
				p.queue.push(distItem{d, w})
			case d == nw.dist:
				nw.sigma += nv.sigma
				p.preds[p.predEnd[w]] = v
				p.predEnd[w]++
			}
		}
	}
}

// accumulate adds the dependencies of source s (Brandes' back-propagation
// over the nodes in reverse order of distance) and clears the scratch.
func (p *pathWalker) accumulate(s int32) {
	for i := len(p.order) - 1; i >= 0; i-- {
		w := p.order[i]
		nw := &p.node[w]
		coeff := (1 + nw.delta) / nw.sigma
		for _, v := range p.preds[p.predStart[w]:p.predEnd[w]] {
			p.node[v].delta += p.node[v].sigma * coeff
		}
		if w != s {
			p.bc[w] += nw.delta
		}
	}
	for _, w := range p.order {
		p.node[w] = walkState{}
	}
}

type distItem struct {
	dist float64
	node int32
}

// distHeap is a binary min-heap of tentative distances (a node may be in
// it more than once; stale entries are skipped when popped), typed so that
// a push allocates nothing.
type distHeap []distItem

func (h *distHeap) push(it distItem) {
	q := append(*h, it)
	i := len(q) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if q[parent].dist <= it.dist {
			break
		}
		q[i] = q[parent]
		i = parent
	}
	q[i] = it
	*h = q
}

func (h *distHeap) pop() distItem {
	q := *h
	top := q[0]
	last := q[len(q)-1]
	q = q[:len(q)-1]
	i := 0
	for {
		c := 2*i + 1
		if c >= len(q) {
			break
		}
		if c+1 < len(q) && q[c+1].dist < q[c].dist {
			c++
		}
		if last.dist <= q[c].dist {
			break
		}
		q[i] = q[c]
		i = c
	}
	if len(q) > 0 {
		q[i] = last
	}
	*h = q
	return top
}
