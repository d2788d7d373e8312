package graph_test

import (
	"github.com/99designs/gqlgen/client"

	"github.com/peergraph/peergraph/domain"
)

// as makes a test request on behalf of p, as the server's auth middleware
// would after checking a token.
func as(p domain.Principal) client.Option {
	return func(r *client.Request) {
		r.HTTP = r.HTTP.WithContext(domain.WithPrincipal(r.HTTP.Context(), p))
	}
}

// admin is who the scenario's questions are asked as, so that they see every
// answer unsuppressed; the access tests ask as the other roles.
var admin = domain.Principal{Role: domain.RoleAdmin, Subject: "test-admin"}
