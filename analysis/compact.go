package analysis

// Compact is a tie graph as brokerage reads it: for each node, its
// neighbours either way, each once, with the directions of the ties
// between them as two bits (Out: the row's node addressed the neighbour;
// In: the neighbour addressed it). Rows are in no particular order.
//
// The connectors question builds one per request over the ties of its
// window (through a Compact kept between requests, so that its buffers are
// reused), and an analysis builds one from its Graph: both count brokerage
// on it with the same code (brokerage.go).
type Compact struct {
	start []int32
	adj   []uint32 // neighbour<<dirBits | Out | In

	// Build's scratch, kept for the next build.
	owner, pos []int32
}

// Directions of a Compact entry.
const (
	Out     = 1
	In      = 2
	dirBits = 2
)

// N is the number of nodes.
func (c *Compact) N() int { return len(c.start) - 1 }

// Row is node u's entries: Neighbour(e) and e&Out, e&In.
func (c *Compact) Row(u int32) []uint32 { return c.adj[c.start[u]:c.start[u+1]] }

// Neighbour is the node of a row entry.
func Neighbour(e uint32) int32 { return int32(e >> dirBits) }

// Build makes the compact graph of n nodes and the arcs from[i]→to[i]
// (repeats merged, self-loops dropped), reusing c's buffers.
func (c *Compact) Build(n int, from, to []int32) {
	c.start = grow(c.start, n+1)
	clear(c.start)
	for i := range from {
		if from[i] != to[i] {
			c.start[from[i]+1]++
			c.start[to[i]+1]++
		}
	}
	for i := 1; i <= n; i++ {
		c.start[i] += c.start[i-1]
	}
	c.adj = grow(c.adj, int(c.start[n]))
	c.pos = grow(c.pos, n)
	next := c.pos // the fill cursor first; dedupe's positions after
	copy(next, c.start[:n])
	for i := range from {
		f, t := from[i], to[i]
		if f == t {
			continue
		}
		c.adj[next[f]] = uint32(t)<<dirBits | Out
		next[f]++
		c.adj[next[t]] = uint32(f)<<dirBits | In
		next[t]++
	}
	// Dedupe each row in place (a row never writes past where it reads),
	// ORing the directions of repeats.
	c.owner = grow(c.owner, n)
	clear(c.owner)
	w := int32(0)
	for x := range int32(n) {
		lo, hi := c.start[x], c.start[x+1]
		c.start[x] = w
		for _, e := range c.adj[lo:hi] {
			v := e >> dirBits
			if c.owner[v] == x+1 {
				c.adj[c.pos[v]] |= e & (Out | In)
				continue
			}
			c.owner[v], c.pos[v] = x+1, w
			c.adj[w] = e
			w++
		}
	}
	c.start[n] = w
	c.adj = c.adj[:w]
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
