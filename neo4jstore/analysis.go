package neo4jstore

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/rank"
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
			m := res.Record().AsMap()
			sm, _ := m["s"].(map[string]any)
			rm, _ := m["r"].(map[string]any)
			p := &domain.Partner{Professional: professionalFrom(m["o"].(map[string]any)), Sent: tieCounts(sm), Received: tieCounts(rm)}
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
			id := str(m, "id")
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

// ChatsOf returns the chats each professional took part in within the
// window, newest first.
func (s *Store) ChatsOf(ctx context.Context, ids []string, w domain.Window) (map[string][]*domain.Chat, error) {
	params := windowParams(w)
	params["ids"] = ids
	return readTx(ctx, s, "professional.chats", func(ctx context.Context, tx neo4j.ManagedTransaction) (map[string][]*domain.Chat, error) {
		res, err := tx.Run(ctx, `
UNWIND $ids AS id
MATCH (:Professional {id: id})-[:TOOK_PART]->(ch:Chat)
WHERE ch.startsAt >= $since AND ch.startsAt < $until
RETURN id, `+chatProjection+` AS ch
ORDER BY id, ch.startsAt DESC, ch.id`, params)
		if err != nil {
			return nil, err
		}
		out := make(map[string][]*domain.Chat, len(ids))
		for res.Next(ctx) {
			rec := res.Record()
			id, _ := rec.Get("id")
			out[id.(string)] = append(out[id.(string)], chatFrom(mapOf(rec, "ch")))
		}
		return out, res.Err()
	})
}

// ChatSummaries summarises each chat, by id, in one round trip.
func (s *Store) ChatSummaries(ctx context.Context, ids []string) (map[string]*domain.ChatSummary, error) {
	return readTx(ctx, s, "chat.summary", func(ctx context.Context, tx neo4j.ManagedTransaction) (map[string]*domain.ChatSummary, error) {
		res, err := tx.Run(ctx, `
UNWIND $ids AS id
MATCH (ch:Chat {id: id})
CALL (ch) {
  OPTIONAL MATCH (ch)<-[:IN]-(post:Post)
  RETURN count(post) AS posts, count(post.replyToAccount) AS replies, collect(post.text) AS texts
}
CALL (ch) {
  OPTIONAL MATCH (ch)<-[tp:TOOK_PART]-(p:Professional)
  RETURN collect({profession: coalesce(p.profession, 'unknown'), received: tp.repliesReceived + tp.mentionsReceived}) AS parts
}
CALL (ch) {
  OPTIONAL MATCH (ch)<-[:TOOK_PART]-(a:Professional)-[t:TALKED_WITH]->(b:Professional)-[:TOOK_PART]->(ch)
  WHERE ch.id IN t.chats AND t.replies + t.mentions + t.quotes > 0
    AND coalesce(a.profession, 'unknown') <> coalesce(b.profession, 'unknown')
  RETURN collect(DISTINCT CASE WHEN a.id < b.id THEN a.id + ' ' + b.id ELSE b.id + ' ' + a.id END) AS cross
}
RETURN id, posts, replies, texts, parts, size(cross) AS cross`, map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		out := make(map[string]*domain.ChatSummary, len(ids))
		for res.Next(ctx) {
			m := res.Record().AsMap()
			sum := &domain.ChatSummary{Posts: integer(m, "posts"), CrossProfessionTies: integer(m, "cross")}
			if sum.Posts > 0 {
				sum.ReplyRate = float64(integer(m, "replies")) / float64(sum.Posts)
			}
			mix := map[string]int{}
			answered := 0
			parts, _ := m["parts"].([]any)
			for _, raw := range parts {
				pm, _ := raw.(map[string]any)
				if pm == nil || pm["received"] == nil {
					continue
				}
				sum.Participants++
				mix[str(pm, "profession")]++
				if integer(pm, "received") > 0 {
					answered++
				}
			}
			if sum.Participants > 0 {
				sum.AnsweredShare = float64(answered) / float64(sum.Participants)
			}
			for p, n := range mix {
				sum.ProfessionMix = append(sum.ProfessionMix, &domain.ProfessionCount{Profession: p, Count: n})
			}
			slices.SortFunc(sum.ProfessionMix, func(a, b *domain.ProfessionCount) int {
				if d := cmp.Compare(b.Count, a.Count); d != 0 {
					return d
				}
				return cmp.Compare(a.Profession, b.Profession)
			})
			sum.Terms = rank.Terms(stringList(m, "texts"))
			out[str(m, "id")] = sum
		}
		return out, res.Err()
	})
}

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
		m := res.Record().AsMap()
		path := &domain.Path{}
		rawNodes, _ := m["ns"].([]any)
		for _, n := range rawNodes {
			path.Professionals = append(path.Professionals, professionalFrom(n.(map[string]any)))
		}
		steps, _ := m["steps"].([]any)
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

// collectRows runs a statement and returns its records as maps.
func collectRows(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]map[string]any, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	var out []map[string]any
	for res.Next(ctx) {
		out = append(out, res.Record().AsMap())
	}
	return out, res.Err()
}

func nullableList(xs []string) any {
	if len(xs) == 0 {
		return nil
	}
	return xs
}

var _ = time.Time{}
