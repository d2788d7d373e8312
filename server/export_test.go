package main

import (
	"context"
	"encoding/xml"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// The admin mutation runs the analysis in the server's background, and the
// export route serves the window's projection with the figures of the
// analysis it names.
//
// Exports are for researchers, on pseudonyms, and admins; each request is
// audited.
func TestAnalysisRunAndExports(t *testing.T) {
	auditLog := filepath.Join(t.TempDir(), "audit.jsonl")
	base := mustServe(t, "--audit-log", auditLog)
	adminToken := testToken(t, domain.Principal{Role: domain.RoleAdmin, Subject: "test-admin"})
	s := storetest.MustOpen(t)
	if _, err := ingest.Run(context.Background(), s, []string{"../testdata/scenario/catalogue.csv", "../testdata/scenario/roster.csv", "../testdata/scenario/posts.jsonl"}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	// The analysis and the export read the read model's projection.
	waitCurrent(t, base, s)
	const since, until = "2026-01-01T00:00:00Z", "2026-06-30T00:00:00Z"
	status, resp := postQuery(t, base, `mutation($s: DateTime, $u: DateTime) { startAnalysis(since: $s, until: $u) { id status } }`,
		map[string]any{"s": since, "u": until})
	if status != 200 || len(resp.Errors) > 0 {
		t.Fatalf("startAnalysis: %d %v", status, resp.Errors)
	}
	id := resp.Data["startAnalysis"].(map[string]any)["id"].(string)
	var run map[string]any
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		_, resp = postQuery(t, base, `query($id: ID!) { analysisRun(id: $id) { status error analysis { id computedAt } } }`, map[string]any{"id": id})
		run = resp.Data["analysisRun"].(map[string]any)
		if run["status"] == "DONE" || run["status"] == "FAILED" {
			break
		}
	}
	if run["status"] != "DONE" || run["analysis"] == nil {
		t.Fatalf("run: %v", run)
	}

	req, err := http.NewRequest("GET", base+"/export/graphml?since="+since+"&until="+until, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+adminToken)
	resp2, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp2.Body.Close()
	if resp2.StatusCode != 200 || resp2.Header.Get("X-Peergraph-Analysis") != id || resp2.Header.Get("X-Peergraph-Computed-At") == "" {
		t.Fatalf("export: %d, headers %v", resp2.StatusCode, resp2.Header)
	}
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			Name string `xml:"attr.name,attr"`
		} `xml:"key"`
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>node"`
		Edges     []struct{} `xml:"graph>edge"`
		GraphData []struct {
			Key   string `xml:"key,attr"`
			Value string `xml:",chardata"`
		} `xml:"graph>data"`
	}
	if err := xml.NewDecoder(resp2.Body).Decode(&doc); err != nil {
		t.Fatal(err)
	}
	// The scenario's window: nine professionals (olga opted out, lara
	// lapsed, newt unanswered are not in it), 17 directed ties.
	if len(doc.Nodes) != 9 || len(doc.Edges) != 17 {
		t.Fatalf("export: %d nodes, %d edges", len(doc.Nodes), len(doc.Edges))
	}
	keys := map[string]string{}
	for _, k := range doc.Keys {
		keys[k.Name] = k.ID
	}
	// Every professional carries the measures, old and new (issue 19).
	for _, name := range []string{"betweenness", "closeness", "pagerank", "core_number", "betweenness_weighted"} {
		for _, n := range doc.Nodes {
			has := false
			for _, d := range n.Data {
				has = has || (d.Key == keys[name] && keys[name] != "")
			}
			if !has {
				t.Errorf("node %s has no %s", n.ID, name)
			}
		}
	}
	// The whole network's measures are the graph's data.
	graphData := map[string]string{}
	for _, d := range doc.GraphData {
		graphData[d.Key] = d.Value
	}
	for _, name := range []string{"density", "transitivity", "reciprocity", "weak_components", "triad_003", "triad_300"} {
		if _, ok := graphData[keys[name]]; !ok || keys[name] == "" {
			t.Errorf("the export's graph has no %s: keys %v, data %v", name, keys, graphData)
		}
	}

	for _, c := range []struct {
		path   string
		status int
		body   string
	}{
		{"/export/nodes.csv?since=" + since + "&until=" + until, 200, "id,label,profession,in_degree"},
		{"/export/edges.csv?since=" + since + "&until=" + until, 200, "source,target,weight"},
		{"/export/pair-betweenness.csv?since=" + since + "&until=" + until, 200, "id,label,between,and,share\n"},
		{"/export/gexf?since=" + since + "&until=" + until, 200, "<gexf"},
		{"/export/pdf", 404, "format must be"},
		{"/export/gexf?since=yesterday", 400, "since"},
		{"/export/gexf?community=Nowhere", 404, "no community"},
	} {
		status, body := getAs(t, base+c.path, adminToken)
		if status != c.status || !strings.Contains(body, c.body) {
			t.Errorf("%s: %d %.80q, want %d and %q", c.path, status, body, c.status, c.body)
		}
	}

	// Researchers see pseudonyms only; no one else but admins gets an export.
	nodes := "/export/nodes.csv?since=" + since + "&until=" + until
	status, body := getAs(t, base+nodes, testToken(t, domain.Principal{Role: domain.RoleResearcher, Subject: "rita"}))
	if status != 200 || !strings.Contains(body, "\np-") || strings.Contains(body, "x:pam") || strings.Contains(body, "Pam") {
		t.Errorf("researcher's export: %d\n%s", status, body)
	}
	for _, who := range []string{"", testToken(t, domain.Principal{Role: domain.RoleMember, Professional: "x:pam", Subject: "pam"}),
		testToken(t, domain.Principal{Role: domain.RoleCoordinator, Communities: []string{"WeMDT"}, Subject: "carla"})} {
		if status, body := getAs(t, base+nodes, who); status != http.StatusForbidden {
			t.Errorf("export without a research role: %d %.80q, want 403", status, body)
		}
	}
	audit, err := os.ReadFile(auditLog)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"msg":"export","subject":"rita","role":"RESEARCHER","format":"nodes.csv"`, `"subject":"test-admin","role":"ADMIN","format":"graphml"`} {
		if !strings.Contains(string(audit), want) {
			t.Errorf("audit log lacks %s:\n%s", want, audit)
		}
	}
}

func getAs(t *testing.T, u, token string) (int, string) {
	t.Helper()
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
