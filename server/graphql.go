package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/graph"
)

// graphqlOptions are the limits that keep one request's cost bounded.
type graphqlOptions struct {
	Introspection   bool
	ComplexityLimit int
	DepthLimit      int
	RequestTimeout  time.Duration
}

// newGraphQLHandler builds the /graphql handler with explicit transports
// (gqlgen's NewDefaultServer is deprecated and would hide these choices).
func newGraphQLHandler(res *graph.Resolver, opts graphqlOptions, m *metrics, log *slog.Logger) http.Handler {
	srv := handler.New(graph.NewSchema(res))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if opts.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(extension.FixedComplexityLimit(opts.ComplexityLimit))
	srv.Use(depthLimit{max: opts.DepthLimit})
	srv.Use(graph.LoaderExtension{Questions: res.Questions})
	srv.Use(graph.FreshnessExtension{})
	srv.Use(m.graphqlExtension())
	srv.SetErrorPresenter(graph.ErrorPresenter(log))
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "graphql resolver panic", "panic", fmt.Sprint(p))
		return &domain.Error{Code: domain.EINTERNAL, Message: "internal error"}
	})
	return withDeadline(opts.RequestTimeout, srv)
}

// withDeadline gives each request a deadline that reaches the Neo4j
// transaction, so a slow query cannot hold a request past it.
func withDeadline(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
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
