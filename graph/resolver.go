package graph

import (
	"context"
	"time"

	"github.com/peergraph/peergraph/domain"
)

// Store is what the GraphQL layer asks of the graph. Batch methods (…Of,
// …ByName) take many keys at once so that dataloaders can answer a nested
// query in one round trip per field instead of one per parent.
type Store interface {
	ProfessionalByHandle(ctx context.Context, handle string) (*domain.Professional, error)
	Professionals(ctx context.Context, f domain.ProfessionalFilter, page domain.Page) (*domain.ProfessionalConnection, error)
	CountProfessionals(ctx context.Context, f domain.ProfessionalFilter) (int, error)
	Professions(ctx context.Context) ([]*domain.Profession, error)
	Communities(ctx context.Context) ([]*domain.Community, error)
	Chat(ctx context.Context, id string) (*domain.Chat, error)
	Chats(ctx context.Context, f domain.ChatFilter, page domain.Page) (*domain.ChatConnection, error)
	CountChats(ctx context.Context, f domain.ChatFilter) (int, error)

	AccountsOf(ctx context.Context, professionalIDs []string) (map[string][]*domain.Account, error)
	ProfessionsOf(ctx context.Context, professionalIDs []string) (map[string][]*domain.ProfessionClaim, error)
	CommunitiesOf(ctx context.Context, professionalIDs []string) (map[string][]*domain.Community, error)
	CommunitiesByName(ctx context.Context, names []string) (map[string]*domain.Community, error)
	HostsOf(ctx context.Context, chatIDs []string) (map[string][]*domain.Professional, error)

	// The questions (neo4jstore/analysis.go, questions.go).
	PartnersOf(ctx context.Context, professionalIDs []string, w domain.Window) (map[string][]*domain.Partner, error)
	ChatsOf(ctx context.Context, professionalIDs []string, w domain.Window) (map[string][]*domain.Chat, error)
	ChatSummaries(ctx context.Context, chatIDs []string) (map[string]*domain.ChatSummary, error)
	Path(ctx context.Context, fromID, toID string, maxHops int) (*domain.Path, error)
	SuggestPeers(ctx context.Context, professionalIDs []string, q domain.PeerQuery) (map[string][]*domain.PeerSuggestion, error)
	Connectors(ctx context.Context, q domain.ConnectorQuery) ([]*domain.Connector, error)
	IsolatedMembers(ctx context.Context, q domain.IsolationQuery) (*domain.IsolationConnection, error)
	ProfessionLinks(ctx context.Context, q domain.LinkQuery) ([]*domain.ProfessionLinkPeriod, error)

	// Access (neo4jstore/optout.go). ResolveHandle finds a professional
	// whether or not they opted out: for checking who a token may ask about
	// and for opting back in, never for naming anyone.
	ResolveHandle(ctx context.Context, handle string) (*domain.Professional, error)
	SetOptOut(ctx context.Context, professionalID string, optedOut bool) error
	// The dashboard's views (neo4jstore/dashboard.go).
	Transcripts(ctx context.Context, chatIDs []string, page domain.Page) (map[string]*domain.PostConnection, error)
	EgoNetworks(ctx context.Context, professionalIDs []string, w domain.Window, first int) (map[string]*domain.EgoNetwork, error)
	ConversationNetwork(ctx context.Context, w domain.Window, community string) (*domain.ConversationNetwork, error)
	// The analysis step's results (neo4jstore/metrics.go).
	MetricsOf(ctx context.Context, professionalIDs []string, sel domain.AnalysisSelector) (map[string]*domain.ProfessionalMetrics, error)
	Clusters(ctx context.Context, sel domain.AnalysisSelector, first, membersFirst int) (*domain.ClusterReport, error)
	AnalysisByID(ctx context.Context, id string) (*domain.Analysis, error)
}

// Professions maps what users type ("RGN", "Pharmacists") to a canonical
// profession.
type Professions interface {
	Canonical(nameOrAlias string) (string, bool)
}

// Resolver is the root of the resolvers; it holds no per-request state
// (that lives in the loaders put on each request's context).
type Resolver struct {
	Store       Store
	Professions Professions
	// ProfessionalCursor and ChatCursor are the store's cursors, so that
	// edges carry the same cursor that pageInfo.endCursor does.
	ProfessionalCursor func(*domain.Professional) string
	ChatCursor         func(*domain.Chat) string
	// Now is the clock that default windows end at; nil for time.Now.
	Now func() time.Time
	// Access configures pseudonyms, small-cell suppression and the audit log.
	Access Access
	// Analyses runs the analysis step for startAnalysis; nil where the
	// process runs none (the mutation then answers UNAVAILABLE).
	Analyses Analyses
}
