package graph_test

import (
	"math"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/peergraph/peergraph/analysis"
)

// checkMoreMeasures asks GraphQL for the measures of issue 19 of every
// professional and of the whole network, as the analysis run stored them,
// and holds them to what package analysis computes on the same projection
// (want; its own tests hold it to networkx).
func checkMoreMeasures(t *testing.T, c *client.Client, g *analysis.Graph, want *analysis.Result) {
	t.Helper()
	var got struct {
		Professionals struct {
			Nodes []struct {
				ID      string
				Metrics *struct {
					Closeness, Harmonic, PageRank, Eigenvector, Clustering *float64
					BetweennessDirected, BetweennessWeighted               *float64
					CoreNumber                                             *int
					Analysis                                               struct {
						Network *struct {
							Density, DirectedDensity, Transitivity, Triangles float64
							Reciprocity, Assortativity                        *float64
							WeakComponents                                    struct{ Count, Largest int }
							Ei                                                struct {
								External, Internal int
								EIIndex            *float64
							}
							TriadCensus []struct {
								Type  string
								Count float64
							}
							PageRankConverged, PathBetweennessExact bool
						}
					}
				}
			}
		}
	}
	c.MustPost(`{ professionals(first: 100) { nodes { id metrics { closeness harmonic pageRank eigenvector clustering coreNumber
		betweennessDirected betweennessWeighted analysis { network { density directedDensity transitivity triangles reciprocity assortativity
		weakComponents { count largest } ei { external internal eiIndex } triadCensus { type count } pageRankConverged pathBetweennessExact } } } } } }`, &got)
	close := func(a *float64, b float64) bool { return a != nil && math.Abs(*a-b) <= 1e-12 }
	cen, nm := want.Centrality, want.Network
	seen := 0
	for _, p := range got.Professionals.Nodes {
		u, ok := g.Index(p.ID)
		if !ok || p.Metrics == nil {
			continue
		}
		seen++
		m := p.Metrics
		if !close(m.Closeness, cen.Paths.Closeness[u]) || !close(m.Harmonic, cen.Paths.Harmonic[u]) || !close(m.PageRank, cen.PageRank.Values[u]) ||
			!close(m.Eigenvector, cen.Eigenvector.Values[u]) || !close(m.Clustering, cen.Clustering.Local[u]) ||
			m.CoreNumber == nil || *m.CoreNumber != cen.Core[u] ||
			!close(m.BetweennessDirected, cen.Directed.Normalized[u]) || !close(m.BetweennessWeighted, cen.Weighted.Normalized[u]) {
			t.Errorf("%s: closeness %v harmonic %v pageRank %v eigenvector %v clustering %v core %v directed %v weighted %v; want %v %v %v %v %v %v %v %v",
				p.ID, m.Closeness, m.Harmonic, m.PageRank, m.Eigenvector, m.Clustering, m.CoreNumber, m.BetweennessDirected, m.BetweennessWeighted,
				cen.Paths.Closeness[u], cen.Paths.Harmonic[u], cen.PageRank.Values[u], cen.Eigenvector.Values[u], cen.Clustering.Local[u], cen.Core[u],
				cen.Directed.Normalized[u], cen.Weighted.Normalized[u])
		}
		n := m.Analysis.Network
		if n == nil {
			t.Fatalf("%s: the analysis has no network measures", p.ID)
		}
		if math.Abs(n.Density-nm.Density) > 1e-12 || math.Abs(n.DirectedDensity-nm.DirectedDensity) > 1e-12 || math.Abs(n.Transitivity-nm.Transitivity) > 1e-12 ||
			n.Triangles != float64(nm.Triangles) || !close(n.Reciprocity, nm.Reciprocity) || !close(n.Assortativity, nm.Assortativity) ||
			n.WeakComponents.Count != nm.Weak.Count() || n.WeakComponents.Largest != nm.Weak.Sizes[0] ||
			n.Ei.External != nm.External || n.Ei.Internal != nm.Internal || !close(n.Ei.EIIndex, *nm.EI) ||
			!n.PageRankConverged || !n.PathBetweennessExact || len(n.TriadCensus) != 16 {
			t.Errorf("network: %+v, want %+v", *n, *nm)
		}
		for i, tc := range n.TriadCensus {
			if tc.Type != analysis.TriadTypes[i] || tc.Count != float64(nm.TriadCensus[i]) {
				t.Errorf("triad %d: %+v, want %s %d", i, tc, analysis.TriadTypes[i], nm.TriadCensus[i])
			}
		}
	}
	if seen != g.N() {
		t.Errorf("new measures for %d of the projection's %d professionals", seen, g.N())
	}
}
