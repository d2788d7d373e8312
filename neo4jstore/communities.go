package neo4jstore

import (
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
)

// Professions lists the canonical professions in their canonical order, with
// how many professionals (not opted out) have each as their main profession.
// Counting reads every professional (a tenth of a second and more at 100k
// members) and the dashboard asks on every visit: the answer is kept while
// the data version stays (versionedCache).
func (s *Store) Professions(ctx context.Context) ([]*domain.Profession, error) {
	return readTx(ctx, s, "professions", func(ctx context.Context, tx neo4j.ManagedTransaction) ([]*domain.Profession, error) {
		version, err := single[string](ctx, tx, readDataVersion, nil)
		if err != nil {
			return nil, err
		}
		if list, ok := s.professions.get(version, ""); ok {
			return list, nil
		}
		var out []*domain.Profession
		err = eachRecord(ctx, tx, `
MATCH (pr:Profession)
RETURN pr.name AS name, pr.aliases AS aliases,
  COUNT { MATCH (p:Professional {profession: pr.name}) WHERE NOT coalesce(p.optedOut, false) } AS professionals
ORDER BY pr.rank, pr.name`, nil, func(r *record) {
			out = append(out, &domain.Profession{Name: r.str("name"), Aliases: r.strings("aliases"), Professionals: r.integer("professionals")})
		})
		if err != nil {
			return nil, err
		}
		s.professions.put(version, "", out)
		return out, nil
	})
}

// cloneProfessions copies the list and its elements, so that no caller
// shares what is kept with another.
func cloneProfessions(list []*domain.Profession) []*domain.Profession {
	out := make([]*domain.Profession, len(list))
	for i, p := range list {
		cp := *p
		cp.Aliases = slices.Clone(p.Aliases)
		out[i] = &cp
	}
	return out
}
