package neo4jstore

import (
	"cmp"
	"context"
	"slices"
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
		var found *domain.Chat
		err := eachRecord(ctx, tx, `MATCH (ch:Chat {id: $id}) RETURN `+chatProjection+` AS ch`, map[string]any{"id": id},
			func(r *record) { found = chatFrom(r.mapOf("ch")) })
		return found, err
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
		var out []*domain.Chat
		err := eachRecord(ctx, tx, `
MATCH (ch:Chat)`+chatWhere+`
  AND ($afterStart IS NULL OR ch.startsAt < $afterStart OR (ch.startsAt = $afterStart AND ch.id > $afterID))
WITH ch ORDER BY ch.startsAt DESC, ch.id LIMIT $limit
RETURN `+chatProjection+` AS ch`, params, func(r *record) { out = append(out, chatFrom(r.mapOf("ch"))) })
		return out, err
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
		out := make(map[string][]*domain.Professional, len(chatIDs))
		err := eachRecord(ctx, tx, `
UNWIND $ids AS id
MATCH (:Chat {id: id})<-[:HOSTED]-(p:Professional)
WHERE NOT coalesce(p.optedOut, false)
RETURN id, p{.*} AS p
ORDER BY id, p.id`, map[string]any{"ids": chatIDs}, func(r *record) {
			id := r.str("id")
			out[id] = append(out[id], professionalFrom(r.mapOf("p")))
		})
		return out, err
	})
}

func nullableTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// ChatsOf returns the chats each professional took part in within the
// window, newest first.
func (s *Store) ChatsOf(ctx context.Context, ids []string, w domain.Window) (map[string][]*domain.Chat, error) {
	params := windowParams(w)
	params["ids"] = ids
	return readTx(ctx, s, "professional.chats", func(ctx context.Context, tx neo4j.ManagedTransaction) (map[string][]*domain.Chat, error) {
		out := make(map[string][]*domain.Chat, len(ids))
		err := eachRecord(ctx, tx, `
UNWIND $ids AS id
MATCH (:Professional {id: id})-[:TOOK_PART]->(ch:Chat)
WHERE ch.startsAt >= $since AND ch.startsAt < $until
RETURN id, `+chatProjection+` AS ch
ORDER BY id, ch.startsAt DESC, ch.id`, params, func(r *record) {
			id := r.str("id")
			out[id] = append(out[id], chatFrom(r.mapOf("ch")))
		})
		return out, err
	})
}

// ChatSummary is a chat's summary as the graph counts it, with the texts
// of its posts, of which the questions service counts the top terms; the
// cross-profession ties, which read every participant's ties, are the read
// model's to count.
type ChatSummary struct {
	Summary *domain.ChatSummary
	Texts   []string
}

// ChatSummaries summarises each chat, by id, in one round trip.
func (s *Store) ChatSummaries(ctx context.Context, ids []string) (map[string]ChatSummary, error) {
	return readTx(ctx, s, "chat.summary", func(ctx context.Context, tx neo4j.ManagedTransaction) (map[string]ChatSummary, error) {
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
RETURN id, posts, replies, texts, parts`, map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		out := make(map[string]ChatSummary, len(ids))
		for res.Next(ctx) {
			r := record{rec: res.Record()}
			sum := &domain.ChatSummary{Posts: r.integer("posts")}
			if sum.Posts > 0 {
				sum.ReplyRate = float64(r.integer("replies")) / float64(sum.Posts)
			}
			mix := map[string]int{}
			answered := 0
			parts := r.list("parts")
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
			out[r.str("id")] = ChatSummary{Summary: sum, Texts: r.strings("texts")}
			if err := r.Err(); err != nil {
				return nil, err
			}
		}
		return out, res.Err()
	})
}
