package graph

import (
	"context"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/graph-gophers/dataloader/v7"

	"github.com/peergraph/peergraph/domain"
)

// Loaders batch the nested fields of one request: every professional's
// accounts in a page are fetched by one statement, not one each.
type Loaders struct {
	accounts *dataloader.Loader[string, []*domain.Account]
	// professionsAndCommunities serves both fields of a professional: one
	// round trip when a query asks both, as a professional's page does.
	professionsAndCommunities *dataloader.Loader[string, *domain.ProfessionsAndCommunities]
	community                 *dataloader.Loader[string, *domain.Community]
	hosts                     *dataloader.Loader[string, []*domain.Professional]
	// Keyed by windowKey(id, window).
	partners *dataloader.Loader[string, []*domain.Partner]
	chats    *dataloader.Loader[string, []*domain.Chat]
	summary  *dataloader.Loader[string, *domain.ChatSummary]
	// groupBetweenness reads connectors' shares, one loader per question.
	groupBetweenness argLoaders[*groupShare]
	// handle resolves handles for the access rules, opted-out or not;
	// nil for no one (or a handle that resolves to no single professional).
	handle *dataloader.Loader[string, *domain.Professional]
	// The dashboard's fields, one loader per set of arguments.
	transcripts argLoaders[*domain.PostConnection]
	egoNetworks argLoaders[*domain.EgoNetwork]
	// Keyed by selectorKey(id, selector).
	metrics *dataloader.Loader[string, *domain.ProfessionalMetrics]
	// now is when the operation started; until where its default windows
	// end (Resolver.defaultUntil), found once.
	now       time.Time
	untilOnce sync.Once
	until     time.Time
	untilErr  error
	// audit gathers the operation's audited fields into its one line.
	audit auditTrail
}

// loaderWait is how long a loader gathers keys before it asks the store: long
// enough for gqlgen's concurrent field resolvers to queue their keys, short
// enough not to show in latency.
const loaderWait = 2 * time.Millisecond

// NewLoaders makes a fresh set of loaders; each request gets its own so that
// nothing is cached across requests.
func NewLoaders(s domain.QuestionService) *Loaders {
	return &Loaders{
		now:                       time.Now(),
		accounts:                  newLoader(s.AccountsOf),
		professionsAndCommunities: newLoader(s.ProfessionsAndCommunitiesOf),
		community:                 newLoader(s.CommunitiesByName),
		hosts:                     newLoader(s.HostsOf),
		partners:                  newLoader(windowed(s.PartnersOf)),
		chats:                     newLoader(windowed(s.ChatsOf)),
		summary:                   newLoader(s.ChatSummaries),
		handle:                    newLoader(resolveHandles(s)),
		metrics:                   newMetricsLoader(s),
	}
}

// newLoader wraps a batch method of the store: keys missing from its answer
// get empty (zero) values, and a failed batch fails each of its keys.
func newLoader[V any](batch func(context.Context, []string) (map[string]V, error)) *dataloader.Loader[string, V] {
	fn := func(ctx context.Context, keys []string) []*dataloader.Result[V] {
		found, err := batch(ctx, keys)
		out := make([]*dataloader.Result[V], len(keys))
		for i, k := range keys {
			if err != nil {
				out[i] = &dataloader.Result[V]{Error: err}
				continue
			}
			out[i] = &dataloader.Result[V]{Data: found[k]}
		}
		return out
	}
	return dataloader.NewBatchedLoader(fn,
		dataloader.WithWait[string, V](loaderWait),
		dataloader.WithBatchCapacity[string, V](domain.MaxPageSize*10),
		// The default in-memory cache lives as long as the loader: one operation.
	)
}

type loadersKey struct{}

// LoaderExtension gives every GraphQL operation a fresh set of loaders, so
// batching works however the schema is served (HTTP, tests, scripts), and
// writes the operation's audit line once it has run.
type LoaderExtension struct{ Questions domain.QuestionService }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = LoaderExtension{}

func (LoaderExtension) ExtensionName() string                   { return "Loaders" }
func (LoaderExtension) Validate(graphql.ExecutableSchema) error { return nil }

func (e LoaderExtension) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	l := NewLoaders(e.Questions)
	responses := next(context.WithValue(ctx, loadersKey{}, l))
	return func(ctx context.Context) *graphql.Response {
		resp := responses(ctx)
		l.audit.flush(ctx)
		return resp
	}
}

// loaders returns the operation's loaders. Without LoaderExtension there is
// no batching, which is a wiring bug, so it fails loudly.
func loaders(ctx context.Context) *Loaders {
	l, ok := ctx.Value(loadersKey{}).(*Loaders)
	if !ok {
		panic("graph: LoaderExtension is not installed on the handler")
	}
	return l
}

// resolveHandles resolves each handle on its own (they are few: the
// arguments of one request). A handle that is malformed, unknown or
// ambiguous resolves to nil, which the access rules read as "not yours";
// only a failure to reach the store is an error.
func resolveHandles(s domain.QuestionService) func(context.Context, []string) (map[string]*domain.Professional, error) {
	return func(ctx context.Context, handles []string) (map[string]*domain.Professional, error) {
		out := make(map[string]*domain.Professional, len(handles))
		for _, h := range handles {
			p, err := s.ResolveHandle(ctx, h)
			switch domain.ErrorCode(err) {
			case "":
				out[h] = p
			case domain.EUNAVAILABLE, domain.EINTERNAL:
				return nil, err
			}
		}
		return out, nil
	}
}

// listOrEmpty answers none as an empty list: null is what the access rules
// answer for a list withheld, and a client (the dashboard) maps the list.
func listOrEmpty[T any](list []T, err error) ([]T, error) {
	if list == nil && err == nil {
		return []T{}, nil
	}
	return list, err
}
