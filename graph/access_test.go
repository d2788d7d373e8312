package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/99designs/gqlgen/client"
	"github.com/peergraph/peergraph/analysisrun"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/peergraph/peergraph/domain"
)

// The callers of the matrix: the member is pam, the coordinator's token
// names pam's communities, WeMDT (where dev connects pharmacists with
// nurses) and WePharmacists (where newt and lara look isolated), and the arguments below are all about pam and
// her communities, so a scoped rule (+self, +community) holds wherever the
// caller's role has one.
var matrixCallers = map[domain.Role]domain.Principal{
	domain.RolePublic:      domain.Public,
	domain.RoleMember:      {Role: domain.RoleMember, Professional: "x:pam", Subject: "pam"},
	domain.RoleResearcher:  {Role: domain.RoleResearcher, Subject: "rita"},
	domain.RoleCoordinator: {Role: domain.RoleCoordinator, Communities: []string{"WeMDT", "WePharmacists"}, Subject: "carla"},
	domain.RoleAdmin:       admin,
}

// matrixArgs are the argument values the matrix asks with, by name, or by
// "Type.field.argument" where one field needs another value.
var matrixArgs = map[string]string{
	"Query.isolatedMembers.community": `"WePharmacists"`,
	"handle":                          `"x:pam"`,
	"from":                            `"x:pam"`,
	"to":                              `"x:ned"`,
	"community":                       `"WeMDT"`,
	"between":                         `"pharmacist"`,
	"and":                             `"nurse"`,
	"id":                              `"` + c2 + `"`,
	"optedOut":                        `false`,
}

// step is one field on the way from the root to the field under test.
type step struct {
	parent string // the type the field belongs to
	field  *ast.FieldDefinition
}

// pathsTo finds, for every object type, the shortest way to reach it from
// Query or Mutation (first in schema order among the shortest).
func pathsTo(s *ast.Schema) map[string][]step {
	paths := map[string][]step{}
	var queue []string
	for _, root := range []*ast.Definition{s.Query, s.Mutation} {
		if root != nil {
			paths[root.Name] = []step{}
			queue = append(queue, root.Name)
		}
	}
	for len(queue) > 0 {
		name := queue[0]
		queue = queue[1:]
		for _, f := range schemaFields(s.Types[name]) {
			u := s.Types[f.Type.Name()]
			if u.Kind != ast.Object {
				continue
			}
			if _, seen := paths[u.Name]; seen {
				continue
			}
			paths[u.Name] = append(slices.Clone(paths[name]), step{name, f})
			queue = append(queue, u.Name)
		}
	}
	return paths
}

// argsOf fills a field's required arguments, and the one its rule is
// scoped by, from matrixArgs.
func argsOf(t *testing.T, key string, f *ast.FieldDefinition, rules map[string]rule) string {
	var parts []string
	for _, a := range f.Arguments {
		if !a.Type.NonNull && rules[key].subject != a.Name {
			continue
		}
		v, ok := matrixArgs[key+"."+a.Name]
		if !ok {
			v, ok = matrixArgs[a.Name]
		}
		if !ok {
			t.Fatalf("%s: no matrix value for argument %s", key, a.Name)
		}
		parts = append(parts, a.Name+": "+v)
	}
	if len(parts) == 0 {
		return ""
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// query builds the operation that reaches field along steps; every level
// also asks __typename, so a parent that answers is visible as an object.
func query(t *testing.T, s *ast.Schema, steps []step, rules map[string]rule) string {
	op := "query"
	if len(steps) > 0 && steps[0].parent == "Mutation" {
		op = "mutation"
	}
	var b strings.Builder
	b.WriteString(op + " Matrix ")
	for _, st := range steps {
		b.WriteString("{ __typename " + st.field.Name + argsOf(t, st.parent+"."+st.field.Name, st.field, rules) + " ")
	}
	last := steps[len(steps)-1].field
	if s.Types[last.Type.Name()].Kind == ast.Object {
		b.WriteString("{ __typename } ")
	}
	b.WriteString(strings.Repeat("} ", len(steps)))
	return b.String()
}

type gqlError struct {
	Message    string
	Path       []any
	Extensions map[string]any
}

// names is a response path without list indices.
func names(path []any) []string {
	var out []string
	for _, p := range path {
		if s, ok := p.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// reached reports whether data holds key at the end of path in at least
// one element of the lists along it, and whether the object holding it
// answered (was not null).
func reached(data any, path []string) bool {
	if len(path) == 0 {
		return data != nil
	}
	switch v := data.(type) {
	case map[string]any:
		next, ok := v[path[0]]
		if !ok {
			return false
		}
		if len(path) == 1 {
			return true
		}
		return reached(next, path[1:])
	case []any:
		for _, e := range v {
			if reached(e, path) {
				return true
			}
		}
	}
	return false
}

// objectAt reports whether the object at path answered (not null) in at
// least one element of the lists along it.
func objectAt(data any, path []string) bool {
	switch v := data.(type) {
	case map[string]any:
		if len(path) == 0 {
			return true
		}
		return objectAt(v[path[0]], path[1:])
	case []any:
		for _, e := range v {
			if objectAt(e, path) {
				return true
			}
		}
	}
	return false
}

// TestAccessMatrix asks every field of the schema as every role and checks
// the answer against the rules: allowed fields answer without error;
// forbidden ones answer null with one FORBIDDEN error on the first field of
// the way that the role may not read, while the object above it still
// answers. A field with no rule fails TestEveryFieldHasTheReviewedRule;
// a field the matrix cannot reach with data fails here.
func TestAccessMatrix(t *testing.T) {
	scenarioOnce.Lock()
	defer scenarioOnce.Unlock()
	sc := loadScenario(t)
	// Analyses of the whole graph and of WeMDT, so that the analysis step's
	// fields have something to show every role that may see them.
	w := domain.Window{Since: scenarioNow.Add(-domain.DefaultWindow), Until: scenarioNow}
	for _, community := range []string{"", "WeMDT"} {
		req := analysisrun.Request{Window: w, Community: community}
		if _, _, _, err := analysisrun.Run(context.Background(), analysisSource{serviceOver(t, sc.store), sc.store}, analysisrun.NewID(scenarioNow), req, nil); err != nil {
			t.Fatalf("analysis of %q: %v", community, err)
		}
	}
	// And a run started through the API, for analysisRun to find.
	var started struct{ StartAnalysis struct{ ID string } }
	sc.ask(t, `mutation { startAnalysis { id } }`, &started)
	for {
		var run struct{ AnalysisRun struct{ Status string } }
		if err := sc.c.Post(`query($id: ID!) { analysisRun(id: $id) { status } }`, &run, client.Var("id", started.StartAnalysis.ID)); err != nil {
			t.Fatal(err)
		}
		if run.AnalysisRun.Status == "DONE" || run.AnalysisRun.Status == "FAILED" {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	matrixArgs["Query.analysisRun.id"] = `"` + started.StartAnalysis.ID + `"`
	defer delete(matrixArgs, "Query.analysisRun.id")
	s := schemaOf(t)
	rules := schemaRules(t, s)
	paths := pathsTo(s)
	typeRule := func(name string) (rule, bool) { r, ok := rules["type "+name]; return r, ok }

	cells := 0
	for _, d := range objectTypes(s) {
		base, ok := paths[d.Name]
		if !ok {
			t.Errorf("type %s cannot be reached from Query or Mutation", d.Name)
			continue
		}
		for _, f := range schemaFields(d) {
			steps := append(slices.Clone(base), step{d.Name, f})
			q := query(t, s, steps, rules)
			for _, role := range domain.Roles {
				cells++
				name := fmt.Sprintf("%s.%s as %s", d.Name, f.Name, role)
				// The first step the role may not pass, if any.
				deny := -1
				for i, st := range steps {
					ok := rules[st.parent+"."+st.field.Name].allows(string(role))
					if tr, has := typeRule(st.field.Type.Name()); has && !tr.allows(string(role)) {
						ok = false
					}
					if !ok {
						deny = i
						break
					}
				}
				resp, err := sc.c.RawPost(q, as(matrixCallers[role]))
				if err != nil {
					t.Errorf("%s: %v", name, err)
					continue
				}
				var errs []gqlError
				if len(resp.Errors) > 0 {
					if err := json.Unmarshal(resp.Errors, &errs); err != nil {
						t.Fatalf("%s: errors %s: %v", name, resp.Errors, err)
					}
				}
				var full []string
				for _, st := range steps {
					full = append(full, st.field.Name)
				}
				if deny < 0 {
					if len(errs) > 0 {
						t.Errorf("%s: want allowed, got errors %s\n%s", name, resp.Errors, q)
					} else if !reached(resp.Data, full) {
						t.Errorf("%s: allowed but not reached (an empty list on the way?): %v\n%s", name, resp.Data, q)
					}
					continue
				}
				at := full[:deny+1]
				if len(errs) != 1 || errs[0].Extensions["code"] != domain.EFORBIDDEN || !slices.Equal(names(errs[0].Path), at) {
					t.Errorf("%s: want one FORBIDDEN at %v, got %s\n%s", name, at, resp.Errors, q)
					continue
				}
				// The rest of the query still answers: the object holding
				// the forbidden field is there (only the field is null).
				if !objectAt(resp.Data, at[:deny]) {
					t.Errorf("%s: FORBIDDEN at %v nulled its parent too (make the field nullable): %v", name, at, resp.Data)
				}
			}
		}
	}
	t.Logf("%d field × role cells", cells)
}
