package neo4jstore

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
)

// chatProjection reads a chat with its community and counts; both counts are
// degrees of one relationship type, so they do not touch the posts.
const chatProjection = `ch{.id, .topic, .hashtag, .startsAt, .endsAt,
  community: head([(ch)-[:OF]->(c:Community) | c.name]),
  participants: COUNT { (ch)<-[:TOOK_PART]-() },
  posts: COUNT { (ch)<-[:IN]-() }}`

// Chat finds a chat by id; nil when there is none.
func (s *Store) Chat(ctx context.Context, id string) (*domain.Chat, error) {
	return readTx(ctx, s, "chat", func(ctx context.Context, tx neo4j.ManagedTransaction) (*domain.Chat, error) {
		res, err := tx.Run(ctx, `MATCH (ch:Chat {id: $id}) RETURN `+chatProjection+` AS ch`, map[string]any{"id": id})
		if err != nil {
			return nil, err
		}
		if !res.Next(ctx) {
			return nil, res.Err()
		}
		return chatFrom(mapOf(res.Record(), "ch")), nil
	})
}

// chatWhere is shared by the page and its count so they always agree.
const chatWhere = `
WHERE ($community IS NULL OR EXISTS { (ch)-[:OF]->(:Community {name: $community}) })
  AND ($since IS NULL OR ch.startsAt >= $since)
  AND ($until IS NULL OR ch.startsAt < $until)`

func chatFilterParams(f domain.ChatFilter) map[string]any {
	return map[string]any{
		"community": nullable(f.Community),
		"since":     nullableTime(f.Window.Since),
		"until":     nullableTime(f.Window.Until),
	}
}

// Chats lists chats newest first, paging on (startsAt, id).
func (s *Store) Chats(ctx context.Context, f domain.ChatFilter, page domain.Page) (*domain.ChatConnection, error) {
	params := chatFilterParams(f)
	params["afterStart"], params["afterID"] = nil, nil
	if page.After != "" {
		parts, err := domain.DecodeCursor(page.After, 2)
		if err != nil {
			return nil, err
		}
		start, err := time.Parse(time.RFC3339Nano, parts[0])
		if err != nil {
			return nil, domain.Errorf(domain.EINVALID, "after: not a cursor this API gave out")
		}
		params["afterStart"], params["afterID"] = start, parts[1]
	}
	params["limit"] = page.First + 1
	nodes, err := readTx(ctx, s, "chats", func(ctx context.Context, tx neo4j.ManagedTransaction) ([]*domain.Chat, error) {
		res, err := tx.Run(ctx, `
MATCH (ch:Chat)`+chatWhere+`
  AND ($afterStart IS NULL OR ch.startsAt < $afterStart OR (ch.startsAt = $afterStart AND ch.id > $afterID))
WITH ch ORDER BY ch.startsAt DESC, ch.id LIMIT $limit
RETURN `+chatProjection+` AS ch`, params)
		if err != nil {
			return nil, err
		}
		var out []*domain.Chat
		for res.Next(ctx) {
			out = append(out, chatFrom(mapOf(res.Record(), "ch")))
		}
		return out, res.Err()
	})
	if err != nil {
		return nil, err
	}
	conn := &domain.ChatConnection{Filter: f}
	conn.Nodes, conn.PageInfo = trimPage(nodes, page.First, ChatCursor)
	return conn, nil
}

// ChatCursor is the cursor that pages after ch.
func ChatCursor(ch *domain.Chat) string {
	return domain.EncodeCursor(ch.StartsAt.UTC().Format(time.RFC3339Nano), ch.ID)
}

// CountChats counts what Chats would list without paging.
func (s *Store) CountChats(ctx context.Context, f domain.ChatFilter) (int, error) {
	return readTx(ctx, s, "chats.count", func(ctx context.Context, tx neo4j.ManagedTransaction) (int, error) {
		return single[int](ctx, tx, `MATCH (ch:Chat)`+chatWhere+` RETURN count(ch) AS n`, chatFilterParams(f))
	})
}

// HostsOf returns each chat's hosts who have not opted out, by chat id.
func (s *Store) HostsOf(ctx context.Context, chatIDs []string) (map[string][]*domain.Professional, error) {
	return readTx(ctx, s, "chat.hosts", func(ctx context.Context, tx neo4j.ManagedTransaction) (map[string][]*domain.Professional, error) {
		res, err := tx.Run(ctx, `
UNWIND $ids AS id
MATCH (:Chat {id: id})<-[:HOSTED]-(p:Professional)
WHERE NOT coalesce(p.optedOut, false)
RETURN id, p{.*} AS p
ORDER BY id, p.id`, map[string]any{"ids": chatIDs})
		if err != nil {
			return nil, err
		}
		out := make(map[string][]*domain.Professional, len(chatIDs))
		for res.Next(ctx) {
			m := res.Record().AsMap()
			id := str(m, "id")
			out[id] = append(out[id], professionalFrom(m["p"].(map[string]any)))
		}
		return out, res.Err()
	})
}

func nullableTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}
