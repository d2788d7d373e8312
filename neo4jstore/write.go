package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
)

// The loader's writes. Every statement MERGEs on a constrained key, or
// CREATEs a post the same transaction has just found missing, so that
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
	// DID is a Bluesky account's DID when the archive showed it beside the
	// handle (see bskyids.go); "" otherwise.
	DID string
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
	// Aliases are other names of the post (archive.Post.Aliases): a reply,
	// quote or repost may name it by one, as its ReplyTo, Quotes or
	// Reposts, before or after it is loaded.
	Aliases []string
}

// aliasPrefix starts every post alias (archive.AliasPrefix).
const aliasPrefix = "alias:"

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

// keepPlan prefixes the statements the loader runs for every batch, and the
// refresh's. They run thousands of times while the graph grows from
// nothing, and Neo4j discards a cached plan as stale whenever the
// statistics it was made with have changed by more than a threshold: on a
// growing graph, every few seconds for one statement or another. Planning
// these long statements, with their many subqueries, takes a good part of a
// second each time: in a profile of Neo4j during a load, 30% of its CPU
// went to planning. Their plans must not depend on the statistics, so that
// the first plan can be kept: every node they find by a key they are given
// is found with USING INDEX SEEK, and everything else is expanded from
// those or from the :Stale label. The hint is what makes that true. Without
// it, createPosts once found each batch's chats by scanning the whole
// Chat(id) index (planned while that index was sampled as empty; the
// planner then saw a scan as free), and the 10k bench's load fell from
// ~1,500 to ~130 posts/s for the rest of the load: the cost grew with every
// chat, and re-planning on the same statistics planned the same scan
// (keptplans_test.go pins the hints and that no kept plan scans).
//
// A comparison is a key too. "first.createdAt <= ch.endsAt + $replyGrace"
// lets the planner find every post with a createdAt by scanning the
// Post(createdAt) index and join it with the posts the statement reached
// from its keys: in the 100k bench's first load (2026-12-07) inheritChats
// was planned so and ran 8–53 s a batch instead of ~10 ms, and the slow-
// batch guard's re-plans, on the statistics of the moment, did not cure
// it in 49 tries. So a kept statement
// compares a property of a node it reaches by expansion in a form no index
// answers: the arithmetic on the property's side ("first.createdAt -
// $replyGrace <= ch.endsAt", the same rule, exact for a grace in seconds),
// which keptplans_test.go checks by asking the planner for the index.
//
// A bad plan would be kept too: one made while an index was not yet online
// (another process creating the schema as a load started) made a load
// crawl. So the first run of each such statement through a Store plans it
// afresh (replan=force replaces the cached plan), after the loader has
// waited for its indexes, and each load keeps a plan of its own. runTx
// hands every transaction's work a replanningTx, so no statement needs to
// ask for it.
const keepPlan = "CYPHER replan=skip "

// replanningTx runs a keepPlan statement's first run through its Store
// with replan=force; everything else as given.
type replanningTx struct {
	neo4j.ManagedTransaction
	replanned *sync.Map // the keepPlan statements planned afresh
}

func (t replanningTx) Run(ctx context.Context, cypher string, params map[string]any) (neo4j.ResultWithContext, error) {
	if rest, ok := strings.CutPrefix(cypher, keepPlan); ok {
		if _, done := t.replanned.LoadOrStore(cypher, true); !done {
			cypher = "CYPHER replan=force " + rest
		}
	}
	return t.ManagedTransaction.Run(ctx, cypher, params)
}

func accountParams(rows []AccountRow) []map[string]any {
	out := make([]map[string]any, len(rows))
	for i, r := range rows {
		out[i] = map[string]any{
			"key": r.Key, "platform": r.Platform, "handle": r.Handle, "local": domain.LocalHandle(r.Key),
			"hasProfile": !r.ProfileAt.IsZero(), "name": r.Name, "bio": r.Bio, "location": r.Location,
			"profileAt":  nullableTime(r.ProfileAt),
			"profession": nullable(r.Profession), "confidence": r.Confidence, "evidence": r.Evidence,
			"kind": kindFor(r.Profession), "profileHash": ProfileHash(r), "did": nullable(r.didOf()),
		}
	}
	return out
}

// ProfileHash fingerprints what an account row would write of a profile,
// so that a newer copy of the same profile (most rows of a busy author)
// only moves the profile's time on instead of writing it all again.
func ProfileHash(r AccountRow) int64 {
	h := fnv.New64a()
	for _, s := range []string{r.Name, r.Bio, r.Location, r.Profession, strconv.FormatFloat(r.Confidence, 'g', -1, 64), r.Evidence} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return int64(h.Sum64())
}

func kindFor(profession string) string {
	if profession == "organisation" {
		return "ORGANISATION"
	}
	return "PERSON"
}

// mergeAccounts makes sure every account exists and belongs to a
// professional: an account no roster claims is a professional of its own,
// keyed by the account. Each account keeps its newest profile, with the
// profession its bio suggests. A professional shows the newest profile of
// its accounts (on a tie, the first account key's), chosen once every
// account of the batch is written, so that neither the order of the rows nor
// how a load cuts them into batches decides which account's profile it
// shows. A rostered professional keeps the roster's name, and a roster's
// profession is never replaced by what a bio suggests. A bio's profession
// that is already the one recorded is kept (and its confidence updated)
// rather than deleted and made again. An account written before accounts
// kept their profession (a.profession unset) leaves the professional's
// profession as it is.
const mergeAccounts = keepPlan + `
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
WITH a, row
FOREACH (_ IN CASE WHEN row.did IS NOT NULL AND coalesce(a.did, '') <> row.did THEN [1] ELSE [] END | SET a.did = row.did)
WITH a, row WHERE row.hasProfile AND (a.profileAt IS NULL OR a.profileAt <= row.profileAt)
SET a.profileAt = row.profileAt
WITH a, row, a.profileHash IS NULL OR a.profileHash <> row.profileHash AS changed
CALL (a, row, changed) {
  WITH a, row WHERE changed
  SET a.profileHash = row.profileHash, a.name = row.name, a.bio = row.bio, a.location = row.location,
      a.profession = coalesce(row.profession, 'unknown'), a.confidence = row.confidence,
      a.evidence = row.evidence, a.kind = row.kind
}
WITH a, changed
MATCH (a)-[:OF]->(p:Professional)
WITH p, changed WHERE changed OR COUNT { (p)<-[:OF]-(:Account) } > 1
WITH DISTINCT p
CALL (p) {
  MATCH (p)<-[:OF]-(acc:Account) WHERE acc.profileAt IS NOT NULL
  RETURN acc ORDER BY acc.profileAt DESC, acc.key LIMIT 1
}
SET p.bio = acc.bio, p.location = acc.location
SET p.name = CASE WHEN coalesce(p.rostered, false) OR coalesce(acc.name, '') = '' THEN p.name ELSE acc.name END
WITH p, acc WHERE acc.profession IS NOT NULL
CALL (p, acc) {
  OPTIONAL MATCH (p)-[old:HAS_PROFESSION {source: 'bio'}]->(was)
  WITH old, was WHERE old IS NOT NULL AND was.name <> acc.profession
  DELETE old
}
CALL (p, acc) {
  WITH p, acc WHERE acc.profession <> 'unknown'
  MATCH (pr:Profession {name: acc.profession}) USING INDEX SEEK pr:Profession(name)
  MERGE (p)-[h:HAS_PROFESSION {source: 'bio'}]->(pr)
  SET h.confidence = acc.confidence, h.evidence = acc.evidence
}
WITH p, acc WHERE NOT coalesce(p.rostered, false)
SET p.profession = acc.profession, p.kind = acc.kind`

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

// aliasPairs lists each alias of the batch's posts with the post's id.
func aliasPairs(rows []PostRow) []map[string]any {
	var out []map[string]any
	for _, r := range rows {
		for _, a := range r.Aliases {
			out = append(out, map[string]any{"alias": a, "id": r.ID})
		}
	}
	return out
}

// mergePosts writes posts and their own relationships. A post that answers,
// quotes or reposts one not yet in the graph keeps the target's id, and is
// linked when that post arrives (linkWaiting), whichever file comes first.
const mergePosts = keepPlan + `
UNWIND $rows AS row
MATCH (author:Account {key: row.author}) USING INDEX SEEK author:Account(key)
MERGE (p:Post {id: row.id})
  ON CREATE SET p.platform = row.platform, p.text = row.text, p.createdAt = row.createdAt,
    p.hashtags = row.hashtags, p.replyToId = row.replyTo, p.replyToAccount = row.replyToAccount,
    p.quotesId = row.quotes, p.quotesAccount = row.quotesAccount, p.repostsId = row.reposts, p.repostsAccount = row.repostsAccount,
    p.mentions = row.mentions
MERGE (author)-[:POSTED]->(p)
WITH p, row, author
CALL (p, row) {
  UNWIND row.mentions AS key
  MATCH (m:Account {key: key}) USING INDEX SEEK m:Account(key)
  MERGE (p)-[:MENTIONS]->(m)
}
CALL (p, row) {
  WITH p, row WHERE row.chat IS NOT NULL
  MATCH (ch:Chat {id: row.chat}) USING INDEX SEEK ch:Chat(id)
  MERGE (p)-[:IN]->(ch)
  SET ch:Stale
}
CALL (author) {
  MATCH (author)-[:OF]->(prof:Professional)
  SET prof:Stale
}`

// createPosts writes posts the graph does not have yet (WritePosts has just
// looked) with their own relationships, and links them to the posts they
// answer, quote or repost that the graph has (linkTargets' work for a new
// post): the same as mergePosts and linkTargets do, without MERGE's
// look-ups of what cannot be there yet. A target made by this statement
// may not be seen by it; linkWaiting, which runs next, links those. The
// chats and authors' professionals it touches are marked stale once each.
// It returns the targets it could not link (missing), so that the caller
// knows which posts others wait for.
const createPosts = keepPlan + `
UNWIND $rows AS row
MATCH (author:Account {key: row.author}) USING INDEX SEEK author:Account(key)
CREATE (author)-[:POSTED]->(p:Post {id: row.id, platform: row.platform, text: row.text, createdAt: row.createdAt,
    hashtags: row.hashtags, replyToId: row.replyTo, replyToAccount: row.replyToAccount,
    quotesId: row.quotes, quotesAccount: row.quotesAccount, repostsId: row.reposts, repostsAccount: row.repostsAccount,
    mentions: row.mentions})
WITH p, row
CALL (p, row) {
  UNWIND row.mentionKeys AS key
  MATCH (m:Account {key: key}) USING INDEX SEEK m:Account(key)
  CREATE (p)-[:MENTIONS]->(m)
}
CALL (p, row) {
  WITH p, row WHERE row.chat IS NOT NULL
  MATCH (ch:Chat {id: row.chat}) USING INDEX SEEK ch:Chat(id)
  CREATE (p)-[:IN]->(ch)
}
CALL (p, row) {
  WITH p, row WHERE row.replyTo IS NOT NULL
  MATCH (parent:Post {id: row.replyTo})<-[:POSTED]-(pa:Account) USING INDEX SEEK parent:Post(id)
  CREATE (p)-[:REPLY_TO]->(parent)
  SET p.replyToAccount = pa.key
  WITH p, row, parent WHERE row.chat IS NULL
  MATCH (parent)-[:IN]->(ch:Chat)
  WHERE p.createdAt - $replyGrace <= ch.endsAt
  CREATE (p)-[:IN]->(ch)
  SET ch:Stale
}
CALL (p, row) {
  WITH p, row WHERE row.quotes IS NOT NULL
  MATCH (q:Post {id: row.quotes})<-[:POSTED]-(qa:Account) USING INDEX SEEK q:Post(id)
  CREATE (p)-[:QUOTES]->(q)
  SET p.quotesAccount = qa.key
}
CALL (p, row) {
  WITH p, row WHERE row.reposts IS NOT NULL
  MATCH (r:Post {id: row.reposts})<-[:POSTED]-(ra:Account) USING INDEX SEEK r:Post(id)
  CREATE (p)-[:REPOSTS]->(r)
  SET p.repostsAccount = ra.key
}
WITH p, CASE WHEN row.replyTo IS NOT NULL AND NOT EXISTS { (p)-[:REPLY_TO]->() } THEN [row.replyTo] ELSE [] END +
        CASE WHEN row.quotes IS NOT NULL AND NOT EXISTS { (p)-[:QUOTES]->() } THEN [row.quotes] ELSE [] END +
        CASE WHEN row.reposts IS NOT NULL AND NOT EXISTS { (p)-[:REPOSTS]->() } THEN [row.reposts] ELSE [] END AS missing
WITH count(p) AS created, collect(missing) AS missing
CALL () {
  UNWIND $chats AS id
  MATCH (ch:Chat {id: id}) USING INDEX SEEK ch:Chat(id)
  WHERE NOT ch:Stale
  SET ch:Stale
}
CALL () {
  UNWIND $authors AS key
  MATCH (who:Account {key: key})-[:OF]->(prof:Professional) USING INDEX SEEK who:Account(key)
  WHERE NOT prof:Stale
  SET prof:Stale
}
RETURN created, [m IN missing WHERE size(m) > 0] AS missing`

// existingPosts says which of the batch's posts the graph already has.
const existingPosts = keepPlan + `
UNWIND $ids AS id
MATCH (p:Post {id: id}) USING INDEX SEEK p:Post(id)
RETURN collect(p.id) AS ids`

// linkTargets links each post of the batch to the posts it answers, quotes
// or reposts when those are in the graph, takes the addressed account from
// them, and puts an answer with no chat of its own into its parent's chat
// when it came within the reply grace of the chat's end.
const linkTargets = keepPlan + `
CALL () {
  UNWIND $ids AS id
  MATCH (p:Post {id: id}) USING INDEX SEEK p:Post(id)
  MATCH (parent:Post {id: p.replyToId})<-[:POSTED]-(pa:Account) USING INDEX SEEK parent:Post(id)
  MERGE (p)-[:REPLY_TO]->(parent)
  SET p.replyToAccount = pa.key
  WITH p, parent
  MATCH (parent)-[:IN]->(ch:Chat)
  WHERE NOT EXISTS { (p)-[:IN]->() } AND p.createdAt - $replyGrace <= ch.endsAt
  MERGE (p)-[:IN]->(ch)
  SET ch:Stale
}
CALL () {
  UNWIND $ids AS id
  MATCH (p:Post {id: id}) USING INDEX SEEK p:Post(id)
  MATCH (q:Post {id: p.quotesId})<-[:POSTED]-(qa:Account) USING INDEX SEEK q:Post(id)
  MERGE (p)-[:QUOTES]->(q)
  SET p.quotesAccount = qa.key
}
CALL () {
  UNWIND $ids AS id
  MATCH (p:Post {id: id}) USING INDEX SEEK p:Post(id)
  MATCH (r:Post {id: p.repostsId})<-[:POSTED]-(ra:Account) USING INDEX SEEK r:Post(id)
  MERGE (p)-[:REPOSTS]->(r)
  SET p.repostsAccount = ra.key
}`

// linkWaiting does the other half: posts already in the graph that answer,
// quote or repost a post of this batch are linked to it now, and their
// authors' ties (and their chats) become stale.
const linkWaiting = keepPlan + `
CALL () {
  MATCH (c:Post) USING INDEX SEEK c:Post(replyToId) WHERE c.replyToId IN $ids
  MATCH (p:Post {id: c.replyToId})<-[:POSTED]-(pa:Account) USING INDEX SEEK p:Post(id)
  WHERE NOT EXISTS { (c)-[:REPLY_TO]->(p) }
  MERGE (c)-[:REPLY_TO]->(p)
  SET c.replyToAccount = pa.key
  WITH c, p
  CALL (c, p) {
    MATCH (p)-[:IN]->(ch:Chat)
    WHERE NOT EXISTS { (c)-[:IN]->() } AND c.createdAt - $replyGrace <= ch.endsAt
    MERGE (c)-[:IN]->(ch)
  }
  WITH c
  MATCH (c)<-[:POSTED]-(:Account)-[:OF]->(prof:Professional)
  SET prof:Stale
  WITH c
  MATCH (c)-[:IN]->(ch:Chat)
  SET ch:Stale
}
CALL () {
  MATCH (c:Post) USING INDEX SEEK c:Post(quotesId) WHERE c.quotesId IN $ids
  MATCH (p:Post {id: c.quotesId})<-[:POSTED]-(pa:Account) USING INDEX SEEK p:Post(id)
  WHERE NOT EXISTS { (c)-[:QUOTES]->(p) }
  MERGE (c)-[:QUOTES]->(p)
  SET c.quotesAccount = pa.key
  WITH c
  MATCH (c)<-[:POSTED]-(:Account)-[:OF]->(prof:Professional)
  SET prof:Stale
}
CALL () {
  MATCH (c:Post) USING INDEX SEEK c:Post(repostsId) WHERE c.repostsId IN $ids
  MATCH (p:Post {id: c.repostsId})<-[:POSTED]-(pa:Account) USING INDEX SEEK p:Post(id)
  WHERE NOT EXISTS { (c)-[:REPOSTS]->(p) }
  MERGE (c)-[:REPOSTS]->(p)
  SET c.repostsAccount = pa.key
  WITH c
  MATCH (c)<-[:POSTED]-(:Account)-[:OF]->(prof:Professional)
  SET prof:Stale
}`

// inheritChats finishes what createPosts, linkTargets and linkWaiting
// begin. An answer with no chat of its own joins its parent's chat, and so
// do the answers to it, down the thread, each within the reply grace of the
// chat's end. When the parent gets its chat only now (its own parent came
// in this batch), answers already linked to it would be left out, and which
// answers join a chat would depend on the order the posts came in: a second
// load of the same files, or a resumed one, would then change the graph. So
// the chat goes down to every chatless answer within the grace from two
// kinds of start: $tops, posts of the batch that answers may already have
// been waiting for (each, and each answer linkWaiting joined to it, hands
// its chat to its chatless answers), and $chatless, the batch's new answers
// without a chat of their own (each joins its parent's chat, with the
// thread below it). Reads come first (collect), so the order of the rows
// does not matter. A new answer whose parent was in a chat when it was
// created joined it then; the look-up of it here is cheap.
const inheritChats = keepPlan + `
CALL () {
  UNWIND $tops AS id
  MATCH (p:Post {id: id}) USING INDEX SEEK p:Post(id)
  MATCH (p)<-[:REPLY_TO*0..1]-(top:Post)-[:IN]->(ch:Chat)
  MATCH (top)<-[:REPLY_TO]-(first:Post)
  WHERE NOT EXISTS { (first)-[:IN]->() } AND first.createdAt - $replyGrace <= ch.endsAt
  RETURN first, ch
  UNION
  UNWIND $chatless AS id
  MATCH (first:Post {id: id}) USING INDEX SEEK first:Post(id)
  WHERE NOT EXISTS { (first)-[:IN]->() }
  MATCH (first)-[:REPLY_TO]->(:Post)-[:IN]->(ch:Chat)
  WHERE first.createdAt - $replyGrace <= ch.endsAt
  RETURN first, ch
}
MATCH path = (first)<-[:REPLY_TO*0..]-(d:Post)
WHERE all(n IN nodes(path) WHERE NOT EXISTS { (n)-[:IN]->() } AND n.createdAt - $replyGrace <= ch.endsAt)
WITH collect(DISTINCT [d, ch]) AS joins
UNWIND joins AS j
WITH j[0] AS d, j[1] AS ch
MERGE (d)-[:IN]->(ch)
SET ch:Stale
WITH d
MATCH (d)<-[:POSTED]-(:Account)-[:OF]->(prof:Professional)
SET prof:Stale`

// aliasedPosts finds the posts the graph knows by the given aliases.
const aliasedPosts = `
UNWIND $aliases AS alias
MATCH (:PostAlias {id: alias})-[:NAMES]->(p:Post)
RETURN alias, p.id AS id`

// nameAliases records the batch's posts' aliases, and points the posts in
// the graph that named one of them as their target (they wait for it) at
// the post's id, so that linkWaiting links them.
const nameAliases = `
UNWIND $pairs AS pair
MATCH (p:Post {id: pair.id})
MERGE (a:PostAlias {id: pair.alias})
MERGE (a)-[:NAMES]->(p)
WITH pair
CALL (pair) {
  MATCH (c:Post) USING INDEX SEEK c:Post(replyToId) WHERE c.replyToId = pair.alias
  SET c.replyToId = pair.id
}
CALL (pair) {
  MATCH (c:Post) USING INDEX SEEK c:Post(quotesId) WHERE c.quotesId = pair.alias
  SET c.quotesId = pair.id
}
CALL (pair) {
  MATCH (c:Post) USING INDEX SEEK c:Post(repostsId) WHERE c.repostsId = pair.alias
  SET c.repostsId = pair.id
}`

// resolveAliases turns the targets the batch names by alias into post ids
// where the batch or the graph has the post: the batch's own aliases first,
// then one look-up for the rest. An alias nobody carries yet stays, and the
// post waits for it.
func resolveAliases(ctx context.Context, tx neo4j.ManagedTransaction, posts []PostRow, rows []map[string]any) error {
	known := map[string]string{}
	for _, p := range posts {
		for _, a := range p.Aliases {
			known[a] = p.ID
		}
	}
	var ask []string
	asked := map[string]bool{}
	for _, row := range rows {
		for _, k := range []string{"replyTo", "quotes", "reposts"} {
			if t, ok := row[k].(string); ok && strings.HasPrefix(t, aliasPrefix) {
				if _, ok := known[t]; !ok && !asked[t] {
					asked[t] = true
					ask = append(ask, t)
				}
			}
		}
	}
	if len(ask) > 0 {
		res, err := tx.Run(ctx, aliasedPosts, map[string]any{"aliases": ask})
		if err != nil {
			return err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return err
		}
		for _, rec := range recs {
			alias, _, err := neo4j.GetRecordValue[string](rec, "alias")
			if err != nil {
				return err
			}
			id, _, err := neo4j.GetRecordValue[string](rec, "id")
			if err != nil {
				return err
			}
			known[alias] = id
		}
	}
	for _, row := range rows {
		for _, k := range []string{"replyTo", "quotes", "reposts"} {
			if t, ok := row[k].(string); ok {
				if id, ok := known[t]; ok {
					row[k] = id
				}
			}
		}
	}
	return nil
}

// PostBatch is one transaction's worth of posts with the accounts they
// name.
type PostBatch struct {
	Accounts   []AccountRow
	Posts      []PostRow
	ReplyGrace time.Duration
	// Waiting says whether posts in the graph may be waiting for the post
	// with this id: whether a post loaded before named it as the post it
	// answers, quotes or reposts when the graph did not have it (see
	// PostsWritten.Unresolved and DanglingTargets). A wrong yes costs a
	// look-up; a wrong no leaves a post unlinked, so it must never say no
	// wrongly. Nil means yes for every post: a caller that keeps no record.
	Waiting func(id string) bool `json:"-"`
}

// PostsWritten says what a batch did.
type PostsWritten struct {
	Created int // posts new to the graph; the others it had already
	// Had are the batch's posts that were there already (in the graph, or
	// earlier in the batch), so that a load can list its duplicates.
	Had []string
	// Unresolved are the targets the batch's posts named (answered, quoted,
	// reposted) that the graph does not have yet, and for which posts now
	// wait; it may name a few that are there.
	Unresolved []string
}

// WritePosts writes one batch of accounts and posts in one transaction and
// says how many of the posts were new to the graph; the others were
// already there (loaded before, or from another archive). It keeps no
// record of the posts waiting for others, so it looks for them every time:
// WritePostBatch is the loader's.
func (s *Store) WritePosts(ctx context.Context, accounts []AccountRow, posts []PostRow, replyGrace time.Duration) (created int, err error) {
	res, err := s.WritePostBatch(ctx, PostBatch{Accounts: accounts, Posts: posts, ReplyGrace: replyGrace})
	return res.Created, err
}

// WritePostBatch writes one batch in one transaction. New posts are
// created outright; a post the graph has, or one the batch repeats, goes
// through mergePosts, which leaves what is there and adds what is missing.
func (s *Store) WritePostBatch(ctx context.Context, b PostBatch) (PostsWritten, error) {
	if len(b.Accounts) == 0 && len(b.Posts) == 0 {
		return PostsWritten{}, nil
	}
	for attempt := 1; ; attempt++ {
		start := time.Now()
		res, err := writeTx(ctx, s, "load.posts", writePosts(b))
		// Another transaction (another load) made one of the posts between
		// the look and the CREATE: the work, run again, finds it there and
		// merges it.
		if attempt < 3 && isConstraintViolation(err) {
			continue
		}
		if err == nil {
			s.judgePace("load.posts", time.Since(start), len(b.Posts)+len(b.Accounts))
		}
		return res, err
	}
}

// judgePace tells the guard of operation op how long a batch of rows
// took; when it was far slower than those before it, every kept statement
// is planned afresh on its next run (replanningTx plans a statement it has
// not seen with replan=force).
func (s *Store) judgePace(op string, took time.Duration, rows int) {
	g, _ := s.paces.LoadOrStore(op, &planGuard{})
	slow, usual := g.(*planGuard).observe(took, rows)
	if !slow {
		return
	}
	s.replanned.Clear()
	s.log.Warn("a batch ran far slower than the batches before it: planning the loader's statements afresh",
		"op", op, "took", took.Round(time.Millisecond), "usual", usual.Round(time.Millisecond), "rows", rows)
}

func isConstraintViolation(err error) bool {
	var neo *neo4j.Neo4jError
	return errors.As(err, &neo) && neo.Code == "Neo.ClientError.Schema.ConstraintValidationFailed"
}

// writePosts is WritePostBatch's transaction.
func writePosts(given PostBatch) txWork[PostsWritten] {
	ids := make([]string, len(given.Posts))
	inBatch := make(map[string]bool, len(given.Posts))
	for i, p := range given.Posts {
		ids[i] = p.ID
		inBatch[p.ID] = true
	}
	grace := neo4j.Duration{Seconds: int64(given.ReplyGrace / time.Second)}
	return func(ctx context.Context, tx neo4j.ManagedTransaction) (PostsWritten, error) {
		var out PostsWritten
		b, err := resolveDIDs(ctx, tx, given)
		if err != nil {
			return out, fmt.Errorf("accounts known by DID: %w", err)
		}
		acc, rows, pairs := accountParams(b.Accounts), postParams(b.Posts), aliasPairs(b.Posts)
		if len(acc) > 0 {
			if err := run(ctx, tx, mergeAccounts, map[string]any{"rows": acc}); err != nil {
				return out, fmt.Errorf("accounts: %w", err)
			}
			if fold := foldRows(b.Accounts); len(fold) > 0 {
				if err := run(ctx, tx, foldDIDAccounts, map[string]any{"rows": fold}); err != nil {
					return out, fmt.Errorf("accounts known by DID: %w", err)
				}
			}
		}
		if len(rows) == 0 {
			if len(acc) > 0 {
				// Profiles: what answers show of their professionals.
				ids, err := single[[]any](ctx, tx, `UNWIND $keys AS key MATCH (:Account {key: key})-[:OF]->(p:Professional) RETURN collect(DISTINCT p.id)`,
					map[string]any{"keys": accountKeys(b.Accounts)})
				if err != nil {
					return out, err
				}
				_, err = bumpVersion(ctx, tx, Change{Kind: ChangeRows, Professionals: anyStrings(ids)})
				return out, err
			}
			return out, nil
		}
		had, err := single[[]any](ctx, tx, existingPosts, map[string]any{"ids": ids})
		if err != nil {
			return out, fmt.Errorf("existing posts: %w", err)
		}
		if err := resolveAliases(ctx, tx, b.Posts, rows); err != nil {
			return out, fmt.Errorf("post aliases: %w", err)
		}
		fresh, again, chats, authors := splitNew(b.Posts, rows, had)
		// A post the graph had keeps the targets it was first loaded with,
		// which this copy may not name, so linkTargets reads them from the
		// graph: it takes nothing of the rows but their ids. New posts were
		// linked as they were created.
		againIDs := make([]string, len(again))
		for i, row := range again {
			againIDs[i] = row["id"].(string)
		}
		// Posts in the graph may wait for the batch's posts that the caller
		// says others named before, and for any post the graph had (it may
		// come from a load that was killed before it linked them).
		var waitingIDs []string
		waitedFor := map[string]bool{}
		wait := func(id string) {
			if !waitedFor[id] {
				waitedFor[id] = true
				waitingIDs = append(waitingIDs, id)
			}
		}
		for _, id := range againIDs {
			wait(id)
		}
		// New answers without a chat of their own: inheritChats looks for
		// their parent's chat.
		chatless := []string{}
		// Posts named by an alias wait for it: once nameAliases points them
		// at the post's id, linkWaiting links them.
		for _, pair := range pairs {
			if b.Waiting == nil || b.Waiting(pair["alias"].(string)) {
				wait(pair["id"].(string))
			}
		}
		for _, row := range fresh {
			id := row["id"].(string)
			if b.Waiting == nil || b.Waiting(id) {
				wait(id)
			}
			if row["chat"] == nil && row["replyTo"] != nil {
				chatless = append(chatless, id)
			}
		}
		unresolved := map[string]bool{}
		if len(fresh) > 0 {
			created, missing, err := createNew(ctx, tx, map[string]any{"rows": fresh, "chats": chats, "authors": authors, "replyGrace": grace})
			if err != nil {
				return out, fmt.Errorf("create posts: %w", err)
			}
			out.Created += created
			for _, id := range missing {
				// A target the batch itself brings, which the statement did
				// not see: linkWaiting links its answers now.
				if inBatch[id] {
					wait(id)
				} else {
					unresolved[id] = true
				}
			}
		}
		if len(again) > 0 {
			res, err := tx.Run(ctx, mergePosts, map[string]any{"rows": again})
			if err != nil {
				return out, fmt.Errorf("posts: %w", err)
			}
			summary, err := res.Consume(ctx)
			if err != nil {
				return out, fmt.Errorf("posts: %w", err)
			}
			// mergePosts creates no node but posts.
			out.Created += summary.Counters().NodesCreated()
			// Their targets may still be missing; saying so costs at most a
			// look-up later.
			for _, row := range again {
				for _, k := range []string{"replyTo", "quotes", "reposts"} {
					if id, ok := row[k].(string); ok && !inBatch[id] {
						unresolved[id] = true
					}
				}
			}
		}
		steps := []struct {
			name   string
			cypher string
			run    bool
			params map[string]any
		}{
			{"aliases", nameAliases, len(pairs) > 0, map[string]any{"pairs": pairs}},
			{"targets", linkTargets, len(again) > 0, map[string]any{"ids": againIDs, "replyGrace": grace}},
			{"waiting", linkWaiting, len(waitingIDs) > 0, map[string]any{"ids": waitingIDs, "replyGrace": grace}},
			{"inherit", inheritChats, len(waitingIDs) > 0 || len(chatless) > 0,
				map[string]any{"tops": nonNil(waitingIDs), "chatless": chatless, "replyGrace": grace}},
		}
		for _, st := range steps {
			if !st.run {
				continue
			}
			if err := run(ctx, tx, st.cypher, st.params); err != nil {
				return out, fmt.Errorf("%s: %w", st.name, err)
			}
		}
		// The authors are marked for the refresh, which records what it
		// recomputes. Last in the transaction, so the version node is
		// locked only for the commit.
		if _, err := bumpVersion(ctx, tx, Change{Kind: ChangePending}); err != nil {
			return out, fmt.Errorf("data version: %w", err)
		}
		out.Had = againIDs
		for id := range unresolved {
			out.Unresolved = append(out.Unresolved, id)
		}
		slices.Sort(out.Unresolved)
		return out, nil
	}
}

// createNew runs createPosts: how many posts it made, and the targets it
// could not link.
func createNew(ctx context.Context, tx neo4j.ManagedTransaction, params map[string]any) (int, []string, error) {
	res, err := tx.Run(ctx, createPosts, params)
	if err != nil {
		return 0, nil, err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return 0, nil, err
	}
	n, _ := rec.Values[0].(int64)
	var missing []string
	lists, _ := rec.Values[1].([]any)
	for _, l := range lists {
		ids, _ := l.([]any)
		for _, id := range ids {
			if s, ok := id.(string); ok {
				missing = append(missing, s)
			}
		}
	}
	return int(n), missing, nil
}

// danglingTargets lists the targets that posts in the graph name but are
// not linked to: the posts they answer, quote or repost, not loaded yet.
const danglingTargets = `
MATCH (c:Post) WHERE c.replyToId IS NOT NULL AND NOT EXISTS { (c)-[:REPLY_TO]->() }
RETURN c.replyToId AS id
UNION ALL
MATCH (c:Post) WHERE c.quotesId IS NOT NULL AND NOT EXISTS { (c)-[:QUOTES]->() }
RETURN c.quotesId AS id
UNION ALL
MATCH (c:Post) WHERE c.repostsId IS NOT NULL AND NOT EXISTS { (c)-[:REPOSTS]->() }
RETURN c.repostsId AS id`

// WaitingReplies counts the posts that answer a post the graph does not
// have yet.
func (s *Store) WaitingReplies(ctx context.Context) (int64, error) {
	return readTx(ctx, s, "load.waitingReplies", func(ctx context.Context, tx neo4j.ManagedTransaction) (int64, error) {
		return single[int64](ctx, tx, `
MATCH (c:Post) WHERE c.replyToId IS NOT NULL AND NOT EXISTS { (c)-[:REPLY_TO]->() }
RETURN count(c) AS n`, nil)
	})
}

// DanglingTargets calls fn with every post id that posts in the graph wait
// for (see PostBatch.Waiting), as a stream: a load starts its record of
// them from the graph, whatever earlier loads left.
func (s *Store) DanglingTargets(ctx context.Context, fn func(id string)) error {
	_, err := readTx(ctx, s, "load.danglingTargets", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		res, err := tx.Run(ctx, danglingTargets, nil)
		if err != nil {
			return struct{}{}, err
		}
		for res.Next(ctx) {
			if id, ok := res.Record().Values[0].(string); ok {
				fn(id)
			}
		}
		return struct{}{}, res.Err()
	})
	return err
}

// splitNew parts a batch's posts into those to create (the first of each
// id the graph does not have) and those to merge, and lists the chats and
// authors the created posts touch, once each.
func splitNew(posts []PostRow, rows []map[string]any, had []any) (fresh, again []map[string]any, chats, authors []string) {
	seen := make(map[string]bool, len(posts)+len(had))
	for _, id := range had {
		if s, ok := id.(string); ok {
			seen[s] = true
		}
	}
	chatSeen, authorSeen := map[string]bool{}, map[string]bool{}
	chats, authors = []string{}, []string{}
	for i, p := range posts {
		if seen[p.ID] {
			rows[i]["again"] = true
			again = append(again, rows[i])
			continue
		}
		seen[p.ID] = true
		row := rows[i]
		row["again"] = false // the work may be retried
		row["mentionKeys"] = distinct(p.Mentions)
		fresh = append(fresh, row)
		if p.Chat != "" && !chatSeen[p.Chat] {
			chatSeen[p.Chat] = true
			chats = append(chats, p.Chat)
		}
		if !authorSeen[p.Author] {
			authorSeen[p.Author] = true
			authors = append(authors, p.Author)
		}
	}
	return fresh, again, chats, authors
}

func distinct(list []string) []string {
	out := make([]string, 0, len(list))
	for _, s := range list {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func accountKeys(rows []AccountRow) []string {
	keys := make([]string, len(rows))
	for i, r := range rows {
		keys[i] = r.Key
	}
	return keys
}

func anyStrings(raw []any) []string {
	out := make([]string, 0, len(raw))
	for _, x := range raw {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}
