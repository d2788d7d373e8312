package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/graph"
)

// graphqlOptions are the limits that keep one request's cost bounded.
type graphqlOptions struct {
	Introspection bool
	// CostLimit is the most one operation may cost (graph.Cost).
	CostLimit  int
	DepthLimit int
	// RequestTimeout is one request's deadline: Neo4j calls, answers from
	// the read model and the writing of the answer alike.
	RequestTimeout time.Duration
	// MaxBodyBytes bounds a POST's body; MaxTokens the tokens the parser
	// reads of a query (a GET's query is bounded by the header limit).
	MaxBodyBytes int64
	MaxTokens    int
	// QueryCacheBytes bounds the parsed queries kept, and a tenth of it the
	// persisted queries' text.
	QueryCacheBytes int64
}

// Defaults of the limits, also the flags' defaults.
const (
	defaultMaxBodyBytes    = 100 << 10
	defaultMaxTokens       = 5000
	defaultQueryCacheBytes = 32 << 20
	// maxHeaderBytes bounds the request line and headers, and so a GET's
	// query; a token is well under it.
	maxHeaderBytes = 64 << 10
)

// newGraphQLHandler builds the /graphql handler with explicit transports
// (gqlgen's NewDefaultServer is deprecated and would hide these choices).
// limits, when not nil, charges each operation's cost to its caller's
// budget; it sits inside the auth middleware, which names the caller.
func newGraphQLHandler(res *graph.Resolver, opts graphqlOptions, limits *rateLimits, m *metrics, log *slog.Logger) http.Handler {
	srv := handler.New(graph.NewSchema(res))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(postTransport{maxBody: opts.MaxBodyBytes})
	srv.SetParserTokenLimit(opts.MaxTokens)
	parsed := newByteCache(opts.QueryCacheBytes, parsedQuerySize)
	srv.SetQueryCache(parsed)
	m.observeCache("parsed_queries", parsed.Bytes)
	if opts.Introspection {
		srv.Use(extension.Introspection{})
	} else {
		srv.Use(introspectionOff{})
	}
	persisted := newByteCache(opts.QueryCacheBytes/10, persistedQuerySize)
	m.observeCache("persisted_queries", persisted.Bytes)
	srv.Use(extension.AutomaticPersistedQuery{Cache: persisted})
	cost := graph.CostLimit{Limit: opts.CostLimit, Now: res.Now}
	if limits != nil {
		cost.Charge = limits.charge
	}
	srv.Use(cost)
	srv.Use(depthLimit{max: opts.DepthLimit})
	srv.Use(graph.LoaderExtension{Questions: res.Questions})
	srv.Use(graph.FreshnessExtension{})
	srv.Use(m.graphqlExtension())
	srv.SetErrorPresenter(graph.ErrorPresenter(log))
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "graphql resolver panic", "panic", fmt.Sprint(p))
		return &domain.Error{Code: domain.EINTERNAL, Message: "internal error"}
	})
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(graph.WithErrorLogBudget(ctx, 5))
	})
	// Past the deadline no root field starts and no list goes on to its
	// next element (gqlgen.yml's worker_limit: each element waits on a
	// semaphore that refuses a done context), and the answer is one error
	// saying so: whatever answers (Neo4j, the read model), a request ends
	// at its deadline. A check on every field did the same at about 6% of
	// the allocations of a many-object answer (BenchmarkRequestFixedCost).
	srv.AroundRootFields(func(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
		if err := ctx.Err(); err != nil {
			graphql.AddError(ctx, err)
			return graphql.Null
		}
		return next(ctx)
	})
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			if resp != nil && len(resp.Errors) > 0 && resp.Errors[0].Extensions["code"] == domain.EUNAVAILABLE {
				// Neo4j did not answer in time: that error says why.
				return &graphql.Response{Errors: resp.Errors[:1]}
			}
			err := gqlerror.Errorf("the request ran past its deadline of %s; ask for less (fewer items, a shorter window, fewer aliases)", opts.RequestTimeout)
			err.Extensions = map[string]any{"code": deadlineExceeded}
			return &graphql.Response{Errors: gqlerror.List{err}}
		}
		return resp
	})
	var h http.Handler = withDeadline(opts.RequestTimeout, srv)
	if limits != nil {
		h = limits.middleware(h)
	}
	return h
}

// deadlineExceeded is the error code of a request that ran past its deadline.
const deadlineExceeded = "DEADLINE_EXCEEDED"

// withDeadline gives each request a deadline that reaches the Neo4j
// transaction and every resolver, and answers soon after it whatever is
// still running (http.TimeoutHandler: 503 with one DEADLINE_EXCEEDED
// error): a question the read model is still computing cannot hold the
// answer past it. The grace between the two lets a request that ends at
// its deadline (a Neo4j call that timed out) say why itself; what is still
// running after it stops at its next root field or list element.
func withDeadline(d time.Duration, next http.Handler) http.Handler {
	body := fmt.Sprintf(`{"errors":[{"message":"the request ran past its deadline of %s; ask for less (fewer items, a shorter window, fewer aliases)","extensions":{"code":%q}}]}`,
		d, deadlineExceeded)
	inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
	timeout := http.TimeoutHandler(inner, d+min(d/10, time.Second), body)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Kept when the deadline answers; replaced by the handler's own
		// headers when it answers first.
		w.Header().Set("Content-Type", "application/json")
		timeout.ServeHTTP(w, r)
	})
}

// introspectionOff answers a request for the schema, when introspection is
// switched off, with an error that says so (gqlgen's own refusal surfaces
// as an internal error).
type introspectionOff struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = introspectionOff{}

func (introspectionOff) ExtensionName() string                   { return "IntrospectionOff" }
func (introspectionOff) Validate(graphql.ExecutableSchema) error { return nil }

func (introspectionOff) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || !asksSchema(oc.Operation.SelectionSet) {
		return nil
	}
	err := gqlerror.Errorf("introspection is switched off on this server (PEERGRAPH_INTROSPECTION=true opens it); schema.graphqls is the contract")
	err.Extensions = map[string]any{"code": "INTROSPECTION_DISABLED"}
	return err
}

// asksSchema says whether a selection asks __schema or __type anywhere
// (__typename is not introspection of the schema).
func asksSchema(set ast.SelectionSet) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" || asksSchema(s.SelectionSet) {
				return true
			}
		case *ast.InlineFragment:
			if asksSchema(s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition != nil && asksSchema(s.Definition.SelectionSet) {
				return true
			}
		}
	}
	return false
}

// depthLimit refuses operations nested deeper than max, naming the depth it
// found, before any resolver runs.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if d.max <= 0 || oc.Operation == nil {
		return nil
	}
	if depth := selectionDepth(oc.Operation.SelectionSet, 0); depth > d.max {
		err := gqlerror.Errorf("operation has depth %d, which exceeds the limit of %d", depth, d.max)
		err.Extensions = map[string]any{"code": "DEPTH_LIMIT_EXCEEDED", "depth": depth, "limit": d.max}
		return err
	}
	return nil
}

// selectionDepth counts nested fields; fragments add no depth of their own.
// The visited depth is bounded by the document, which gqlgen has parsed and
// validated (fragment cycles are invalid), so the recursion ends.
func selectionDepth(set ast.SelectionSet, depth int) int {
	deepest := depth
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			d = depth + 1
			if len(s.SelectionSet) > 0 {
				d = selectionDepth(s.SelectionSet, depth+1)
			}
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, depth)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = selectionDepth(s.Definition.SelectionSet, depth)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}
