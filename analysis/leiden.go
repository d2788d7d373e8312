package analysis

import (
	"context"
	"math/rand/v2"
)

// leiden is Traag, Waltman & van Eck's (2019) method for modularity with
// resolution γ (the quality louvain optimises): on each level,
//
//  1. fast local moving: nodes from a queue (first in a seeded random
//     order) join the neighbouring or an empty community of largest gain;
//     when a node moves, its neighbours outside its new community go back
//     on the queue;
//  2. refinement: within each community C of that partition, every node
//     starts alone; in a random order, a node still alone and well
//     connected to C (w(v, C−v) ≥ γ k_v (K_C − k_v)/2m) joins the refined
//     community T ⊆ C of largest positive gain among those well connected
//     to C (w(T, C−T) ≥ γ K_T (K_C − K_T)/2m). Merging only into a
//     community it has an edge to (a positive gain needs one), every
//     refined community is connected. The paper draws T at random with
//     probability ∝ exp(gain/θ); this takes the best, θ → 0, which keeps
//     the guarantee;
//  3. aggregation on the refined partition, each aggregate node starting
//     in the community of step 1 its refined community lies in;
//
// until step 1 leaves every node of a level in a community of its own.
// Every community is then one aggregate node, a refined community: it is
// connected. A level whose refinement merges nothing cannot be aggregated
// further and also ends the loop; so that the guarantee holds then too, a
// community the moves left disconnected is split into its connected parts
// at the end, which only raises modularity (the parts' cross term
// γ·2·K₁K₂/(2m)² goes, and no tie inside a community is lost).
func leiden(ctx context.Context, g *Graph, gamma float64, seed uint64) ([]int, float64, error) {
	n := g.N()
	base, m := baseLevel(g)
	if m == 0 {
		return identity(n), 0, nil
	}
	r := rand.New(rand.NewPCG(seed, 0x6c656964656e))
	lv := base
	of := identity(n)   // the node of the current level each original node is in
	part := identity(n) // the community of each node of the current level
	for {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		lv.moveNodesFast(part, m, gamma, r)
		k, renum := compact(part)
		for u := range part {
			part[u] = renum[part[u]]
		}
		if k == len(lv.k) {
			break // every node alone: nothing left to aggregate
		}
		refined := lv.refine(part, k, m, gamma, r)
		kr, renumR := compact(refined)
		if kr == len(lv.k) {
			break // refinement merged nothing: aggregating would not shrink the level
		}
		next := make([]int, kr)
		for u, c := range refined {
			refined[u] = renumR[c]
			next[refined[u]] = part[u]
		}
		for i := range of {
			of[i] = refined[of[i]]
		}
		lv = lv.aggregate(refined, kr)
		part = next
	}
	comm := make([]int, n)
	for i := range comm {
		comm[i] = part[of[i]]
	}
	comm = splitDisconnected(g, comm)
	return comm, base.modularity(comm, m, gamma), nil
}

// moveNodesFast is Leiden's local moving phase, from the partition comm
// (changed in place; community numbers below len(comm)).
func (lv *level) moveNodesFast(comm []int, m, gamma float64, r *rand.Rand) {
	n := len(lv.k)
	tot := make([]float64, n)
	size := make([]int, n)
	for u, c := range comm {
		tot[c] += lv.k[u]
		size[c]++
	}
	var empty []int
	for c := n - 1; c >= 0; c-- {
		if size[c] == 0 {
			empty = append(empty, c)
		}
	}
	// A ring of at most n queued nodes.
	queue := make([]int, n)
	copy(queue, r.Perm(n))
	head, queued := 0, n
	inQueue := make([]bool, n)
	for i := range inQueue {
		inQueue[i] = true
	}
	sc := newMoveScratch(n)
	for queued > 0 {
		u := queue[head]
		head, queued = (head+1)%n, queued-1
		inQueue[u] = false
		cu, ku := comm[u], lv.k[u]
		tot[cu] -= ku
		size[cu]--
		// An empty community's gain is 0: u leaves for one when every
		// other gain is negative.
		best, bestGain := lv.bestCommunity(u, comm, tot, m, gamma, sc)
		if bestGain < 0 && size[cu] > 0 {
			for len(empty) > 0 && size[empty[len(empty)-1]] > 0 {
				empty = empty[:len(empty)-1]
			}
			if len(empty) > 0 {
				best = empty[len(empty)-1]
				empty = empty[:len(empty)-1]
			}
		}
		tot[best] += ku
		size[best]++
		if size[cu] == 0 {
			empty = append(empty, cu)
		}
		if best == cu {
			continue
		}
		comm[u] = best
		for i := lv.start[u]; i < lv.start[u+1]; i++ {
			if v := int(lv.adj[i]); comm[v] != best && !inQueue[v] {
				queue[(head+queued)%n] = v
				queued++
				inQueue[v] = true
			}
		}
	}
}

// refine is Leiden's refinement of the partition part (k communities):
// the refined community of each node, numbered by one of its nodes.
func (lv *level) refine(part []int, k int, m, gamma float64, r *rand.Rand) []int {
	n := len(lv.k)
	refined := identity(n)
	members := make([][]int, k)
	K := make([]float64, k) // degree of each community of part
	for u, c := range part {
		members[c] = append(members[c], u)
		K[c] += lv.k[u]
	}
	// By refined community: its degree, its weight to the rest of its
	// community of part, and how many nodes it has.
	Kr := make([]float64, n)
	copy(Kr, lv.k)
	ext := make([]float64, n)
	size := make([]int, n)
	for u := 0; u < n; u++ {
		size[u] = 1
		for i := lv.start[u]; i < lv.start[u+1]; i++ {
			if part[lv.adj[i]] == part[u] {
				ext[u] += lv.w[i]
			}
		}
	}
	wTo := make([]float64, n)
	var touched []int
	wellConnected := func(e, kT, kC float64) bool { return e >= gamma*kT*(kC-kT)/(2*m) }
	for c, mem := range members {
		r.Shuffle(len(mem), func(i, j int) { mem[i], mem[j] = mem[j], mem[i] })
		for _, u := range mem {
			own := refined[u]
			if size[own] != 1 || !wellConnected(ext[u], lv.k[u], K[c]) {
				continue
			}
			touched = touched[:0]
			for i := lv.start[u]; i < lv.start[u+1]; i++ {
				v := lv.adj[i]
				if part[v] != c {
					continue
				}
				t := refined[v]
				if wTo[t] == 0 {
					touched = append(touched, t)
				}
				wTo[t] += lv.w[i]
			}
			best, bestGain := own, 0.0
			for _, t := range touched {
				if t == own || !wellConnected(ext[t], Kr[t], K[c]) {
					continue
				}
				if gain := wTo[t] - gamma*lv.k[u]*Kr[t]/(2*m); gain > bestGain {
					best, bestGain = t, gain
				}
			}
			if best != own {
				ext[best] += ext[u] - 2*wTo[best]
				Kr[best] += lv.k[u]
				size[best]++
				size[own] = 0
				refined[u] = best
			}
			for _, t := range touched {
				wTo[t] = 0
			}
		}
	}
	return refined
}

// splitDisconnected gives each connected part of a community (on g's
// undirected ties) a community of its own, numbered below g.N().
func splitDisconnected(g *Graph, comm []int) []int {
	n := g.N()
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	next := 0
	var stack []int32
	for s := range n {
		if out[s] >= 0 {
			continue
		}
		out[s] = next
		stack = append(stack[:0], int32(s))
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, v := range g.undAdj[g.undStart[u]:g.undStart[u+1]] {
				if out[v] < 0 && comm[v] == comm[s] {
					out[v] = next
					stack = append(stack, v)
				}
			}
		}
		next++
	}
	return out
}
