package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
)

// SetOptOut records a professional's own choice (or an admin's on their
// behalf) to opt out or back in. The choice is kept apart from the roster's
// flag (optOutChoice) so that reloading a roster does not undo it. The
// questions read optedOut when they run, so nothing derived needs rebuilding.
func (s *Store) SetOptOut(ctx context.Context, professionalID string, optedOut bool) error {
	n, err := writeTx(ctx, s, "professional.setOptOut", func(ctx context.Context, tx neo4j.ManagedTransaction) (int, error) {
		return single[int](ctx, tx, `
MATCH (p:Professional {id: $id})
SET p.optedOut = $optedOut, p.optOutChoice = $optedOut
RETURN count(p) AS n`, map[string]any{"id": professionalID, "optedOut": optedOut})
	})
	if err != nil {
		return err
	}
	if n == 0 {
		return &domain.Error{Code: domain.ENOTFOUND, Field: "handle", Message: "handle: no professional has the id " + professionalID}
	}
	return nil
}
