package main

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/neo4jstore"
)

// The same-work baseline: what the loader writes, written the simplest
// correct way in plain UNWIND statements, from the very rows the loader
// would write (ingest.Capture runs the loader's reading, checking, chat
// detection and assignment, untimed). Timed: chats with their communities
// and hosts, the roster's professionals, accounts with their profiles and
// professionals, posts with POSTED, IN, REPLY_TO, QUOTES, REPOSTS and
// MENTIONS, answers joining their parent's chat down the thread, then the
// derived TALKED_WITH and TOOK_PART over the whole graph, once. What it
// leaves out: waiting replies kept in memory across loads, aliases, the
// DID folding of Bluesky accounts, profile choice across a professional's
// accounts, the data version and the read models' changes, resumability
// (its derived ties are written once at the end, not per batch). Its ties
// are counted beside the loader's in the results, so that a difference in
// what the two wrote shows.

const sameWorkChats = `
UNWIND $rows AS row
MERGE (c:Community {name: row.community})
SET c.hashtag = coalesce(c.hashtag, row.hashtag)
MERGE (ch:Chat {id: row.id})
SET ch.topic = row.topic, ch.hashtag = row.hashtag, ch.startsAt = row.startsAt, ch.endsAt = row.endsAt, ch.source = row.source
MERGE (ch)-[:OF]->(c)
FOREACH (key IN row.host |
  MERGE (a:Account {key: key})
  MERGE (p:Professional {id: key})
  MERGE (a)-[:OF]->(p)
  MERGE (p)-[:HOSTED]->(ch))`

const sameWorkRoster = `
UNWIND $rows AS row
MERGE (p:Professional {id: row.id})
SET p.name = row.name, p.kind = row.kind, p.optedOut = row.optedOut, p.rostered = true
FOREACH (key IN row.accounts | MERGE (a:Account {key: key}) MERGE (a)-[:OF]->(p))
FOREACH (name IN row.professions | MERGE (pr:Profession {name: name}) MERGE (p)-[:HAS_PROFESSION {source: 'roster'}]->(pr))`

const sameWorkAccounts = `
UNWIND $rows AS row
MERGE (a:Account {key: row.key})
  ON CREATE SET a.platform = row.platform, a.handle = row.handle
FOREACH (_ IN CASE WHEN row.profileAt IS NOT NULL AND coalesce(a.profileAt, row.profileAt) <= row.profileAt THEN [1] ELSE [] END |
  SET a.profileAt = row.profileAt, a.name = row.name, a.bio = row.bio, a.profession = row.profession)
WITH a, row WHERE NOT EXISTS { (a)-[:OF]->() }
MERGE (p:Professional {id: row.key})
  ON CREATE SET p.name = row.handle
MERGE (a)-[:OF]->(p)`

const sameWorkPosts = `
UNWIND $rows AS row
MATCH (a:Account {key: row.author})
MERGE (p:Post {id: row.id})
SET p.platform = row.platform, p.text = row.text, p.createdAt = row.createdAt, p.hashtags = row.hashtags,
    p.mentions = row.mentions, p.replyToAccount = row.replyToAccount, p.quotesAccount = row.quotesAccount,
    p.repostsAccount = row.repostsAccount
MERGE (a)-[:POSTED]->(p)
FOREACH (id IN row.chat | MERGE (ch:Chat {id: id}) MERGE (p)-[:IN]->(ch))
FOREACH (id IN row.replyTo | MERGE (t:Post {id: id}) MERGE (p)-[:REPLY_TO]->(t))
FOREACH (id IN row.quotes | MERGE (t:Post {id: id}) MERGE (p)-[:QUOTES]->(t))
FOREACH (id IN row.reposts | MERGE (t:Post {id: id}) MERGE (p)-[:REPOSTS]->(t))
FOREACH (key IN row.mentions | MERGE (m:Account {key: key}) MERGE (p)-[:MENTIONS]->(m))`

// sameWorkInherit puts each chatless answer into its parent's chat when it
// came within the grace of the chat's end; run until it adds nothing, it
// goes down each thread one level a run.
const sameWorkInherit = `
MATCH (p:Post)-[:REPLY_TO]->(:Post)-[:IN]->(ch:Chat)
WHERE p.createdAt IS NOT NULL AND NOT EXISTS { (p)-[:IN]->() } AND p.createdAt <= ch.endsAt + $grace
CALL (p, ch) { MERGE (p)-[:IN]->(ch) } IN TRANSACTIONS OF 10000 ROWS
RETURN count(*)`

// The derived ties, each written for a set of professionals or chats
// (a subquery over p or ch): over the whole graph for a first load, and for
// those a month's posts touched when it is brought into a graph (their old
// ties deleted first).
const sameWorkTalkedWithOf = `
  MATCH (p)<-[:OF]-(:Account)-[:POSTED]->(post:Post)
  OPTIONAL MATCH (post)-[:IN]->(ch:Chat)
  UNWIND [t IN [['reply', post.replyToAccount], ['quote', post.quotesAccount], ['repost', post.repostsAccount]] WHERE t[1] IS NOT NULL] +
         [m IN coalesce(post.mentions, []) WHERE m <> coalesce(post.replyToAccount, '') | ['mention', m]] AS t
  MATCH (:Account {key: t[1]})-[:OF]->(o:Professional) WHERE o <> p
  WITH p, o, sum(CASE t[0] WHEN 'reply' THEN 1 ELSE 0 END) AS replies, sum(CASE t[0] WHEN 'mention' THEN 1 ELSE 0 END) AS mentions,
       sum(CASE t[0] WHEN 'quote' THEN 1 ELSE 0 END) AS quotes, sum(CASE t[0] WHEN 'repost' THEN 1 ELSE 0 END) AS reposts,
       min(post.createdAt) AS firstAt, max(post.createdAt) AS lastAt, collect(DISTINCT ch.id) AS chats
  CREATE (p)-[:TALKED_WITH {replies: replies, mentions: mentions, quotes: quotes, reposts: reposts, firstAt: firstAt, lastAt: lastAt, chats: chats}]->(o)`

// sameWorkTookPartIn writes each participant's TOOK_PART with what they
// posted; sameWorkReceivedIn then counts, once a chat, the replies and
// mentions each participant received from others in it.
const sameWorkTookPartIn = `
  MATCH (ch)<-[:IN]-(post:Post)<-[:POSTED]-(:Account)-[:OF]->(p:Professional)
  WITH ch, p, count(post) AS posts, min(post.createdAt) AS firstAt, max(post.createdAt) AS lastAt
  CREATE (p)-[:TOOK_PART {posts: posts, repliesReceived: 0, mentionsReceived: 0, firstAt: firstAt, lastAt: lastAt,
                          role: CASE WHEN EXISTS { (p)-[:HOSTED]->(ch) } THEN 'HOST' ELSE 'PARTICIPANT' END}]->(ch)`

const sameWorkReceivedIn = `
  MATCH (ch)<-[:IN]-(q:Post)<-[:POSTED]-(:Account)-[:OF]->(author:Professional)
  UNWIND [k IN [q.replyToAccount] WHERE k IS NOT NULL | ['reply', k]] +
         [m IN coalesce(q.mentions, []) WHERE m <> coalesce(q.replyToAccount, '') | ['mention', m]] AS t
  MATCH (:Account {key: t[1]})-[:OF]->(to:Professional) WHERE to <> author
  WITH ch, q, to, collect(t[0]) AS kinds
  WITH ch, to, sum(CASE WHEN 'reply' IN kinds THEN 1 ELSE 0 END) AS replies, sum(CASE WHEN 'mention' IN kinds THEN 1 ELSE 0 END) AS mentions
  MATCH (to)-[tp:TOOK_PART]->(ch)
  SET tp.repliesReceived = replies, tp.mentionsReceived = mentions`

// sameWorkTies are the statements that write the derived ties, for the
// whole graph or (into) for the authors ($keys) and posts ($ids) of the
// rows just written.
func sameWorkTies(into bool) (talkedWith, tookPart, received string) {
	if !into {
		return "MATCH (p:Professional)\nCALL (p) {" + sameWorkTalkedWithOf + "\n} IN TRANSACTIONS OF 500 ROWS",
			"MATCH (ch:Chat)\nCALL (ch) {" + sameWorkTookPartIn + "\n} IN TRANSACTIONS OF 50 ROWS",
			"MATCH (ch:Chat)\nCALL (ch) {" + sameWorkReceivedIn + "\n} IN TRANSACTIONS OF 50 ROWS"
	}
	touched := "UNWIND $ids AS id\nMATCH (:Post {id: id})-[:IN]->(ch:Chat)\nWITH DISTINCT ch\n"
	return "UNWIND $keys AS key\nMATCH (:Account {key: key})-[:OF]->(p:Professional)\nWITH DISTINCT p\n" +
			"CALL (p) {\n  OPTIONAL MATCH (p)-[old:TALKED_WITH]->() DELETE old\n  WITH DISTINCT p" + sameWorkTalkedWithOf + "\n} IN TRANSACTIONS OF 500 ROWS",
		touched + "CALL (ch) {\n  OPTIONAL MATCH ()-[old:TOOK_PART]->(ch) DELETE old\n  WITH DISTINCT ch" + sameWorkTookPartIn + "\n} IN TRANSACTIONS OF 50 ROWS",
		touched + "CALL (ch) {" + sameWorkReceivedIn + "\n} IN TRANSACTIONS OF 50 ROWS"
}

// sameWorkInheritInto is sameWorkInherit for the chatless answers just
// written ($ids), not every post in the graph.
const sameWorkInheritInto = `
UNWIND $ids AS id
MATCH (p:Post {id: id})-[:REPLY_TO]->(:Post)-[:IN]->(ch:Chat)
WHERE NOT EXISTS { (p)-[:IN]->() } AND p.createdAt <= ch.endsAt + $grace
CALL (p, ch) { MERGE (p)-[:IN]->(ch) } IN TRANSACTIONS OF 10000 ROWS
RETURN count(*)`

// capturedWorld is what a load of a world would write, as ingest.Capture
// hands it over.
type capturedWorld struct {
	chats  []neo4jstore.ChatRow
	roster []neo4jstore.RosterRow
	posts  []neo4jstore.PostBatch
}

func captureWorld(ctx context.Context, dir string, batch int) (*capturedWorld, error) {
	files, err := ingest.Expand([]string{dir})
	if err != nil {
		return nil, err
	}
	w := &capturedWorld{}
	_, err = ingest.Capture(ctx, files, ingest.Options{BatchSize: batch}, ingest.Captured{
		Chats:  func(rows []neo4jstore.ChatRow) { w.chats = append(w.chats, rows...) },
		Roster: func(rows []neo4jstore.RosterRow) { w.roster = append(w.roster, rows...) },
		Posts:  func(b neo4jstore.PostBatch) { w.posts = append(w.posts, b) },
	})
	return w, err
}

func some(s string) []string {
	if s == "" {
		return []string{}
	}
	return []string{s}
}

func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func chatParams(rows []neo4jstore.ChatRow) []map[string]any {
	out := make([]map[string]any, len(rows))
	for i, r := range rows {
		out[i] = map[string]any{"id": r.ID, "community": r.Community, "hashtag": r.Hashtag, "topic": r.Topic, "host": some(r.Host),
			"startsAt": r.StartsAt.UTC(), "endsAt": r.EndsAt.UTC(), "source": r.Source}
	}
	return out
}

func rosterParams(rows []neo4jstore.RosterRow) []map[string]any {
	out := make([]map[string]any, len(rows))
	for i, r := range rows {
		out[i] = map[string]any{"id": r.ID, "name": r.Name, "kind": r.Kind, "optedOut": r.OptedOut,
			"accounts": r.Accounts, "professions": r.Professions}
	}
	return out
}

func sameWorkBatch(b neo4jstore.PostBatch) (accounts, posts []map[string]any) {
	accounts = make([]map[string]any, len(b.Accounts))
	for i, a := range b.Accounts {
		var at any
		if !a.ProfileAt.IsZero() {
			at = a.ProfileAt.UTC()
		}
		accounts[i] = map[string]any{"key": a.Key, "platform": a.Platform, "handle": a.Handle, "profileAt": at,
			"name": a.Name, "bio": a.Bio, "profession": orNil(a.Profession)}
	}
	posts = make([]map[string]any, len(b.Posts))
	for i, p := range b.Posts {
		mentions, hashtags := p.Mentions, p.Hashtags
		if mentions == nil {
			mentions = []string{}
		}
		if hashtags == nil {
			hashtags = []string{}
		}
		posts[i] = map[string]any{"id": p.ID, "author": p.Author, "platform": p.Platform, "text": p.Text, "createdAt": p.CreatedAt.UTC(),
			"hashtags": hashtags, "mentions": mentions, "chat": some(p.Chat),
			"replyTo": some(p.ReplyTo), "quotes": some(p.Quotes), "reposts": some(p.Reposts),
			"replyToAccount": orNil(p.ReplyToAccount), "quotesAccount": orNil(p.QuotesAccount), "repostsAccount": orNil(p.RepostsAccount)}
	}
	return accounts, posts
}

// runSameWork captures dir's rows (not timed), then writes them with the
// same-work statements (timed), and says how long the derived ties took.
// into says the rows go into a graph that has some already (a month into
// the months before it): answers are put into chats, and the derived ties
// rewritten, for what the rows touched instead of the whole graph.
func runSameWork(ctx context.Context, db neo4j.DriverWithContext, dir string, batch int, grace time.Duration, neo *procCPU, into bool) (*phaseResult, error) {
	captureStart := time.Now()
	w, err := captureWorld(ctx, dir, batch)
	if err != nil {
		return nil, fmt.Errorf("same-work baseline: reading %s: %w", dir, err)
	}
	captured := time.Since(captureStart)
	logf("same-work baseline: read %d chats, %d roster rows, %d batches in %.1fs", len(w.chats), len(w.roster), len(w.posts), captured.Seconds())

	sess := session(ctx, db)
	defer sess.Close(context.WithoutCancel(ctx))
	write := func(what, cypher string, params map[string]any) error {
		_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
			res, err := tx.Run(ctx, cypher, params)
			if err != nil {
				return struct{}{}, err
			}
			_, err = res.Consume(ctx)
			return struct{}{}, err
		})
		if err != nil {
			return fmt.Errorf("same-work baseline, %s: %w", what, err)
		}
		return nil
	}
	// A statement that commits its own transactions (IN TRANSACTIONS) runs
	// outside a managed one; it returns how many rows it reports.
	auto := func(what, cypher string, params map[string]any) (int64, error) {
		res, err := sess.Run(ctx, cypher, params)
		if err != nil {
			return 0, fmt.Errorf("same-work baseline, %s: %w", what, err)
		}
		var n int64
		if res.Next(ctx) {
			n, _ = res.Record().Values[0].(int64)
		}
		if _, err := res.Consume(ctx); err != nil {
			return 0, fmt.Errorf("same-work baseline, %s: %w", what, err)
		}
		return n, nil
	}
	// What the rows touch, for into: the authors, the posts and the
	// answers written without a chat (not timed, as the capture is not).
	var keys, ids, chatless []string
	if into {
		authors := map[string]bool{}
		for _, b := range w.posts {
			for _, p := range b.Posts {
				ids = append(ids, p.ID)
				if p.ReplyTo != "" && p.Chat == "" {
					chatless = append(chatless, p.ID)
				}
				if !authors[p.Author] {
					authors[p.Author] = true
					keys = append(keys, p.Author)
				}
			}
		}
	}
	before, err := countGraph(ctx, db)
	if err != nil {
		return nil, err
	}
	cpuStart := selfCPU()
	neoStart := neo.cpu()
	load0 := loadAvg()
	start := time.Now()
	for i := 0; i < len(w.chats); i += batch {
		if err := write("chats", sameWorkChats, map[string]any{"rows": chatParams(w.chats[i:min(i+batch, len(w.chats))])}); err != nil {
			return nil, err
		}
	}
	for i := 0; i < len(w.roster); i += batch {
		if err := write("roster", sameWorkRoster, map[string]any{"rows": rosterParams(w.roster[i:min(i+batch, len(w.roster))])}); err != nil {
			return nil, err
		}
	}
	for i, b := range w.posts {
		accounts, posts := sameWorkBatch(b)
		_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
			for _, st := range []struct {
				cypher string
				rows   []map[string]any
			}{{sameWorkAccounts, accounts}, {sameWorkPosts, posts}} {
				if len(st.rows) == 0 {
					continue
				}
				res, err := tx.Run(ctx, st.cypher, map[string]any{"rows": st.rows})
				if err != nil {
					return struct{}{}, err
				}
				if _, err := res.Consume(ctx); err != nil {
					return struct{}{}, err
				}
			}
			return struct{}{}, nil
		})
		if err != nil {
			return nil, fmt.Errorf("same-work baseline batch %d: %w", i, err)
		}
		w.posts[i] = neo4jstore.PostBatch{} // let the collector have it
	}
	gr := neo4j.Duration{Seconds: int64(grace / time.Second)}
	inherit, inheritParams := sameWorkInherit, map[string]any{"grace": gr}
	if into {
		inherit, inheritParams = sameWorkInheritInto, map[string]any{"grace": gr, "ids": chatless}
	}
	for {
		n, err := auto("answers into their parent's chat", inherit, inheritParams)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			break
		}
	}
	written := time.Since(start)
	talkedWith, tookPart, received := sameWorkTies(into)
	touched := map[string]any{"keys": keys, "ids": ids}
	if _, err := auto("TALKED_WITH", talkedWith, touched); err != nil {
		return nil, err
	}
	if _, err := auto("TOOK_PART", tookPart, touched); err != nil {
		return nil, err
	}
	if _, err := auto("replies and mentions received in chats", received, touched); err != nil {
		return nil, err
	}
	took := time.Since(start)
	r := &phaseResult{Seconds: took.Seconds(), WriteSeconds: written.Seconds(), RefreshSeconds: (took - written).Seconds(),
		CPUSeconds: selfCPU() - cpuStart, Neo4jCPU: neo.cpu() - neoStart, ParseSeconds: captured.Seconds(), LoadAvg: [2]string{load0, loadAvg()}}
	if r.Graph, err = countGraph(ctx, db); err != nil {
		return nil, err
	}
	r.Posts = r.Graph.Posts - before.Posts
	r.PostsPerSecond = float64(r.Posts) / r.Seconds
	return r, nil
}
