package main

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peergraph/peergraph/domain"
)

// readAudit reads the audit log's JSON lines.
func readAudit(t *testing.T, path string) []map[string]any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("audit line %q: %v", l, err)
		}
		lines = append(lines, m)
	}
	return lines
}

// Item 8 of issue 18: every export request writes an audit line, refused
// or not (a refused role, a refused token); one GraphQL request writes one
// line however many audited fields it asks, listing them.
func TestAuditOneLinePerRequestAndRefusedExports(t *testing.T) {
	auditFile := filepath.Join(t.TempDir(), "audit.jsonl")
	base := mustServe(t, "--audit-log", auditFile)
	coord := testToken(t, domain.Principal{Role: domain.RoleCoordinator, Communities: []string{"WeNurses"}, Subject: "carla"})
	for _, tt := range []struct{ who, token string }{{"coordinator", coord}, {"public", ""}, {"bad token", "not-a-token"}} {
		req, _ := http.NewRequest("GET", base+"/export/nodes.csv?community=WeNurses", nil)
		if tt.token != "" {
			req.Header.Set("Authorization", "Bearer "+tt.token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 403 && resp.StatusCode != 401 {
			t.Errorf("%s export: %d", tt.who, resp.StatusCode)
		}
	}
	lines := readAudit(t, auditFile)
	if len(lines) != 3 {
		t.Fatalf("3 refused exports wrote %d audit lines: %v", len(lines), lines)
	}
	for i, want := range []struct{ subject, outcome string }{{"carla", "forbidden"}, {"", "forbidden"}, {"", "unauthenticated"}} {
		l := lines[i]
		if l["msg"] != "export" || l["subject"] != want.subject || l["outcome"] != want.outcome || l["format"] != "nodes.csv" || l["query"] != "community=WeNurses" {
			t.Errorf("export audit line %d = %v", i, l)
		}
	}

	// 30 aliases of an audited field without a token (under the cost
	// limit, so that they run): one line, listing the field once with its
	// count and outcome.
	postQueryAs(t, base, "", `query Probe `+aliased(30, `isolatedMembers(community: "WeNurses") { totalCount }`), nil)
	// Two different asks in one request, as a coordinator.
	postQueryAs(t, base, coord, `query Two { mine: isolatedMembers(community: "WeNurses") { totalCount } theirs: isolatedMembers(community: "WeMDT") { totalCount } }`, nil)
	lines = readAudit(t, auditFile)[3:]
	if len(lines) != 2 {
		t.Fatalf("two requests wrote %d audit lines: %v", len(lines), lines)
	}
	probe, two := lines[0], lines[1]
	fields, _ := probe["fields"].([]any)
	if probe["operation"] != "Probe" || probe["role"] != "PUBLIC" || probe["asked"] != 30.0 || len(fields) != 1 {
		t.Fatalf("the 30 aliases' line = %v", probe)
	}
	f := fields[0].(map[string]any)
	if f["field"] != "Query.isolatedMembers" || f["count"] != 30.0 || f["outcome"] != "forbidden" || f["args"].(map[string]any)["community"] != "WeNurses" {
		t.Errorf("the 30 aliases' entry = %v", f)
	}
	fields, _ = two["fields"].([]any)
	outcomes, _ := two["outcomes"].(map[string]any)
	if two["subject"] != "carla" || len(fields) != 2 || outcomes["forbidden"] != 1.0 || outcomes["not_found"] != 1.0 {
		t.Errorf("the coordinator's line = %v", two)
	}
}
