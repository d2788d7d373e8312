package graph

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"github.com/peergraph/peergraph/domain"
)

// The audit log: one line per request that asked an @audit field, written
// once the request has run, listing every audited field it asked (with its
// arguments and outcome). Identical asks (a thousand aliases of one field
// with the same arguments) are one entry with their count, so that a
// request is one line of bounded size, however it is written.

// auditTrail gathers one operation's audited fields.
type auditTrail struct {
	mu      sync.Mutex
	log     *slog.Logger
	entries []*auditEntry
	byKey   map[string]*auditEntry
}

type auditEntry struct {
	Field   string         `json:"field"`
	Args    map[string]any `json:"args,omitempty"`
	Outcome string         `json:"outcome"`
	Count   int            `json:"count"`
}

// maxAuditEntries bounds the distinct entries of one line; the rest are
// counted in "more".
const maxAuditEntries = 100

func (a *auditTrail) add(log *slog.Logger, field string, args map[string]any, outcome string) {
	key, _ := json.Marshal([]any{field, args, outcome})
	a.mu.Lock()
	defer a.mu.Unlock()
	a.log = log
	if a.byKey == nil {
		a.byKey = map[string]*auditEntry{}
	}
	if e, ok := a.byKey[string(key)]; ok {
		e.Count++
		return
	}
	e := &auditEntry{Field: field, Args: args, Outcome: outcome, Count: 1}
	a.byKey[string(key)] = e
	a.entries = append(a.entries, e)
}

// flush writes the operation's line, if it asked anything audited.
func (a *auditTrail) flush(ctx context.Context) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.log == nil || len(a.entries) == 0 {
		return
	}
	p := domain.PrincipalFrom(ctx)
	attrs := []slog.Attr{slog.String("subject", p.Subject), slog.String("role", string(p.Role))}
	if p.Professional != "" {
		attrs = append(attrs, slog.String("professional", p.Professional))
	}
	if len(p.Communities) > 0 {
		attrs = append(attrs, slog.Any("communities", p.Communities))
	}
	if name := operationName(ctx); name != "" {
		attrs = append(attrs, slog.String("operation", name))
	}
	outcomes := map[string]int{}
	asked := 0
	for _, e := range a.entries {
		outcomes[e.Outcome] += e.Count
		asked += e.Count
	}
	shown := a.entries[:min(len(a.entries), maxAuditEntries)]
	attrs = append(attrs, slog.Int("asked", asked), slog.Any("outcomes", outcomes), slog.Any("fields", shown))
	if more := len(a.entries) - len(shown); more > 0 {
		attrs = append(attrs, slog.Int("more", more))
	}
	a.log.LogAttrs(ctx, slog.LevelInfo, "audit", attrs...)
}

func operationName(ctx context.Context) string {
	if !graphql.HasOperationContext(ctx) {
		return ""
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.OperationName != "" {
		return oc.OperationName
	}
	if oc.Operation != nil {
		return oc.Operation.Name
	}
	return ""
}

// audit implements @audit: the field's ask goes into the request's line,
// after it ran, so that the line says whether it was allowed.
func (r *Resolver) audit(ctx context.Context, obj any, next graphql.Resolver) (any, error) {
	res, err := next(ctx)
	if r.Access.Audit == nil {
		return res, err
	}
	outcome := "allowed"
	if err != nil {
		outcome = strings.ToLower(domain.ErrorCode(err))
	}
	field, args := "", map[string]any(nil)
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		field, args = fc.Object+"."+fc.Field.Name, fc.Args
	}
	loaders(ctx).audit.add(r.Access.Audit, field, args, outcome)
	return res, err
}
