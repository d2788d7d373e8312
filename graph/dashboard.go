package graph

import (
	"context"
	"fmt"
	"sync"

	"github.com/graph-gophers/dataloader/v7"

	"github.com/peergraph/peergraph/domain"
)

// argLoaders holds one loader per set of field arguments, made on first
// use, so that a list whose items all ask the same page of a nested field
// costs one store call for all of them.
type argLoaders[V any] struct {
	mu    sync.Mutex
	byArg map[string]*dataloader.Loader[string, V]
}

func (a *argLoaders[V]) get(args string, batch func(context.Context, []string) (map[string]V, error)) *dataloader.Loader[string, V] {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.byArg == nil {
		a.byArg = map[string]*dataloader.Loader[string, V]{}
	}
	if ld, ok := a.byArg[args]; ok {
		return ld
	}
	ld := newLoader(batch)
	a.byArg[args] = ld
	return ld
}

// transcript loads a page of a chat's posts, batched across chats asked
// with the same page.
func (l *Loaders) transcript(s domain.QuestionService, p domain.Page) *dataloader.Loader[string, *domain.PostConnection] {
	return l.transcripts.get(fmt.Sprintf("%d|%s", p.First, p.After), func(ctx context.Context, ids []string) (map[string]*domain.PostConnection, error) {
		return s.Transcripts(ctx, ids, p)
	})
}

// egoNetwork loads ego networks, batched across professionals asked with
// the same window and size.
func (l *Loaders) egoNetwork(s domain.QuestionService, w domain.Window, first int) *dataloader.Loader[string, *domain.EgoNetwork] {
	return l.egoNetworks.get(windowKey(fmt.Sprint(first), w), func(ctx context.Context, ids []string) (map[string]*domain.EgoNetwork, error) {
		return s.EgoNetworks(ctx, ids, w, first)
	})
}

// groupShare is a connector's share of the shortest paths between its
// question's professions, and the analysis it comes from.
type groupShare struct {
	share    *float64
	analysis *domain.Analysis
}

// groupBetweennessOf loads connectors' shares, batched across the
// connectors of one question.
func (l *Loaders) groupBetweennessOf(s domain.QuestionService, q domain.ConnectorQuery) *dataloader.Loader[string, *groupShare] {
	key := fmt.Sprintf("%s|%s|%+v", q.Between, q.And, q.Analysis)
	return l.groupBetweenness.get(key, func(ctx context.Context, ids []string) (map[string]*groupShare, error) {
		shares, an, err := s.GroupBetweenness(ctx, ids, q.Between, q.And, q.Analysis)
		if err != nil {
			return nil, err
		}
		out := make(map[string]*groupShare, len(ids))
		for _, id := range ids {
			g := &groupShare{}
			if v, ok := shares[id]; ok {
				g.share, g.analysis = &v, an
			}
			out[id] = g
		}
		return out, nil
	})
}
