package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Fingerprint sums up a graph so that two loads can be compared: the
// number of nodes per label and relationships per type, and a digest of
// every node, every relationship and every property of each, with the
// type of each value. Two graphs with equal fingerprints hold the same
// nodes with the same labels and properties, tied the same way.
//
// Left out, because they record writes rather than what was written:
// the (:DataVersion) node (a random epoch and a count of writes), the
// (:DataChange) log (one node per write transaction) and the collector's
// (:CollectState) nodes (where each collection stands, with the times of
// its requests). One property's
// value is compared without its order: TALKED_WITH.chats, a set listed in
// the order the posts were read.
type Fingerprint struct {
	Nodes         map[string]int64 // per label; a node with two labels counts under each
	Relationships map[string]int64 // per type
	// Parts holds one SHA-256 (hex) per node label (a node's first label
	// other than Stale) and per relationship type; Digest is the SHA-256
	// of them all.
	Parts  map[string]string
	Digest string
	// Stale is the number of nodes still marked :Stale: a load that ran to
	// its end leaves none.
	Stale int64
}

// unorderedProperties are list properties whose order carries no meaning.
var unorderedProperties = map[string]bool{"TALKED_WITH.chats": true}

// What the fingerprint reads. A node is named by its key property, a
// relationship by its type and its ends; properties come whole.
const (
	fingerprintNodes = `
MATCH (n) WHERE NOT n:DataChange AND NOT n:DataVersion AND NOT n:CollectState
WITH n, [l IN labels(n) WHERE l <> 'Stale'] AS labels
RETURN coalesce(labels[0], '') AS part, labels, n:Stale AS stale, properties(n) AS props`
	fingerprintRelationships = `
MATCH (a)-[r]->(b) WHERE NOT a:DataChange AND NOT a:DataVersion AND NOT a:CollectState
RETURN type(r) AS part, [l IN labels(a) WHERE l <> 'Stale'][0] AS fromLabel, coalesce(a.id, a.key, a.name) AS from,
       [l IN labels(b) WHERE l <> 'Stale'][0] AS toLabel, coalesce(b.id, b.key, b.name) AS to, properties(r) AS props`
)

// Fingerprint reads the graph's fingerprint. It is meant for a graph
// nothing is writing to. Rows are sorted here, per part, as canonical JSON
// lines: enough for the test-sized graphs it is used on.
func (g *Graph) Fingerprint(t testing.TB) Fingerprint {
	t.Helper()
	f := Fingerprint{Nodes: map[string]int64{}, Relationships: map[string]int64{}, Parts: map[string]string{}}
	lines := map[string][]string{}
	for _, r := range g.Rows(t, fingerprintNodes, nil) {
		part := r["part"].(string)
		for _, l := range r["labels"].([]any) {
			f.Nodes[l.(string)]++
		}
		if r["stale"].(bool) {
			f.Nodes["Stale"]++
			f.Stale++
		}
		lines[part] = append(lines[part], canonicalLine(t, part, []any{r["labels"], r["stale"]}, r["props"]))
	}
	for _, r := range g.Rows(t, fingerprintRelationships, nil) {
		part := r["part"].(string)
		f.Relationships[part]++
		lines[part] = append(lines[part], canonicalLine(t, part, []any{r["fromLabel"], r["from"], r["toLabel"], r["to"]}, r["props"]))
	}
	all := sha256.New()
	for _, part := range slices.Sorted(maps.Keys(lines)) {
		h := sha256.New()
		slices.Sort(lines[part])
		for _, l := range lines[part] {
			h.Write([]byte(l))
			h.Write([]byte{'\n'})
		}
		sum := hex.EncodeToString(h.Sum(nil))
		f.Parts[part] = sum
		fmt.Fprintf(all, "%s %s\n", part, sum)
	}
	f.Digest = hex.EncodeToString(all.Sum(nil))
	return f
}

// canonicalLine is one node or relationship as a JSON line: what names it,
// then its properties by name, each value with its type.
func canonicalLine(t testing.TB, part string, names []any, props any) string {
	t.Helper()
	m, _ := props.(map[string]any)
	typed := make(map[string]any, len(m))
	for k, v := range m {
		typed[k] = typedValue(v, unorderedProperties[part+"."+k])
	}
	b, err := json.Marshal([]any{names, typed})
	if err != nil {
		t.Fatalf("fingerprint %s %v: %v", part, names, err)
	}
	return string(b)
}

// typedValue pairs a value with its type, so that 1 and 1.0, or a time
// with a zone and the same instant with an offset, differ.
func typedValue(v any, sortList bool) any {
	switch x := v.(type) {
	case time.Time:
		return []any{"datetime", x.Format(time.RFC3339Nano) + " " + x.Location().String()}
	case dbtype.LocalDateTime:
		return []any{"localdatetime", x.Time().Format(time.RFC3339Nano)}
	case dbtype.Date:
		return []any{"date", x.Time().Format(time.DateOnly)}
	case dbtype.Duration:
		return []any{"duration", x.String()}
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = typedValue(e, false)
		}
		if sortList {
			sort.Slice(out, func(i, j int) bool { return fmt.Sprint(out[i]) < fmt.Sprint(out[j]) })
		}
		return []any{"list", out}
	default:
		return []any{fmt.Sprintf("%T", v), v}
	}
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
	parts := maps.Clone(f.Parts)
	maps.Copy(parts, g.Parts)
	for _, name := range slices.Sorted(maps.Keys(parts)) {
		if f.Parts[name] != g.Parts[name] {
			out = append(out, fmt.Sprintf("digest of %s: %.12s, then %.12s", name, f.Parts[name], g.Parts[name]))
		}
	}
	if len(out) == 0 && f.Digest != g.Digest {
		out = append(out, fmt.Sprintf("digest: %.12s, then %.12s", f.Digest, g.Digest))
	}
	return out
}
