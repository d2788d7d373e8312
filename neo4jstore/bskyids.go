package neo4jstore

import (
	"context"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// One Bluesky person, one account. The AppView names people by handle and
// DID; a bare record, a repository export or a Jetstream event names them
// by DID only. An account's key is "bsky:" + its handle when one is known,
// "bsky:" + its DID until then, and every Bluesky account whose DID is known
// keeps it (Account.did, lowercased). So:
//
//   - a batch's DID-keyed names are first looked up (resolveDIDs): among the
//     batch's own accounts that carry a DID, then in the graph; a DID that
//     has a handle there is written under the handle;
//   - a DID-keyed account already in the graph that an account with a handle
//     later claims (same DID) is folded into it (foldDIDAccounts): its posts,
//     the mentions of it and what posts said they answered, quoted or
//     reposted of it move over, and its professional goes unless a roster
//     made it, in which case the handle account joins that professional.
//
// Rows whose key is a DID carry that DID without saying so.
const didKeyPrefix = "bsky:did:"

// didOf is the DID an account row stands for: the one it carries, else the
// one its key is.
func (r AccountRow) didOf() string {
	if r.DID != "" {
		return strings.ToLower(r.DID)
	}
	if strings.HasPrefix(r.Key, didKeyPrefix) {
		return strings.TrimPrefix(r.Key, "bsky:")
	}
	return ""
}

// handlesOfDIDs finds the handle accounts the graph knows for DIDs; with
// several (a handle changed, or a mention's text showed an old one), the one
// whose profile is newest comes last, those with none first.
const handlesOfDIDs = `
UNWIND $dids AS did
MATCH (a:Account {did: did})
WHERE a.key <> 'bsky:' + did
RETURN did, a.key AS key
ORDER BY coalesce(a.profileAt, datetime({epochSeconds: 0}))`

// handleKeys maps the DID-keyed names among keys to handle accounts: from
// the batch's own accounts first, then from the graph.
func handleKeys(ctx context.Context, tx neo4j.ManagedTransaction, keys []string, accounts []AccountRow) (map[string]string, error) {
	// An author's own profile is better evidence than a mention's text.
	byDID, profiled := map[string]string{}, map[string]bool{}
	for _, a := range accounts {
		if did := a.didOf(); did != "" && a.Key != "bsky:"+did {
			if _, seen := byDID[did]; !seen || (!profiled[did] && !a.ProfileAt.IsZero()) {
				byDID[did], profiled[did] = a.Key, !a.ProfileAt.IsZero()
			}
		}
	}
	out := map[string]string{}
	var ask []string
	for _, k := range keys {
		if !strings.HasPrefix(k, didKeyPrefix) {
			continue
		}
		did := strings.TrimPrefix(k, "bsky:")
		if h, ok := byDID[did]; ok {
			out[k] = h
		} else if !slices.Contains(ask, did) {
			ask = append(ask, did)
		}
	}
	if len(ask) == 0 {
		return out, nil
	}
	res, err := tx.Run(ctx, handlesOfDIDs, map[string]any{"dids": ask})
	if err != nil {
		return nil, err
	}
	for res.Next(ctx) {
		did, _ := res.Record().Values[0].(string)
		key, _ := res.Record().Values[1].(string)
		out["bsky:"+did] = key
	}
	return out, res.Err()
}

// resolveDIDs returns the batch with every DID-keyed name that has a handle
// written under the handle; the caller's rows are left as they were.
func resolveDIDs(ctx context.Context, tx neo4j.ManagedTransaction, b PostBatch) (PostBatch, error) {
	var keys []string
	for _, a := range b.Accounts {
		keys = append(keys, a.Key)
	}
	for _, p := range b.Posts {
		keys = append(keys, p.Author, p.ReplyToAccount, p.QuotesAccount, p.RepostsAccount)
		keys = append(keys, p.Mentions...)
	}
	to, err := handleKeys(ctx, tx, keys, b.Accounts)
	if err != nil || len(to) == 0 {
		return b, err
	}
	key := func(k string) string {
		if h, ok := to[k]; ok {
			return h
		}
		return k
	}
	out := b
	out.Accounts = make([]AccountRow, 0, len(b.Accounts))
	at := map[string]int{}
	for _, a := range b.Accounts {
		if h, ok := to[a.Key]; ok {
			a.DID, a.Key, a.Handle = a.didOf(), h, strings.TrimPrefix(h, "bsky:")
		}
		if i, seen := at[a.Key]; seen {
			// The handle's own row and a DID-keyed one: the newer profile wins.
			if a.ProfileAt.After(out.Accounts[i].ProfileAt) {
				out.Accounts[i] = a
			}
			continue
		}
		at[a.Key] = len(out.Accounts)
		out.Accounts = append(out.Accounts, a)
	}
	out.Posts = make([]PostRow, len(b.Posts))
	for i, p := range b.Posts {
		p.Author, p.ReplyToAccount, p.QuotesAccount, p.RepostsAccount = key(p.Author), key(p.ReplyToAccount), key(p.QuotesAccount), key(p.RepostsAccount)
		if len(p.Mentions) > 0 {
			m := make([]string, 0, len(p.Mentions))
			for _, k := range p.Mentions {
				if k = key(k); !slices.Contains(m, k) {
					m = append(m, k)
				}
			}
			p.Mentions = m
		}
		out.Posts[i] = p
	}
	return out, nil
}

// resolveRosterDIDs writes a roster's DID-keyed accounts under the handles
// the graph knows for them.
func resolveRosterDIDs(ctx context.Context, tx neo4j.ManagedTransaction, rows []RosterRow) ([]RosterRow, error) {
	var keys []string
	for _, r := range rows {
		keys = append(keys, r.Accounts...)
	}
	to, err := handleKeys(ctx, tx, keys, nil)
	if err != nil || len(to) == 0 {
		return rows, err
	}
	out := make([]RosterRow, len(rows))
	for i, r := range rows {
		accounts := make([]string, 0, len(r.Accounts))
		for _, k := range r.Accounts {
			if h, ok := to[k]; ok {
				k = h
			}
			if !slices.Contains(accounts, k) {
				accounts = append(accounts, k)
			}
		}
		r.Accounts = accounts
		out[i] = r
	}
	return out, nil
}

// foldDIDAccounts merges each DID-keyed account into the account with a
// handle that now claims its DID (see the top of this file). Who talked
// with the professional that goes, its chats and the authors of every post
// that named it are marked stale, so the refresh recomputes their ties;
// the professional itself, left without an account, is deleted by the
// refresh (deleteOrphans). Two professionals that rosters made are never
// merged here: the accounts stay apart.
const foldDIDAccounts = `
UNWIND $rows AS row
MATCH (d:Account {key: 'bsky:' + row.did})
MATCH (h:Account {key: row.key})
WHERE d <> h
MATCH (d)-[:OF]->(dp:Professional)
MATCH (h)-[:OF]->(hp:Professional)
WITH d, h, dp, hp, row
WHERE dp = hp OR NOT (coalesce(dp.rostered, false) AND coalesce(hp.rostered, false))
CALL (h, dp, hp) {
  WITH h, dp, hp WHERE dp <> hp AND coalesce(dp.rostered, false)
  MATCH (h)-[o:OF]->(hp)
  DELETE o
  MERGE (h)-[:OF]->(dp)
  REMOVE h.profileHash
}
WITH d, h, dp, hp, row
MATCH (h)-[:OF]->(keep:Professional)
WITH d, h, row, keep, [x IN [dp, hp] WHERE x <> keep] AS gone
CALL (d, h) {
  MATCH (d)-[r:POSTED]->(p:Post)
  MERGE (h)-[:POSTED]->(p)
  DELETE r
  WITH p
  MATCH (p)-[:IN]->(ch:Chat)
  SET ch:Stale
}
CALL (d, h) {
  MATCH (p:Post)-[r:MENTIONS]->(d)
  MERGE (p)-[:MENTIONS]->(h)
  DELETE r
  SET p.mentions = reduce(acc = [], m IN p.mentions |
    CASE WHEN (CASE m WHEN d.key THEN h.key ELSE m END) IN acc THEN acc ELSE acc + (CASE m WHEN d.key THEN h.key ELSE m END) END)
  WITH p
  MATCH (p)<-[:POSTED]-(:Account)-[:OF]->(x:Professional)
  SET x:Stale
}
CALL (d, h, row) {
  MATCH (p:Post) WHERE p.replyToId STARTS WITH 'bsky:at://' + row.did + '/' AND p.replyToAccount = d.key
  SET p.replyToAccount = h.key
  WITH p
  MATCH (p)<-[:POSTED]-(:Account)-[:OF]->(x:Professional)
  SET x:Stale
}
CALL (d, h, row) {
  MATCH (p:Post) WHERE p.quotesId STARTS WITH 'bsky:at://' + row.did + '/' AND p.quotesAccount = d.key
  SET p.quotesAccount = h.key
  WITH p
  MATCH (p)<-[:POSTED]-(:Account)-[:OF]->(x:Professional)
  SET x:Stale
}
CALL (d, h, row) {
  MATCH (p:Post) WHERE p.repostsId STARTS WITH 'bsky:at://' + row.did + '/' AND p.repostsAccount = d.key
  SET p.repostsAccount = h.key
  WITH p
  MATCH (p)<-[:POSTED]-(:Account)-[:OF]->(x:Professional)
  SET x:Stale
}
CALL (gone, keep) {
  UNWIND gone AS g
  CALL (g) {
    MATCH (src:Professional)-[:TALKED_WITH]->(g)
    SET src:Stale
  }
  CALL (g) {
    MATCH (g)-[:TOOK_PART]->(ch:Chat)
    SET ch:Stale
  }
  CALL (g, keep) {
    MATCH (g)-[:HOSTED]->(ch:Chat)
    MERGE (keep)-[:HOSTED]->(ch)
    SET ch:Stale
  }
  SET g:Stale
}
SET keep:Stale
DETACH DELETE d`

// foldRows are the batch's accounts with a handle and a DID.
func foldRows(accounts []AccountRow) []map[string]any {
	var rows []map[string]any
	for _, a := range accounts {
		if did := a.didOf(); did != "" && a.Key != "bsky:"+did {
			rows = append(rows, map[string]any{"key": a.Key, "did": did})
		}
	}
	return rows
}
