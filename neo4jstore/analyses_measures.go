package neo4jstore

import (
	"math"

	"github.com/peergraph/peergraph/domain"
)

// The measures of issue 19 as the analysis step stores them: each
// professional's on its METRICS relationship (closeness, harmonic,
// pageRank, eigenvector, clustering, coreNumber, betweennessDirected,
// betweennessWeighted; left out when the value is null), and the whole
// network's on the Analysis node as net* properties, lists where a table
// (component sizes and their counts, the 16 triad counts in TriadTypes'
// order). An analysis written before them has none, and reads back nulls.

// centralityProps adds m's centrality measures to p.
func centralityProps(m domain.ProfessionalMetrics, p map[string]any) {
	for k, v := range map[string]*float64{"closeness": m.Closeness, "harmonic": m.Harmonic, "pageRank": m.PageRank,
		"eigenvector": m.Eigenvector, "clustering": m.Clustering, "betweennessDirected": m.BetweennessDirected, "betweennessWeighted": m.BetweennessWeighted} {
		if v != nil && !math.IsNaN(*v) {
			p[k] = *v
		}
	}
	if m.CoreNumber != nil {
		p["coreNumber"] = *m.CoreNumber
	}
}

// centralityFrom reads the centrality measures of a METRICS map into x.
func centralityFrom(m map[string]any, x *domain.ProfessionalMetrics) {
	x.Closeness, x.Harmonic, x.PageRank = floatPtr(m, "closeness"), floatPtr(m, "harmonic"), floatPtr(m, "pageRank")
	x.Eigenvector, x.Clustering = floatPtr(m, "eigenvector"), floatPtr(m, "clustering")
	x.BetweennessDirected, x.BetweennessWeighted = floatPtr(m, "betweennessDirected"), floatPtr(m, "betweennessWeighted")
	x.CoreNumber = intPtr(m, "coreNumber")
}

// networkProps adds the whole network's measures to an Analysis node's
// properties; nothing when there are none.
func networkProps(n *domain.NetworkMeasures, p map[string]any) {
	if n == nil {
		return
	}
	p["netDensity"], p["netDirectedDensity"] = n.Density, n.DirectedDensity
	p["netReciprocity"] = floatOrNil(n.Reciprocity)
	p["netTransitivity"], p["netTriangles"] = n.Transitivity, n.Triangles
	components := func(prefix string, c *domain.ComponentSummary) {
		var sizes, counts []int
		for _, s := range c.Sizes {
			sizes, counts = append(sizes, s.Size), append(counts, s.Count)
		}
		p[prefix+"Sizes"], p[prefix+"Counts"] = sizes, counts
	}
	components("netWeak", n.WeakComponents)
	components("netStrong", n.StrongComponents)
	p["netAssortativity"], p["netDirectedAssortativity"] = floatOrNil(n.Assortativity), floatOrNil(n.DirectedAssortativity)
	p["netEIExternal"], p["netEIInternal"] = n.EI.External, n.EI.Internal
	var triads []float64
	for _, t := range n.TriadCensus {
		triads = append(triads, t.Count)
	}
	p["netTriads"] = triads
	p["netHarmonicErrorBound"] = n.HarmonicErrorBound
	p["netPathExact"], p["netPathPivots"], p["netPathErrorBound"] = n.PathBetweennessExact, n.PathBetweennessPivots, n.PathBetweennessErrorBound
	p["netPageRankConverged"], p["netEigenvectorConverged"] = n.PageRankConverged, n.EigenvectorConverged
}

// networkFrom reads the whole network's measures off an Analysis node's
// properties, nil for an analysis written without them.
func networkFrom(m map[string]any) *domain.NetworkMeasures {
	if _, ok := m["netDensity"]; !ok {
		return nil
	}
	components := func(prefix string) *domain.ComponentSummary {
		sizes, counts := intList(m, prefix+"Sizes"), intList(m, prefix+"Counts")
		c := &domain.ComponentSummary{Sizes: []*domain.ComponentSize{}}
		for i := range sizes {
			if i >= len(counts) {
				break
			}
			c.Sizes = append(c.Sizes, &domain.ComponentSize{Size: sizes[i], Count: counts[i]})
			c.Count += counts[i]
			c.Largest = max(c.Largest, sizes[i])
		}
		return c
	}
	n := &domain.NetworkMeasures{
		Density: float(m, "netDensity"), DirectedDensity: float(m, "netDirectedDensity"), Reciprocity: floatPtr(m, "netReciprocity"),
		Transitivity: float(m, "netTransitivity"), Triangles: float(m, "netTriangles"),
		WeakComponents: components("netWeak"), StrongComponents: components("netStrong"),
		Assortativity: floatPtr(m, "netAssortativity"), DirectedAssortativity: floatPtr(m, "netDirectedAssortativity"),
		HarmonicErrorBound:   float(m, "netHarmonicErrorBound"),
		PathBetweennessExact: boolean(m, "netPathExact"), PathBetweennessPivots: integer(m, "netPathPivots"),
		PathBetweennessErrorBound: float(m, "netPathErrorBound"),
		PageRankConverged:         boolean(m, "netPageRankConverged"), EigenvectorConverged: boolean(m, "netEigenvectorConverged"),
		TriadCensus: []*domain.TriadCount{},
	}
	e, i := integer(m, "netEIExternal"), integer(m, "netEIInternal")
	n.EI = &domain.NetworkEI{External: e, Internal: i, EIIndex: domain.EIIndex(e, i)}
	raw, _ := m["netTriads"].([]any)
	for k, v := range raw {
		if k < len(domain.TriadTypes) {
			c, _ := v.(float64)
			n.TriadCensus = append(n.TriadCensus, &domain.TriadCount{Type: domain.TriadTypes[k], Count: c})
		}
	}
	return n
}
