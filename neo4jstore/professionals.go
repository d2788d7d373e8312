package neo4jstore

import (
	"context"
	"strconv"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
)

// Professionals lists professionals who have not opted out, by id.
func (s *Store) Professionals(ctx context.Context, f domain.ProfessionalFilter, page domain.Page) (*domain.ProfessionalConnection, error) {
	// Every id sorts after "": no cursor is a cursor before the first.
	after := ""
	if page.After != "" {
		parts, err := domain.DecodeCursor(page.After, 1)
		if err != nil {
			return nil, err
		}
		after = parts[0]
	}
	nodes, err := readTx(ctx, s, "professionals", func(ctx context.Context, tx neo4j.ManagedTransaction) ([]*domain.Professional, error) {
		// With a filter the statement starts from the community's (or the
		// profession's) members and sorts them: walking every professional
		// in id order until a page of a small community turns up reads most
		// of the graph. Without one it walks the id index in order from the
		// cursor and stops at a page. Either way only the page's
		// professionals are read whole, not every one sorted. Fixed
		// statements, one per shape, so that each plan suits its shape.
		match := "MATCH (p:Professional) WHERE p.id > $after"
		switch {
		case f.Community != "":
			match = "MATCH (:Community {name: $community})<-[:MEMBER_OF]-(p:Professional) WHERE p.id > $after"
		case f.Profession != "":
			// A bio and a roster may both claim the profession.
			match = "MATCH (:Profession {name: $profession})<-[:HAS_PROFESSION]-(p:Professional)\nWITH DISTINCT p WHERE p.id > $after"
		}
		var out []*domain.Professional
		err := eachRecord(ctx, tx, match+`
WITH p ORDER BY p.id
WHERE `+professionalFilter+`
WITH p LIMIT $limit
RETURN p{.*} AS p
ORDER BY p.id`, filterParams(f, map[string]any{"after": after, "limit": page.First + 1}),
			func(r *record) { out = append(out, professionalFrom(r.mapOf("p"))) })
		return out, err
	})
	if err != nil {
		return nil, err
	}
	conn := &domain.ProfessionalConnection{Filter: f}
	conn.Nodes, conn.PageInfo = trimPage(nodes, page.First, ProfessionalCursor)
	return conn, nil
}

// professionalFilter is the condition on p of a ProfessionalFilter, with
// filterParams's parameters. A search matches part of the name in any case
// or part of an account key (stored in lower case).
const professionalFilter = `NOT coalesce(p.optedOut, false)
  AND ($profession IS NULL OR EXISTS { (p)-[:HAS_PROFESSION]->(:Profession {name: $profession}) })
  AND ($community IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:Community {name: $community}) })
  AND ($search IS NULL OR toLower(coalesce(p.name, '')) CONTAINS $search
    OR EXISTS { (p)<-[:OF]-(a:Account) WHERE a.key CONTAINS $search })`

func filterParams(f domain.ProfessionalFilter, params map[string]any) map[string]any {
	params["profession"], params["community"], params["search"] = nullable(f.Profession), nullable(f.Community), nullable(f.Search)
	return params
}

// ProfessionalCursor is the cursor that pages after p.
func ProfessionalCursor(p *domain.Professional) string { return domain.EncodeCursor(p.ID) }

// CountProfessionals counts what Professionals would list without paging.
// It reads every professional the filter starts from, and the dashboard's
// list asks on every visit: the count is kept while the data version stays
// (versionedCache).
func (s *Store) CountProfessionals(ctx context.Context, f domain.ProfessionalFilter) (int, error) {
	return readTx(ctx, s, "professionals.count", func(ctx context.Context, tx neo4j.ManagedTransaction) (int, error) {
		version, err := single[string](ctx, tx, readDataVersion, nil)
		if err != nil {
			return 0, err
		}
		// Searches are not kept: what people type is unbounded.
		key := strconv.Quote(f.Profession) + " " + strconv.Quote(f.Community)
		if f.Search == "" {
			if n, ok := s.professionals.get(version, key); ok {
				return n, nil
			}
		}
		n, err := single[int](ctx, tx, `
MATCH (p:Professional)
WHERE `+professionalFilter+`
RETURN count(p) AS n`, filterParams(f, map[string]any{}))
		if err != nil {
			return 0, err
		}
		if f.Search == "" {
			s.professionals.put(version, key, n)
		}
		return n, nil
	})
}

// AccountsOf returns the accounts of each professional, by professional id,
// in one round trip for the whole batch.
func (s *Store) AccountsOf(ctx context.Context, ids []string) (map[string][]*domain.Account, error) {
	return readTx(ctx, s, "professional.accounts", func(ctx context.Context, tx neo4j.ManagedTransaction) (map[string][]*domain.Account, error) {
		out := make(map[string][]*domain.Account, len(ids))
		return out, eachRecord(ctx, tx, `
UNWIND $ids AS id
MATCH (:Professional {id: id})<-[:OF]-(a:Account)
RETURN id, a.key AS key
ORDER BY id, key`, map[string]any{"ids": ids}, func(r *record) {
			id := r.str("id")
			out[id] = append(out[id], domain.AccountFromKey(r.str("key")))
		})
	})
}

// single runs a statement that returns one row with one column.
func single[T any](ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (T, error) {
	var zero T
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return zero, err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return zero, err
	}
	v := rec.Values[0]
	switch any(zero).(type) {
	case int:
		n, _ := v.(int64)
		return any(int(n)).(T), nil
	}
	t, _ := v.(T)
	return t, nil
}

// trimPage drops the one row fetched beyond the page, which tells whether
// there is a next page, and gives the cursor of the last row kept.
func trimPage[T any](nodes []T, first int, cursor func(T) string) ([]T, domain.PageInfo) {
	var info domain.PageInfo
	if len(nodes) > first {
		nodes = nodes[:first]
		info.HasNextPage = true
	}
	if len(nodes) > 0 {
		c := cursor(nodes[len(nodes)-1])
		info.EndCursor = &c
	}
	return nodes, info
}

// nullable turns "" into a Cypher null, so that an absent filter is one
// parameter rather than a second statement.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// professionalsByID reads professionals by id within a transaction.
func professionalsByID(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]*domain.Professional, error) {
	out := map[string]*domain.Professional{}
	if len(ids) == 0 {
		return out, nil
	}
	err := eachRecord(ctx, tx, `UNWIND $ids AS id MATCH (p:Professional {id: id}) RETURN p{.*} AS p`, map[string]any{"ids": ids},
		func(r *record) {
			p := professionalFrom(r.mapOf("p"))
			out[p.ID] = p
		})
	return out, err
}
