package analysis

import (
	"context"
	"math"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// BetweennessOptions says how betweenness is computed.
type BetweennessOptions struct {
	// Pivots is the number of sources sampled; 0 or ≥ N means every node
	// (exact). Sources are drawn uniformly without replacement, as networkx's
	// betweenness_centrality(k=Pivots) draws them.
	Pivots int
	Seed   uint64
	// Groups also computes betweenness between every pair of groups in the
	// same pass (see Betweenness.Group).
	Groups bool
	// Workers is how many goroutines walk sources; 0 means GOMAXPROCS.
	Workers int
	// Confidence is 1−δ for the stated error bound of a sampled estimate;
	// 0 means 0.95.
	Confidence float64
	// Progress, when set, is called now and then with sources done and total.
	Progress func(done, total int)
	// Budget, when Pivots is 0, chooses exact or sampled by time rather
	// than by size: the first Probe sources of the seeded order are timed,
	// the exact run's time estimated as that time per source × N, and the
	// run is exact when the estimate fits Budget, else sampled from as many
	// sources as fit (at least the probe). The estimate is made again after
	// each further chunk of sources from the time per source so far, so
	// that it follows the machine's load. The sources walked are part of
	// the run either way (the first k of a uniform random order are a
	// uniform sample), so estimating costs nothing. 0 means exact.
	Budget time.Duration
	// Probe is how many sources are timed for Budget; 0 means 8 per worker,
	// at least 32.
	Probe int
	// SourceCost, when set, turns the measured wall time per source into
	// the one the budget uses: tests inject a cost so that the choice does
	// not depend on the machine.
	SourceCost func(measured time.Duration) time.Duration
}

// Betweenness is shortest-path betweenness on the undirected, unweighted
// tie graph (a tie either way is one hop): Brandes (2001).
//
// Raw[v] is networkx's betweenness_centrality(G, normalized=False) for an
// undirected G: Σ over unordered pairs {s,t}, s≠v≠t, of σ_st(v)/σ_st.
// Normalized[v] is networkx's normalized=True: Raw·2/((n−1)(n−2)).
// A sampled estimate scales by n/k, as networkx does with k.
type Betweenness struct {
	Raw, Normalized []float64
	Exact           bool
	Pivots          int // sources walked
	// ErrorBound is ε such that, with probability Confidence, every node's
	// sampled Normalized value is within ε of the exact one: Hoeffding's
	// inequality (which holds for sampling without replacement) with a union
	// bound over the n nodes. Each source s contributes
	// Y_s = n·δ_s(v)/((n−1)(n−2)) ∈ [0, n/(n−1)] (δ_s(v) ≤ n−2), so
	// ε = n/(n−1)·sqrt(ln(2n/δ)/(2k)). Zero when exact.
	ErrorBound float64
	Confidence float64
	// ChosenBy says what chose exact or sampled: "pivots" (a sample size
	// was given), "budget" (the timed estimate against Budget) or "exact"
	// (neither: every source).
	ChosenBy string
	// Budget is the time budget the choice was made against, and
	// PerSource and EstimatedExact the wall time a source took at the rate
	// the run achieved (the last estimate) and the exact run's estimate
	// (N × PerSource); zero without a budget.
	Budget, PerSource, EstimatedExact time.Duration

	// Group, when asked, is betweenness between groups: for groups A ≤ B,
	// Group.Raw[pair(A,B)][v] = Σ over s in A, t in B (and s in B, t in A
	// when A ≠ B), s ≠ t, of σ_st(v)/σ_st, ordered pairs. For A ≠ B that is
	// 2× networkx's betweenness_centrality_subset(G, A, B, normalized=False)
	// (which halves undirected sums), for A = B 2× as well.
	// Pairs[pair(A,B)] counts the ordered (s, t) of those sums with t
	// reachable from s, so that Raw/Pairs is v's share of the shortest A–B
	// paths: Connector.groupBetweenness.
	Group *GroupBetweenness
	// Sets, with Groups, is each group's Everett–Borgatti group
	// betweenness as a set (see SetBetweenness).
	Sets *SetBetweenness
}

// SetBetweenness is Everett & Borgatti's (1999) group betweenness of each
// group taken as one set C, networkx's group_betweenness_centrality(G, C):
// Σ over pairs s, t outside C of σ_st(C)/σ_st, where σ_st(C) counts the
// shortest s–t paths through at least one member of C. It is a whole
// profession's centrality, unlike GroupBetweenness (pair betweenness),
// which is one professional's share of the paths between two professions.
//
// Raw[g] is normalized=False (unordered pairs on the undirected graph);
// Normalized[g] is normalized=True, networkx's ordered-pair sum over
// (n−|C|)(n−|C|−1), which is Raw·2/((n−|C|)(n−|C|−1)). Size[g] is |C|. A
// sampled run estimates both from its sources (scaled by n/k), as
// betweenness is.
type SetBetweenness struct {
	Raw, Normalized []float64
	Size            []int
}

// GroupBetweenness holds betweenness between groups, sparse by node.
type GroupBetweenness struct {
	G     int       // number of groups
	Pairs []float64 // by PairIndex, estimated when sampled
	// ByNode[v] are v's nonzero entries.
	ByNode [][]GroupValue
}

// GroupValue is one node's betweenness for one pair of groups.
type GroupValue struct {
	Pair int     // PairIndex(a, b)
	Raw  float64 // see Betweenness.Group
}

// PairIndex numbers the unordered pair of groups a ≤ b among G groups.
func PairIndex(a, b, G int) int {
	if a > b {
		a, b = b, a
	}
	return a*G - a*(a-1)/2 + (b - a)
}

// PairOf is the inverse of PairIndex.
func PairOf(p, G int) (int, int) {
	for a := 0; a < G; a++ {
		row := G - a
		if p < row {
			return a, a + p
		}
		p -= row
	}
	return -1, -1
}

// Share returns v's share of the shortest paths between groups a and b, and
// false when no such path exists.
func (gb *GroupBetweenness) Share(v, a, b int) (float64, bool) {
	p := PairIndex(a, b, gb.G)
	if gb.Pairs[p] == 0 {
		return 0, false
	}
	for _, x := range gb.ByNode[v] {
		if x.Pair == p {
			return x.Raw / gb.Pairs[p], true
		}
	}
	return 0, true
}

// ComputeBetweenness runs Brandes' algorithm from every node, or from a
// uniform sample of sources (Pivots, or as many as Budget allows), on
// Workers goroutines.
func ComputeBetweenness(ctx context.Context, g *Graph, o BetweennessOptions) (*Betweenness, error) {
	n := g.N()
	res := &Betweenness{Raw: make([]float64, n), Normalized: make([]float64, n), Exact: true, Confidence: o.Confidence, ChosenBy: "exact"}
	if res.Confidence <= 0 || res.Confidence >= 1 {
		res.Confidence = 0.95
	}
	order := newSourceOrder(n, o.Seed, 0x6265747765656e)
	G := len(g.Groups)
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, n))
	groups := o.Groups && G > 0
	w := newWalkers(g, G, groups, workers)

	total := n // sources the run will walk
	if o.Pivots > 0 && o.Pivots < n {
		total, res.ChosenBy = o.Pivots, "pivots"
	}
	walked := 0
	if o.Pivots <= 0 && o.Budget > 0 {
		res.ChosenBy, res.Budget = "budget", o.Budget
		probe := o.Probe
		if probe <= 0 {
			probe = defaultProbe(workers)
		}
		var per time.Duration
		var err error
		walked, per, err = walkWithin(o.Budget, n, probe, o.SourceCost, func(from, to, total int) error {
			return w.walk(ctx, order.prefix(to)[from:], from, total, o.Progress)
		})
		if err != nil {
			return nil, err
		}
		res.PerSource, res.EstimatedExact = per, per*time.Duration(n)
		total = walked
	}
	if total < n {
		res.Exact = false
	}
	if walked < total {
		if err := w.walk(ctx, order.prefix(total)[walked:], walked, total, o.Progress); err != nil {
			return nil, err
		}
	}
	if o.Progress != nil {
		o.Progress(total, total)
	}
	res.Pivots = total
	scale := float64(n) / float64(total)
	for _, p := range w.parts {
		for v, x := range p.bc {
			res.Raw[v] += x
		}
	}
	for v := range res.Raw {
		// Each unordered pair was counted from both ends: halve, as networkx does.
		res.Raw[v] *= scale / 2
		if n > 2 {
			res.Normalized[v] = res.Raw[v] * 2 / float64((n-1)*(n-2))
		}
	}
	if !res.Exact {
		k := float64(total)
		delta := 1 - res.Confidence
		res.ErrorBound = float64(n) / float64(n-1) * math.Sqrt(math.Log(2*float64(n)/delta)/(2*k))
	}
	if groups {
		res.Group = w.pairs(n, G, scale)
		res.Sets = w.sets(g, G, scale)
	}
	return res, nil
}

// walkers are the workers' scratch space and sums, kept across walks so
// that a probe's sources count in the run.
type walkers struct {
	g       *Graph
	parts   []*partial
	scratch []*brandes
}

type partial struct {
	bc    []float64
	gb    []float64 // [v*P + PairIndex(ga, gb)], only with Groups
	pairs []float64 // [PairIndex(ga, gb)]
	sets  []float64 // [g]: ordered pairs outside g through g (SetBetweenness)
}

func newWalkers(g *Graph, G int, groups bool, workers int) *walkers {
	n := g.N()
	w := &walkers{g: g}
	for range workers {
		p := &partial{bc: make([]float64, n)}
		if groups {
			p.gb = make([]float64, G*(G+1)/2*n)
			p.pairs = make([]float64, G*(G+1)/2)
			p.sets = make([]float64, G)
		}
		w.parts = append(w.parts, p)
		w.scratch = append(w.scratch, newBrandes(g, G, groups))
	}
	return w
}

// walk runs Brandes from each of sources on every worker; offset and total
// are where these sources sit in the whole run, for Progress.
func (w *walkers) walk(ctx context.Context, sources []int32, offset, total int, progress func(done, total int)) error {
	var next, done atomic.Int64
	done.Store(int64(offset))
	var wg sync.WaitGroup
	errs := make([]error, len(w.parts))
	for wi, p := range w.parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := w.scratch[wi]
			for {
				i := next.Add(1) - 1
				if i >= int64(len(sources)) {
					return
				}
				if i%256 == 0 {
					if err := ctx.Err(); err != nil {
						errs[wi] = err
						return
					}
				}
				b.run(w.g, sources[i], p)
				if d := done.Add(1); progress != nil && d%1024 == 0 {
					progress(int(d), total)
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// pairs sums the workers' pair betweenness, scaled.
func (w *walkers) pairs(n, G int, scale float64) *GroupBetweenness {
	gb := &GroupBetweenness{G: G, Pairs: make([]float64, G*(G+1)/2), ByNode: make([][]GroupValue, n)}
	for _, p := range w.parts {
		for k, x := range p.pairs {
			gb.Pairs[k] += x * scale
		}
	}
	P := len(gb.Pairs)
	for v := 0; v < n; v++ {
		var vals []GroupValue
		for k := 0; k < P; k++ {
			x := 0.0
			for _, p := range w.parts {
				x += p.gb[v*P+k]
			}
			if x != 0 {
				vals = append(vals, GroupValue{Pair: k, Raw: x * scale})
			}
		}
		gb.ByNode[v] = vals
	}
	return gb
}

// sets sums the workers' set betweenness, scaled and normalised as
// networkx's group_betweenness_centrality.
func (w *walkers) sets(g *Graph, G int, scale float64) *SetBetweenness {
	n := g.N()
	sb := &SetBetweenness{Raw: make([]float64, G), Normalized: make([]float64, G), Size: make([]int, G)}
	for _, gr := range g.GroupOf {
		if gr >= 0 {
			sb.Size[gr]++
		}
	}
	for k := range G {
		ordered := 0.0
		for _, p := range w.parts {
			ordered += p.sets[k]
		}
		ordered *= scale
		sb.Raw[k] = ordered / 2
		if rest := n - sb.Size[k]; rest > 1 {
			sb.Normalized[k] = ordered / float64(rest*(rest-1))
		}
	}
	return sb
}

// brandes is one worker's scratch space for single-source shortest paths.
type brandes struct {
	G      int
	P      int // pairs of groups
	sigma  []float64
	dist   []int32
	delta  []float64
	deltaG []float64 // [v*G+g]: dependency of the source on v for targets in group g
	order  []int32   // nodes in the order BFS settled them
	// preds[predStart[w]:predEnd[w]] are w's predecessors on shortest paths
	// from the source, in a flat array indexed like the adjacency rows, so
	// that the accumulation walks the shortest-path DAG only.
	preds   []int32
	predEnd []int32
	reach   []float64
	// avoid[w*G+g] counts the shortest paths from the source to w that
	// pass through no member of group g (SetBetweenness).
	avoid []float64
}

func newBrandes(g *Graph, G int, groups bool) *brandes {
	n := g.N()
	b := &brandes{G: G, P: G * (G + 1) / 2, sigma: make([]float64, n), dist: make([]int32, n), delta: make([]float64, n),
		order: make([]int32, 0, n), preds: make([]int32, len(g.undAdj)), predEnd: make([]int32, n)}
	for i := range b.dist {
		b.dist[i] = -1
	}
	if groups {
		b.deltaG = make([]float64, n*G)
		b.reach = make([]float64, G)
		b.avoid = make([]float64, n*G)
	}
	return b
}

// run adds the dependencies of source s to p.bc (and, with groups, to
// p.gb, laid out [v*P + PairIndex] so that one node's entries share cache
// lines, to p.pairs and to p.sets).
func (b *brandes) run(g *Graph, s int32, p *partial) {
	bc, gb, pairs := p.bc, p.gb, p.pairs
	b.order = b.order[:0]
	b.sigma[s], b.dist[s] = 1, 0
	b.order = append(b.order, s)
	b.predEnd[s] = g.undStart[s]
	for i := 0; i < len(b.order); i++ {
		v := b.order[i]
		dv := b.dist[v]
		sv := b.sigma[v]
		for _, w := range g.undAdj[g.undStart[v]:g.undStart[v+1]] {
			dw := b.dist[w]
			if dw < 0 {
				dw = dv + 1
				b.dist[w] = dw
				b.predEnd[w] = g.undStart[w]
				b.order = append(b.order, w)
			}
			if dw == dv+1 {
				b.sigma[w] += sv
				b.preds[b.predEnd[w]] = v
				b.predEnd[w]++
			}
		}
	}
	G, P := b.G, b.P
	ga := g.GroupOf[s]
	withGroups := gb != nil && ga >= 0
	if gb != nil {
		b.setPaths(g, s, p.sets)
	}
	if withGroups {
		clear(b.reach)
	}
	for i := len(b.order) - 1; i > 0; i-- {
		w := b.order[i]
		gw := g.GroupOf[w]
		sw := b.sigma[w]
		coeff := (1 + b.delta[w]) / sw
		preds := b.preds[g.undStart[w]:b.predEnd[w]]
		for _, v := range preds {
			b.delta[v] += b.sigma[v] * coeff
		}
		bc[w] += b.delta[w]
		if withGroups {
			dG := b.deltaG[int(w)*G : int(w)*G+G]
			if gw >= 0 {
				b.reach[gw]++
				dG[gw]++ // w is itself a target of its group; undone below
			}
			for _, v := range preds {
				c := b.sigma[v] / sw
				vG := b.deltaG[int(v)*G : int(v)*G+G]
				for k, x := range dG {
					vG[k] += c * x
				}
			}
			if gw >= 0 {
				dG[gw]-- // w's dependency excludes paths ending at w
			}
			row := gb[int(w)*P : int(w)*P+P]
			for k, x := range dG {
				if x != 0 {
					row[PairIndex(ga, k, G)] += x
				}
			}
			clear(dG)
		}
		b.sigma[w], b.dist[w], b.delta[w] = 0, -1, 0
	}
	if withGroups {
		for k, x := range b.reach {
			pairs[PairIndex(ga, k, G)] += x
		}
		clear(b.deltaG[int(s)*G : int(s)*G+G])
	}
	b.sigma[s], b.dist[s], b.delta[s] = 0, -1, 0
}

// setPaths adds, for every group g that s is not in, the fraction of the
// shortest paths from s to each t outside g that pass through g: 1 −
// avoid_t(g)/σ_t, where avoid counts the paths through no member of g,
// forward along the shortest-path DAG (a member of g passes on none).
func (b *brandes) setPaths(g *Graph, s int32, sets []float64) {
	G := b.G
	gs := g.GroupOf[s]
	row := b.avoid[int(s)*G : int(s)*G+G]
	for k := range row {
		row[k] = 1
	}
	if gs >= 0 {
		row[gs] = 0
	}
	for _, w := range b.order[1:] {
		aw := b.avoid[int(w)*G : int(w)*G+G]
		for _, v := range b.preds[g.undStart[w]:b.predEnd[w]] {
			av := b.avoid[int(v)*G : int(v)*G+G]
			for k, x := range av {
				aw[k] += x
			}
		}
		gw := g.GroupOf[w]
		if gw >= 0 {
			aw[gw] = 0
		}
		sw := b.sigma[w]
		for k, x := range aw {
			if k != gs && k != gw {
				sets[k] += 1 - x/sw
			}
		}
	}
	for _, w := range b.order {
		clear(b.avoid[int(w)*G : int(w)*G+G])
	}
}
