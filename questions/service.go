// Package questions is peergraph's question service (domain.QuestionService):
// the one place the API's questions are answered. The questions that read
// the whole graph come from the read model (package readmodel), scored by
// package scoring; reads by id come from Neo4j, the store of record
// (package neo4jstore). The GraphQL resolvers call it and nothing else.
package questions

import (
	"context"
	"encoding/json"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/readmodel"
	"github.com/peergraph/peergraph/scoring"
)

// Store is what the service reads and writes by id in Neo4j.
type Store interface {
	Professionals(ctx context.Context, f domain.ProfessionalFilter, page domain.Page) (*domain.ProfessionalConnection, error)
	CountProfessionals(ctx context.Context, f domain.ProfessionalFilter) (int, error)
	Professions(ctx context.Context) ([]*domain.Profession, error)
	Chat(ctx context.Context, id string) (*domain.Chat, error)
	Chats(ctx context.Context, f domain.ChatFilter, page domain.Page) (*domain.ChatConnection, error)
	CountChats(ctx context.Context, f domain.ChatFilter) (int, error)
	AccountsOf(ctx context.Context, professionalIDs []string) (map[string][]*domain.Account, error)
	HostsOf(ctx context.Context, chatIDs []string) (map[string][]*domain.Professional, error)
	ChatsOf(ctx context.Context, professionalIDs []string, w domain.Window) (map[string][]*domain.Chat, error)
	ChatSummaries(ctx context.Context, chatIDs []string) (map[string]neo4jstore.ChatSummary, error)
	Path(ctx context.Context, fromID, toID string, maxHops int) (*domain.Path, error)
	Transcripts(ctx context.Context, chatIDs []string, page domain.Page) (map[string]*domain.PostConnection, error)
	MetricsOf(ctx context.Context, professionalIDs []string, sel domain.AnalysisSelector) (map[string]*domain.ProfessionalMetrics, error)
	Clusters(ctx context.Context, sel domain.AnalysisSelector, first, membersFirst int) (*domain.ClusterReport, error)
	AnalysisByID(ctx context.Context, id string) (*domain.Analysis, error)
	PairBetweenness(ctx context.Context, q domain.PairBetweennessQuery) (*domain.PairBetweennessConnection, error)
	GroupBetweenness(ctx context.Context, ids []string, a, b string, sel domain.AnalysisSelector) (map[string]float64, *domain.Analysis, error)
	SetOptOutVersion(ctx context.Context, professionalID string, optedOut bool) (string, error)
}

// Models is the read model as the service asks it: the model to answer
// from (nil before the first), how fresh an answer from it is, and an
// opt-out to apply at once.
type Models interface {
	Model() *readmodel.Model
	Freshness(m *readmodel.Model) domain.Freshness
	Override(professionalID string, optedOut bool, version string)
}

// Service answers the API's questions.
type Service struct {
	Store
	models Models
}

var _ domain.QuestionService = (*Service)(nil)

// New makes the service over a store and a read model.
func New(store Store, models Models) *Service { return &Service{Store: store, models: models} }

// errNoModel is the answer while the first model is being built: at once,
// rather than after a deadline.
var errNoModel = &domain.Error{Code: domain.EUNAVAILABLE,
	Message: "the read model is still being built (the server has just started); ask again in a moment"}

// model is the model to answer from, its freshness noted on ctx.
func (s *Service) model(ctx context.Context) (*readmodel.Model, error) {
	m := s.models.Model()
	if m == nil {
		return nil, errNoModel
	}
	domain.NoteFreshness(ctx, s.models.Freshness(m))
	return m, nil
}

// ProfessionalByHandle finds the professional behind a handle, from the
// read model (opted-out professionals are not found).
func (s *Service) ProfessionalByHandle(ctx context.Context, handle string) (*domain.Professional, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	return m.ByHandle(handle, false)
}

// ResolveHandle is ProfessionalByHandle that finds opted-out professionals
// too: for the access rules and for opting back in, never for naming
// anyone.
func (s *Service) ResolveHandle(ctx context.Context, handle string) (*domain.Professional, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	return m.ByHandle(handle, true)
}

// Connectors answers who brokers between two professions.
func (s *Service) Connectors(ctx context.Context, q domain.ConnectorQuery) ([]*domain.Connector, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	return readmodel.Answer(m, answerKey("connectors", q), func(m *readmodel.Model) ([]*domain.Connector, error) {
		cs := m.Connectors(q)
		for _, c := range cs {
			c.Query = q
		}
		return cs, nil
	})
}

// SuggestPeers suggests peers for each professional.
func (s *Service) SuggestPeers(ctx context.Context, ids []string, q domain.PeerQuery) (map[string][]*domain.PeerSuggestion, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	return m.SuggestPeers(ids, q), nil
}

// IsolatedMembers ranks a community's members by isolation.
func (s *Service) IsolatedMembers(ctx context.Context, q domain.IsolationQuery) (*domain.IsolationConnection, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	if q.Page.First*(1+q.Suggestions) > maxKeptIsolationObjects {
		return m.IsolatedMembers(q)
	}
	return readmodel.Answer(m, answerKey("isolatedMembers", q), func(m *readmodel.Model) (*domain.IsolationConnection, error) {
		return m.IsolatedMembers(q)
	})
}

// maxKeptIsolationObjects bounds the reports and suggested peers an
// isolation answer a model keeps may hold (a page of 20 with 100
// suggestions each is kept; 100 with 100 each is computed on every ask),
// so that 64 kept answers stay a few tens of MB whoever asks.
const maxKeptIsolationObjects = 2500

// TiePersistence counts how often ties first made in multidisciplinary
// and single-profession chats recur.
func (s *Service) TiePersistence(ctx context.Context, q domain.PersistenceQuery) ([]*domain.TiePersistence, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	return m.TiePersistence(q)
}

// NewestChatEnd is when the newest chat ended: from the read model, or
// before the first model from Neo4j, so that the questions Neo4j answers
// have their default window from the start.
func (s *Service) NewestChatEnd(ctx context.Context) (time.Time, error) {
	if m := s.models.Model(); m != nil {
		return m.NewestChatEnd(), nil
	}
	return domain.NewestChatEnd(ctx, s.Store)
}

// ProfessionLinks counts conversational acts between professions.
func (s *Service) ProfessionLinks(ctx context.Context, q domain.LinkQuery) ([]*domain.ProfessionLinkPeriod, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	if len(scoring.LinkPeriods(q.Window, q.Interval)) > maxKeptPeriods {
		return m.ProfessionLinks(q)
	}
	return readmodel.Answer(m, answerKey("professionLinks", q), func(m *readmodel.Model) ([]*domain.ProfessionLinkPeriod, error) {
		return m.ProfessionLinks(q)
	})
}

// maxKeptPeriods bounds the profession links a model keeps an answer of:
// three years by month (about 7,000 cells); longer series are computed on
// every ask rather than held.
const maxKeptPeriods = 36

// answerKey names a whole-graph question and everything it was asked with
// (every field of its query, so that no two different questions share an
// answer), for the answers the model keeps (readmodel.Answer).
func answerKey(question string, q any) string {
	b, err := json.Marshal(q)
	if err != nil {
		// The queries are plain values; a failure is a bug, and a key of
		// its own keeps it from sharing anyone's answer.
		return question + " unkeyable " + err.Error()
	}
	return question + " " + string(b)
}

// PartnersOf is each professional's conversational partners in the
// window, from the read model.
func (s *Service) PartnersOf(ctx context.Context, ids []string, w domain.Window) (map[string][]*domain.Partner, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	return m.Partners(ids, w), nil
}

// ProfessionsAndCommunitiesOf is each professional's profession claims and
// communities, from the read model: a professional's page is then one read
// of memory with the partners beside it, no round trip to Neo4j.
func (s *Service) ProfessionsAndCommunitiesOf(ctx context.Context, ids []string) (map[string]*domain.ProfessionsAndCommunities, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	return m.ProfessionsAndCommunities(ids), nil
}

// Communities is every community with its member and chat counts, from
// the read model.
func (s *Service) Communities(ctx context.Context) ([]*domain.Community, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	return m.Communities(), nil
}

// CommunitiesByName is the named communities, from the read model.
func (s *Service) CommunitiesByName(ctx context.Context, names []string) (map[string]*domain.Community, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	return m.CommunitiesByName(names), nil
}

// EgoNetworks are each professional's ego network in the window, from the
// read model.
func (s *Service) EgoNetworks(ctx context.Context, ids []string, w domain.Window, first int) (map[string]*domain.EgoNetwork, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	return m.EgoNetworks(ids, w, first), nil
}

// ConversationNetwork is the window's tie graph for the dashboard's
// network view, from the read model.
func (s *Service) ConversationNetwork(ctx context.Context, w domain.Window, community string) (*domain.ConversationNetwork, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	return m.ConversationNetwork(w, community)
}

// Projection is the window's conversational-tie graph the analysis step
// and the research exports read, from the read model.
func (s *Service) Projection(ctx context.Context, w domain.Window, community string) (*readmodel.Projection, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	return m.Projection(w, community)
}

// ChatSummaries summarises chats: posts, participants and texts from
// Neo4j, their top terms counted by scoring.Terms, and the
// cross-profession ties from the read model.
func (s *Service) ChatSummaries(ctx context.Context, ids []string) (map[string]*domain.ChatSummary, error) {
	m, err := s.model(ctx)
	if err != nil {
		return nil, err
	}
	found, err := s.Store.ChatSummaries(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*domain.ChatSummary, len(found))
	for id, c := range found {
		c.Summary.Terms = scoring.Terms(c.Texts)
		c.Summary.CrossProfessionTies = m.CrossProfessionTies(id)
		out[id] = c.Summary
	}
	return out, nil
}

// SetOptOut records a professional's choice in the graph, and applies it
// to the read model at once.
func (s *Service) SetOptOut(ctx context.Context, professionalID string, optedOut bool) error {
	v, err := s.Store.SetOptOutVersion(ctx, professionalID, optedOut)
	if err != nil {
		return err
	}
	s.models.Override(professionalID, optedOut, v)
	return nil
}
