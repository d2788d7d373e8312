package domain

import (
	"context"
	"slices"
)

// Role is what a caller may see. The schema's @allow directive names roles
// per field and type; the role comes from the caller's token, PUBLIC when
// there is none.
type Role string

const (
	// RolePublic: no token. The schema, professions, communities, chats and
	// their summaries, aggregates.
	RolePublic Role = "PUBLIC"
	// RoleMember is bound to one professional: their own profile, their
	// suggestions and paths from them.
	RoleMember Role = "MEMBER"
	// RoleResearcher: aggregates, matrices, analysis and exports, with
	// professionals shown as stable pseudonyms.
	RoleResearcher Role = "RESEARCHER"
	// RoleCoordinator: isolation reports and member details for the
	// communities named in the token only.
	RoleCoordinator Role = "COORDINATOR"
	// RoleAdmin sees everything.
	RoleAdmin Role = "ADMIN"
)

// Roles lists every role, least privileged first.
var Roles = []Role{RolePublic, RoleMember, RoleResearcher, RoleCoordinator, RoleAdmin}

// Valid reports whether r is one of Roles.
func (r Role) Valid() bool { return slices.Contains(Roles, r) }

// Principal is who is asking, as their token (or API key) says.
type Principal struct {
	Role Role
	// Professional is the id (an account key such as "x:carla") a MEMBER is
	// bound to; empty for other roles unless the token names one.
	Professional string
	// Communities a COORDINATOR may see, by name.
	Communities []string
	// Subject names the caller for the audit log (the token's sub, or the
	// API key's name); empty for PUBLIC.
	Subject string
}

// Public is the principal of a request without a token.
var Public = Principal{Role: RolePublic}

// CoordinatesCommunity reports whether the principal's token names community.
func (p Principal) CoordinatesCommunity(community string) bool {
	return community != "" && slices.Contains(p.Communities, community)
}

type principalKey struct{}

// WithPrincipal puts the caller on the request's context.
func WithPrincipal(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

// PrincipalFrom is the caller on ctx: PUBLIC when nothing authenticated the
// request, so a missing middleware fails closed.
func PrincipalFrom(ctx context.Context) Principal {
	if p, ok := ctx.Value(principalKey{}).(Principal); ok && p.Role.Valid() {
		return p
	}
	return Public
}
