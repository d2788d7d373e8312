package neo4jstore

import (
	"cmp"
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
)

// The questions' statements. A tie is in a window when its first and last
// acts span part of it (TALKED_WITH keeps totals, not a time series), and is
// conversational when it holds a reply, mention or quote. Opted-out
// professionals are left out of everything that names people to others.

// tieInWindow is the condition on a TALKED_WITH t for a window.
const tieInWindow = `t.lastAt >= $since AND t.firstAt < $until AND t.replies + t.mentions + t.quotes > 0`

func windowParams(w domain.Window) map[string]any {
	// UTC, as the graph stores times: an offset such as +09:00 fails the
	// comparison in Cypher instead of shifting it.
	return map[string]any{"since": w.Since.UTC(), "until": w.Until.UTC()}
}

func tieCounts(m map[string]any) domain.TieCounts {
	if m == nil {
		return domain.TieCounts{}
	}
	c := domain.TieCounts{Replies: integer(m, "replies"), Mentions: integer(m, "mentions"), Quotes: integer(m, "quotes"), Reposts: integer(m, "reposts")}
	c.Conversational = c.Replies + c.Mentions + c.Quotes
	return c
}

// PartnersOf returns each professional's conversational partners in the
// window, most conversational acts first (then id), in one round trip.
func (s *Store) PartnersOf(ctx context.Context, ids []string, w domain.Window) (map[string][]*domain.Partner, error) {
	params := windowParams(w)
	params["ids"] = ids
	return readTx(ctx, s, "professional.partners", func(ctx context.Context, tx neo4j.ManagedTransaction) (map[string][]*domain.Partner, error) {
		res, err := tx.Run(ctx, `
UNWIND $ids AS id
MATCH (p:Professional {id: id})-[t:TALKED_WITH]-(o:Professional)
WHERE o <> p AND NOT coalesce(o.optedOut, false) AND t.lastAt >= $since AND t.firstAt < $until
WITH id, p, o, collect(t) AS ts
WITH id, o, head([t IN ts WHERE startNode(t) = p]) AS s, head([t IN ts WHERE endNode(t) = p]) AS r
WHERE coalesce(s.replies + s.mentions + s.quotes, 0) + coalesce(r.replies + r.mentions + r.quotes, 0) > 0
RETURN id, o{.*} AS o, s{.*} AS s, r{.*} AS r`, params)
		if err != nil {
			return nil, err
		}
		out := make(map[string][]*domain.Partner, len(ids))
		for res.Next(ctx) {
			r := record{rec: res.Record()}
			sm, rm := r.mapOf("s"), r.mapOf("r")
			p := &domain.Partner{Professional: professionalFrom(r.mapOf("o")), Sent: tieCounts(sm), Received: tieCounts(rm)}
			chats := map[string]bool{}
			for _, t := range []map[string]any{sm, rm} {
				if t == nil {
					continue
				}
				for _, c := range stringList(t, "chats") {
					chats[c] = true
				}
				if f, ok := timeOf(t["firstAt"]); ok && (p.FirstAt == nil || f.Before(*p.FirstAt)) {
					p.FirstAt = &f
				}
				if l, ok := timeOf(t["lastAt"]); ok && (p.LastAt == nil || l.After(*p.LastAt)) {
					p.LastAt = &l
				}
			}
			p.Chats = len(chats)
			id := r.str("id")
			if err := r.Err(); err != nil {
				return nil, err
			}
			out[id] = append(out[id], p)
		}
		for _, ps := range out {
			slices.SortFunc(ps, func(a, b *domain.Partner) int {
				if d := cmp.Compare(b.Acts(), a.Acts()); d != 0 {
					return d
				}
				return cmp.Compare(a.Professional.ID, b.Professional.ID)
			})
		}
		return out, res.Err()
	})
}
