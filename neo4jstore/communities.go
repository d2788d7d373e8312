package neo4jstore

import (
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
)

// communityProjection reads a community with its member and chat counts;
// COUNT over one relationship type reads the node's degree, not the members.
const communityProjection = `c{.name, .hashtag, .account,
  members: COUNT { (c)<-[:MEMBER_OF]-() },
  chats: COUNT { (c)<-[:OF]-() }}`

// Communities lists every community by name.
func (s *Store) Communities(ctx context.Context) ([]*domain.Community, error) {
	return readTx(ctx, s, "communities", func(ctx context.Context, tx neo4j.ManagedTransaction) ([]*domain.Community, error) {
		res, err := tx.Run(ctx, `MATCH (c:Community) RETURN `+communityProjection+` AS c ORDER BY c.name`, nil)
		if err != nil {
			return nil, err
		}
		var out []*domain.Community
		for res.Next(ctx) {
			out = append(out, communityFrom(mapOf(res.Record(), "c")))
		}
		return out, res.Err()
	})
}

// CommunitiesByName returns the named communities, by name.
func (s *Store) CommunitiesByName(ctx context.Context, names []string) (map[string]*domain.Community, error) {
	return readTx(ctx, s, "communities.byName", func(ctx context.Context, tx neo4j.ManagedTransaction) (map[string]*domain.Community, error) {
		res, err := tx.Run(ctx, `
UNWIND $names AS name
MATCH (c:Community {name: name})
RETURN `+communityProjection+` AS c`, map[string]any{"names": names})
		if err != nil {
			return nil, err
		}
		out := make(map[string]*domain.Community, len(names))
		for res.Next(ctx) {
			c := communityFrom(mapOf(res.Record(), "c"))
			out[c.Name] = c
		}
		return out, res.Err()
	})
}

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
		res, err := tx.Run(ctx, `
MATCH (pr:Profession)
RETURN pr{.name, .aliases,
  professionals: COUNT { MATCH (p:Professional {profession: pr.name}) WHERE NOT coalesce(p.optedOut, false) }} AS profession
ORDER BY pr.rank, pr.name`, nil)
		if err != nil {
			return nil, err
		}
		var out []*domain.Profession
		for res.Next(ctx) {
			m := mapOf(res.Record(), "profession")
			out = append(out, &domain.Profession{Name: str(m, "name"), Aliases: stringList(m, "aliases"), Professionals: integer(m, "professionals")})
		}
		if err := res.Err(); err != nil {
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
