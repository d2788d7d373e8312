package neo4jstore

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The data version says when what the questions read last changed: a
// single (:DataVersion {id: 'graph'}) node whose counter every write that
// changes the derived relationships or a professional's opt-out bumps (the
// loader's refresh step, setOptOut). Its epoch is drawn when the node is
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

// SnapshotSink receives a snapshot row by row: Begin, every community's
// name, every professional, then every chat, then the TOOK_PART rows, then the ties. A read retried
// after a transient error calls Begin again and starts over.
type SnapshotSink interface {
	Begin()
	Community(name string)
	Professional(SnapshotProfessional)
	Chat(SnapshotChat)
	TookPart(SnapshotPart)
	Tie(SnapshotTie)
}

// ReadSnapshot streams what connectors, suggestPeers and isolatedMembers
// read (communities, professionals, chats, TOOK_PART, TALKED_WITH) to sink,
// five statements whose results are consumed as they arrive rather than
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
		return version, nil
	})
}
