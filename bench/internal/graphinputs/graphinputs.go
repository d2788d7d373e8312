// Package graphinputs picks what the benchmarks ask about from the graph
// itself (with a driver of its own: it is not something the server asks).
package graphinputs

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/neo4jstore"
)

// Active returns up to limit professionals who took part in a chat, not
// opted out, whose ids are account keys (so handles too), and the end of
// the newest chat, which the benchmarks' windows end at.
func Active(ctx context.Context, cfg neo4jstore.Config, limit int) ([]string, time.Time, error) {
	driver, err := open(cfg)
	if err != nil {
		return nil, time.Time{}, err
	}
	defer driver.Close(ctx)
	opts := []neo4j.ExecuteQueryConfigurationOption{neo4j.ExecuteQueryWithDatabase(cfg.Database), neo4j.ExecuteQueryWithReadersRouting()}
	res, err := neo4j.ExecuteQuery(ctx, driver, `
MATCH (p:Professional)-[:TOOK_PART]->()
WHERE NOT coalesce(p.optedOut, false) AND EXISTS { (:Account {key: p.id})-[:OF]->(p) }
WITH DISTINCT p LIMIT $limit
RETURN p.id AS id`, map[string]any{"limit": limit}, neo4j.EagerResultTransformer, opts...)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("active professionals: %w", err)
	}
	var ids []string
	for _, r := range res.Records {
		id, _, err := neo4j.GetRecordValue[string](r, "id")
		if err != nil {
			return nil, time.Time{}, err
		}
		ids = append(ids, id)
	}
	res, err = neo4j.ExecuteQuery(ctx, driver, `MATCH (ch:Chat) RETURN max(ch.endsAt) AS t`, nil, neo4j.EagerResultTransformer, opts...)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("newest chat: %w", err)
	}
	var now time.Time
	if len(res.Records) > 0 {
		now, _, err = neo4j.GetRecordValue[time.Time](res.Records[0], "t")
		if err != nil {
			return nil, time.Time{}, err
		}
	}
	return ids, now.UTC(), nil
}

// Communities returns every community's name, in order.
func Communities(ctx context.Context, cfg neo4jstore.Config) ([]string, error) {
	driver, err := open(cfg)
	if err != nil {
		return nil, err
	}
	defer driver.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, driver, `MATCH (c:Community) RETURN c.name AS name ORDER BY name`, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, fmt.Errorf("communities: %w", err)
	}
	var names []string
	for _, r := range res.Records {
		name, _, err := neo4j.GetRecordValue[string](r, "name")
		if err != nil {
			return nil, err
		}
		names = append(names, name)
	}
	return names, nil
}

// open makes a driver of the benchmark's own for cfg's Neo4j.
func open(cfg neo4jstore.Config) (neo4j.DriverWithContext, error) {
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	return neo4j.NewDriverWithContext(cfg.URI, auth)
}
