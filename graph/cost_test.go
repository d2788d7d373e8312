package graph_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/graph"
)

func schema(t testing.TB) *ast.Schema {
	t.Helper()
	return graph.NewExecutableSchema(graph.Config{}).Schema()
}

func cost(t testing.TB, query string, vars map[string]any) int {
	t.Helper()
	doc, errs := gqlparser.LoadQuery(schema(t), query)
	if errs != nil {
		t.Fatalf("%.80s: %v", query, errs)
	}
	return graph.Cost(doc.Operations[0], vars, time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC))
}

func aliases(n int, field string) string {
	var b strings.Builder
	b.WriteString("{ ")
	for i := range n {
		fmt.Fprintf(&b, "a%d: %s ", i, field)
	}
	b.WriteString("}")
	return b.String()
}

// A list costs its size times what it selects, and every alias counts: the
// requests that took the server to 1.7 GB cost far over the limit, one of
// each well under it.
func TestCostCountsListsAndAliases(t *testing.T) {
	links := `professionLinks(interval: MONTH) { since cells { from to ties pairs } professions { profession eiIndex } }`
	chats := `chats(first: 100) { nodes { id summary { participants topTerms { term count } } } }`
	for _, tt := range []struct {
		name  string
		query string
		over  bool
	}{
		{"one professionLinks by month", "{ " + links + " }", false},
		{"1,000 aliases of professionLinks by month", aliases(1000, links), true},
		{"professionLinks by month over 50 years", `{ professionLinks(interval: MONTH, since: "1976-01-01T00:00:00Z") { cells { ties } } }`, true},
		{"one page of 100 chats with their terms", "{ " + chats + " }", false},
		{"300 aliases of it", aliases(300, chats), true},
		{"10 aliases of it", aliases(10, chats), true},
		{"a page of 100 professionals", `{ professionals(first: 100) { nodes { id name communities { name } } } }`, false},
	} {
		c := cost(t, tt.query, nil)
		if (c > graph.DefaultCostLimit) != tt.over {
			t.Errorf("%s: costs %d against the limit of %d", tt.name, c, graph.DefaultCostLimit)
		}
	}
	one := cost(t, "{ "+links+" }", nil)
	if two := cost(t, aliases(2, links), nil); two != 2*one {
		t.Errorf("two aliases cost %d, one %d", two, one)
	}
	if small, big := cost(t, `{ chats(first: 1) { nodes { id } } }`, nil), cost(t, `query($n: Int) { chats(first: $n) { nodes { id } } }`, map[string]any{"n": 100}); big-small != 99 {
		t.Errorf("first: 100 by variable costs %d, first: 1 %d", big, small)
	}
	// Fragments cost what they select where they are spread.
	plain := cost(t, `{ chats { nodes { id topic } } }`, nil)
	if frag := cost(t, `{ chats { nodes { ...F } } } fragment F on Chat { id topic }`, nil); frag != plain {
		t.Errorf("through a fragment %d, plainly %d", frag, plain)
	}
}

// Every list the schema has is sized: by its own first, or by a rule. A new
// list field without either fails here rather than costing one unit.
func TestEveryListHasASize(t *testing.T) {
	s := schema(t)
	for _, typ := range s.Types {
		if typ.Kind != ast.Object || strings.HasPrefix(typ.Name, "__") {
			continue
		}
		for _, f := range typ.Fields {
			if f.Type.Elem == nil || strings.HasPrefix(f.Name, "__") {
				continue
			}
			if f.Arguments.ForName("first") == nil && !graph.HasListSize(typ.Name+"."+f.Name) {
				t.Errorf("%s.%s is a list with no first and no size rule in graph/cost.go's listSizes", typ.Name, f.Name)
			}
		}
	}
	for _, key := range graph.CostRuleKeys() {
		typ, field, _ := strings.Cut(key, ".")
		if d := s.Types[typ]; d == nil || d.Fields.ForName(field) == nil {
			t.Errorf("cost rule for %s, which the schema does not have", key)
		}
	}
}

// The dashboard's own queries, as web/src sends them, fit under the limit
// with room to spare, over its default window and over two years.
func TestDashboardQueriesFitTheLimit(t *testing.T) {
	queries := dashboardQueries(t)
	if len(queries) < 8 {
		t.Fatalf("found %d dashboard queries in web/src", len(queries))
	}
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	for _, window := range []map[string]any{
		{"since": now.Add(-180 * 24 * time.Hour).Format(time.RFC3339), "until": now.Format(time.RFC3339)},
		{"since": now.AddDate(-2, 0, 0).Format(time.RFC3339), "until": now.Format(time.RFC3339)},
	} {
		for name, q := range queries {
			if c := cost(t, q, window); c > graph.DefaultCostLimit*3/4 {
				t.Errorf("%s over %s–%s costs %d, too near the limit of %d", name, window["since"], window["until"], c, graph.DefaultCostLimit)
			} else {
				t.Logf("%s: %d", name, c)
			}
		}
	}
}

// dashboardQueries are the GraphQL documents in web/src, with their
// ${PERSON}-style fragments of text filled in.
func dashboardQueries(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("../web/src/*.js")
	if err != nil {
		t.Fatal(err)
	}
	views, _ := filepath.Glob("../web/src/views/*.js")
	files = append(files, views...)
	constRe := regexp.MustCompile(`const ([A-Z_]+) = '([^']*)';`)
	queryRe := regexp.MustCompile("(?s)[`'](query [A-Za-z]+[^`']*)[`']")
	interp := regexp.MustCompile(`\$\{([A-Z_]+)\}`)
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		consts := map[string]string{}
		for _, m := range constRe.FindAllStringSubmatch(string(b), -1) {
			consts[m[1]] = m[2]
		}
		for _, m := range queryRe.FindAllStringSubmatch(string(b), -1) {
			q := interp.ReplaceAllStringFunc(m[1], func(s string) string {
				v, ok := consts[interp.FindStringSubmatch(s)[1]]
				if !ok {
					t.Fatalf("%s: %s is not a constant of the file", f, s)
				}
				return v
			})
			name := strings.Fields(q)[1]
			name, _, _ = strings.Cut(name, "(")
			out[filepath.Base(f)+":"+name] = q
		}
	}
	return out
}

// A page of isolation reports after the first suggests for the
// domain.SpreadReach reports before it too (their spread penalties), and
// pays for them; without suggestions, or on the first page, it does not.
func TestLaterIsolationPagesPayForTheReportsBefore(t *testing.T) {
	q := func(after, fields string) string {
		return `{ isolatedMembers(community: "WeCare", first: 10` + after + `) { nodes { professional { id } ` + fields + ` } } }`
	}
	const suggested = `suggestedPeers { professional { id } score }`
	first, later := cost(t, q("", suggested), nil), cost(t, q(`, after: "x"`, suggested), nil)
	if later-first < domain.SpreadReach*100 {
		t.Errorf("a later page with suggestions costs %d, the first %d: the %d reports before it are not charged", later, first, domain.SpreadReach)
	}
	if a, b := cost(t, q("", "score"), nil), cost(t, q(`, after: "x"`, "score"), nil); a != b {
		t.Errorf("without suggestions a later page costs %d, the first %d", b, a)
	}
	if c := cost(t, `query($a: String) { isolatedMembers(community: "WeCare", after: $a) { nodes { `+suggested+` } } }`, nil); c >= later {
		t.Errorf("with $after unset the page costs %d, as a later page (%d)", c, later)
	}
}
