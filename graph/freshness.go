package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/peergraph/peergraph/domain"
)

// FreshnessExtension reports, in a response's extensions.readModel, the
// freshness of the read model's answers in it (domain.Freshness): the data
// version they were read at, the graph's, and whether they are behind it
// and why. A response with no answer from the read model has none.
type FreshnessExtension struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
	graphql.ResponseInterceptor
} = FreshnessExtension{}

func (FreshnessExtension) ExtensionName() string                   { return "ReadModelFreshness" }
func (FreshnessExtension) Validate(graphql.ExecutableSchema) error { return nil }

func (FreshnessExtension) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	ctx, _ = domain.WithFreshnessNote(ctx)
	return next(ctx)
}

func (FreshnessExtension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return nil
	}
	if note := domain.FreshnessNoteOf(ctx); note != nil {
		if f := note.Get(); f != nil {
			if resp.Extensions == nil {
				resp.Extensions = map[string]any{}
			}
			resp.Extensions["readModel"] = f
		}
	}
	return resp
}
