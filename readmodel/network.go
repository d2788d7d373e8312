package readmodel

import (
	"math"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/domain"
)

// ConversationNetwork is the window's projection (as the analysis step and
// the exports read it) with each professional whole and their degrees and
// acts, for the dashboard's network view: nodes in id order, each
// undirected pair once, by source then target.
func (m *Model) ConversationNetwork(w domain.Window, community string) (*domain.ConversationNetwork, error) {
	proj, err := m.Projection(w, community)
	if err != nil {
		return nil, err
	}
	g, err := proj.Graph()
	if err != nil {
		return nil, err
	}
	d := analysis.ComputeDegrees(g)
	net := &domain.ConversationNetwork{Since: w.Since, Until: w.Until,
		Nodes: make([]*domain.NetworkNode, 0, g.N()), Ties: make([]*domain.NetworkTie, 0, g.Edges())}
	if community != "" {
		net.Community = &community
	}
	for u, id := range g.IDs {
		p, _ := m.people.lookup(id)
		net.Nodes = append(net.Nodes, &domain.NetworkNode{Professional: m.professional(p), Degree: d.Und[u], InDegree: d.In[u], OutDegree: d.Out[u],
			ActsReceived: int(math.Round(d.StrengthIn[u])), ActsSent: int(math.Round(d.StrengthOut[u]))})
		vs, ws := g.Und(u)
		for i, v := range vs {
			if int(v) > u {
				net.Ties = append(net.Ties, &domain.NetworkTie{Source: u, Target: int(v), Acts: int(math.Round(ws[i]))})
			}
		}
	}
	return net, nil
}
