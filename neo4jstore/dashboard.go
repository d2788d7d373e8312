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
		rows, err := collectRows(ctx, tx, `
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
} AS total`, params)
		if err != nil {
			return nil, err
		}
		out := make(map[string]*domain.PostConnection, len(rows))
		for _, m := range rows {
			raw, _ := m["posts"].([]any)
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
			conn := &domain.PostConnection{TotalCount: integer(m, "total")}
			conn.Nodes, conn.PageInfo = trimPage(posts, page.First, domain.PostCursor)
			out[str(m, "id")] = conn
		}
		return out, nil
	})
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// EgoNetworks returns, for each professional, them and their first
// partners in the window (most conversational acts first, then id, as
// PartnersOf orders them) and the conversational ties in the window among
// all of these, in one transaction of two statements: the network, then the
// chats its ties name.
func (s *Store) EgoNetworks(ctx context.Context, ids []string, w domain.Window, first int) (map[string]*domain.EgoNetwork, error) {
	params := windowParams(w)
	params["ids"], params["first"] = ids, first
	return readTx(ctx, s, "professional.egoNetwork", func(ctx context.Context, tx neo4j.ManagedTransaction) (map[string]*domain.EgoNetwork, error) {
		rows, err := collectRows(ctx, tx, `
UNWIND $ids AS id
MATCH (p:Professional {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[t:TALKED_WITH]-(o:Professional)
  WHERE o <> p AND NOT coalesce(o.optedOut, false) AND t.lastAt >= $since AND t.firstAt < $until
  WITH o, sum(t.replies + t.mentions + t.quotes) AS acts
  WHERE o IS NOT NULL AND acts > 0
  WITH o, acts ORDER BY acts DESC, o.id LIMIT $first
  RETURN collect(o) AS partners
}
WITH id, [p] + partners AS members
CALL (members) {
  UNWIND members AS x
  MATCH (x)-[t:TALKED_WITH]->(y:Professional)
  WHERE y IN members AND y <> x AND `+tieInWindow+`
  RETURN collect({a: x.id, b: y.id, acts: t.replies + t.mentions + t.quotes, chats: t.chats}) AS ties
}
RETURN id, [m IN members | m{.*}] AS members, ties`, params)
		if err != nil {
			return nil, err
		}
		type pairTies struct {
			acts  int
			chats map[string]bool
		}
		out := make(map[string]*domain.EgoNetwork, len(rows))
		pairsOf := make(map[string]map[[2]string]*pairTies, len(rows))
		var chatIDs []string
		for _, m := range rows {
			net := &domain.EgoNetwork{Members: []*domain.Professional{}, Ties: []*domain.EgoTie{}}
			rawMembers, _ := m["members"].([]any)
			for _, r := range rawMembers {
				net.Members = append(net.Members, professionalFrom(asMap(r)))
			}
			pairs := map[[2]string]*pairTies{}
			rawTies, _ := m["ties"].([]any)
			for _, r := range rawTies {
				tm := asMap(r)
				a, b := str(tm, "a"), str(tm, "b")
				if b < a {
					a, b = b, a
				}
				pt := pairs[[2]string{a, b}]
				if pt == nil {
					pt = &pairTies{chats: map[string]bool{}}
					pairs[[2]string{a, b}] = pt
				}
				pt.acts += integer(tm, "acts")
				for _, c := range stringList(tm, "chats") {
					if !pt.chats[c] {
						pt.chats[c] = true
						chatIDs = append(chatIDs, c)
					}
				}
			}
			id := str(m, "id")
			out[id], pairsOf[id] = net, pairs
		}
		chats, err := chatsByID(ctx, tx, dedupe(chatIDs))
		if err != nil {
			return nil, err
		}
		for id, net := range out {
			byID := make(map[string]*domain.Professional, len(net.Members))
			for _, p := range net.Members {
				byID[p.ID] = p
			}
			for pair, pt := range pairsOf[id] {
				tie := &domain.EgoTie{A: byID[pair[0]], B: byID[pair[1]], Acts: pt.acts, ChatCount: len(pt.chats), Chats: []*domain.Chat{}}
				for c := range pt.chats {
					if ch := chats[c]; ch != nil {
						tie.Chats = append(tie.Chats, ch)
					}
				}
				slices.SortFunc(tie.Chats, func(x, y *domain.Chat) int {
					if d := y.StartsAt.Compare(x.StartsAt); d != 0 {
						return d
					}
					return cmp.Compare(x.ID, y.ID)
				})
				tie.Chats = tie.Chats[:min(len(tie.Chats), domain.MaxTieChats)]
				net.Ties = append(net.Ties, tie)
			}
			slices.SortFunc(net.Ties, func(x, y *domain.EgoTie) int {
				if d := cmp.Compare(y.Acts, x.Acts); d != 0 {
					return d
				}
				if d := cmp.Compare(x.A.ID, y.A.ID); d != 0 {
					return d
				}
				return cmp.Compare(x.B.ID, y.B.ID)
			})
		}
		return out, nil
	})
}
