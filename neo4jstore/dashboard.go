package neo4jstore

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
)

// The statements behind the dashboard's chat page and ego network view.

// Transcripts returns one page of each chat's posts, oldest first (then by
// id), in one round trip; the same page arguments apply to every chat.
// Posts by opted-out professionals are left out; in the others, a mention
// of one of their accounts is masked (domain.MaskMentions), and a reply to
// one of their posts does not say which post or whose.
func (s *Store) Transcripts(ctx context.Context, chatIDs []string, page domain.Page) (map[string]*domain.PostConnection, error) {
	params := map[string]any{"ids": chatIDs, "limit": page.First + 1, "afterAt": nil, "afterID": nil}
	if page.After != "" {
		parts, err := domain.DecodeCursor(page.After, 2)
		if err != nil {
			return nil, err
		}
		at, err := time.Parse(time.RFC3339Nano, parts[0])
		if err != nil {
			return nil, domain.Errorf(domain.EINVALID, "after: not a cursor this API gave out")
		}
		params["afterAt"], params["afterID"] = at, parts[1]
	}
	return readTx(ctx, s, "chat.transcript", func(ctx context.Context, tx neo4j.ManagedTransaction) (map[string]*domain.PostConnection, error) {
		out := make(map[string]*domain.PostConnection, len(chatIDs))
		err := eachRecord(ctx, tx, `
UNWIND $ids AS id
MATCH (ch:Chat {id: id})
CALL (ch) {
  MATCH (ch)<-[:IN]-(post:Post)<-[:POSTED]-(a:Account)-[:OF]->(p:Professional)
  WHERE NOT coalesce(p.optedOut, false)
    AND ($afterAt IS NULL OR post.createdAt > $afterAt OR (post.createdAt = $afterAt AND post.id > $afterID))
  WITH post, a, p ORDER BY post.createdAt, post.id LIMIT $limit
  OPTIONAL MATCH (:Post {id: post.replyToId})<-[:POSTED]-(:Account)-[:OF]->(rp:Professional)
  WITH post, a, p, rp, coalesce(rp.optedOut, false) AS replyWithheld
  RETURN collect({id: post.id, text: post.text, createdAt: post.createdAt, account: a.key,
    replyTo: CASE WHEN replyWithheld THEN null ELSE post.replyToId END, author: p{.*},
    replyToAuthor: CASE WHEN replyWithheld THEN null ELSE rp{.*} END,
    withheld: [(post)-[:MENTIONS]->(:Account)-[:OF]->(mp:Professional)<-[:OF]-(ma:Account) WHERE coalesce(mp.optedOut, false) | ma.key]
      + CASE WHEN replyWithheld THEN [(rp)<-[:OF]-(ra:Account) | ra.key] ELSE [] END}) AS posts
}
RETURN id, posts, COUNT {
  (ch)<-[:IN]-(:Post)<-[:POSTED]-(:Account)-[:OF]->(q:Professional) WHERE NOT coalesce(q.optedOut, false)
} AS total`, params, func(m *record) {
			raw := m.list("posts")
			posts := make([]*domain.Post, 0, len(raw))
			for _, r := range raw {
				pm := r.(map[string]any)
				post := &domain.Post{
					ID:      str(pm, "id"),
					Text:    domain.MaskMentions(str(pm, "text"), stringList(pm, "withheld")),
					Account: str(pm, "account"),
					Author:  professionalFrom(asMap(pm["author"])),
				}
				post.CreatedAt, _ = timeOf(pm["createdAt"])
				if reply := str(pm, "replyTo"); reply != "" {
					post.ReplyTo = &reply
					post.ReplyToAuthor = professionalFrom(asMap(pm["replyToAuthor"]))
				}
				posts = append(posts, post)
			}
			// collect after an OPTIONAL MATCH keeps the order in practice,
			// but Cypher does not promise it.
			slices.SortFunc(posts, func(a, b *domain.Post) int {
				if d := a.CreatedAt.Compare(b.CreatedAt); d != 0 {
					return d
				}
				return cmp.Compare(a.ID, b.ID)
			})
			conn := &domain.PostConnection{TotalCount: m.integer("total")}
			conn.Nodes, conn.PageInfo = trimPage(posts, page.First, domain.PostCursor)
			out[m.str("id")] = conn
		})
		return out, err
	})
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}
