package graph

import (
	"context"
	"errors"
	"log/slog"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/peergraph/peergraph/domain"
)

func asDomain(err error, target **domain.Error) bool { return errors.As(err, target) }

// requestErrorsKey is the context key of a request's error state.
type requestErrorsKey struct{}

// requestErrors is what the presenter keeps of one request's errors: how
// many more it may log, and whether it has kept the one error it keeps
// once the request is over.
type requestErrors struct {
	logBudget atomic.Int32
	keptLate  atomic.Bool
}

// WithErrorLogBudget lets the error presenter log at most n failed fields
// of one request: a request of a thousand aliases that all fail is a few
// log lines, not a thousand.
func WithErrorLogBudget(ctx context.Context, n int) context.Context {
	e := &requestErrors{}
	e.logBudget.Store(int32(n))
	return context.WithValue(ctx, requestErrorsKey{}, e)
}

// mayLog takes one line from the request's budget (any number without one).
func mayLog(ctx context.Context) bool {
	e, ok := ctx.Value(requestErrorsKey{}).(*requestErrors)
	return !ok || e.logBudget.Add(-1) >= 0
}

// keepLate says whether an error raised after the request ended is kept:
// only the first that says the graph database did not answer in time,
// which is a better account of the end than the deadline alone.
func keepLate(ctx context.Context, err error) bool {
	var de *domain.Error
	if !errors.As(err, &de) || de.Code != domain.EUNAVAILABLE {
		return false
	}
	e, ok := ctx.Value(requestErrorsKey{}).(*requestErrors)
	return ok && e.keptLate.CompareAndSwap(false, true)
}

// ErrorPresenter translates domain errors at the edge: users see the message
// and a code in extensions; internal causes go to the log only.
func ErrorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		if ctx.Err() != nil && !keepLate(ctx, err) {
			// The request is over (its deadline passed, or the client
			// left): its answer is one error saying so, so each field's
			// failure is dropped here rather than presented, kept and
			// logged a million times.
			return nil
		}
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		var de *domain.Error
		if !errors.As(err, &de) {
			// Errors gqlgen raises itself (validation, complexity) are for users already.
			var ge *gqlerror.Error
			if errors.As(err, &ge) && ge.Err == nil {
				return gqlErr
			}
			if mayLog(ctx) {
				log.ErrorContext(ctx, "graphql request failed", "path", gqlErr.Path.String(), "err", err)
			}
			gqlErr.Message = "internal error"
			gqlErr.Extensions = map[string]any{"code": domain.EINTERNAL}
			return gqlErr
		}
		if (de.Code == domain.EINTERNAL || de.Code == domain.EUNAVAILABLE) && mayLog(ctx) {
			log.WarnContext(ctx, "graphql request failed", "path", gqlErr.Path.String(), "code", de.Code, "err", err)
		}
		gqlErr.Message = de.Message
		ext := map[string]any{"code": de.Code}
		if de.Field != "" {
			ext["field"] = de.Field
		}
		if len(de.Candidates) > 0 {
			ext["candidates"] = de.Candidates
		}
		gqlErr.Extensions = ext
		return gqlErr
	}
}
