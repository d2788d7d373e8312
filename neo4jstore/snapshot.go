package neo4jstore

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The data version says when what the questions read last changed: a
// single (:DataVersion {id: 'graph'}) node whose counter every write that
// changes what they read bumps: the loader's refresh step (derived
// relationships), its post batches (posts and accounts, which
// professionLinks reads as written), roster and catalogue batches, and
// setOptOut. Its epoch is drawn when the node is
// made, so a database emptied and loaded again never repeats a version.
// A read model built from the graph is current while the version is the
// one it was built at.
const bumpDataVersion = `
MERGE (v:DataVersion {id: 'graph'})
ON CREATE SET v.epoch = randomUUID(), v.n = 0
SET v.n = v.n + 1
RETURN v.epoch + ':' + toString(v.n) AS version`

const readDataVersion = `
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN coalesce(v.epoch + ':' + toString(v.n), '') AS version`

func bumpVersion(ctx context.Context, tx neo4j.ManagedTransaction) (string, error) {
	return single[string](ctx, tx, bumpDataVersion, nil)
}

// DataVersion returns the graph's data version ("" before anything bumped
// it): one small read, cheap enough to ask every second.
func (s *Store) DataVersion(ctx context.Context) (string, error) {
	return readTx(ctx, s, "dataVersion", func(ctx context.Context, tx neo4j.ManagedTransaction) (string, error) {
		return single[string](ctx, tx, readDataVersion, nil)
	})
}

// BumpDataVersion moves the data version on, for a write that changed what
// the questions read outside the refresh step.
func (s *Store) BumpDataVersion(ctx context.Context) (string, error) {
	return writeTx(ctx, s, "dataVersion.bump", bumpVersion)
}

// SnapshotProfessional is one professional as the questions read it.
// Profession is "" when none is set; a missing time is the zero time.
type SnapshotProfessional struct {
	ID                  string
	Profession          string
	OptedOut            bool
	FirstSeen, LastSeen time.Time
	Communities         []string
}

// SnapshotChat is one chat: its communities (normally one), topic and start.
type SnapshotChat struct {
	ID          string
	Topic       string
	StartsAt    time.Time
	Communities []string
}

// SnapshotPart is one TOOK_PART: Received is repliesReceived +
// mentionsReceived.
type SnapshotPart struct {
	Professional, Chat string
	Posts, Received    int
}

// SnapshotTie is one TALKED_WITH: From addressed To; Conversational is
// replies + mentions + quotes.
type SnapshotTie struct {
	From, To        string
	Conversational  int
	FirstAt, LastAt time.Time
	Chats           []string
}

// SnapshotAccount is one (:Account)-[:OF]->(:Professional).
type SnapshotAccount struct {
	Key, Professional string
}

// SnapshotPost is one post that addresses someone, as professionLinks reads
// it: its author's account, when it was made, the accounts it addresses
// (the one it answers, the one it quotes, then every account it mentions
// but the one it answers, repeats kept: each is an act), and the chats it
// is in. Only posts whose createdAt is a DATETIME are read: no other value
// is ever in a window.
type SnapshotPost struct {
	Author  string
	At      time.Time
	Targets []string
	Chats   []string
}

// SnapshotSink receives a snapshot row by row: Begin, every community's
// name, every professional, then every chat, then the TOOK_PART rows, then
// the ties, then the accounts of professionals, then the posts. A read
// retried after a transient error calls Begin again and starts over.
type SnapshotSink interface {
	Begin()
	Community(name string)
	Professional(SnapshotProfessional)
	Chat(SnapshotChat)
	TookPart(SnapshotPart)
	Tie(SnapshotTie)
	Account(SnapshotAccount)
	Post(SnapshotPost)
}

// snapshotPosts is the posts professionLinks counts acts of, with the
// targets its statement makes of them (neo4jstore.ProfessionLinks). The
// targets are account keys, resolved to professionals by the reader from
// the accounts step: one look-up a distinct key rather than an index seek
// a post. The posts come a row per author's account, which halves what
// the read costs Neo4j and the driver over a row a post (at 10k members
// 2.5 s of CPU for both rather than 5.5 s).
const snapshotPosts = `
MATCH (acc:Account)
CALL (acc) {
  MATCH (acc)-[:POSTED]->(post:Post)
  WITH post, ` + postTargets + ` AS targets
  WHERE size(targets) > 0 AND post.createdAt IS :: ZONED DATETIME
  RETURN collect([post.createdAt, targets, [(post)-[:IN]->(ch:Chat) | ch.id]]) AS posts
}
WITH acc, posts WHERE size(posts) > 0
RETURN acc.key AS author, posts`

// ReadSnapshot streams what connectors, suggestPeers, isolatedMembers and
// professionLinks read (communities, professionals, chats, TOOK_PART,
// TALKED_WITH, accounts, posts that address someone) to sink, seven
// statements whose results are consumed as they arrive rather than
// collected. It returns the data version read before the first statement:
// a write during the read moves the version past it, so a model built from
// a snapshot that saw half a write is stale from the start, never current.
// The reads are long: give the call a store with a long timeout.
func (s *Store) ReadSnapshot(ctx context.Context, sink SnapshotSink) (string, error) {
	return readTx(ctx, s, "snapshot", func(ctx context.Context, tx neo4j.ManagedTransaction) (string, error) {
		version, err := single[string](ctx, tx, readDataVersion, nil)
		if err != nil {
			return "", err
		}
		sink.Begin()
		steps := []struct {
			what   string
			cypher string
			row    func(map[string]any)
		}{
			{"communities", `MATCH (c:Community) RETURN c.name AS name`,
				func(m map[string]any) { sink.Community(str(m, "name")) }},
			{"professionals", `
MATCH (p:Professional)
RETURN p.id AS id, p.profession AS profession, coalesce(p.optedOut, false) AS optedOut,
       p.firstSeen AS firstSeen, p.lastSeen AS lastSeen, [(p)-[:MEMBER_OF]->(c:Community) | c.name] AS communities`,
				func(m map[string]any) {
					opted, _ := m["optedOut"].(bool)
					sink.Professional(SnapshotProfessional{ID: str(m, "id"), Profession: str(m, "profession"), OptedOut: opted,
						FirstSeen: timeValue(m, "firstSeen"), LastSeen: timeValue(m, "lastSeen"), Communities: stringList(m, "communities")})
				}},
			{"chats", `
MATCH (ch:Chat)
RETURN ch.id AS id, ch.topic AS topic, ch.startsAt AS startsAt, [(ch)-[:OF]->(c:Community) | c.name] AS communities`,
				func(m map[string]any) {
					sink.Chat(SnapshotChat{ID: str(m, "id"), Topic: str(m, "topic"), StartsAt: timeValue(m, "startsAt"), Communities: stringList(m, "communities")})
				}},
			{"took part", `
MATCH (p:Professional)-[tp:TOOK_PART]->(ch:Chat)
RETURN p.id AS p, ch.id AS ch, coalesce(tp.posts, 0) AS posts,
       coalesce(tp.repliesReceived + tp.mentionsReceived, 0) AS received`,
				func(m map[string]any) {
					sink.TookPart(SnapshotPart{Professional: str(m, "p"), Chat: str(m, "ch"), Posts: integer(m, "posts"), Received: integer(m, "received")})
				}},
			{"ties", `
MATCH (u:Professional)-[t:TALKED_WITH]->(v:Professional)
RETURN u.id AS u, v.id AS v, coalesce(t.replies + t.mentions + t.quotes, 0) AS acts,
       t.firstAt AS firstAt, t.lastAt AS lastAt, t.chats AS chats`,
				func(m map[string]any) {
					sink.Tie(SnapshotTie{From: str(m, "u"), To: str(m, "v"), Conversational: integer(m, "acts"),
						FirstAt: timeValue(m, "firstAt"), LastAt: timeValue(m, "lastAt"), Chats: stringList(m, "chats")})
				}},
			{"accounts", `MATCH (acc:Account)-[:OF]->(p:Professional) RETURN acc.key AS key, p.id AS p`,
				func(m map[string]any) { sink.Account(SnapshotAccount{Key: str(m, "key"), Professional: str(m, "p")}) }},
		}
		for _, step := range steps {
			res, err := tx.Run(ctx, step.cypher, nil)
			if err != nil {
				return "", fmt.Errorf("snapshot %s: %w", step.what, err)
			}
			for res.Next(ctx) {
				step.row(res.Record().AsMap())
			}
			if err := res.Err(); err != nil {
				return "", fmt.Errorf("snapshot %s: %w", step.what, err)
			}
		}
		if err := readSnapshotPosts(ctx, tx, sink); err != nil {
			return "", err
		}
		return version, nil
	})
}

// readSnapshotPosts streams the posts, millions at a large scale: each
// record is read by position, not made into a map.
func readSnapshotPosts(ctx context.Context, tx neo4j.ManagedTransaction, sink SnapshotSink) error {
	res, err := tx.Run(ctx, snapshotPosts, nil)
	if err != nil {
		return fmt.Errorf("snapshot posts: %w", err)
	}
	var targets, chats []string // reused: the sink copies what it keeps
	for res.Next(ctx) {
		v := res.Record().Values
		author, _ := v[0].(string)
		posts, _ := v[1].([]any)
		for _, raw := range posts {
			post, _ := raw.([]any)
			if len(post) != 3 {
				continue
			}
			at, ok := post[0].(time.Time)
			if !ok {
				continue
			}
			targets, chats = appendStrings(targets[:0], post[1]), appendStrings(chats[:0], post[2])
			sink.Post(SnapshotPost{Author: author, At: at, Targets: targets, Chats: chats})
		}
	}
	if err := res.Err(); err != nil {
		return fmt.Errorf("snapshot posts: %w", err)
	}
	return nil
}

func appendStrings(dst []string, list any) []string {
	raw, _ := list.([]any)
	for _, x := range raw {
		if s, ok := x.(string); ok {
			dst = append(dst, s)
		}
	}
	return dst
}
