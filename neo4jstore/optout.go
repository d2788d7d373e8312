package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
)

// SetOptOut records a professional's own choice (or an admin's on their
// behalf) to opt out or back in. The choice is kept apart from the roster's
// flag (optOutChoice) so that reloading a roster does not undo it. The
// questions read optedOut when they run, so nothing derived needs
// rebuilding; the data version moves on so that read models notice.
func (s *Store) SetOptOut(ctx context.Context, professionalID string, optedOut bool) error {
	_, err := s.SetOptOutVersion(ctx, professionalID, optedOut)
	return err
}

// SetOptOutVersion is SetOptOut returning the data version the change made,
// so that a read model current at the version before can apply the change
// itself and stay current.
func (s *Store) SetOptOutVersion(ctx context.Context, professionalID string, optedOut bool) (string, error) {
	type result struct {
		n       int
		version string
	}
	r, err := writeTx(ctx, s, "professional.setOptOut", func(ctx context.Context, tx neo4j.ManagedTransaction) (result, error) {
		n, err := single[int](ctx, tx, `
MATCH (p:Professional {id: $id})
SET p.optedOut = $optedOut, p.optOutChoice = $optedOut
RETURN count(p) AS n`, map[string]any{"id": professionalID, "optedOut": optedOut})
		if err != nil || n == 0 {
			return result{n: n}, err
		}
		v, err := bumpVersion(ctx, tx, Change{Kind: ChangeRows, Professionals: []string{professionalID}})
		return result{n, v}, err
	})
	if err != nil {
		return "", err
	}
	if r.n == 0 {
		return "", &domain.Error{Code: domain.ENOTFOUND, Field: "handle", Message: "handle: no professional has the id " + professionalID}
	}
	return r.version, nil
}
