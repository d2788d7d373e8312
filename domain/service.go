package domain

import (
	"context"
	"time"
)

// QuestionService is everything the API asks of peergraph, in the users'
// words: the questions about the whole graph (answered from the read
// model), and the reads by id and the writes of the store of record.
// Package questions implements it; the GraphQL resolvers call it and
// nothing else. Batch methods (…Of, …ByName) take many keys at once so
// that a nested query costs one call per field, not one per parent.
type QuestionService interface {
	// The questions that read the whole graph: from the read model, each
	// answer's freshness noted on ctx (NoteFreshness); UNAVAILABLE at once
	// while there is no model yet.
	Connectors(ctx context.Context, q ConnectorQuery) ([]*Connector, error)
	SuggestPeers(ctx context.Context, professionalIDs []string, q PeerQuery) (map[string][]*PeerSuggestion, error)
	IsolatedMembers(ctx context.Context, q IsolationQuery) (*IsolationConnection, error)
	ProfessionLinks(ctx context.Context, q LinkQuery) ([]*ProfessionLinkPeriod, error)
	TiePersistence(ctx context.Context, q PersistenceQuery) ([]*TiePersistence, error)
	// NewestChatEnd is when the newest chat ended, zero with no chat: where
	// default windows end (WindowEnd).
	NewestChatEnd(ctx context.Context) (time.Time, error)
	// GroupBetweenness is the connectors' shares of shortest paths between
	// two professions, from a stored analysis, with that analysis.
	GroupBetweenness(ctx context.Context, professionalIDs []string, between, and string, sel AnalysisSelector) (map[string]float64, *Analysis, error)

	// By id and by filter.
	ProfessionalByHandle(ctx context.Context, handle string) (*Professional, error)
	Professionals(ctx context.Context, f ProfessionalFilter, page Page) (*ProfessionalConnection, error)
	CountProfessionals(ctx context.Context, f ProfessionalFilter) (int, error)
	Professions(ctx context.Context) ([]*Profession, error)
	Communities(ctx context.Context) ([]*Community, error)
	Chat(ctx context.Context, id string) (*Chat, error)
	Chats(ctx context.Context, f ChatFilter, page Page) (*ChatConnection, error)
	CountChats(ctx context.Context, f ChatFilter) (int, error)
	AccountsOf(ctx context.Context, professionalIDs []string) (map[string][]*Account, error)
	ProfessionsAndCommunitiesOf(ctx context.Context, professionalIDs []string) (map[string]*ProfessionsAndCommunities, error)
	CommunitiesByName(ctx context.Context, names []string) (map[string]*Community, error)
	HostsOf(ctx context.Context, chatIDs []string) (map[string][]*Professional, error)
	PartnersOf(ctx context.Context, professionalIDs []string, w Window) (map[string][]*Partner, error)
	ChatsOf(ctx context.Context, professionalIDs []string, w Window) (map[string][]*Chat, error)
	ChatSummaries(ctx context.Context, chatIDs []string) (map[string]*ChatSummary, error)
	Path(ctx context.Context, fromID, toID string, maxHops int) (*Path, error)
	// The dashboard's views.
	Transcripts(ctx context.Context, chatIDs []string, page Page) (map[string]*PostConnection, error)
	EgoNetworks(ctx context.Context, professionalIDs []string, w Window, first int) (map[string]*EgoNetwork, error)
	// ConversationNetwork is a window's whole tie graph (of a community's
	// chats, when given) with each professional's degrees, from the read
	// model.
	ConversationNetwork(ctx context.Context, w Window, community string) (*ConversationNetwork, error)
	// The analysis step's results.
	MetricsOf(ctx context.Context, professionalIDs []string, sel AnalysisSelector) (map[string]*ProfessionalMetrics, error)
	Clusters(ctx context.Context, sel AnalysisSelector, first, membersFirst int) (*ClusterReport, error)
	AnalysisByID(ctx context.Context, id string) (*Analysis, error)
	// PairBetweenness pages the professionals by their share of the
	// shortest paths between two professions, from a stored analysis.
	PairBetweenness(ctx context.Context, q PairBetweennessQuery) (*PairBetweennessConnection, error)

	// Access. ResolveHandle finds a professional whether or not they opted
	// out: for checking who a token may ask about and for opting back in,
	// never for naming anyone. SetOptOut applies at once to every answer.
	ResolveHandle(ctx context.Context, handle string) (*Professional, error)
	SetOptOut(ctx context.Context, professionalID string, optedOut bool) error
}
