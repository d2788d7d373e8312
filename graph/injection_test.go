package graph_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// Strings that would break out of a Cypher literal, identifier or map if
// any were spliced into a statement.
var cypherBreakers = []string{
	`'`,
	`"`,
	"`",
	`\`,
	`x:pam' OR 1=1 //`,
	`x:pam" OR true //`,
	`}) MATCH (n) DETACH DELETE n //`,
	"`) MATCH (n) DETACH DELETE n //",
	`WePharmacists'}) MATCH (n) SET n.optedOut = true //`,
	`\u0027}) MATCH (n) DETACH DELETE n //`,
	"x:pam\u2019) DETACH DELETE n //",
	"x:pam\u0000",
	"x:pam\n MATCH (n) DETACH DELETE n",
	`$handle`,
	`{handle}`,
	`x:` + strings.Repeat("a", 5000),
}

// stringArgs are the arguments of a root field that take strings.
func stringArgs(f *ast.FieldDefinition) []*ast.ArgumentDefinition {
	var out []*ast.ArgumentDefinition
	for _, a := range f.Arguments {
		if n := a.Type.Name(); n == "String" || n == "ID" {
			out = append(out, a)
		}
	}
	return out
}

// TestInjection feeds every string argument of every query and mutation
// Cypher-breaking strings, as an admin (who reaches the store) and as a
// member (whose handles the access rules resolve first). Every answer must
// be a clean user error or an empty one, and the graph must be exactly as
// it was.
func TestInjection(t *testing.T) {
	scenarioOnce.Lock()
	defer scenarioOnce.Unlock()
	sc := loadScenario(t)
	graphNow := storetest.OpenGraph(t)
	before := graphNow.Fingerprint(t)
	s := schemaOf(t)
	rules := schemaRules(t, s)
	member := domain.Principal{Role: domain.RoleMember, Professional: "x:pam", Subject: "pam"}
	clean := []string{domain.EINVALID, domain.ENOTFOUND, domain.EAMBIGUOUS, domain.EFORBIDDEN}
	asked := 0
	for _, root := range []*ast.Definition{s.Query, s.Mutation} {
		op := strings.ToLower(string(root.Name))
		for _, f := range schemaFields(root) {
			key := root.Name + "." + f.Name
			for _, target := range stringArgs(f) {
				// The other arguments as the matrix asks them; the target
				// one a variable, so the string reaches the resolver as is.
				var decl, args []string
				for _, a := range f.Arguments {
					if a == target {
						decl = append(decl, "$v: "+a.Type.String())
						args = append(args, a.Name+": $v")
						continue
					}
					if !a.Type.NonNull && rules[key].subject != a.Name {
						continue
					}
					v, ok := matrixArgs[key+"."+a.Name]
					if !ok {
						v = matrixArgs[a.Name]
					}
					args = append(args, a.Name+": "+v)
				}
				sel := ""
				if u := s.Types[f.Type.Name()]; u.Kind == ast.Object {
					sel = "{ __typename }"
					if u.Fields.ForName("totalCount") != nil {
						sel = "{ totalCount }"
					}
				}
				q := fmt.Sprintf("%s Inject(%s) { %s(%s) %s }", op, strings.Join(decl, ", "), f.Name, strings.Join(args, ", "), sel)
				for _, payload := range cypherBreakers {
					var v any = payload
					if target.Type.Elem != nil {
						v = []string{payload}
					}
					for _, who := range []domain.Principal{admin, member} {
						asked++
						resp, err := sc.c.RawPost(q, client.Var("v", v), as(who))
						if err != nil {
							t.Errorf("%s(%s: %q) as %s: %v", f.Name, target.Name, payload, who.Role, err)
							continue
						}
						var errs []gqlError
						json.Unmarshal(resp.Errors, &errs)
						for _, e := range errs {
							if code, _ := e.Extensions["code"].(string); !slices.Contains(clean, code) {
								t.Errorf("%s(%s: %q) as %s: error %s %q", f.Name, target.Name, payload, who.Role, code, e.Message)
							}
						}
						// Nothing is found by a broken string: null, an empty
						// list, no total.
						data, _ := resp.Data.(map[string]any)
						switch got := data[f.Name].(type) {
						case nil:
						case []any:
							if len(got) > 0 {
								t.Errorf("%s(%s: %q) as %s: answered %v", f.Name, target.Name, payload, who.Role, got)
							}
						case map[string]any:
							if n, ok := got["totalCount"]; !ok || n != 0.0 {
								t.Errorf("%s(%s: %q) as %s: answered %v", f.Name, target.Name, payload, who.Role, got)
							}
						default:
							t.Errorf("%s(%s: %q) as %s: answered %v", f.Name, target.Name, payload, who.Role, got)
						}
					}
				}
			}
		}
	}
	after := graphNow.Fingerprint(t)
	if diff := before.Diff(after); len(diff) > 0 {
		t.Errorf("the graph changed: %v", diff)
	}
	t.Logf("%d requests with Cypher-breaking strings", asked)
}
