package graph

import (
	"context"

	"github.com/peergraph/peergraph/domain"
)

// Questions answers the questions that read many ties at once (a read model
// of the graph, package ties), in place of the store's own Cypher; its
// SetOptOut must keep those answers in step with the choice.
type Questions interface {
	Connectors(ctx context.Context, q domain.ConnectorQuery) ([]*domain.Connector, error)
	SuggestPeers(ctx context.Context, professionalIDs []string, q domain.PeerQuery) (map[string][]*domain.PeerSuggestion, error)
	IsolatedMembers(ctx context.Context, q domain.IsolationQuery) (*domain.IsolationConnection, error)
	ProfessionLinks(ctx context.Context, q domain.LinkQuery) ([]*domain.ProfessionLinkPeriod, error)
	SetOptOut(ctx context.Context, professionalID string, optedOut bool) error
}

// WithQuestions is s with connectors, suggestPeers, isolatedMembers,
// professionLinks and setOptOut answered by q; give it to the Resolver and the LoaderExtension
// both.
func WithQuestions(s Store, q Questions) Store { return questionStore{s, q} }

type questionStore struct {
	Store
	q Questions
}

func (s questionStore) Connectors(ctx context.Context, q domain.ConnectorQuery) ([]*domain.Connector, error) {
	return s.q.Connectors(ctx, q)
}

func (s questionStore) SuggestPeers(ctx context.Context, ids []string, q domain.PeerQuery) (map[string][]*domain.PeerSuggestion, error) {
	return s.q.SuggestPeers(ctx, ids, q)
}

func (s questionStore) IsolatedMembers(ctx context.Context, q domain.IsolationQuery) (*domain.IsolationConnection, error) {
	return s.q.IsolatedMembers(ctx, q)
}

func (s questionStore) ProfessionLinks(ctx context.Context, q domain.LinkQuery) ([]*domain.ProfessionLinkPeriod, error) {
	return s.q.ProfessionLinks(ctx, q)
}

func (s questionStore) SetOptOut(ctx context.Context, professionalID string, optedOut bool) error {
	return s.q.SetOptOut(ctx, professionalID, optedOut)
}
