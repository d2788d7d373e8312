package ingest

import (
	"context"
	"hash/maphash"

	"github.com/peergraph/peergraph/internal/hashset"
	"github.com/peergraph/peergraph/neo4jstore"
)

// DryRun reads and checks the files as Run does, with the same summary,
// rejects and report, and writes nothing: it does not need Neo4j. It
// answers as an empty graph would: a post the graph already holds counts
// as loaded, not as a duplicate, a reply to it as waiting, and the
// communities whose hashtag bursts make chats are only those of the load's
// own rosters and catalogues.
func DryRun(ctx context.Context, files []string, opts Options) (*Summary, error) {
	sum, err := Run(ctx, newEmptyGraph(), files, opts)
	if sum != nil {
		sum.DryRun = true
	}
	return sum, err
}

// emptyGraph is the Store of a dry run: a graph empty at the start that
// keeps nothing but the ids (and aliases) of the posts written to it, so
// that a post repeated across files is a duplicate as in a real load, and
// the targets that replies wait for, to count them. Ids are kept as 64-bit hashes, up
// to maxSightings posts; past that, a post repeated from an earlier file
// counts as loaded and a reply to it as waiting.
type emptyGraph struct {
	seed    maphash.Seed
	posts   hashset.Set
	waiting map[uint64]int64 // reply target -> replies waiting for it
}

func newEmptyGraph() *emptyGraph {
	return &emptyGraph{seed: maphash.MakeSeed(), waiting: map[uint64]int64{}}
}

func (g *emptyGraph) WriteChats(context.Context, []neo4jstore.ChatRow) error { return nil }
func (g *emptyGraph) WriteRosterRows(context.Context, []neo4jstore.RosterRow) ([]neo4jstore.RosterOverride, error) {
	return nil, nil
}
func (g *emptyGraph) DanglingTargets(context.Context, func(string)) error { return nil }
func (g *emptyGraph) ChatsForAssignment(context.Context) ([]neo4jstore.KnownChat, error) {
	return nil, nil
}
func (g *emptyGraph) CommunityHashtags(context.Context) (map[string]string, error) {
	return map[string]string{}, nil
}
func (g *emptyGraph) RefreshStale(context.Context, int, func(neo4jstore.RefreshStats)) (neo4jstore.RefreshStats, error) {
	return neo4jstore.RefreshStats{}, nil
}

func (g *emptyGraph) WaitingReplies(context.Context) (int64, error) {
	var n int64
	for _, c := range g.waiting {
		n += c
	}
	return n, nil
}

// WritePostBatch answers as the store does: posts it had are duplicates,
// and a reply links to a parent in the graph or in the same batch.
func (g *emptyGraph) WritePostBatch(_ context.Context, b neo4jstore.PostBatch) (neo4jstore.PostsWritten, error) {
	var out neo4jstore.PostsWritten
	var fresh []neo4jstore.PostRow
	for _, p := range b.Posts {
		h := maphash.String(g.seed, p.ID)
		if g.posts.Has(h) {
			out.Had = append(out.Had, p.ID)
			continue
		}
		// A reply may name its parent by one of its aliases (which cannot be
		// a post's id: they have a prefix of their own).
		for _, name := range append([]string{p.ID}, p.Aliases...) {
			h := maphash.String(g.seed, name)
			if g.posts.Len() < maxSightings {
				g.posts.Add(h)
			}
			delete(g.waiting, h)
		}
		out.Created++
		fresh = append(fresh, p)
	}
	for _, p := range fresh {
		if p.ReplyTo == "" {
			continue
		}
		if h := maphash.String(g.seed, p.ReplyTo); !g.posts.Has(h) {
			g.waiting[h]++
		}
	}
	return out, nil
}
