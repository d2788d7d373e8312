package main

// `loader load` of Bluesky files real tools wrote (testdata/real/SOURCES.md),
// into the test Neo4j. What each must give is worked out from the lexicons
// with jq (and, for repository exports, a separate CBOR reader), not from
// what the loader does; loader/archive/real_bsky_test.go says how.

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

const realBsky = "../testdata/real/bsky/"

// bskyAccounts lists the Bluesky accounts in the graph, key to DID.
func bskyAccounts(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, r := range storetest.MustQuery(t, `MATCH (a:Account) WHERE a.key STARTS WITH 'bsky:' RETURN a.key AS key, a.did AS did`, nil) {
		did, _ := r["did"].(string)
		out[r["key"].(string)] = did
	}
	return out
}

// authorOf is the key of the account that posted id.
func authorOf(t *testing.T, id string) []string {
	t.Helper()
	var out []string
	for _, r := range storetest.MustQuery(t, `MATCH (a:Account)-[:POSTED]->(:Post {id: $id}) RETURN a.key AS key`, map[string]any{"id": id}) {
		out = append(out, r["key"].(string))
	}
	return out
}

type tieCounts struct{ replies, mentions, quotes, reposts int }

// tiesByProfessional reads every TALKED_WITH, by professional ids.
func tiesByProfessional(t *testing.T) map[[2]string]tieCounts {
	t.Helper()
	out := map[[2]string]tieCounts{}
	for _, r := range storetest.MustQuery(t, `MATCH (a:Professional)-[t:TALKED_WITH]->(b:Professional)
RETURN a.id AS a, b.id AS b, t.replies AS r, t.mentions AS m, t.quotes AS q, t.reposts AS p`, nil) {
		out[[2]string{r["a"].(string), r["b"].(string)}] = tieCounts{int(r["r"].(int64)), int(r["m"].(int64)), int(r["q"].(int64)), int(r["p"].(int64))}
	}
	return out
}

// Each real file loads whole and gives the graph its records describe.
func TestLoadRealBluesky(t *testing.T) {
	store := storetest.MustOpen(t)
	tests := []struct {
		name                          string
		files                         []string
		read, skipped                 int64 // posts and reposts read, other records skipped
		posts, replyTo, quotes        int64
		reposts, mentions, talkedWith int64
		accounts                      int
		ties                          map[[2]string]tieCounts // some of them
		noAccount                     []string
	}{
		// 17+1 posts and 15+1 reposts of 55 DIDs; two answers in one
		// author's own thread link; 7 answers to others and 16 reposts
		// address 23 others; nobody names a handle.
		{name: "Jetstream v1 events", files: []string{"jetstream/expected_v1.jsonl", "jetstream/golden_v1.jsonl"},
			read: 34, skipped: 128, posts: 34, replyTo: 2, talkedWith: 23, accounts: 55,
			ties: map[[2]string]tieCounts{
				{"bsky:did:plc:o2rolxey6s5k7d4lxcz3inl4", "bsky:did:plc:i5y2f3gtpjxs3qg6fwgb6jb4"}: {replies: 1},
				{"bsky:did:plc:5er4dj3kkwyj4cy5gdnzn56w", "bsky:did:plc:lthsfxxeghkgg44eummxtvbe"}: {reposts: 1},
			}},
		// 23 posts and a repost by one DID; its quote of its own post links;
		// 4 mentions (text handles), 2 answers and a repost address 6 others.
		{name: "repository export, bnewbold", files: []string{"indigo/bnewbold.robocracy.org.20250310005405.car"},
			read: 24, skipped: 14, posts: 24, quotes: 1, mentions: 4, talkedWith: 6, accounts: 7,
			ties: map[[2]string]tieCounts{
				{"bsky:did:plc:nhxcyu4ewwhl5pqil4dotqjo", "bsky:bnewbold.net"}:                     {mentions: 2},
				{"bsky:did:plc:nhxcyu4ewwhl5pqil4dotqjo", "bsky:jacob.gold"}:                       {mentions: 1},
				{"bsky:did:plc:nhxcyu4ewwhl5pqil4dotqjo", "bsky:did:plc:oio4hkxaop4ao4wz2pp3f4cr"}: {replies: 1},
				{"bsky:did:plc:nhxcyu4ewwhl5pqil4dotqjo", "bsky:did:plc:xgs3qrwos3dwxmixoflcxrhu"}: {reposts: 1},
			}},
		// @calabro.io (did:plc:4uz2445cjiw7w4nobfgnu35f) is mentioned twice
		// and reposted three times: one person, one account.
		{name: "repository export, jetstream corpus", files: []string{"jetstream/repo.car"},
			read: 9, skipped: 14, posts: 9, replyTo: 1, mentions: 2, talkedWith: 1, accounts: 2,
			ties: map[[2]string]tieCounts{
				{"bsky:did:plc:53iucmf5ldftgqyf2ac7hmhd", "bsky:calabro.io"}: {mentions: 2, reposts: 3},
			},
			noAccount: []string{"bsky:did:plc:4uz2445cjiw7w4nobfgnu35f"}},
		// 50 posts of one DID: 3 answers to its own posts in the page link;
		// 28 answers and 8 quotes address 27 others.
		{name: "listRecords page", files: []string{"atproto-dart/listRecords.json"},
			read: 50, posts: 50, replyTo: 3, talkedWith: 27, accounts: 28,
			ties: map[[2]string]tieCounts{
				{"bsky:did:plc:r64txawptxlk3hx6k7r2kyh3", "bsky:did:plc:uraielgolztbeqrrv5c7qbce"}: {replies: 3, quotes: 1},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			storetest.MustReset(t, store)
			var args []string
			for _, f := range tt.files {
				args = append(args, realBsky+f)
			}
			res := mustLoad(t, args...)
			checkAccounts(t, res.summary)
			s := res.summary
			// Read counts the records skipped (likes, deletes...) too.
			if s.Read != tt.read+tt.skipped || s.Loaded != tt.read || s.Rejected != 0 || s.Skipped != tt.skipped {
				t.Errorf("read %d loaded %d rejected %d skipped %d; want %d loaded, %d skipped; rejects %+v",
					s.Read, s.Loaded, s.Rejected, s.Skipped, tt.read, tt.skipped, res.rejects)
			}
			f := mustFingerprint(t, store)
			for what, got := range map[string][2]int64{
				"Post":        {f.Nodes["Post"], tt.posts},
				"REPLY_TO":    {f.Relationships["REPLY_TO"], tt.replyTo},
				"QUOTES":      {f.Relationships["QUOTES"], tt.quotes},
				"REPOSTS":     {f.Relationships["REPOSTS"], tt.reposts},
				"MENTIONS":    {f.Relationships["MENTIONS"], tt.mentions},
				"TALKED_WITH": {f.Relationships["TALKED_WITH"], tt.talkedWith},
			} {
				if got[0] != got[1] {
					t.Errorf("%s: %d, want %d", what, got[0], got[1])
				}
			}
			accounts := bskyAccounts(t)
			if len(accounts) != tt.accounts {
				t.Errorf("%d accounts, want %d: %v", len(accounts), tt.accounts, accounts)
			}
			for _, k := range tt.noAccount {
				if _, ok := accounts[k]; ok {
					t.Errorf("account %s is there: one person, two accounts", k)
				}
			}
			ties := tiesByProfessional(t)
			for pair, want := range tt.ties {
				if got, ok := ties[pair]; !ok || got != want {
					t.Errorf("tie %s -> %s = %+v (there: %v), want %+v", pair[0], pair[1], got, ok, want)
				}
			}
		})
	}
}

// A Bluesky person is one account whatever names them: the AppView by
// handle, a bare record by DID. shinyakato.dev (did:plc:iijrtk7ocored6zuziwmqq3c)
// wrote the getAuthorFeed page and the getRecord answer (an answer to
// himself that mentions @yui.bsky.social); the Python SDK's test account
// test.marshal.dev (did:plc:kvwvcn5iqfooopmyzvb4qzba) wrote the thread and
// both records. In whatever order the files come, in one load or in
// several, the graph is the same: the records' posts are the handle's, no
// account is keyed by those DIDs, and the handle accounts keep their DID.
func TestLoadBlueskyDIDsAndHandles(t *testing.T) {
	store := storetest.MustOpen(t)
	feed, record := realBsky+"atproto-dart/getAuthorFeed.json", realBsky+"atproto-dart/getRecord.json"
	thread := realBsky + "marshalx-atproto/thread_view_post_with_embed_media.json"
	records := []string{realBsky + "marshalx-atproto/post_record.json", realBsky + "marshalx-atproto/extended_post_record.json"}
	orders := []struct {
		name  string
		loads [][]string
	}{
		{"AppView first, one load", [][]string{append([]string{feed, thread, record}, records...)}},
		{"records first, one load", [][]string{append(append([]string{record}, records...), feed, thread)}},
		{"records first, AppView in a later load", [][]string{append([]string{record}, records...), {feed, thread}}},
		{"AppView first, records in a later load", [][]string{{feed, thread}, append([]string{record}, records...)}},
	}
	var first storetest.Fingerprint
	for i, o := range orders {
		t.Run(o.name, func(t *testing.T) {
			storetest.MustReset(t, store)
			for _, args := range o.loads {
				res := mustLoad(t, args...)
				checkAccounts(t, res.summary)
				if res.summary.Rejected != 0 {
					t.Errorf("rejects: %+v", res.rejects)
				}
			}
			accounts := bskyAccounts(t)
			for key, did := range map[string]string{
				"bsky:shinyakato.dev":   "did:plc:iijrtk7ocored6zuziwmqq3c",
				"bsky:test.marshal.dev": "did:plc:kvwvcn5iqfooopmyzvb4qzba",
				"bsky:yui.bsky.social":  "did:plc:4hqjfn7m6n5hno3doamuhgef", // from the mention facet
			} {
				if got, ok := accounts[key]; !ok || got != did {
					t.Errorf("account %s: DID %q (there: %v), want %q", key, got, ok, did)
				}
			}
			for _, k := range []string{"bsky:did:plc:iijrtk7ocored6zuziwmqq3c", "bsky:did:plc:kvwvcn5iqfooopmyzvb4qzba"} {
				if _, ok := accounts[k]; ok {
					t.Errorf("account %s is there: one person, two accounts", k)
				}
			}
			for id, want := range map[string]string{
				"bsky:at://did:plc:iijrtk7ocored6zuziwmqq3c/app.bsky.feed.post/3juqjtr23dk2h": "bsky:shinyakato.dev",
				"bsky:at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3k2yihcrp6f2c": "bsky:test.marshal.dev",
				"bsky:at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3k2yinh52ne2x": "bsky:test.marshal.dev",
				"bsky:at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3kaheyt6vpc22": "bsky:test.marshal.dev",
			} {
				if got := authorOf(t, id); !slices.Equal(got, []string{want}) {
					t.Errorf("%s posted by %v, want %s", id, got, want)
				}
			}
			// The record's mention is shinyakato's tie; his answer to himself
			// is none.
			ties := tiesByProfessional(t)
			if got := ties[[2]string{"bsky:shinyakato.dev", "bsky:yui.bsky.social"}]; got != (tieCounts{mentions: 1}) {
				t.Errorf("shinyakato -> yui: %+v, want one mention", got)
			}
			for pair := range ties {
				if pair[0] == pair[1] || pair[1] == "bsky:did:plc:iijrtk7ocored6zuziwmqq3c" || pair[0] == "bsky:did:plc:iijrtk7ocored6zuziwmqq3c" {
					t.Errorf("tie %v", pair)
				}
			}
			f := mustFingerprint(t, store)
			if f.Stale != 0 {
				t.Errorf("%d nodes still stale", f.Stale)
			}
			if i == 0 {
				first = f
			} else if d := first.Diff(f); d != nil {
				t.Errorf("the graph differs from the one loaded AppView first: %v", d)
			}
		})
	}
}

// A roster names a Bluesky account by handle or by DID; a record by DID and
// an AppView answer by handle still come to the roster's professional.
func TestLoadBlueskyRosterAndDIDs(t *testing.T) {
	store := storetest.MustOpen(t)
	feed, record := realBsky+"atproto-dart/getAuthorFeed.json", realBsky+"atproto-dart/getRecord.json"
	post := "bsky:at://did:plc:iijrtk7ocored6zuziwmqq3c/app.bsky.feed.post/3juqjtr23dk2h"
	for _, tt := range []struct{ name, account, id string }{
		{"by handle", "bsky:shinyakato.dev", "bsky:shinyakato.dev"},
		{"by DID", "bsky:did:plc:iijrtk7ocored6zuziwmqq3c", "bsky:did:plc:iijrtk7ocored6zuziwmqq3c"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			storetest.MustReset(t, store)
			roster := filepath.Join(t.TempDir(), "roster.csv")
			if err := os.WriteFile(roster, []byte("accounts,name,professions,communities,opted_out\n"+tt.account+",Shinya Kato,Pharmacist,WePharmacists,false\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			mustLoad(t, roster, record)
			mustLoad(t, feed)
			rows := storetest.MustQuery(t, `MATCH (:Post {id: $post})<-[:POSTED]-(a:Account)-[:OF]->(p:Professional)
RETURN a.key AS account, p.id AS id, p.name AS name, p.rostered AS rostered`, map[string]any{"post": post})
			if len(rows) != 1 || rows[0]["account"] != "bsky:shinyakato.dev" || rows[0]["id"] != tt.id || rows[0]["name"] != "Shinya Kato" || rows[0]["rostered"] != true {
				t.Errorf("the record's author: %v; want bsky:shinyakato.dev of the roster's professional %s", rows, tt.id)
			}
			accounts, err := store.AccountsOf(context.Background(), []string{tt.id})
			if err != nil {
				t.Fatal(err)
			}
			if a := accounts[tt.id]; len(a) != 1 || a[0].Key != "bsky:shinyakato.dev" {
				t.Errorf("the professional's accounts: %v", a)
			}
			if n := storetest.MustQuery(t, `MATCH (p:Professional) WHERE NOT EXISTS { (p)<-[:OF]-() } RETURN count(p) AS n`, nil)[0]["n"]; n != int64(0) {
				t.Errorf("%d professionals without an account", n)
			}
		})
	}
}
