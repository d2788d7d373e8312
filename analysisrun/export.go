package analysisrun

import (
	"slices"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/readmodel"
)

// ExportOf is the export of a projection with each node's profession and,
// where it has them, its figures (metrics[u] nil for none).
func ExportOf(g *analysis.Graph, proj *readmodel.Projection, metrics []*domain.ProfessionalMetrics) *analysis.Export {
	n := g.N()
	names := map[string]string{}
	for _, p := range proj.Nodes {
		names[p.ID] = p.Name
	}
	e := &analysis.Export{G: g, Labels: make([]string, n)}
	col := func(name, typ string, f func(m *domain.ProfessionalMetrics) any) {
		a := analysis.Attr{Name: name, Type: typ, Values: make([]any, n)}
		for u := 0; u < n; u++ {
			if u < len(metrics) && metrics[u] != nil {
				a.Values[u] = f(metrics[u])
			}
		}
		e.Attrs = append(e.Attrs, a)
	}
	prof := analysis.Attr{Name: "profession", Type: "string", Values: make([]any, n)}
	for u := 0; u < n; u++ {
		e.Labels[u] = names[g.IDs[u]]
		prof.Values[u] = g.Group(u)
	}
	e.Attrs = append(e.Attrs, prof)
	col("in_degree", "int", func(m *domain.ProfessionalMetrics) any { return m.InDegree })
	col("out_degree", "int", func(m *domain.ProfessionalMetrics) any { return m.OutDegree })
	col("degree", "int", func(m *domain.ProfessionalMetrics) any { return m.Degree })
	col("strength", "double", func(m *domain.ProfessionalMetrics) any { return m.Strength })
	col("betweenness", "double", func(m *domain.ProfessionalMetrics) any { return m.Betweenness })
	col("betweenness_raw", "double", func(m *domain.ProfessionalMetrics) any { return m.BetweennessRaw })
	col("constraint", "double", func(m *domain.ProfessionalMetrics) any {
		if m.Constraint == nil {
			return nil
		}
		return *m.Constraint
	})
	col("effective_size", "double", func(m *domain.ProfessionalMetrics) any {
		if m.EffectiveSize == nil {
			return nil
		}
		return *m.EffectiveSize
	})
	col("cluster", "int", func(m *domain.ProfessionalMetrics) any { return m.Cluster })
	col("coordinator", "int", func(m *domain.ProfessionalMetrics) any { return m.Brokerage.Coordinator })
	col("itinerant", "int", func(m *domain.ProfessionalMetrics) any { return m.Brokerage.Itinerant })
	col("gatekeeper", "int", func(m *domain.ProfessionalMetrics) any { return m.Brokerage.Gatekeeper })
	col("representative", "int", func(m *domain.ProfessionalMetrics) any { return m.Brokerage.Representative })
	col("liaison", "int", func(m *domain.ProfessionalMetrics) any { return m.Brokerage.Liaison })
	centralityColumns(col)
	pairBetweenness(e, metrics)
	return e
}

// pairBetweenness adds each professional's pair betweenness: a column a
// pair of professions ("pair_betweenness[a|b]", 0 for a professional of
// the analysis without a share) and the long rows of
// pair-betweenness.csv.
func pairBetweenness(e *analysis.Export, metrics []*domain.ProfessionalMetrics) {
	var keys []string
	for u, m := range metrics {
		if m == nil {
			continue
		}
		for _, s := range m.PairBetweenness {
			e.PairShares = append(e.PairShares, analysis.PairShare{Node: u, Between: s.Between, And: s.And, Share: s.Share})
			if k := s.Between + "|" + s.And; !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	n := e.G.N()
	for _, k := range keys {
		a := analysis.Attr{Name: "pair_betweenness[" + k + "]", Type: "double", Values: make([]any, n)}
		for u := 0; u < n && u < len(metrics); u++ {
			if metrics[u] != nil {
				a.Values[u] = 0.0
			}
		}
		e.Attrs = append(e.Attrs, a)
	}
	for _, p := range e.PairShares {
		i := len(e.Attrs) - len(keys) + slices.Index(keys, p.Between+"|"+p.And)
		e.Attrs[i].Values[p.Node] = p.Share
	}
}

// MetricsOfRecord lines a record's metrics up with the graph's nodes.
func MetricsOfRecord(g *analysis.Graph, rec *neo4jstore.AnalysisRecord) []*domain.ProfessionalMetrics {
	out := make([]*domain.ProfessionalMetrics, g.N())
	for i := range rec.Metrics {
		if u, ok := g.Index(rec.Metrics[i].ID); ok {
			out[u] = &rec.Metrics[i].Metrics
		}
	}
	return out
}

// MetricsByID lines stored metrics up with the graph's nodes.
func MetricsByID(g *analysis.Graph, m map[string]*domain.ProfessionalMetrics) []*domain.ProfessionalMetrics {
	out := make([]*domain.ProfessionalMetrics, g.N())
	for u, id := range g.IDs {
		out[u] = m[id]
	}
	return out
}
