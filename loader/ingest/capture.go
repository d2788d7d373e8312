package ingest

import (
	"context"
	"slices"

	"github.com/peergraph/peergraph/neo4jstore"
)

// Captured receives the rows a load into an empty graph would write, in
// the order the load writes them; they are copies, the receiver's to keep
// (the load reuses its own buffers). A nil function drops its rows.
type Captured struct {
	Chats  func([]neo4jstore.ChatRow)
	Roster func([]neo4jstore.RosterRow)
	Posts  func(neo4jstore.PostBatch)
}

// Capture reads and checks the files as a load into an empty graph does
// (DryRun's answers: the same summary, rejects and report) and hands over
// the rows that load would write: the chats of the catalogues and of the
// hashtag bursts, the roster's professionals, and each batch of accounts
// and posts with the chat each post was assigned. It writes nothing. The
// bench's same-work baseline writes these rows its own way, so that the
// loader and the baseline do the same work from the same parsing.
func Capture(ctx context.Context, files []string, opts Options, c Captured) (*Summary, error) {
	sum, err := Run(ctx, &capturingGraph{emptyGraph: newEmptyGraph(), c: c}, files, opts)
	if sum != nil {
		sum.DryRun = true
	}
	return sum, err
}

type capturingGraph struct {
	*emptyGraph
	c Captured
}

func (g *capturingGraph) WriteChats(ctx context.Context, rows []neo4jstore.ChatRow) error {
	if g.c.Chats != nil {
		g.c.Chats(slices.Clone(rows))
	}
	return g.emptyGraph.WriteChats(ctx, rows)
}

func (g *capturingGraph) WriteRosterRows(ctx context.Context, rows []neo4jstore.RosterRow) ([]neo4jstore.RosterOverride, error) {
	if g.c.Roster != nil {
		g.c.Roster(slices.Clone(rows))
	}
	return g.emptyGraph.WriteRosterRows(ctx, rows)
}

func (g *capturingGraph) WritePostBatch(ctx context.Context, b neo4jstore.PostBatch) (neo4jstore.PostsWritten, error) {
	if g.c.Posts != nil {
		own := b
		own.Posts, own.Accounts = slices.Clone(b.Posts), slices.Clone(b.Accounts)
		g.c.Posts(own)
	}
	return g.emptyGraph.WritePostBatch(ctx, b)
}
