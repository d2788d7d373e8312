package neo4jstore_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

func mustFingerprint(t *testing.T, s *neo4jstore.Store) storetest.Fingerprint {
	t.Helper()
	return storetest.OpenGraph(t).Fingerprint(t)
}

func TestFingerprintCountsAndIsStable(t *testing.T) {
	s := storetest.MustOpen(t)
	empty := mustFingerprint(t, s)
	loadScenario(t, s)
	f := mustFingerprint(t, s)

	for label, want := range map[string]int64{"Post": 9, "Professional": 6, "Chat": 1, "Account": 7, "Stale": 0} {
		if f.Nodes[label] != want {
			t.Errorf("Nodes[%s] = %d, want %d", label, f.Nodes[label], want)
		}
	}
	for typ, want := range map[string]int64{"TALKED_WITH": 5, "TOOK_PART": 3, "HOSTED": 1, "REPLY_TO": 4, "REPOSTS": 1} {
		if f.Relationships[typ] != want {
			t.Errorf("Relationships[%s] = %d, want %d", typ, f.Relationships[typ], want)
		}
	}
	if f.Stale != 0 {
		t.Errorf("Stale = %d after a refresh", f.Stale)
	}
	if len(f.Digest) != 64 {
		t.Errorf("digest %q", f.Digest)
	}
	// Every label and type the scenario writes has its digest, and each
	// changed; the professions were there before.
	for _, part := range []string{"Post", "Professional", "Account", "Chat", "Community", "TALKED_WITH", "TOOK_PART",
		"HOSTED", "REPLY_TO", "REPOSTS", "MENTIONS", "POSTED", "IN", "OF", "MEMBER_OF", "HAS_PROFESSION"} {
		if f.Parts[part] == "" || f.Parts[part] == empty.Parts[part] {
			t.Errorf("digest of %s did not change when the scenario was loaded (%q)", part, f.Parts[part])
		}
	}
	if f.Parts["Profession"] != empty.Parts["Profession"] {
		t.Errorf("the professions' digest changed; the scenario writes none")
	}

	if d := f.Diff(mustFingerprint(t, s)); d != nil {
		t.Errorf("fingerprint of an unchanged graph changed: %v", d)
	}
	loadScenario(t, s)
	if d := f.Diff(mustFingerprint(t, s)); d != nil {
		t.Errorf("loading the same rows again changed the fingerprint: %v", d)
	}
}

func TestFingerprintSeesChanges(t *testing.T) {
	s := storetest.MustOpen(t)
	loadScenario(t, s)
	ctx := context.Background()
	before := mustFingerprint(t, s)

	// A new answer by dan in the chat, not yet refreshed: a post more, and
	// stale marks left.
	mustWrite(t)(s.WritePosts(ctx, []neo4jstore.AccountRow{author("x:dan", "Dan", "", "unknown", at(40))},
		[]neo4jstore.PostRow{{ID: "x:9", Platform: "x", Author: "x:dan", Text: "@WePharmacists thanks #WePh", CreatedAt: at(40),
			ReplyTo: "x:1", Hashtags: []string{"weph"}, Chat: "weph-20240314"}}, 24*time.Hour))
	pending := mustFingerprint(t, s)
	if pending.Stale == 0 || pending.Nodes["Post"] != before.Nodes["Post"]+1 {
		t.Errorf("after a write: Stale = %d, Post = %d; want stale marks and one post more", pending.Stale, pending.Nodes["Post"])
	}
	if !mentions(before.Diff(pending), "digest of Post") || !mentions(before.Diff(pending), "nodes Stale") {
		t.Errorf("Diff = %v, want the posts' digest and the stale count", before.Diff(pending))
	}

	if _, err := s.RefreshStale(ctx, 100, nil); err != nil {
		t.Fatal(err)
	}
	after := mustFingerprint(t, s)
	if after.Stale != 0 {
		t.Errorf("Stale = %d after a refresh", after.Stale)
	}
	d := before.Diff(after)
	for _, want := range []string{"digest of TALKED_WITH", "digest of TOOK_PART", "digest of Professional", "digest of Post"} {
		if !mentions(d, want) {
			t.Errorf("Diff = %v, want %q (dan answered the host in the chat)", d, want)
		}
	}

	// A property alone (a roster renames bob) changes a digest, not a count.
	must(t, s.WriteRoster(ctx, []neo4jstore.RosterRow{{ID: "x:bob", Name: "Bob Renamed", Accounts: []string{"x:bob"}}}))
	if _, err := s.RefreshStale(ctx, 100, nil); err != nil {
		t.Fatal(err)
	}
	renamed := mustFingerprint(t, s)
	if d := after.Diff(renamed); len(d) != 1 || !mentions(d, "digest of Professional") {
		t.Errorf("Diff after renaming = %v, want the professionals' digest only", d)
	}

	// Every property counts, on nodes and on relationships, with its type:
	// a path that drops one, or writes it as another type, differs.
	g := storetest.OpenGraph(t)
	for _, c := range []struct{ change, part string }{
		{"MATCH (p:Post {id: 'x:1'}) REMOVE p.hashtags", "digest of Post"},
		{"MATCH (p:Post {id: 'x:1'}) SET p.createdAt = localdatetime(p.createdAt)", "digest of Post"},
		{"MATCH (a:Account {key: 'x:bob'}) REMOVE a.local", "digest of Account"},
		{"MATCH ()-[t:TALKED_WITH]->() WITH t LIMIT 1 SET t.replies = toFloat(t.replies)", "digest of TALKED_WITH"},
		{"MATCH (p:Post)-[m:MENTIONS]->(a) WITH m LIMIT 1 SET m.extra = 1", "digest of MENTIONS"},
	} {
		was := mustFingerprint(t, s)
		g.MustWrite(t, c.change, nil)
		if d := was.Diff(mustFingerprint(t, s)); len(d) != 1 || !mentions(d, c.part) {
			t.Errorf("after %q: Diff = %v, want %s only", c.change, d, c.part)
		}
	}
}

func mentions(lines []string, prefix string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}
