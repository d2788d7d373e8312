package neo4jstore

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
)

// What the read model reads of the graph: the whole of it at start-up
// (ReadSnapshot), and afterwards the rows of the professionals and chats a
// change names (ReadChanged). Both read the same columns through the same
// statements' projections and decoders, so a row read again is the row a
// snapshot would have read.

// SnapshotProfessional is one professional as the questions read it.
// Profession is "" when none is set; a missing time is the zero time.
type SnapshotProfessional struct {
	ID                  string
	Profession          string
	OptedOut            bool
	FirstSeen, LastSeen time.Time
	Communities         []string
	// What an answer shows of them.
	Kind, Name, Bio, Location string
	// Every HAS_PROFESSION, in no order.
	Claims []domain.ProfessionClaim
}

// SnapshotCommunity is one community as an answer shows it (its member
// and chat counts are the model's to count).
type SnapshotCommunity struct {
	Name, Hashtag, Account string
}

// SnapshotChat is one chat: its communities (normally one), topic, times
// and hashtag.
type SnapshotChat struct {
	ID               string
	Topic            string
	Hashtag          string
	StartsAt, EndsAt time.Time
	Communities      []string
}

// SnapshotPart is one TOOK_PART: Received is repliesReceived +
// mentionsReceived.
type SnapshotPart struct {
	Professional, Chat string
	Posts, Received    int
	// FirstAt is the time of the professional's first post in the chat.
	FirstAt time.Time
}

// SnapshotTie is one TALKED_WITH: From addressed To; Conversational is
// replies + mentions + quotes.
type SnapshotTie struct {
	From, To                           string
	Conversational                     int
	Replies, Mentions, Quotes, Reposts int
	FirstAt, LastAt                    time.Time
	Chats                              []string
}

// SnapshotAccount is one (:Account)-[:OF]->(:Professional), with the
// handles it is found by.
type SnapshotAccount struct {
	Key, Professional string
	Handle, Local     string
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

// SnapshotActs is a post's acts with their ends resolved to professionals:
// From (its author's professional) addressed each of To.
type SnapshotActs struct {
	From  string
	At    time.Time
	To    []string
	Chats []string
}

// SnapshotSink receives a snapshot row by row: Begin, every community's
// name, every professional, then every chat, then the TOOK_PART rows, then
// the ties, then the accounts of professionals, then the posts. A read
// retried after a transient error calls Begin again and starts over.
type SnapshotSink interface {
	Begin()
	Community(SnapshotCommunity)
	Professional(SnapshotProfessional)
	Chat(SnapshotChat)
	TookPart(SnapshotPart)
	Tie(SnapshotTie)
	Account(SnapshotAccount)
	Post(SnapshotPost)
}

// The projections both reads share, each with its decoder.
const (
	professionalColumns = `p.id AS id, p.profession AS profession, coalesce(p.optedOut, false) AS optedOut,
       p.firstSeen AS firstSeen, p.lastSeen AS lastSeen, [(p)-[:MEMBER_OF]->(c:Community) | c.name] AS communities,
       p.kind AS kind, p.name AS name, p.bio AS bio, p.location AS location,
       [(p)-[h:HAS_PROFESSION]->(pr:Profession) | {profession: pr.name, source: h.source, confidence: h.confidence}] AS claims`
	communityColumns = `c.name AS name, c.hashtag AS hashtag, c.account AS account`
	chatColumns      = `ch.id AS id, ch.topic AS topic, ch.hashtag AS hashtag, ch.startsAt AS startsAt, ch.endsAt AS endsAt,
       [(ch)-[:OF]->(c:Community) | c.name] AS communities`
	partColumns = `p.id AS p, ch.id AS ch, coalesce(tp.posts, 0) AS posts,
       coalesce(tp.repliesReceived + tp.mentionsReceived, 0) AS received, tp.firstAt AS firstAt`
	tieColumns = `u.id AS u, v.id AS v, coalesce(t.replies + t.mentions + t.quotes, 0) AS acts,
       t.replies AS replies, t.mentions AS mentions, t.quotes AS quotes, t.reposts AS reposts,
       t.firstAt AS firstAt, t.lastAt AS lastAt, t.chats AS chats`
)

const accountColumns = `acc.key AS key, p.id AS p, acc.handle AS handle, acc.local AS local`

func accountRow(r *record) SnapshotAccount {
	return SnapshotAccount{Key: r.str("key"), Professional: r.str("p"), Handle: r.str("handle"), Local: r.str("local")}
}

func professionalRow(r *record) SnapshotProfessional {
	p := SnapshotProfessional{ID: r.str("id"), Profession: r.str("profession"), OptedOut: r.boolean("optedOut"),
		FirstSeen: r.time("firstSeen"), LastSeen: r.time("lastSeen"), Communities: r.strings("communities"),
		Kind: r.str("kind"), Name: r.str("name"), Bio: r.str("bio"), Location: r.str("location")}
	for _, v := range r.list("claims") {
		m, _ := v.(map[string]any)
		p.Claims = append(p.Claims, domain.ProfessionClaim{Profession: str(m, "profession"),
			Source: domain.ProfessionSource(strings.ToUpper(str(m, "source"))), Confidence: float(m, "confidence")})
	}
	return p
}

func communityRow(r *record) SnapshotCommunity {
	return SnapshotCommunity{Name: r.str("name"), Hashtag: r.str("hashtag"), Account: r.str("account")}
}

func chatRow(r *record) SnapshotChat {
	return SnapshotChat{ID: r.str("id"), Topic: r.str("topic"), Hashtag: r.str("hashtag"), StartsAt: r.time("startsAt"),
		EndsAt: r.time("endsAt"), Communities: r.strings("communities")}
}

func partRow(r *record) SnapshotPart {
	return SnapshotPart{Professional: r.str("p"), Chat: r.str("ch"), Posts: r.integer("posts"), Received: r.integer("received"),
		FirstAt: r.time("firstAt")}
}

func tieRow(r *record) SnapshotTie {
	return SnapshotTie{From: r.str("u"), To: r.str("v"), Conversational: r.integer("acts"),
		Replies: r.integer("replies"), Mentions: r.integer("mentions"), Quotes: r.integer("quotes"), Reposts: r.integer("reposts"),
		FirstAt: r.time("firstAt"), LastAt: r.time("lastAt"), Chats: r.strings("chats")}
}

// postTargets is the accounts a post addresses, each an act for
// professionLinks: the one it answers, the one it quotes, then every one it
// mentions but the one it answers, repeats kept.
const postTargets = `[x IN [post.replyToAccount, post.quotesAccount] WHERE x IS NOT NULL] +
  [m IN coalesce(post.mentions, []) WHERE m <> coalesce(post.replyToAccount, '')]`

// snapshotPosts is the posts professionLinks counts acts of. The targets
// are account keys, resolved to professionals by the reader from the
// accounts step: one look-up a distinct key rather than an index seek a
// post. The posts come a row per author's account, which halves what the
// read costs Neo4j and the driver over a row a post (at 10k members 2.5 s
// of CPU for both rather than 5.5 s).
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
// a write during the read moves the version past it, so the changes after
// it bring the model up to date. The reads are long: give the call a
// store with a long timeout.
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
			row    func(*record)
		}{
			{"communities", `MATCH (c:Community) RETURN ` + communityColumns,
				func(r *record) { sink.Community(communityRow(r)) }},
			{"professionals", `MATCH (p:Professional) RETURN ` + professionalColumns,
				func(r *record) { sink.Professional(professionalRow(r)) }},
			{"chats", `MATCH (ch:Chat) RETURN ` + chatColumns,
				func(r *record) { sink.Chat(chatRow(r)) }},
			{"took part", `MATCH (p:Professional)-[tp:TOOK_PART]->(ch:Chat) RETURN ` + partColumns,
				func(r *record) { sink.TookPart(partRow(r)) }},
			{"ties", `MATCH (u:Professional)-[t:TALKED_WITH]->(v:Professional) RETURN ` + tieColumns,
				func(r *record) { sink.Tie(tieRow(r)) }},
			{"accounts", `MATCH (acc:Account)-[:OF]->(p:Professional) RETURN ` + accountColumns,
				func(r *record) { sink.Account(accountRow(r)) }},
		}
		for _, step := range steps {
			if err := eachRecord(ctx, tx, step.cypher, nil, step.row); err != nil {
				return "", fmt.Errorf("snapshot %s: %w", step.what, err)
			}
		}
		if err := readSnapshotPosts(ctx, tx, sink); err != nil {
			return "", err
		}
		return version, nil
	})
}

// eachRecord runs a statement and hands each record to row as it
// arrives; a column row reads wrongly fails the read.
func eachRecord(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any, row func(*record)) error {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	for res.Next(ctx) {
		r := record{rec: res.Record()}
		row(&r)
		if err := r.Err(); err != nil {
			return err
		}
	}
	return res.Err()
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

// ChangedRows are the rows of some professionals and chats, read again
// because a change named them: the professionals (each with its
// memberships) that still exist, their accounts, ties and acts, the chats that still
// exist with everyone's TOOK_PART of them, and the professionals those
// rows name that the reader did not know.
type ChangedRows struct {
	// Every community: few, and a write of chats or of a roster can change
	// any of them.
	Communities   []SnapshotCommunity
	Professionals []SnapshotProfessional
	Accounts      []SnapshotAccount
	Ties          []SnapshotTie
	Acts          []SnapshotActs
	Chats         []SnapshotChat
	Parts         []SnapshotPart
}

// Known says which professionals and chats a reader of changes already
// has rows of.
type Known struct {
	Professional, Chat func(id string) bool
}

// ReadChanged reads again, in one transaction, every community's row, the
// rows of the given professionals (their own, their accounts, their
// outgoing ties, the acts of their posts) and chats (their own, their
// TOOK_PART); then the rows of the chats those name that the reader does
// not know (a chat new to it comes with the acts made in it), and of the
// professionals all of these name that it does not know.
func (s *Store) ReadChanged(ctx context.Context, professionals, chats []string, known Known) (*ChangedRows, error) {
	params := map[string]any{"ids": nonNil(professionals), "chats": nonNil(chats)}
	return readTx(ctx, s, "readModel.changed", func(ctx context.Context, tx neo4j.ManagedTransaction) (*ChangedRows, error) {
		out := &ChangedRows{}
		err := eachRecord(ctx, tx, `MATCH (c:Community) RETURN `+communityColumns, nil,
			func(r *record) { out.Communities = append(out.Communities, communityRow(r)) })
		if err != nil {
			return nil, fmt.Errorf("changed communities: %w", err)
		}
		steps := []struct {
			what   string
			cypher string
			row    func(*record)
		}{
			{"professionals", `UNWIND $ids AS id MATCH (p:Professional {id: id}) RETURN ` + professionalColumns,
				func(r *record) { out.Professionals = append(out.Professionals, professionalRow(r)) }},
			{"accounts", `UNWIND $ids AS id MATCH (acc:Account)-[:OF]->(p:Professional {id: id}) RETURN ` + accountColumns,
				func(r *record) { out.Accounts = append(out.Accounts, accountRow(r)) }},
			{"ties", `UNWIND $ids AS id MATCH (u:Professional {id: id})-[t:TALKED_WITH]->(v:Professional) RETURN ` + tieColumns,
				func(r *record) { out.Ties = append(out.Ties, tieRow(r)) }},
			{"acts", `
UNWIND $ids AS id
MATCH (p:Professional {id: id})<-[:OF]-(:Account)-[:POSTED]->(post:Post)
WITH p, post, ` + postTargets + ` AS targets
WHERE size(targets) > 0 AND post.createdAt IS :: ZONED DATETIME
UNWIND targets AS target
MATCH (:Account {key: target})-[:OF]->(b:Professional)
WITH p, post, collect(b.id) AS to
RETURN p.id AS from, post.createdAt AS at, to, [(post)-[:IN]->(ch:Chat) | ch.id] AS chats`,
				func(r *record) {
					out.Acts = append(out.Acts, SnapshotActs{From: r.str("from"), At: r.time("at"), To: r.strings("to"), Chats: r.strings("chats")})
				}},
			{"chats", `UNWIND $chats AS id MATCH (ch:Chat {id: id}) RETURN ` + chatColumns,
				func(r *record) { out.Chats = append(out.Chats, chatRow(r)) }},
			{"took part", `UNWIND $chats AS id MATCH (p:Professional)-[tp:TOOK_PART]->(ch:Chat {id: id}) RETURN ` + partColumns,
				func(r *record) { out.Parts = append(out.Parts, partRow(r)) }},
		}
		for i, step := range steps {
			if (i < 4 && len(professionals) == 0) || (i >= 4 && len(chats) == 0) {
				continue // nothing to read
			}
			if err := eachRecord(ctx, tx, step.cypher, params, step.row); err != nil {
				return nil, fmt.Errorf("changed %s: %w", step.what, err)
			}
		}
		// The chats named that are new to the reader, with their rows.
		asked := map[string]bool{}
		for _, id := range chats {
			asked[id] = true
		}
		var newChats []string
		nameChat := func(id string) {
			if !asked[id] && !known.Chat(id) {
				asked[id] = true
				newChats = append(newChats, id)
			}
		}
		for _, t := range out.Ties {
			for _, id := range t.Chats {
				nameChat(id)
			}
		}
		for _, a := range out.Acts {
			for _, id := range a.Chats {
				nameChat(id)
			}
		}
		if len(newChats) > 0 {
			for _, step := range steps[4:] { // the chats and their TOOK_PART
				if err := eachRecord(ctx, tx, step.cypher, map[string]any{"chats": newChats}, step.row); err != nil {
					return nil, fmt.Errorf("changed %s named: %w", step.what, err)
				}
			}
		}
		// The professionals named who are new to the reader.
		mine := map[string]bool{}
		for _, p := range out.Professionals {
			mine[p.ID] = true
		}
		var unknown []string
		name := func(id string) {
			if !mine[id] && !known.Professional(id) {
				mine[id] = true
				unknown = append(unknown, id)
			}
		}
		for _, t := range out.Ties {
			name(t.To)
		}
		for _, a := range out.Acts {
			for _, id := range a.To {
				name(id)
			}
		}
		for _, p := range out.Parts {
			name(p.Professional)
		}
		if len(unknown) > 0 {
			err := eachRecord(ctx, tx, `UNWIND $ids AS id MATCH (p:Professional {id: id}) RETURN `+professionalColumns,
				map[string]any{"ids": unknown}, func(r *record) { out.Professionals = append(out.Professionals, professionalRow(r)) })
			if err != nil {
				return nil, fmt.Errorf("changed professionals named: %w", err)
			}
			err = eachRecord(ctx, tx, `UNWIND $ids AS id MATCH (acc:Account)-[:OF]->(p:Professional {id: id}) RETURN `+accountColumns,
				map[string]any{"ids": unknown}, func(r *record) { out.Accounts = append(out.Accounts, accountRow(r)) })
			if err != nil {
				return nil, fmt.Errorf("changed professionals' accounts: %w", err)
			}
		}
		return out, nil
	})
}
