package neo4jstore

import (
	"context"
	"math"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/domain"
)

// ConversationNetwork is the window's projection (as the analysis step and
// the exports read it) with each professional whole and their degrees and
// acts, for the dashboard's network view. One transaction: the projection's
// statements, then the professionals by id.
//
// It reads every tie of the window, like the exports: fine for a
// community or a few thousand members, and the question to move into the
// read model (package ties) if whole networks of 100k members are drawn.
func (s *Store) ConversationNetwork(ctx context.Context, w domain.Window, community string) (*domain.ConversationNetwork, error) {
	return readTx(ctx, s, "conversationNetwork", func(ctx context.Context, tx neo4j.ManagedTransaction) (*domain.ConversationNetwork, error) {
		proj, err := readProjection(ctx, tx, w, community)
		if err != nil {
			return nil, err
		}
		g, err := proj.Graph()
		if err != nil {
			return nil, err
		}
		people, err := professionalsByID(ctx, tx, g.IDs)
		if err != nil {
			return nil, err
		}
		return networkOf(g, people, w, community), nil
	})
}

// networkOf lays out g for the API: nodes in g's (id) order with their
// degrees, and each undirected pair once, by source then target.
func networkOf(g *analysis.Graph, people map[string]*domain.Professional, w domain.Window, community string) *domain.ConversationNetwork {
	d := analysis.ComputeDegrees(g)
	net := &domain.ConversationNetwork{Since: w.Since, Until: w.Until,
		Nodes: make([]*domain.NetworkNode, 0, g.N()), Ties: make([]*domain.NetworkTie, 0, g.Edges())}
	if community != "" {
		net.Community = &community
	}
	for u, id := range g.IDs {
		p := people[id]
		if p == nil {
			// Read in the same transaction as the ties, so only a
			// professional without a node could be missing: keep the id.
			p = &domain.Professional{ID: id, Kind: domain.KindPerson}
		}
		net.Nodes = append(net.Nodes, &domain.NetworkNode{Professional: p, Degree: d.Und[u], InDegree: d.In[u], OutDegree: d.Out[u],
			ActsReceived: int(math.Round(d.StrengthIn[u])), ActsSent: int(math.Round(d.StrengthOut[u]))})
		vs, ws := g.Und(u)
		for i, v := range vs {
			if int(v) > u {
				net.Ties = append(net.Ties, &domain.NetworkTie{Source: u, Target: int(v), Acts: int(math.Round(ws[i]))})
			}
		}
	}
	return net
}
