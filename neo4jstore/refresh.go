package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// refreshProfessionals recomputes what is derived from a professional's own
// posts: its outgoing TALKED_WITH (a reply, mention, quote or repost
// addresses the target's professional; a self-tie is none; a reply's
// mention of the person it answers is counted once, as the reply), the
// communities it took part in, and when it was first and last seen. Counts are recomputed from the posts rather than
// incremented, which is what makes a repeated or resumed load exact.
const refreshProfessionals = `
MATCH (p:Professional:Stale)
WITH p LIMIT $limit
CALL (p) {
  OPTIONAL MATCH (p)-[old:TALKED_WITH]->()
  DELETE old
}
CALL (p) {
  MATCH (p)<-[:OF]-(:Account)-[:POSTED]->(post:Post)
  WITH p, min(post.createdAt) AS firstAt, max(post.createdAt) AS lastAt
  SET p.firstSeen = firstAt, p.lastSeen = lastAt
}
CALL (p) {
  MATCH (p)<-[:OF]-(:Account)-[:POSTED]->(:Post)-[:IN]->(:Chat)-[:OF]->(c:Community)
  WITH DISTINCT p, c
  MERGE (p)-[:MEMBER_OF]->(c)
}
CALL (p) {
  MATCH (p)<-[:OF]-(:Account)-[:POSTED]->(post:Post)
  WITH p, post, [t IN [['reply', post.replyToAccount], ['quote', post.quotesAccount], ['repost', post.repostsAccount]]
                 WHERE t[1] IS NOT NULL] +
                [m IN coalesce(post.mentions, []) WHERE m <> coalesce(post.replyToAccount, '') | ['mention', m]] AS targets
  UNWIND targets AS target
  MATCH (:Account {key: target[1]})-[:OF]->(other:Professional)
  WHERE other <> p
  OPTIONAL MATCH (post)-[:IN]->(ch:Chat)
  WITH p, other,
       sum(CASE target[0] WHEN 'reply' THEN 1 ELSE 0 END) AS replies,
       sum(CASE target[0] WHEN 'mention' THEN 1 ELSE 0 END) AS mentions,
       sum(CASE target[0] WHEN 'quote' THEN 1 ELSE 0 END) AS quotes,
       sum(CASE target[0] WHEN 'repost' THEN 1 ELSE 0 END) AS reposts,
       min(post.createdAt) AS firstAt, max(post.createdAt) AS lastAt,
       collect(DISTINCT ch.id) AS chats
  CREATE (p)-[:TALKED_WITH {replies: replies, mentions: mentions, quotes: quotes, reposts: reposts,
                            firstAt: firstAt, lastAt: lastAt, chats: chats}]->(other)
}
REMOVE p:Stale
RETURN count(p) AS n`

// deleteOrphans removes professionals left with no account, once the roster
// has tied their accounts to another professional; their partners and chats
// were marked stale when the accounts moved.
const deleteOrphans = `
MATCH (p:Professional:Stale)
WHERE NOT EXISTS { (p)<-[:OF]-(:Account) }
WITH p LIMIT $limit
DETACH DELETE p
RETURN count(*) AS n`

// refreshChats recomputes TOOK_PART for every participant of a stale chat:
// posts, replies and mentions received from others in the chat, first and
// last post, and the role (HOST when they hosted it).
const refreshChats = `
MATCH (ch:Chat:Stale)
WITH ch LIMIT $limit
CALL (ch) {
  OPTIONAL MATCH (ch)<-[old:TOOK_PART]-()
  DELETE old
}
CALL (ch) {
  MATCH (ch)<-[:IN]-(post:Post)<-[:POSTED]-(:Account)-[:OF]->(p:Professional)
  WITH ch, p, count(post) AS posts, min(post.createdAt) AS firstAt, max(post.createdAt) AS lastAt
  CALL (ch, p) {
    MATCH (p)<-[:OF]-(acct:Account)
    WITH ch, p, collect(acct.key) AS keys
    MATCH (ch)<-[:IN]-(q:Post)<-[:POSTED]-(:Account)-[:OF]->(author:Professional)
    WHERE author <> p
    RETURN sum(CASE WHEN q.replyToAccount IN keys THEN 1 ELSE 0 END) AS repliesReceived,
           sum(CASE WHEN any(m IN coalesce(q.mentions, []) WHERE m IN keys AND m <> coalesce(q.replyToAccount, '')) THEN 1 ELSE 0 END) AS mentionsReceived
  }
  CREATE (p)-[:TOOK_PART {posts: posts, repliesReceived: repliesReceived, mentionsReceived: mentionsReceived,
                          firstAt: firstAt, lastAt: lastAt,
                          role: CASE WHEN EXISTS { (p)-[:HOSTED]->(ch) } THEN 'HOST' ELSE 'PARTICIPANT' END}]->(ch)
}
REMOVE ch:Stale
RETURN count(ch) AS n`

// RefreshStats says how much a refresh recomputed.
type RefreshStats struct {
	Professionals int
	Chats         int
}

// RefreshStale recomputes the derived relationships of everything marked
// stale, in batches of batchSize, until nothing is stale. Each batch is one
// transaction that also clears its marks, so a refresh killed half-way
// resumes where it stopped. progress, when not nil, is called after each batch.
func (s *Store) RefreshStale(ctx context.Context, batchSize int, progress func(RefreshStats)) (RefreshStats, error) {
	var stats RefreshStats
	var orphans int
	for _, step := range []struct {
		op     string
		cypher string
		count  *int
	}{
		{"load.deleteOrphans", deleteOrphans, &orphans},
		{"load.refreshProfessionals", refreshProfessionals, &stats.Professionals},
		{"load.refreshChats", refreshChats, &stats.Chats},
	} {
		for {
			n, err := writeTx(ctx, s, step.op, func(ctx context.Context, tx neo4j.ManagedTransaction) (int, error) {
				return single[int](ctx, tx, step.cypher, map[string]any{"limit": batchSize})
			})
			if err != nil {
				return stats, err
			}
			*step.count += n
			if progress != nil {
				progress(stats)
			}
			if n == 0 {
				break
			}
		}
	}
	return stats, nil
}
