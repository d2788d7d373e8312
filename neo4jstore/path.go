package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
)

// Path finds the shortest chain of conversational ties (any time, either
// direction) from one professional to another through professionals who
// have not opted out, at most maxHops long; nil when there is none. Each
// step carries the chats where its tie was made, newest first.
func (s *Store) Path(ctx context.Context, fromID, toID string, maxHops int) (*domain.Path, error) {
	return readTx(ctx, s, "path", func(ctx context.Context, tx neo4j.ManagedTransaction) (*domain.Path, error) {
		// The pattern's bound is fixed (variable-length bounds cannot be
		// parameters); a longer shortest path is no path within maxHops.
		res, err := tx.Run(ctx, `
MATCH (a:Professional {id: $from}), (b:Professional {id: $to})
WHERE a <> b
MATCH p = shortestPath((a)-[:TALKED_WITH*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.replies + r.mentions + r.quotes > 0)
  AND all(n IN nodes(p) WHERE NOT coalesce(n.optedOut, false))
WITH nodes(p) AS ns WHERE size(ns) - 1 <= $maxHops
UNWIND range(0, size(ns) - 2) AS i
WITH ns, i, ns[i] AS x, ns[i + 1] AS y
CALL (x, y) {
  MATCH (x)-[t:TALKED_WITH]-(y)
  WHERE t.replies + t.mentions + t.quotes > 0
  UNWIND t.chats AS chatID
  WITH DISTINCT chatID
  MATCH (ch:Chat {id: chatID})
  WITH ch ORDER BY ch.startsAt DESC, ch.id
  RETURN collect(`+chatProjection+`) AS chats
}
WITH ns, i, chats ORDER BY i
RETURN [n IN ns | n{.*}] AS ns, collect(chats) AS steps`, map[string]any{"from": fromID, "to": toID, "maxHops": maxHops})
		if err != nil {
			return nil, err
		}
		if !res.Next(ctx) {
			return nil, res.Err()
		}
		r := record{rec: res.Record()}
		path := &domain.Path{}
		rawNodes := r.list("ns")
		for _, n := range rawNodes {
			path.Professionals = append(path.Professionals, professionalFrom(n.(map[string]any)))
		}
		steps := r.list("steps")
		if err := r.Err(); err != nil {
			return nil, err
		}
		for i, raw := range steps {
			step := &domain.PathStep{From: path.Professionals[i], To: path.Professionals[i+1], Chats: []*domain.Chat{}}
			chats, _ := raw.([]any)
			for _, c := range chats {
				step.Chats = append(step.Chats, chatFrom(c.(map[string]any)))
			}
			path.Steps = append(path.Steps, step)
		}
		path.Hops = len(path.Steps)
		return path, res.Err()
	})
}
