package neo4jstore

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
)

// mergeRoster writes rostered professionals. An opt-out is never undone by
// a roster: the roster's opted-out flag applies when it opts out, and a
// professional opted out before (by an earlier roster, or by the
// professional of an account moved here) stays out; only the professional's
// own choice through the API (optOutChoice) opts back in, and it wins over
// any roster. An account that belonged to another professional (one made
// for it before the roster tied it to this one) is moved here, with that
// professional's opt-out; whoever talked with the old professional, the old
// professional's chats and the old professional itself (deleted once it has
// no account left) are marked stale, so the refresh moves their ties too.
// The rows whose opted-out flag the graph does not take are returned.
const mergeRoster = `
UNWIND $rows AS row
MERGE (p:Professional {id: row.id})
WITH p, row, coalesce(p.optedOut, false) AS was
SET p.name = row.name, p.optedOut = coalesce(p.optOutChoice, row.optedOut OR was), p.rostered = true, p.kind = row.kind,
    p.profession = row.profession, p:Stale
WITH p, row, was
CALL (p, row) {
  OPTIONAL MATCH (p)-[old:HAS_PROFESSION {source: 'roster'}]->()
  DELETE old
}
CALL (p, row) {
  UNWIND range(0, size(row.professions) - 1) AS i
  MATCH (pr:Profession {name: row.professions[i]})
  MERGE (p)-[h:HAS_PROFESSION {source: 'roster'}]->(pr)
  SET h.confidence = 1.0, h.rank = i
}
CALL (p, row) {
  UNWIND row.communities AS community
  MERGE (c:Community {name: community.name})
    ON CREATE SET c.hashtag = community.hashtag
  MERGE (p)-[m:MEMBER_OF]->(c)
  SET m.roster = true
}
CALL (p, row) {
  UNWIND row.accounts AS acct
  MERGE (a:Account {key: acct.key})
    ON CREATE SET a.platform = acct.platform, a.handle = acct.handle, a.local = acct.local, a.did = acct.did
  WITH p, a
  CALL (p, a) {
    MATCH (a)-[old:OF]->(prev:Professional) WHERE prev <> p
    DELETE old
    SET prev:Stale
    SET p.optOutChoice = CASE WHEN prev.optOutChoice THEN true ELSE p.optOutChoice END
    SET p.optedOut = coalesce(p.optOutChoice, p.optedOut OR coalesce(prev.optedOut, false))
    // The account's next profile is written to its new professional in
    // full, even when the account has had that profile before.
    REMOVE a.profileHash
    WITH prev
    CALL (prev) {
      MATCH (src:Professional)-[:TALKED_WITH]->(prev)
      SET src:Stale
    }
    CALL (prev) {
      MATCH (prev)-[:TOOK_PART]->(ch:Chat)
      SET ch:Stale
    }
    CALL (prev) {
      MATCH (prev)-[:HOSTED]->(ch:Chat)
      MERGE (p)-[:HOSTED]->(ch)
    }
  }
  MERGE (a)-[:OF]->(p)
}
WITH p, row, was WHERE p.optedOut <> row.optedOut OR p.optedOut <> was
RETURN row.id AS id, p.optedOut AS optedOut, p.optOutChoice IS NOT NULL AS chosen,
       p.optedOut <> row.optedOut AS overridden, p.optedOut <> was AS changed`

// RosterOverride is a roster row whose opted-out flag the graph did not
// take: OptedOut is what the professional is, Chosen says that their own
// choice through the API decided it.
type RosterOverride struct {
	ID       string
	OptedOut bool
	Chosen   bool
}

// WriteRoster writes one batch of roster rows in one transaction.
func (s *Store) WriteRoster(ctx context.Context, rows []RosterRow) error {
	_, err := s.WriteRosterRows(ctx, rows)
	return err
}

// WriteRosterRows is WriteRoster, saying which rows' opted-out flag the
// graph did not take.
func (s *Store) WriteRosterRows(ctx context.Context, given []RosterRow) ([]RosterOverride, error) {
	return writeTx(ctx, s, "load.roster", func(ctx context.Context, tx neo4j.ManagedTransaction) ([]RosterOverride, error) {
		rows, err := resolveRosterDIDs(ctx, tx, given)
		if err != nil {
			return nil, fmt.Errorf("accounts known by DID: %w", err)
		}
		var out []RosterOverride
		var changed []string // whose opted-out flag moved
		err = eachRecord(ctx, tx, mergeRoster, map[string]any{"rows": rosterParams(rows)}, func(r *record) {
			if r.boolean("overridden") {
				out = append(out, RosterOverride{ID: r.str("id"), OptedOut: r.boolean("optedOut"), Chosen: r.boolean("chosen")})
			}
			if r.boolean("changed") {
				changed = append(changed, r.str("id"))
			}
		})
		if err != nil {
			return nil, err
		}
		// What the questions read of these rows changes with the refresh
		// of what they marked stale, which records it; an opt-out is
		// recorded now, so that read models apply it at once.
		_, err = bumpVersion(ctx, tx, Change{Kind: ChangeRows, Professionals: changed})
		return out, err
	})
}

func rosterParams(rows []RosterRow) []map[string]any {
	params := make([]map[string]any, len(rows))
	for i, r := range rows {
		accounts := make([]map[string]any, len(r.Accounts))
		for j, key := range r.Accounts {
			platform, handle, _ := strings.Cut(key, ":")
			accounts[j] = map[string]any{"key": key, "platform": platform, "handle": handle, "local": domain.LocalHandle(key),
				"did": nullable(AccountRow{Key: key}.didOf())}
		}
		profession := "unknown"
		if len(r.Professions) > 0 {
			profession = r.Professions[0]
		}
		communities := make([]map[string]any, len(r.Communities))
		for j, name := range r.Communities {
			communities[j] = map[string]any{"name": name, "hashtag": GuessHashtag(name)}
		}
		professions := r.Professions
		if professions == nil {
			professions = []string{}
		}
		kind := r.Kind
		if kind == "" {
			kind = kindFor(profession)
		}
		params[i] = map[string]any{
			"id": r.ID, "name": r.Name, "optedOut": r.OptedOut, "kind": kind,
			"profession": profession, "professions": professions, "communities": communities, "accounts": accounts,
		}
	}
	return params
}

// GuessHashtag is the hashtag a community named only in a roster is taken
// to use until a catalogue says otherwise: its name, lowercased, letters and
// digits only (WeCYPNurses: #wecypnurses). Communities whose hashtag differs
// (WePharmacists: #WePh) need a catalogue entry.
func GuessHashtag(community string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(community) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mergeChats writes catalogued or detected chats with their community and
// host. A catalogue's hashtag replaces one guessed from a roster; a burst's
// never replaces a community's own.
const mergeChats = `
UNWIND $rows AS row
MERGE (c:Community {name: row.community})
SET c.hashtag = CASE WHEN row.source = 'catalogue' OR c.hashtag IS NULL THEN row.hashtag ELSE c.hashtag END
MERGE (ch:Chat {id: row.id})
SET ch.topic = row.topic, ch.hashtag = row.hashtag, ch.startsAt = row.startsAt, ch.endsAt = row.endsAt,
    ch.source = row.source, ch:Stale
MERGE (ch)-[:OF]->(c)
WITH ch, c, row WHERE row.host IS NOT NULL
MERGE (a:Account {key: row.host})
  ON CREATE SET a.platform = row.hostPlatform, a.handle = row.hostHandle, a.local = row.hostLocal
WITH ch, c, row, a
CALL (a, row) {
  OPTIONAL MATCH (a)-[:OF]->(existing:Professional)
  WITH a, row, existing WHERE existing IS NULL
  MERGE (p:Professional {id: row.host})
    ON CREATE SET p.kind = 'PERSON', p.name = row.hostHandle, p.optedOut = false, p.profession = 'unknown'
  MERGE (a)-[:OF]->(p)
}
SET c.account = coalesce(c.account, row.host)
WITH ch, a
MATCH (a)-[:OF]->(host:Professional)
MERGE (host)-[:HOSTED]->(ch)
SET host:Stale`

// WriteChats writes one batch of chats in one transaction.
func (s *Store) WriteChats(ctx context.Context, rows []ChatRow) error {
	params := make([]map[string]any, len(rows))
	for i, r := range rows {
		platform, handle, _ := strings.Cut(r.Host, ":")
		params[i] = map[string]any{
			"id": r.ID, "community": r.Community, "hashtag": r.Hashtag, "topic": r.Topic,
			"host": nullable(r.Host), "hostPlatform": platform, "hostHandle": handle, "hostLocal": domain.LocalHandle(r.Host),
			"startsAt": r.StartsAt, "endsAt": r.EndsAt, "source": r.Source,
		}
	}
	_, err := writeTx(ctx, s, "load.chats", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		if err := run(ctx, tx, mergeChats, map[string]any{"rows": params}); err != nil {
			return struct{}{}, err
		}
		// What the questions read of these rows changes with the refresh
		// of what they marked stale, which records it.
		_, err := bumpVersion(ctx, tx, Change{Kind: ChangePending})
		return struct{}{}, err
	})
	return err
}

// KnownChat is a chat as the loader needs it to assign posts.
type KnownChat struct {
	ID       string
	Hashtag  string
	StartsAt int64 // unix seconds
	EndsAt   int64
}

// ChatsForAssignment lists every chat's hashtag and time, so that a load
// of posts can assign them to chats catalogued in an earlier load.
func (s *Store) ChatsForAssignment(ctx context.Context) ([]KnownChat, error) {
	return readTx(ctx, s, "load.chatsForAssignment", func(ctx context.Context, tx neo4j.ManagedTransaction) ([]KnownChat, error) {
		var out []KnownChat
		err := eachRecord(ctx, tx, `MATCH (ch:Chat) RETURN ch.id AS id, ch.hashtag AS hashtag, ch.startsAt AS startsAt, ch.endsAt AS endsAt`, nil,
			func(r *record) {
				out = append(out, KnownChat{ID: r.str("id"), Hashtag: r.str("hashtag"),
					StartsAt: r.time("startsAt").Unix(), EndsAt: r.time("endsAt").Unix()})
			})
		return out, err
	})
}

// CommunityHashtags maps each community's hashtag to its name, so that a
// load can tell a community's chat from any other burst of a hashtag.
func (s *Store) CommunityHashtags(ctx context.Context) (map[string]string, error) {
	return readTx(ctx, s, "load.communityHashtags", func(ctx context.Context, tx neo4j.ManagedTransaction) (map[string]string, error) {
		out := map[string]string{}
		err := eachRecord(ctx, tx, `MATCH (c:Community) WHERE c.hashtag IS NOT NULL RETURN c.hashtag AS tag, c.name AS name`, nil,
			func(r *record) { out[r.str("tag")] = r.str("name") })
		return out, err
	})
}
