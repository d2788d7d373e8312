package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"maps"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Fingerprint sums up a graph so that two loads can be compared: the
// number of nodes per label and relationships per type, and a digest of
// what the loader derives and decides. Two graphs with equal fingerprints
// hold the same professionals (with their accounts, professions and
// communities), chats, posts and chat assignments, and the same
// TALKED_WITH and TOOK_PART with the same figures.
type Fingerprint struct {
	Nodes         map[string]int64 // per label; a node with two labels counts under each
	Relationships map[string]int64 // per type
	// Parts holds one SHA-256 (hex) per kind of row digested, keyed by
	// FingerprintParts' names; Digest is the SHA-256 of them all.
	Parts  map[string]string
	Digest string
	// Stale is the number of nodes still marked :Stale: a load that ran to
	// its end leaves none.
	Stale int64
}

// fingerprintPart is one kind of row in the digest: a statement returning
// the row's values in a stable order, and which of its columns are lists
// whose order carries no meaning (sorted before digesting).
type fingerprintPart struct {
	name     string
	cypher   string
	unsorted []int
}

// fingerprintParts are streamed in key order, one row at a time, so that
// memory stays small whatever the graph's size.
var fingerprintParts = []fingerprintPart{
	{"TALKED_WITH", `
MATCH (a:Professional)-[t:TALKED_WITH]->(b:Professional)
RETURN a.id, b.id, t.replies, t.mentions, t.quotes, t.reposts, t.firstAt, t.lastAt, t.chats
ORDER BY a.id, b.id, t.replies, t.mentions, t.quotes, t.reposts, t.firstAt, t.lastAt`, []int{8}},
	{"TOOK_PART", `
MATCH (p:Professional)-[t:TOOK_PART]->(ch:Chat)
RETURN p.id, ch.id, t.posts, t.repliesReceived, t.mentionsReceived, t.role, t.firstAt, t.lastAt
ORDER BY p.id, ch.id, t.posts, t.firstAt`, nil},
	{"Professional", `
MATCH (p:Professional)
RETURN p.id, p.profession, p.kind, p.optedOut, p.name, p.bio, p.location, p.firstSeen, p.lastSeen
ORDER BY p.id`, nil},
	{"Post", `
MATCH (p:Post)
RETURN p.id, [(p)-[:IN]->(ch:Chat) | ch.id], [(p)-[:REPLY_TO]->(q:Post) | q.id]
ORDER BY p.id`, []int{1, 2}},
	{"Account", `
MATCH (a:Account)
RETURN a.key, [(a)-[:OF]->(p:Professional) | p.id]
ORDER BY a.key`, []int{1}},
	{"HAS_PROFESSION", `
MATCH (p:Professional)-[h:HAS_PROFESSION]->(pr:Profession)
RETURN p.id, h.source, pr.name, h.rank, h.confidence
ORDER BY p.id, h.source, pr.name`, nil},
	{"MEMBER_OF", `
MATCH (p:Professional)-[:MEMBER_OF]->(c:Community)
RETURN p.id, c.name
ORDER BY p.id, c.name`, nil},
	{"Chat", `
MATCH (ch:Chat)
RETURN ch.id, ch.topic, ch.hashtag, ch.startsAt, ch.endsAt, ch.source,
       [(ch)-[:OF]->(c:Community) | c.name], [(p:Professional)-[:HOSTED]->(ch) | p.id]
ORDER BY ch.id`, []int{6, 7}},
}

// FingerprintParts names the parts of a fingerprint's digest.
func FingerprintParts() []string {
	out := make([]string, len(fingerprintParts))
	for i, p := range fingerprintParts {
		out[i] = p.name
	}
	return out
}

// Fingerprint reads the graph's fingerprint. It is meant for a graph
// nothing is writing to: each part is read on its own.
func (g *Graph) Fingerprint(t testing.TB) Fingerprint {
	t.Helper()
	f := Fingerprint{Parts: map[string]string{}}
	countBy := func(cypher string) map[string]int64 {
		out := map[string]int64{}
		for _, r := range g.Rows(t, cypher, nil) {
			out[r["key"].(string)] = r["n"].(int64)
		}
		return out
	}
	// The change log records writes, not what they wrote: a load of the
	// same rows again adds to it and changes nothing else.
	f.Nodes = countBy(`MATCH (n) WHERE NOT n:DataChange UNWIND labels(n) AS key RETURN key, count(*) AS n`)
	f.Relationships = countBy(`MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n`)
	f.Stale = f.Nodes["Stale"]
	all := sha256.New()
	for _, part := range fingerprintParts {
		h := sha256.New()
		for _, values := range g.values(t, part.cypher) {
			if err := digestRow(h, values, part.unsorted); err != nil {
				t.Fatalf("fingerprint %s: %v", part.name, err)
			}
		}
		sum := hex.EncodeToString(h.Sum(nil))
		f.Parts[part.name] = sum
		fmt.Fprintf(all, "%s %s\n", part.name, sum)
	}
	f.Digest = hex.EncodeToString(all.Sum(nil))
	return f
}

// digestRow writes one row as a JSON line: values in their column order,
// times as UTC RFC 3339, the unordered lists sorted.
func digestRow(h hash.Hash, values []any, unsorted []int) error {
	row := make([]any, len(values))
	for i, v := range values {
		row[i] = canonical(v, slices.Contains(unsorted, i))
	}
	b, err := json.Marshal(row)
	if err != nil {
		return fmt.Errorf("fingerprint row %v: %w", values, err)
	}
	h.Write(append(b, '\n'))
	return nil
}

func canonical(v any, sortList bool) any {
	switch t := v.(type) {
	case time.Time:
		return t.UTC().Format(time.RFC3339Nano)
	case dbtype.LocalDateTime:
		return t.Time().Format(time.RFC3339Nano)
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = canonical(e, false)
		}
		if sortList {
			sort.Slice(out, func(i, j int) bool { return fmt.Sprint(out[i]) < fmt.Sprint(out[j]) })
		}
		return out
	}
	return v
}

// Diff lists how g differs from f, one line per count or part; nil when
// they are the same.
func (f Fingerprint) Diff(g Fingerprint) []string {
	var out []string
	counts := func(what string, a, b map[string]int64) {
		union := maps.Clone(a)
		maps.Copy(union, b)
		for _, k := range slices.Sorted(maps.Keys(union)) {
			if a[k] != b[k] {
				out = append(out, fmt.Sprintf("%s %s: %d, then %d", what, k, a[k], b[k]))
			}
		}
	}
	counts("nodes", f.Nodes, g.Nodes)
	counts("relationships", f.Relationships, g.Relationships)
	for _, name := range FingerprintParts() {
		if f.Parts[name] != g.Parts[name] {
			out = append(out, fmt.Sprintf("digest of %s: %.12s, then %.12s", name, f.Parts[name], g.Parts[name]))
		}
	}
	if len(out) == 0 && f.Digest != g.Digest {
		out = append(out, fmt.Sprintf("digest: %.12s, then %.12s", f.Digest, g.Digest))
	}
	return out
}
