package neo4jstore

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
)

// The loader's writes. Every statement MERGEs on a constrained key, so that
// loading the same rows again changes nothing, and every batch is one
// transaction, so that a load killed at any point leaves whole batches only.
// Derived relationships are not touched here: writes mark the professionals
// and chats they affect with the label :Stale, and RefreshStale recomputes
// those from the posts (refresh.go). The marks are committed with the
// batch, so a killed load resumes without having to remember anything.

// AccountRow is an account seen in the input: an author with the profile
// the archive kept, or an account that was only mentioned or answered.
type AccountRow struct {
	Key      string
	Platform string
	Handle   string
	// The profile, when the account wrote a post; ProfileAt is that post's
	// time, so that the newest profile wins whatever order files come in.
	Name, Bio, Location string
	ProfileAt           time.Time
	// What the bio suggests, "" when the account only appears as a target.
	Profession string
	Confidence float64
	Evidence   string
}

// PostRow is a post ready for the graph. Account fields name who the post
// addresses as the archive recorded it; when the post it answers is in the
// graph, that post's author is used instead.
type PostRow struct {
	ID             string
	Platform       string
	Author         string
	Text           string
	CreatedAt      time.Time
	ReplyTo        string
	ReplyToAccount string
	Quotes         string
	QuotesAccount  string
	Reposts        string
	RepostsAccount string
	Mentions       []string
	Hashtags       []string
	Chat           string // the chat the loader assigned, "" for none
}

// RosterRow is one professional from a roster, already canonicalised.
type RosterRow struct {
	ID          string // the first account key: it names the professional
	Name        string
	Accounts    []string
	Professions []string // canonical names
	Communities []string
	OptedOut    bool
	Kind        string
}

// ChatRow is a hosted chat from the catalogue, or one detected from a burst.
type ChatRow struct {
	ID        string
	Community string
	Hashtag   string
	Topic     string
	Host      string // account key, "" when unknown
	StartsAt  time.Time
	EndsAt    time.Time
	Source    string // "catalogue" or "burst"
}

func accountParams(rows []AccountRow) []map[string]any {
	out := make([]map[string]any, len(rows))
	for i, r := range rows {
		out[i] = map[string]any{
			"key": r.Key, "platform": r.Platform, "handle": r.Handle, "local": domain.LocalHandle(r.Key),
			"hasProfile": !r.ProfileAt.IsZero(), "name": r.Name, "bio": r.Bio, "location": r.Location,
			"profileAt":  nullableTime(r.ProfileAt),
			"profession": nullable(r.Profession), "confidence": r.Confidence, "evidence": r.Evidence,
			"kind": kindFor(r.Profession),
		}
	}
	return out
}

func kindFor(profession string) string {
	if profession == "organisation" {
		return "ORGANISATION"
	}
	return "PERSON"
}

// mergeAccounts makes sure every account exists and belongs to a
// professional: an account no roster claims is a professional of its own,
// keyed by the account. The newest profile wins; a rostered professional
// keeps the roster's name, and a roster's profession is never replaced by
// what a bio suggests.
const mergeAccounts = `
UNWIND $rows AS row
MERGE (a:Account {key: row.key})
  ON CREATE SET a.platform = row.platform, a.handle = row.handle, a.local = row.local
WITH a, row
CALL (a, row) {
  OPTIONAL MATCH (a)-[:OF]->(existing:Professional)
  WITH a, row, existing WHERE existing IS NULL
  MERGE (p:Professional {id: row.key})
    ON CREATE SET p.kind = 'PERSON', p.name = row.handle, p.optedOut = false, p.profession = 'unknown'
  MERGE (a)-[:OF]->(p)
}
WITH a, row WHERE row.hasProfile AND (a.profileAt IS NULL OR a.profileAt <= row.profileAt)
SET a.profileAt = row.profileAt, a.name = row.name, a.bio = row.bio, a.location = row.location
WITH a, row
MATCH (a)-[:OF]->(p:Professional)
SET p.bio = row.bio, p.location = row.location
SET p.name = CASE WHEN coalesce(p.rostered, false) OR row.name = '' THEN p.name ELSE row.name END
WITH p, row
CALL (p, row) {
  OPTIONAL MATCH (p)-[old:HAS_PROFESSION {source: 'bio'}]->()
  DELETE old
}
WITH p, row
CALL (p, row) {
  WITH p, row WHERE row.profession IS NOT NULL AND row.profession <> 'unknown'
  MATCH (pr:Profession {name: row.profession})
  MERGE (p)-[h:HAS_PROFESSION {source: 'bio'}]->(pr)
  SET h.confidence = row.confidence, h.evidence = row.evidence
}
WITH p, row WHERE NOT coalesce(p.rostered, false)
SET p.profession = coalesce(row.profession, 'unknown'), p.kind = row.kind`

func postParams(rows []PostRow) []map[string]any {
	out := make([]map[string]any, len(rows))
	for i, r := range rows {
		mentions, hashtags := r.Mentions, r.Hashtags
		if mentions == nil {
			mentions = []string{}
		}
		if hashtags == nil {
			hashtags = []string{}
		}
		out[i] = map[string]any{
			"id": r.ID, "platform": r.Platform, "author": r.Author, "text": r.Text, "createdAt": r.CreatedAt,
			"replyTo": nullable(r.ReplyTo), "replyToAccount": nullable(r.ReplyToAccount),
			"quotes": nullable(r.Quotes), "quotesAccount": nullable(r.QuotesAccount), "reposts": nullable(r.Reposts), "repostsAccount": nullable(r.RepostsAccount),
			"mentions": mentions, "hashtags": hashtags, "chat": nullable(r.Chat),
		}
	}
	return out
}

// mergePosts writes posts and their own relationships. A post that answers,
// quotes or reposts one not yet in the graph keeps the target's id, and is
// linked when that post arrives (linkWaiting), whichever file comes first.
const mergePosts = `
UNWIND $rows AS row
MATCH (author:Account {key: row.author})
MERGE (p:Post {id: row.id})
  ON CREATE SET p.platform = row.platform, p.text = row.text, p.createdAt = row.createdAt,
    p.hashtags = row.hashtags, p.replyToId = row.replyTo, p.replyToAccount = row.replyToAccount,
    p.quotesId = row.quotes, p.quotesAccount = row.quotesAccount, p.repostsId = row.reposts, p.repostsAccount = row.repostsAccount,
    p.mentions = row.mentions
MERGE (author)-[:POSTED]->(p)
WITH p, row, author
CALL (p, row) {
  UNWIND row.mentions AS key
  MATCH (m:Account {key: key})
  MERGE (p)-[:MENTIONS]->(m)
}
CALL (p, row) {
  WITH p, row WHERE row.chat IS NOT NULL
  MATCH (ch:Chat {id: row.chat})
  MERGE (p)-[:IN]->(ch)
  SET ch:Stale
}
CALL (author) {
  MATCH (author)-[:OF]->(prof:Professional)
  SET prof:Stale
}`

// linkTargets links each post of the batch to the posts it answers, quotes
// or reposts when those are in the graph, takes the addressed account from
// them, and puts an answer with no chat of its own into its parent's chat
// when it came within the reply grace of the chat's end.
const linkTargets = `
UNWIND $rows AS row
MATCH (p:Post {id: row.id})
CALL (p) {
  MATCH (parent:Post {id: p.replyToId})<-[:POSTED]-(pa:Account)
  MERGE (p)-[:REPLY_TO]->(parent)
  SET p.replyToAccount = pa.key
  WITH p, parent
  MATCH (parent)-[:IN]->(ch:Chat)
  WHERE NOT EXISTS { (p)-[:IN]->() } AND p.createdAt <= ch.endsAt + $replyGrace
  MERGE (p)-[:IN]->(ch)
  SET ch:Stale
}
CALL (p) {
  MATCH (q:Post {id: p.quotesId})<-[:POSTED]-(qa:Account)
  MERGE (p)-[:QUOTES]->(q)
  SET p.quotesAccount = qa.key
}
CALL (p) {
  MATCH (r:Post {id: p.repostsId})<-[:POSTED]-(ra:Account)
  MERGE (p)-[:REPOSTS]->(r)
  SET p.repostsAccount = ra.key
}`

// linkWaiting does the other half: posts already in the graph that answer,
// quote or repost a post of this batch are linked to it now, and their
// authors' ties (and their chats) become stale.
const linkWaiting = `
UNWIND $rows AS row
MATCH (p:Post {id: row.id})<-[:POSTED]-(pa:Account)
CALL (p, pa) {
  MATCH (c:Post {replyToId: p.id})
  WHERE NOT EXISTS { (c)-[:REPLY_TO]->(p) }
  MERGE (c)-[:REPLY_TO]->(p)
  SET c.replyToAccount = pa.key
  WITH c, p
  CALL (c, p) {
    MATCH (p)-[:IN]->(ch:Chat)
    WHERE NOT EXISTS { (c)-[:IN]->() } AND c.createdAt <= ch.endsAt + $replyGrace
    MERGE (c)-[:IN]->(ch)
  }
  WITH c
  MATCH (c)<-[:POSTED]-(:Account)-[:OF]->(prof:Professional)
  SET prof:Stale
  WITH c
  MATCH (c)-[:IN]->(ch:Chat)
  SET ch:Stale
}
CALL (p, pa) {
  MATCH (c:Post {quotesId: p.id})
  WHERE NOT EXISTS { (c)-[:QUOTES]->(p) }
  MERGE (c)-[:QUOTES]->(p)
  SET c.quotesAccount = pa.key
  WITH c
  MATCH (c)<-[:POSTED]-(:Account)-[:OF]->(prof:Professional)
  SET prof:Stale
}
CALL (p, pa) {
  MATCH (c:Post {repostsId: p.id})
  WHERE NOT EXISTS { (c)-[:REPOSTS]->(p) }
  MERGE (c)-[:REPOSTS]->(p)
  SET c.repostsAccount = pa.key
  WITH c
  MATCH (c)<-[:POSTED]-(:Account)-[:OF]->(prof:Professional)
  SET prof:Stale
}`

// inheritChats finishes what linkTargets and linkWaiting begin. An answer
// with no chat of its own joins its parent's chat, and so do the answers
// to it, down the thread, each within the reply grace of the chat's end.
// When the parent gets its chat only now (its own parent came in this
// batch), answers already linked to it would be left out, and which answers
// join a chat would depend on the order the posts came in: a second load of
// the same files, or a resumed one, would then change the graph. So from
// each post of the batch that has a chat, and each answer linkWaiting just
// joined, the chat goes down to every chatless answer within the grace.
const inheritChats = `
UNWIND $rows AS row
MATCH (p:Post {id: row.id})
MATCH (p)<-[:REPLY_TO*0..1]-(top:Post)-[:IN]->(ch:Chat)
MATCH (top)<-[:REPLY_TO]-(first:Post)
WHERE NOT EXISTS { (first)-[:IN]->() } AND first.createdAt <= ch.endsAt + $replyGrace
MATCH path = (first)<-[:REPLY_TO*0..]-(d:Post)
WHERE all(n IN nodes(path) WHERE NOT EXISTS { (n)-[:IN]->() } AND n.createdAt <= ch.endsAt + $replyGrace)
WITH collect(DISTINCT [d, ch]) AS joins
UNWIND joins AS j
WITH j[0] AS d, j[1] AS ch
MERGE (d)-[:IN]->(ch)
SET ch:Stale
WITH d
MATCH (d)<-[:POSTED]-(:Account)-[:OF]->(prof:Professional)
SET prof:Stale`

// WritePosts writes one batch of accounts and posts in one transaction and
// says how many of the posts were new to the graph; the others were
// already there (loaded before, or from another archive).
func (s *Store) WritePosts(ctx context.Context, accounts []AccountRow, posts []PostRow, replyGrace time.Duration) (created int, err error) {
	if len(accounts) == 0 && len(posts) == 0 {
		return 0, nil
	}
	acc, rows := accountParams(accounts), postParams(posts)
	grace := neo4j.Duration{Seconds: int64(replyGrace / time.Second)}
	return writeTx(ctx, s, "load.posts", func(ctx context.Context, tx neo4j.ManagedTransaction) (int, error) {
		created := 0
		steps := []struct {
			name   string
			cypher string
			params map[string]any
		}{
			{"accounts", mergeAccounts, map[string]any{"rows": acc}},
			{"posts", mergePosts, map[string]any{"rows": rows}},
			{"targets", linkTargets, map[string]any{"rows": rows, "replyGrace": grace}},
			{"waiting", linkWaiting, map[string]any{"rows": rows, "replyGrace": grace}},
			{"inherit", inheritChats, map[string]any{"rows": rows, "replyGrace": grace}},
		}
		for _, st := range steps {
			res, err := tx.Run(ctx, st.cypher, st.params)
			if err != nil {
				return 0, fmt.Errorf("%s: %w", st.name, err)
			}
			summary, err := res.Consume(ctx)
			if err != nil {
				return 0, fmt.Errorf("%s: %w", st.name, err)
			}
			if st.name == "posts" {
				// mergePosts creates no node but posts.
				created = summary.Counters().NodesCreated()
			}
		}
		return created, nil
	})
}
