package neo4jstore

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Tie is one derived TALKED_WITH: From addressed To.
type Tie struct {
	From, To                           string
	Replies, Mentions, Quotes, Reposts int
	FirstAt, LastAt                    time.Time
	Chats                              []string
}

// TiesFrom returns the ties each of the given professionals made.
func (s *Store) TiesFrom(ctx context.Context, ids []string) ([]Tie, error) {
	return readTx(ctx, s, "ties.from", func(ctx context.Context, tx neo4j.ManagedTransaction) ([]Tie, error) {
		res, err := tx.Run(ctx, `
UNWIND $ids AS id
MATCH (a:Professional {id: id})-[t:TALKED_WITH]->(b:Professional)
RETURN a.id AS from, b.id AS to, t{.*} AS t
ORDER BY from, to`, map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		var out []Tie
		for res.Next(ctx) {
			m := res.Record().AsMap()
			t, _ := m["t"].(map[string]any)
			out = append(out, Tie{
				From: str(m, "from"), To: str(m, "to"),
				Replies: integer(t, "replies"), Mentions: integer(t, "mentions"),
				Quotes: integer(t, "quotes"), Reposts: integer(t, "reposts"),
				FirstAt: timeValue(t, "firstAt"), LastAt: timeValue(t, "lastAt"),
				Chats: stringList(t, "chats"),
			})
		}
		return out, res.Err()
	})
}

// Participant is one derived TOOK_PART of a chat.
type Participant struct {
	Professional                             string
	Posts, RepliesReceived, MentionsReceived int
	Role                                     string
	FirstAt, LastAt                          time.Time
}

// Participation returns who took part in a chat and how.
func (s *Store) Participation(ctx context.Context, chatID string) ([]Participant, error) {
	return readTx(ctx, s, "chat.participation", func(ctx context.Context, tx neo4j.ManagedTransaction) ([]Participant, error) {
		res, err := tx.Run(ctx, `
MATCH (:Chat {id: $id})<-[t:TOOK_PART]-(p:Professional)
RETURN p.id AS id, t{.*} AS t
ORDER BY id`, map[string]any{"id": chatID})
		if err != nil {
			return nil, err
		}
		var out []Participant
		for res.Next(ctx) {
			m := res.Record().AsMap()
			t, _ := m["t"].(map[string]any)
			out = append(out, Participant{
				Professional: str(m, "id"), Posts: integer(t, "posts"),
				RepliesReceived: integer(t, "repliesReceived"), MentionsReceived: integer(t, "mentionsReceived"),
				Role: str(t, "role"), FirstAt: timeValue(t, "firstAt"), LastAt: timeValue(t, "lastAt"),
			})
		}
		return out, res.Err()
	})
}
