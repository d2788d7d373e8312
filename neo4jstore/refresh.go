package neo4jstore

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// refreshProfessionals recomputes what is derived from a professional's own
// posts: its outgoing TALKED_WITH (a reply, mention, quote or repost
// addresses the target's professional; a self-tie is none; a reply's
// mention of the person it answers is counted once, as the reply), the
// communities it took part in, and when it was first and last seen. Counts
// are recomputed from the posts rather than incremented, which is what makes
// a repeated or resumed load exact.
//
// The posts are read once. Their targets are summed per account key first,
// so that each account the professional addressed is looked up once rather
// than once a post, then per professional the accounts belong to.
const refreshProfessionals = keepPlan + `
MATCH (p:Professional:Stale)
WITH p LIMIT $limit
CALL (p) {
  OPTIONAL MATCH (p)-[old:TALKED_WITH]->()
  DELETE old
}
CALL (p) {
  MATCH (p)<-[:OF]-(:Account)-[:POSTED]->(post:Post)
  OPTIONAL MATCH (post)-[:IN]->(ch:Chat)
  WITH p, collect([post, ch]) AS posts, min(post.createdAt) AS firstAt, max(post.createdAt) AS lastAt
  SET p.firstSeen = firstAt, p.lastSeen = lastAt
  WITH p, posts
  CALL (p, posts) {
    UNWIND posts AS pc
    WITH DISTINCT p, pc[1] AS ch WHERE ch IS NOT NULL
    MATCH (ch)-[:OF]->(c:Community)
    WITH DISTINCT p, c
    MERGE (p)-[:MEMBER_OF]->(c)
  }
  CALL (p, posts) {
    UNWIND posts AS pc
    WITH p, pc[0] AS post, pc[1] AS ch
    WITH p, post, ch, [t IN [['reply', post.replyToAccount], ['quote', post.quotesAccount], ['repost', post.repostsAccount]]
                       WHERE t[1] IS NOT NULL] +
                      [m IN coalesce(post.mentions, []) WHERE m <> coalesce(post.replyToAccount, '') | ['mention', m]] AS targets
    UNWIND targets AS target
    WITH p, target[1] AS key,
         sum(CASE target[0] WHEN 'reply' THEN 1 ELSE 0 END) AS replies,
         sum(CASE target[0] WHEN 'mention' THEN 1 ELSE 0 END) AS mentions,
         sum(CASE target[0] WHEN 'quote' THEN 1 ELSE 0 END) AS quotes,
         sum(CASE target[0] WHEN 'repost' THEN 1 ELSE 0 END) AS reposts,
         min(post.createdAt) AS firstAt, max(post.createdAt) AS lastAt,
         collect(DISTINCT ch.id) AS chats
    MATCH (acc:Account {key: key})-[:OF]->(other:Professional) USING INDEX SEEK acc:Account(key)
    WHERE other <> p
    WITH p, other, sum(replies) AS replies, sum(mentions) AS mentions, sum(quotes) AS quotes, sum(reposts) AS reposts,
         min(firstAt) AS firstAt, max(lastAt) AS lastAt, collect(chats) AS chatLists
    CREATE (p)-[:TALKED_WITH {replies: replies, mentions: mentions, quotes: quotes, reposts: reposts,
                              firstAt: firstAt, lastAt: lastAt,
                              chats: reduce(acc = [], l IN chatLists | acc + [c IN l WHERE NOT c IN acc])}]->(other)
  }
}
REMOVE p:Stale
RETURN collect(p.id) AS ids`

// deleteOrphans removes professionals left with no account, once the roster
// has tied their accounts to another professional; their partners and chats
// were marked stale when the accounts moved.
const deleteOrphans = keepPlan + `
MATCH (p:Professional:Stale)
WHERE NOT EXISTS { (p)<-[:OF]-(:Account) }
WITH p LIMIT $limit
WITH collect(p) AS ps, collect(p.id) AS ids
FOREACH (x IN ps | DETACH DELETE x)
RETURN ids`

// refreshChats recomputes TOOK_PART for every participant of a stale chat:
// posts, replies and mentions received from others in the chat, first and
// last post, and the role (HOST when they hosted it). The chat's posts are
// read twice, once for who posted and once for whom they addressed (a post
// counts once per professional it answers and once per professional it
// mentions other than the one it answers, whichever of their accounts it
// names), never once per participant.
const refreshChats = keepPlan + `
MATCH (ch:Chat:Stale)
WITH ch LIMIT $limit
CALL (ch) {
  OPTIONAL MATCH (ch)<-[old:TOOK_PART]-()
  DELETE old
}
CALL (ch) {
  CALL (ch) {
    MATCH (ch)<-[:IN]-(q:Post)<-[:POSTED]-(:Account)-[:OF]->(author:Professional)
    WITH q, author, [k IN [q.replyToAccount] WHERE k IS NOT NULL | ['reply', k]] +
                    [m IN coalesce(q.mentions, []) WHERE m <> coalesce(q.replyToAccount, '') | ['mention', m]] AS targets
    UNWIND targets AS target
    MATCH (acc:Account {key: target[1]})-[:OF]->(to:Professional) USING INDEX SEEK acc:Account(key)
    WHERE to <> author
    WITH q, to, collect(target[0]) AS kinds
    WITH to, sum(CASE WHEN 'reply' IN kinds THEN 1 ELSE 0 END) AS replies,
             sum(CASE WHEN 'mention' IN kinds THEN 1 ELSE 0 END) AS mentions
    RETURN collect({to: to, replies: replies, mentions: mentions}) AS received
  }
  CALL (ch) {
    MATCH (ch)<-[:IN]-(post:Post)<-[:POSTED]-(:Account)-[:OF]->(p:Professional)
    WITH p, count(post) AS posts, min(post.createdAt) AS firstAt, max(post.createdAt) AS lastAt
    RETURN collect({p: p, posts: posts, firstAt: firstAt, lastAt: lastAt}) AS parts
  }
  UNWIND parts AS part
  WITH ch, part, part.p AS p, [r IN received WHERE r.to = part.p][0] AS got
  CREATE (p)-[:TOOK_PART {posts: part.posts, repliesReceived: coalesce(got.replies, 0), mentionsReceived: coalesce(got.mentions, 0),
                          firstAt: part.firstAt, lastAt: part.lastAt,
                          role: CASE WHEN EXISTS { (p)-[:HOSTED]->(ch) } THEN 'HOST' ELSE 'PARTICIPANT' END}]->(ch)
}
REMOVE ch:Stale
RETURN collect(ch.id) AS ids`

// The refresh's statements keep their first plan too (keepPlan): each
// runs once a batch while the ties it writes grow from nothing.

// RefreshStats says how much a refresh recomputed.
type RefreshStats struct {
	Professionals int
	Chats         int
}

// RefreshStale recomputes the derived relationships of everything marked
// stale, in batches of at most batchSize, until nothing is stale. Each
// batch is one transaction that also clears its marks, so a refresh killed
// half-way resumes where it stopped. A batch costs what its members posted,
// which varies a thousandfold, so batches shrink when one takes long and
// grow back when they are quick: each stays well inside the store's
// timeout. Each batch records the professionals or chats it recomputed as
// its change (dataversion.go). progress, when not nil, is called after
// each batch.
func (s *Store) RefreshStale(ctx context.Context, batchSize int, progress func(RefreshStats)) (RefreshStats, error) {
	var stats RefreshStats
	var orphans int
	batchSize = max(batchSize, 1)
	slow := s.cfg.Timeout / 8
	for _, step := range []struct {
		op     string
		cypher string
		count  *int
		chats  bool // the batch's ids are chats'
	}{
		{"load.deleteOrphans", deleteOrphans, &orphans, false},
		{"load.refreshProfessionals", refreshProfessionals, &stats.Professionals, false},
		{"load.refreshChats", refreshChats, &stats.Chats, true},
	} {
		limit := batchSize
		for {
			start := time.Now()
			n, err := writeTx(ctx, s, step.op, func(ctx context.Context, tx neo4j.ManagedTransaction) (int, error) {
				raw, err := single[[]any](ctx, tx, step.cypher, map[string]any{"limit": limit})
				if err != nil || len(raw) == 0 {
					return 0, err
				}
				ids := make([]string, len(raw))
				for i, id := range raw {
					ids[i], _ = id.(string)
				}
				// What the batch recomputed, for read models to read again.
				c := Change{Kind: ChangeRows, Professionals: ids}
				if step.chats {
					c = Change{Kind: ChangeRows, Chats: ids}
				}
				_, err = bumpVersion(ctx, tx, c)
				return len(ids), err
			})
			if err != nil {
				return stats, err
			}
			*step.count += n
			took := time.Since(start)
			s.judgePace(step.op, took, n)
			if progress != nil {
				progress(stats)
			}
			if n == 0 {
				break
			}
			switch {
			case took > slow:
				limit = max(limit/2, 1)
			case took < slow/4:
				limit = min(limit*2, batchSize)
			}
		}
	}
	return stats, s.pruneChanges(ctx)
}
