package analysisrun

import (
	"math"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/domain"
)

// addCentrality puts node u's measures of res.Centrality on m.
func addCentrality(m *domain.ProfessionalMetrics, res *analysis.Result, u int) {
	c := res.Centrality
	if c == nil {
		return
	}
	m.Closeness, m.Harmonic = finite(c.Paths.Closeness[u]), finite(c.Paths.Harmonic[u])
	if c.PageRank.Converged {
		m.PageRank = finite(c.PageRank.Values[u])
	}
	if c.Eigenvector.Converged {
		m.Eigenvector = finite(c.Eigenvector.Values[u])
	}
	m.Clustering = finite(c.Clustering.Local[u])
	core := c.Core[u]
	m.CoreNumber = &core
	m.BetweennessDirected, m.BetweennessWeighted = finite(c.Directed.Normalized[u]), finite(c.Weighted.Normalized[u])
}

// networkOf is the whole network's measures of res, nil without them.
func networkOf(res *analysis.Result) *domain.NetworkMeasures {
	nm, c := res.Network, res.Centrality
	if nm == nil || c == nil {
		return nil
	}
	out := &domain.NetworkMeasures{
		Density: nm.Density, DirectedDensity: nm.DirectedDensity, Reciprocity: finite(nm.Reciprocity),
		Transitivity: nm.Transitivity, Triangles: float64(nm.Triangles),
		WeakComponents: domain.Summarise(nm.Weak.Sizes), StrongComponents: domain.Summarise(nm.Strong.Sizes),
		Assortativity: finite(nm.Assortativity), DirectedAssortativity: finite(nm.DirectedAssortativity),
		EI:                   &domain.NetworkEI{External: nm.External, Internal: nm.Internal, EIIndex: nm.EI},
		HarmonicErrorBound:   c.Paths.HarmonicErrorBound,
		PathBetweennessExact: c.Directed.Exact, PathBetweennessPivots: c.Directed.Pivots, PathBetweennessErrorBound: c.Directed.ErrorBound,
		PageRankConverged: c.PageRank.Converged, EigenvectorConverged: c.Eigenvector.Converged,
	}
	for i, name := range analysis.TriadTypes {
		out.TriadCensus = append(out.TriadCensus, &domain.TriadCount{Type: name, Count: float64(nm.TriadCensus[i])})
	}
	return out
}

func finite(x float64) *float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil
	}
	return &x
}

// centralityColumns adds the export's columns of the centrality measures,
// empty where an analysis has none.
func centralityColumns(col func(name, typ string, f func(m *domain.ProfessionalMetrics) any)) {
	for _, c := range []struct {
		name string
		get  func(m *domain.ProfessionalMetrics) *float64
	}{
		{"closeness", func(m *domain.ProfessionalMetrics) *float64 { return m.Closeness }},
		{"harmonic", func(m *domain.ProfessionalMetrics) *float64 { return m.Harmonic }},
		{"pagerank", func(m *domain.ProfessionalMetrics) *float64 { return m.PageRank }},
		{"eigenvector", func(m *domain.ProfessionalMetrics) *float64 { return m.Eigenvector }},
		{"clustering", func(m *domain.ProfessionalMetrics) *float64 { return m.Clustering }},
		{"betweenness_directed", func(m *domain.ProfessionalMetrics) *float64 { return m.BetweennessDirected }},
		{"betweenness_weighted", func(m *domain.ProfessionalMetrics) *float64 { return m.BetweennessWeighted }},
	} {
		col(c.name, "double", func(m *domain.ProfessionalMetrics) any {
			if v := c.get(m); v != nil {
				return *v
			}
			return nil
		})
	}
	col("core_number", "int", func(m *domain.ProfessionalMetrics) any {
		if m.CoreNumber == nil {
			return nil
		}
		return *m.CoreNumber
	})
}

// NetworkAttrs are an export's graph-level attributes: the whole
// network's measures of an analysis, none without them.
func NetworkAttrs(n *domain.NetworkMeasures) []analysis.GraphAttr {
	if n == nil {
		return nil
	}
	out := []analysis.GraphAttr{
		{Name: "density", Type: "double", Value: n.Density},
		{Name: "directed_density", Type: "double", Value: n.DirectedDensity},
		{Name: "transitivity", Type: "double", Value: n.Transitivity},
		{Name: "triangles", Type: "double", Value: n.Triangles},
		{Name: "weak_components", Type: "int", Value: n.WeakComponents.Count},
		{Name: "largest_weak_component", Type: "int", Value: n.WeakComponents.Largest},
		{Name: "strong_components", Type: "int", Value: n.StrongComponents.Count},
		{Name: "largest_strong_component", Type: "int", Value: n.StrongComponents.Largest},
		{Name: "ei_external", Type: "int", Value: n.EI.External},
		{Name: "ei_internal", Type: "int", Value: n.EI.Internal},
	}
	for _, x := range []struct {
		name string
		v    *float64
	}{{"reciprocity", n.Reciprocity}, {"assortativity", n.Assortativity}, {"directed_assortativity", n.DirectedAssortativity}, {"ei_index", n.EI.EIIndex}} {
		if x.v != nil {
			out = append(out, analysis.GraphAttr{Name: x.name, Type: "double", Value: *x.v})
		}
	}
	for _, t := range n.TriadCensus {
		out = append(out, analysis.GraphAttr{Name: "triad_" + t.Type, Type: "double", Value: t.Count})
	}
	return out
}
