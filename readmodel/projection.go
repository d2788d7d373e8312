package readmodel

import (
	"cmp"
	"context"
	"slices"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
)

// Projection is the conversational-tie graph of a window, as the analysis
// step reads it: directed pairs with their conversational acts (the tie's
// totals), and the professionals at their ends.
type Projection struct {
	Nodes []ProjectionNode
	Arcs  []ProjectionArc
}

// ProjectionNode is a professional of a projection; a professional without
// a profession is of "unknown".
type ProjectionNode struct {
	ID, Name, Profession string
}

// ProjectionArc is one directed tie: From addressed To Acts times.
type ProjectionArc struct {
	From, To string
	Acts     int
}

// Graph is the projection in memory, for package analysis.
func (p *Projection) Graph() (*analysis.Graph, error) {
	b := analysis.NewBuilder()
	for _, n := range p.Nodes {
		b.AddNode(n.ID, n.Profession)
	}
	for _, a := range p.Arcs {
		b.AddArc(a.From, a.To, float64(a.Acts))
	}
	return b.Build()
}

// Projection is the window's conversational ties (tieIn) between
// professionals who have not opted out, with a community only those made
// in its chats (as connectors selects them), and the professionals at
// their ends, by id. An unknown community is an error naming it.
func (m *Model) Projection(w domain.Window, community string) (*Projection, error) {
	win := windowOf(w)
	var inCommunity []bool
	if community != "" {
		ci, ok := m.communities.lookup(community)
		if !ok {
			return nil, domain.NoCommunity(community)
		}
		inCommunity = make([]bool, len(m.chats.list))
		for _, ch := range m.communityChats.row(ci) {
			inCommunity[ch] = true
		}
	}
	p := &Projection{}
	seen := make([]bool, len(m.people.list))
	// Ties are numbered the latest lastAt first: those of the window are a
	// prefix.
	for t := range int32(len(m.tieFrom)) {
		if m.tieLast[t] < win.since {
			break
		}
		u, v := m.tieFrom[t], m.tieTo[t]
		if u == v || !m.tieIn(t, win) || m.optedOut[u] || m.optedOut[v] {
			continue
		}
		if inCommunity != nil && !slices.ContainsFunc(m.tieChats.row(t), func(ch int32) bool { return inCommunity[ch] }) {
			continue
		}
		p.Arcs = append(p.Arcs, ProjectionArc{From: m.people.list[u], To: m.people.list[v], Acts: int(m.tieConv[t])})
		for _, x := range [2]int32{u, v} {
			if !seen[x] {
				seen[x] = true
				p.Nodes = append(p.Nodes, ProjectionNode{ID: m.people.list[x], Name: m.name[x], Profession: m.professionOf(x)})
			}
		}
	}
	slices.SortFunc(p.Nodes, func(a, b ProjectionNode) int { return cmp.Compare(a.ID, b.ID) })
	return p, nil
}

// ReadProjection builds a model from a snapshot of the graph and returns
// its projection: for a command that runs without a server's model (the
// loader's analyze and export).
func ReadProjection(ctx context.Context, snapshots Snapshots, w domain.Window, community string) (*Projection, error) {
	b := NewBuilder()
	version, err := snapshots.ReadSnapshot(ctx, b)
	if err != nil {
		return nil, err
	}
	return b.Finish(version).Projection(w, community)
}

var _ Snapshots = (*neo4jstore.Store)(nil)
