package main

import (
	"path/filepath"
	"testing"

	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// A thread's author gets the bio that getProfiles gives (a thread's posts
// carry only a basic profile), whichever file is loaded first: the profile
// is newer than the posts.
func TestLoadBlueskyProfiles(t *testing.T) {
	dir := filepath.Join(realData, "bsky", "atrrr")
	thread, profiles := filepath.Join(dir, "app.bsky.feed.getPostThread_72827.json"), filepath.Join(dir, "app.bsky.actor.getProfiles_3ed2a.json")
	const bio = "Senior Researcher @gesis.org"
	for _, order := range [][]string{{thread, profiles}, {profiles, thread}} {
		storetest.MustOpen(t)
		for _, f := range order {
			res := mustLoad(t, f)
			checkAccounts(t, res.summary)
		}
		rows := storetest.MustQuery(t, `MATCH (:Account {key: 'bsky:jbgruber.bsky.social'})-[:OF]->(p:Professional)
MATCH (p)<-[:OF]-(:Account)-[:POSTED]->(post:Post)
RETURN p.bio AS bio, count(post) AS posts`, nil)
		if len(rows) != 1 || rows[0]["posts"].(int64) == 0 {
			t.Fatalf("order %v: %v, want jbgruber with the thread's posts", order, rows)
		}
		if b, _ := rows[0]["bio"].(string); len(b) < len(bio) || b[:len(bio)] != bio {
			t.Errorf("order %v: jbgruber's bio %q, want the profile's", order, rows[0]["bio"])
		}
	}
}
