package graph_test

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/peergraph/peergraph/graph"
	"github.com/peergraph/peergraph/internal/env"
)

// The access rules as the schema states them are checked against
// testdata/access_rules.txt, the reviewed list of who may read what. A field
// added to the schema without @allow or @open fails here, and so does one
// whose rule is not in the list: a new field is never readable by default,
// and a change of rule is a visible change of that file.

// rule is one @allow or @open, written as in access_rules.txt:
// "open", or "ADMIN,MEMBER +self +community subject=handle".
type rule struct {
	open            bool
	roles           []string
	self, community bool
	subject         string
}

func (r rule) String() string {
	if r.open {
		return "open"
	}
	s := strings.Join(r.roles, ",")
	if r.self {
		s += " +self"
	}
	if r.community {
		s += " +community"
	}
	if r.subject != "" {
		s += " subject=" + r.subject
	}
	return s
}

// allows says whether role may pass, for a caller whose scope holds (the
// matrix's fixtures are all about the member's own professional and the
// coordinator's own community).
func (r rule) allows(role string) bool {
	return r.open || slices.Contains(r.roles, role) ||
		(role == "MEMBER" && r.self) || (role == "COORDINATOR" && r.community)
}

func ruleOf(dirs ast.DirectiveList) (rule, int) {
	var r rule
	n := 0
	for _, d := range dirs {
		switch d.Name {
		case "open":
			n++
			r.open = true
		case "allow":
			n++
			for _, a := range d.Arguments {
				switch a.Name {
				case "roles":
					for _, c := range a.Value.Children {
						r.roles = append(r.roles, c.Value.Raw)
					}
				case "self":
					r.self = a.Value.Raw == "true"
				case "community":
					r.community = a.Value.Raw == "true"
				case "subject":
					r.subject = a.Value.Raw
				}
			}
		}
	}
	return r, n
}

func schemaOf(t *testing.T) *ast.Schema {
	t.Helper()
	return graph.NewSchema(&graph.Resolver{}).Schema()
}

// objectTypes are the schema's own object types (not introspection's).
func objectTypes(s *ast.Schema) []*ast.Definition {
	var out []*ast.Definition
	for _, d := range s.Types {
		if d.Kind == ast.Object && !strings.HasPrefix(d.Name, "__") {
			out = append(out, d)
		}
	}
	slices.SortFunc(out, func(a, b *ast.Definition) int { return strings.Compare(a.Name, b.Name) })
	return out
}

func schemaFields(d *ast.Definition) []*ast.FieldDefinition {
	var out []*ast.FieldDefinition
	for _, f := range d.Fields {
		if !strings.HasPrefix(f.Name, "__") {
			out = append(out, f)
		}
	}
	return out
}

// schemaRules reads every rule of the schema, keyed "Type.field" for
// fields and "type Type" for types.
func schemaRules(t *testing.T, s *ast.Schema) map[string]rule {
	t.Helper()
	out := map[string]rule{}
	for _, d := range objectTypes(s) {
		if r, n := ruleOf(d.Directives); n > 0 {
			if r.open || r.self || r.community || r.subject != "" {
				t.Errorf("type %s: a rule on a type names roles only (%s): it has no subject to scope by", d.Name, r)
			}
			out["type "+d.Name] = r
		}
		for _, f := range schemaFields(d) {
			r, n := ruleOf(f.Directives)
			key := d.Name + "." + f.Name
			switch {
			case n == 0:
				t.Errorf("%s has no access rule: add @allow(roles: [...]) or @open to schema.graphqls, and a line to testdata/access_rules.txt", key)
			case n > 1:
				t.Errorf("%s has %d access rules; it must have exactly one", key, n)
			}
			if r.subject != "" && f.Arguments.ForName(r.subject) == nil {
				t.Errorf("%s: subject %q is not one of its arguments", key, r.subject)
			}
			if (r.self || r.community) && r.subject == "" && d.Name != "Professional" {
				t.Errorf("%s: a scoped rule without subject must be on a type whose objects are professionals", key)
			}
			out[key] = r
		}
	}
	return out
}

func readRulesFile(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open("../testdata/access_rules.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, r, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("access_rules.txt:%d: want KEY<tab>RULE, got %q", n, line)
		}
		out[strings.TrimSpace(key)] = strings.TrimSpace(r)
	}
	return out
}

func TestEveryFieldHasTheReviewedRule(t *testing.T) {
	s := schemaOf(t)
	got := schemaRules(t, s)
	want := readRulesFile(t)
	var keys []string
	for k := range got {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		w, ok := want[k]
		switch {
		case !ok:
			t.Errorf("%s: rule %q is not in testdata/access_rules.txt; review it and add the line:\n%s\t%s", k, got[k], k, got[k])
		case w != got[k].String():
			t.Errorf("%s: schema says %q, access_rules.txt says %q", k, got[k], w)
		}
	}
	for k := range want {
		if _, ok := got[k]; !ok {
			t.Errorf("access_rules.txt lists %s, which the schema does not have (or which lost its rule)", k)
		}
	}
	if print, _ := env.Bool(os.Getenv, "PEERGRAPH_PRINT_RULES", false); t.Failed() && print {
		for _, k := range keys {
			fmt.Printf("%s\t%s\n", k, got[k])
		}
	}
}
