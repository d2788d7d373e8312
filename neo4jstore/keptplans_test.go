package neo4jstore_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// The loader's statements keep their first plan for the whole load
// (keepPlan). A plan made while the planner's statistics were wrong stays
// wrong: in the 10k bench, createPosts found each batch's chats by scanning
// the whole Chat(id) index (planned when that index was sampled empty),
// and a load fell from ~1,500 to ~130 posts/s for minutes; re-planning on
// the same statistics planned the same scan. So every node a kept
// statement finds by a key it is given is found with USING INDEX SEEK,
// which no statistics can turn into a scan.

// Every statement with keepPlan in the package is in KeptStatements, so
// that the tests below see them all.
func TestEveryKeptStatementIsListed(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n += strings.Count(string(b), "= keepPlan + `")
	}
	if n != len(neo4jstore.KeptStatements) {
		t.Errorf("%d statements keep their plan, %d are in KeptStatements (export_test.go): list the new one", n, len(neo4jstore.KeptStatements))
	}
}

// keyMatch is a MATCH of a node by a property given as a key:
// (var:Label {prop: value}).
var keyMatch = regexp.MustCompile(`MATCH \((\w*):(\w+) \{(\w+): [^}]+\}\)`)

// Every MATCH of a node by a key in a kept statement says USING INDEX SEEK
// for it, on the same line.
func TestKeptStatementsSeekByKey(t *testing.T) {
	for name, cypher := range neo4jstore.KeptStatements {
		for _, line := range strings.Split(cypher, "\n") {
			for _, m := range keyMatch.FindAllStringSubmatch(line, -1) {
				v, label, prop := m[1], m[2], m[3]
				if v == "" {
					t.Errorf("%s: %q finds an unnamed node by a key: name it and seek it (USING INDEX SEEK x:%s(%s))", name, strings.TrimSpace(line), label, prop)
					continue
				}
				if hint := "USING INDEX SEEK " + v + ":" + label + "(" + prop + ")"; !strings.Contains(line, hint) {
					t.Errorf("%s: %q finds %s by a key without %q", name, strings.TrimSpace(line), v, hint)
				}
			}
		}
	}
}

// scans are the operators that read a whole label, index or type.
var scans = []string{"AllNodesScan", "NodeByLabelScan", "NodeIndexScan", "UnionNodeByLabelsScan", "IntersectionNodeByLabelsScan",
	"DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
	"NodeIndexContainsScan", "NodeIndexEndsWithScan", "DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan"}

// The kept statements plan on a real Neo4j with their hints (a hint the
// planner cannot follow is an error), and read nothing by scanning except
// the nodes marked :Stale, which the refresh starts from by design.
func TestKeptPlansReadByKey(t *testing.T) {
	storetest.MustOpen(t)
	graph := storetest.OpenGraph(t)
	params := map[string]any{"rows": []any{}, "ids": []any{}, "chats": []any{}, "authors": []any{}, "tops": []any{},
		"chatless": []any{}, "replyGrace": neo4j.Duration{Seconds: 86400}, "limit": 0}
	for name, cypher := range neo4jstore.KeptStatements {
		// On empty inputs in the emptied test database, and rolled back.
		plan, err := graph.Profile(t, strings.TrimPrefix(cypher, neo4jstore.KeepPlan), params)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		walkPlan(plan, func(p neo4j.ProfiledPlan) {
			op := strings.SplitN(p.Operator(), "@", 2)[0]
			details, _ := p.Arguments()["Details"].(string)
			for _, s := range scans {
				byStale := (op == "NodeByLabelScan" || op == "IntersectionNodeByLabelsScan") && strings.Contains(details, "Stale")
				if op == s && !byStale {
					t.Errorf("%s scans: %s %s", name, op, details)
				}
			}
		})
	}
}

func walkPlan(p neo4j.ProfiledPlan, visit func(neo4j.ProfiledPlan)) {
	visit(p)
	for _, c := range p.Children() {
		walkPlan(c, visit)
	}
}
