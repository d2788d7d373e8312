package graph

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"log/slog"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/peergraph/peergraph/domain"
)

// Access is what the access rules need beyond the store: the pseudonym key,
// the smallest cell shown to non-admins and the audit log. The rules
// themselves live in the schema (@allow, @open, @audit, @pseudonym), so
// that every field states its own and a test can read them all.
type Access struct {
	// PseudonymKey keys the HMAC that turns a professional's id into the
	// stable pseudonym researchers see; without it researchers see no ids
	// or names at all (the fields answer FORBIDDEN).
	PseudonymKey []byte
	// K is the smallest number of people a cell of an aggregate may count
	// before it is shown to anyone but an admin; below it, it is suppressed.
	K int
	// Audit receives a line for every request of an @audit field.
	Audit *slog.Logger
}

// DefaultK is the default smallest cell.
const DefaultK = 5

// NewSchema is the executable schema with its directives wired: the one
// way to serve it, so no handler can forget the access rules.
func NewSchema(r *Resolver) graphql.ExecutableSchema {
	cfg := Config{Resolvers: r}
	cfg.Directives.Allow = r.allow
	cfg.Directives.Audit = r.audit
	cfg.Directives.Pseudonym = r.pseudonym
	return NewExecutableSchema(cfg)
}

func forbidden(ctx context.Context, p domain.Principal, why string) error {
	name := ""
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		name = fc.Object + "." + fc.Field.Name
	}
	return &domain.Error{Code: domain.EFORBIDDEN,
		Message: fmt.Sprintf("%s: not allowed for role %s%s", name, p.Role, why)}
}

// allow implements @allow(roles, self, community, subject): the caller's
// role is allowed outright, or, for a MEMBER under self and a COORDINATOR
// under community, when the subject is theirs. Anything it cannot establish
// is FORBIDDEN: a scoped caller learns nothing from the difference between
// "not yours" and "not there".
func (r *Resolver) allow(ctx context.Context, obj any, next graphql.Resolver, roles []domain.Role, self, community *bool, subject *string) (any, error) {
	p := domain.PrincipalFrom(ctx)
	if slices.Contains(roles, p.Role) {
		return next(ctx)
	}
	var ok bool
	var err error
	switch {
	case p.Role == domain.RoleMember && self != nil && *self:
		ok, err = r.isSelf(ctx, p, obj, subject)
	case p.Role == domain.RoleCoordinator && community != nil && *community:
		ok, err = r.inCommunities(ctx, p, obj, subject)
	}
	if err != nil {
		return nil, err
	}
	if !ok {
		why := ""
		switch p.Role {
		case domain.RoleMember:
			if self != nil && *self {
				why = " about anyone but the token's own professional"
			}
		case domain.RoleCoordinator:
			if community != nil && *community {
				why = " outside the token's communities"
			}
		}
		return nil, forbidden(ctx, p, why)
	}
	return next(ctx)
}

// subjectOf is what a scoped rule is about: the named argument's value, or
// the object the field belongs to.
func subjectOf(ctx context.Context, obj any, subject *string) (arg string, hasArg bool, o any) {
	if subject == nil || *subject == "" {
		return "", false, obj
	}
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return "", true, nil
	}
	switch v := fc.Args[*subject].(type) {
	case string:
		return v, true, nil
	case *string:
		if v != nil {
			return *v, true, nil
		}
	}
	return "", true, nil
}

// professionalOf is the professional an object is about.
func professionalOf(o any) *domain.Professional {
	switch v := o.(type) {
	case *domain.Professional:
		return v
	case *domain.IsolationReport:
		return v.Professional
	case *domain.Partner:
		return v.Professional
	case *domain.PeerSuggestion:
		return v.Professional
	}
	return nil
}

func (r *Resolver) isSelf(ctx context.Context, p domain.Principal, obj any, subject *string) (bool, error) {
	if p.Professional == "" {
		return false, nil
	}
	arg, hasArg, o := subjectOf(ctx, obj, subject)
	if !hasArg {
		pro := professionalOf(o)
		return pro != nil && pro.ID == p.Professional, nil
	}
	if arg == "" {
		return false, nil
	}
	pro, err := loaders(ctx).handle.Load(ctx, arg)()
	if err != nil {
		return false, err
	}
	return pro != nil && pro.ID == p.Professional, nil
}

func (r *Resolver) inCommunities(ctx context.Context, p domain.Principal, obj any, subject *string) (bool, error) {
	if len(p.Communities) == 0 {
		return false, nil
	}
	arg, hasArg, o := subjectOf(ctx, obj, subject)
	var pro *domain.Professional
	switch {
	case hasArg && *subject == "community":
		return p.CoordinatesCommunity(arg), nil
	case hasArg:
		if arg == "" {
			return false, nil
		}
		found, err := loaders(ctx).handle.Load(ctx, arg)()
		if err != nil {
			return false, err
		}
		if found != nil && found.OptedOut {
			// Someone who opted out is no one to a coordinator: the same
			// FORBIDDEN as a handle no one has, so existence does not leak.
			return false, nil
		}
		pro = found
	default:
		pro = professionalOf(o)
	}
	if pro == nil {
		return false, nil
	}
	// Batched: a page of professionals costs one call for all their communities.
	pc, err := loaders(ctx).professionsAndCommunities.Load(ctx, pro.ID)()
	if err != nil {
		return false, err
	}
	for _, c := range pc.CommunitiesOrNone() {
		if p.CoordinatesCommunity(c.Name) {
			return true, nil
		}
	}
	return false, nil
}

// Pseudonym is the stable name a researcher sees for a professional: an
// HMAC of the id under the configured key, so that it is the same across
// requests and exports but cannot be reversed or recomputed without the key.
func Pseudonym(key []byte, id string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(id))
	sum := m.Sum(nil)
	return "p-" + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(sum[:10]))
}

// pseudonym implements @pseudonym: a professional's id or name as the
// caller may see it, the value itself or, to a researcher, the
// professional's pseudonym (the same for both fields, so that a researcher
// can tell two mentions of one person apart from two people, and no more).
// A directive rather than a resolver, so that it runs inline: a resolver
// field costs a goroutine per object when an object asks for two of them,
// and every professional of a list asked for id and name.
func (r *Resolver) pseudonym(ctx context.Context, obj any, next graphql.Resolver) (any, error) {
	// The access rules (the directives inside this one) run first, whoever
	// asks.
	v, err := next(ctx)
	p := domain.PrincipalFrom(ctx)
	if err != nil || p.Role != domain.RoleResearcher {
		return v, err
	}
	pro, ok := obj.(*domain.Professional)
	if !ok {
		return nil, fmt.Errorf("@pseudonym on a field of %T, not of a professional", obj)
	}
	if len(r.Access.PseudonymKey) == 0 {
		return nil, forbidden(ctx, p, " without a configured pseudonym key")
	}
	return Pseudonym(r.Access.PseudonymKey, pro.ID), nil
}

// suppressed says whether a cell counting people must be withheld from
// the caller: a small cell (fewer than K people, to anyone but an admin),
// or one withheld beside it (graph/disclosure.go). A cell that did not go
// through the disclosure of its list is still held to K.
func (r *Resolver) suppressed(ctx context.Context, people int, withheld bool) bool {
	return withheld || people < r.k(ctx)
}

// unlessSuppressed is v, or nil when the cell is suppressed.
func unlessSuppressed[T any](hide bool, v T) *T {
	if hide {
		return nil
	}
	return &v
}
