package domain

// NetworkMeasures are the whole network's measures in one analysis (the
// analysis package documents each definition and its reference).
type NetworkMeasures struct {
	// Density is 2m/(n(n−1)) of the undirected tie graph, DirectedDensity
	// m/(n(n−1)) of the directed one.
	Density         float64 `json:"density"`
	DirectedDensity float64 `json:"directedDensity"`
	// Reciprocity is the share of arcs answered by an arc back; nil without arcs.
	Reciprocity *float64 `json:"reciprocity"`
	// Transitivity is 3 × triangles / connected triples.
	Transitivity float64 `json:"transitivity"`
	Triangles    float64 `json:"triangles"`
	// WeakComponents treat a tie either way as an edge; StrongComponents
	// need a directed path each way.
	WeakComponents   *ComponentSummary `json:"weakComponents"`
	StrongComponents *ComponentSummary `json:"strongComponents"`
	// Assortativity by profession (Newman's r), of the undirected and the
	// directed tie graph; nil when undefined (one profession).
	Assortativity         *float64 `json:"assortativity"`
	DirectedAssortativity *float64 `json:"directedAssortativity"`
	// EI is Krackhardt and Stern's E–I index of the whole network.
	EI *NetworkEI `json:"ei"`
	// TriadCensus counts the directed triads by MAN type, all 16.
	TriadCensus []*TriadCount `json:"triadCensus"`
	// The shortest-path measures walk the sources betweenness walked
	// (Analysis.pivots); HarmonicErrorBound is the bound of a sampled
	// harmonic centrality / (n−1), 0 when exact.
	HarmonicErrorBound float64 `json:"harmonicErrorBound"`
	// PathBetweennessExact says whether directed and weighted betweenness
	// walked every professional; else PathBetweennessPivots sampled
	// sources, every value within ±PathBetweennessErrorBound with the
	// analysis's confidence.
	PathBetweennessExact      bool    `json:"pathBetweennessExact"`
	PathBetweennessPivots     int     `json:"pathBetweennessPivots"`
	PathBetweennessErrorBound float64 `json:"pathBetweennessErrorBound"`
	// PageRankConverged and EigenvectorConverged say whether the power
	// iterations reached their tolerance.
	PageRankConverged    bool `json:"pageRankConverged"`
	EigenvectorConverged bool `json:"eigenvectorConverged"`
}

// ComponentSummary is the components of a graph: how many, the largest,
// and how many there are of each size.
type ComponentSummary struct {
	Count   int              `json:"count"`
	Largest int              `json:"largest"`
	Sizes   []*ComponentSize `json:"sizes"`
}

// ComponentSize is how many components have Size members.
type ComponentSize struct {
	Size  int `json:"size"`
	Count int `json:"count"`
}

// NetworkEI is the E–I index over every distinct pair with a tie.
type NetworkEI struct {
	External int      `json:"external"`
	Internal int      `json:"internal"`
	EIIndex  *float64 `json:"eiIndex"`
}

// TriadTypes are the 16 isomorphism classes of a directed triad in
// Holland & Leinhardt's MAN notation (Mutual, Asymmetric, Null dyads, then
// a letter for the orientation), in the order networkx lists them.
var TriadTypes = [16]string{"003", "012", "102", "021D", "021U", "021C", "111D", "111U", "030T", "030C", "201", "120D", "120U", "120C", "210", "300"}

// TriadCount is how many triads are of one MAN type (003 … 300).
type TriadCount struct {
	Type  string  `json:"type"`
	Count float64 `json:"count"`
}

// Summarise counts components by size, from sizes largest first.
func Summarise(sizes []int) *ComponentSummary {
	s := &ComponentSummary{Count: len(sizes), Sizes: []*ComponentSize{}}
	for _, n := range sizes {
		if s.Largest == 0 {
			s.Largest = n
		}
		if k := len(s.Sizes); k > 0 && s.Sizes[k-1].Size == n {
			s.Sizes[k-1].Count++
			continue
		}
		s.Sizes = append(s.Sizes, &ComponentSize{Size: n, Count: 1})
	}
	return s
}
