package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/graph"
	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// The scenario (testdata/scenario) with two more posts in the first #WePh
// chat, about olga, who opted out in the roster: a reply to her post that
// mentions her, in two spellings.
const extraPosts = `{"id": "x:900", "author": "x:phil", "text": "@olga Great point, and @OLGA. is right #WePh", "created_at": "2025-10-09T20:30:00Z", "hashtags": ["weph"], "reply_to": "x:4", "reply_to_account": "x:olga", "mentions": ["x:olga"], "platform": "x"}
{"id": "x:901", "author": "x:priya", "text": "@olgafan is someone else #WePh", "created_at": "2025-10-09T20:31:00Z", "hashtags": ["weph"], "platform": "x"}
`

const wephChat = "weph-20251009T2000Z"

// disclosureKey is the pseudonym key of the server these tests start.
const disclosureKey = "disclosure-test-pseudonym-key-0123456789"

// disclosureServer is a server (read model on, k = 2) over the scenario and
// the extra posts.
func disclosureServer(t *testing.T) string {
	t.Helper()
	base := serve(t, serverSetup{args: []string{"--k-anonymity", "2"}, env: map[string]string{"PEERGRAPH_PSEUDONYM_KEY": disclosureKey}})
	extra := filepath.Join(t.TempDir(), "extra.jsonl")
	if err := os.WriteFile(extra, []byte(extraPosts), 0o600); err != nil {
		t.Fatal(err)
	}
	s := storetest.MustOpen(t)
	if _, err := ingest.Run(context.Background(), s, []string{"../testdata/scenario/catalogue.csv", "../testdata/scenario/roster.csv",
		"../testdata/scenario/posts.jsonl", extra}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	waitCurrent(t, base, s)
	return base
}

func mustAsk(t *testing.T, base, token, query string, vars map[string]any) map[string]any {
	t.Helper()
	status, resp := postQueryAs(t, base, token, query, vars)
	if status != 200 || len(resp.Errors) > 0 {
		t.Fatalf("%.100s: %d %+v", query, status, resp.Errors)
	}
	return resp.Data
}

// Item 1 of issue 18: after an analysis, someone who opts out is gone from
// every answer drawn from it: cluster members (to admins by name, to
// researchers by pseudonym), the clusters' sizes and mixes, their metrics,
// and the research exports.
func TestStoredAnalysesLeaveOutWhoOptedOutSince(t *testing.T) {
	base := disclosureServer(t)
	admin := testToken(t, domain.Principal{Role: domain.RoleAdmin, Subject: "admin"})
	researcher := testToken(t, domain.Principal{Role: domain.RoleResearcher, Subject: "rita"})
	window := map[string]any{"s": "2025-10-01T00:00:00Z", "u": "2026-06-30T00:00:00Z"}
	run := mustAsk(t, base, admin, `mutation($s: DateTime, $u: DateTime) { startAnalysis(since: $s, until: $u) { id } }`, window)
	id := run["startAnalysis"].(map[string]any)["id"].(string)
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(100 * time.Millisecond) {
		st := mustAsk(t, base, admin, `query($id: ID!) { analysisRun(id: $id) { status error } }`, map[string]any{"id": id})["analysisRun"].(map[string]any)
		if st["status"] == "DONE" {
			break
		}
		if st["status"] == "FAILED" || time.Now().After(deadline) {
			t.Fatalf("analysis: %v", st)
		}
	}
	const clusters = `query($s: DateTime, $u: DateTime) { clusters(since: $s, until: $u, membersFirst: 100) { clusters { size members { id name metrics(since: $s, until: $u) { degree } } } } }`
	members := func(token string) (ids []string, size int) {
		data := mustAsk(t, base, token, clusters, window)
		for _, c := range data["clusters"].(map[string]any)["clusters"].([]any) {
			c := c.(map[string]any)
			size += int(c["size"].(float64))
			for _, m := range c["members"].([]any) {
				ids = append(ids, m.(map[string]any)["id"].(string))
			}
		}
		return ids, size
	}
	pamPseudonym := graph.Pseudonym([]byte(disclosureKey), "x:pam")
	before, sizeBefore := members(admin)
	pseudonymsBefore, _ := members(researcher)
	if !contains(before, "x:pam") || !contains(pseudonymsBefore, pamPseudonym) {
		t.Fatalf("before the opt-out pam is not among the members: %v / %v", before, pseudonymsBefore)
	}
	mustAsk(t, base, admin, `mutation { setOptOut(handle: "x:pam", optedOut: true) }`, nil)
	after, sizeAfter := members(admin)
	pseudonymsAfter, _ := members(researcher)
	if contains(after, "x:pam") || contains(pseudonymsAfter, pamPseudonym) {
		t.Errorf("after pam opted out the clusters still list her: %v / %v", after, pseudonymsAfter)
	}
	if sizeAfter != sizeBefore-1 || len(after) != len(before)-1 {
		t.Errorf("sizes %d → %d, members %d → %d: want one fewer", sizeBefore, sizeAfter, len(before), len(after))
	}
	// The export of the same window, to a researcher: no row for her.
	status, body := getAs(t, base+"/export/nodes.csv?since=2025-10-01T00:00:00Z&until=2026-06-30T00:00:00Z", researcher)
	if status != 200 || strings.Contains(body, pamPseudonym) {
		t.Errorf("export after the opt-out: %d, has pam's pseudonym: %v", status, strings.Contains(body, pamPseudonym))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Item 2: in a transcript, a mention of someone who opted out is masked,
// and a reply to their post does not say which post or whose.
func TestTranscriptsMaskWhoOptedOut(t *testing.T) {
	base := disclosureServer(t)
	for _, token := range []string{
		testToken(t, domain.Principal{Role: domain.RoleAdmin, Subject: "admin"}),
		testToken(t, domain.Principal{Role: domain.RoleCoordinator, Communities: []string{"WePharmacists"}, Subject: "carla"}),
	} {
		data := mustAsk(t, base, token, `query($id: ID!) { chat(id: $id) { transcript(first: 100) { nodes { id text replyTo replyToAuthor { id } } } } }`,
			map[string]any{"id": wephChat})
		posts := map[string]map[string]any{}
		for _, n := range data["chat"].(map[string]any)["transcript"].(map[string]any)["nodes"].([]any) {
			p := n.(map[string]any)
			posts[p["id"].(string)] = p
		}
		raw, _ := json.Marshal(posts)
		if strings.Contains(strings.ToLower(string(raw)), "@olga ") || strings.Contains(string(raw), `"x:4"`) {
			t.Errorf("the transcript still names olga or her post: %s", raw)
		}
		if p := posts["x:900"]; p == nil || p["text"] != "@[withheld] Great point, and @[withheld]. is right #WePh" || p["replyTo"] != nil || p["replyToAuthor"] != nil {
			t.Errorf("x:900 = %v", p)
		}
		if p := posts["x:5"]; p == nil || p["replyTo"] != nil {
			t.Errorf("x:5, a reply to olga's post = %v", p)
		}
		if p := posts["x:901"]; p == nil || p["text"] != "@olgafan is someone else #WePh" {
			t.Errorf("x:901 = %v", p)
		}
		if p := posts["x:3"]; p == nil || p["replyTo"] != "x:2" {
			t.Errorf("x:3, a reply to phil = %v", p)
		}
	}
}

// Item 3: for every field that takes a handle and every role, a handle of
// someone who opted out is answered exactly as a handle no one has.
func TestOptedOutHandlesAnswerAsUnknownOnes(t *testing.T) {
	base := disclosureServer(t)
	callers := map[string]string{
		"PUBLIC":      "",
		"MEMBER":      testToken(t, domain.Principal{Role: domain.RoleMember, Professional: "x:phil", Subject: "phil"}),
		"RESEARCHER":  testToken(t, domain.Principal{Role: domain.RoleResearcher, Subject: "rita"}),
		"COORDINATOR": testToken(t, domain.Principal{Role: domain.RoleCoordinator, Communities: []string{"WeNurses", "WeMDT"}, Subject: "carla"}),
		"ADMIN":       testToken(t, domain.Principal{Role: domain.RoleAdmin, Subject: "admin"}),
	}
	queries := []string{
		`{ professional(handle: "H") { id name } }`,
		`{ suggestPeers(handle: "H") { score } }`,
		`{ path(from: "H", to: "x:nora") { hops } }`,
		`{ path(from: "x:phil", to: "H") { hops } }`,
		`{ path(from: "x:nora", to: "H") { hops } }`,
	}
	answer := func(token, q, handle string) string {
		_, resp := postQueryAs(t, base, token, strings.ReplaceAll(q, "H", handle), nil)
		// The read model's freshness moves while an earlier change is taken
		// in: it says nothing about the handle, so it is not compared.
		resp.Extensions = nil
		b, _ := json.Marshal(resp)
		return strings.ReplaceAll(string(b), handle, "H")
	}
	for role, token := range callers {
		for _, q := range queries {
			unknown, optedOut := answer(token, q, "x:nobody"), answer(token, q, "x:olga")
			if unknown != optedOut {
				t.Errorf("%s %s:\n  unknown:    %s\n  opted out:  %s", role, q, unknown, optedOut)
			}
		}
		// setOptOut by anyone but an admin (who may opt people back in).
		if role != "ADMIN" {
			q := `mutation { setOptOut(handle: "H", optedOut: true) }`
			if unknown, optedOut := answer(token, q, "x:nobody"), answer(token, q, "x:olga"); unknown != optedOut {
				t.Errorf("%s setOptOut:\n  unknown:    %s\n  opted out:  %s", role, unknown, optedOut)
			}
		}
	}
}

// Item 4: with a total shown beside the cells (a chat's participants beside
// its profession mix, the E–I figures beside the profession matrix), no
// suppressed cell can be found by subtraction: a total with suppressed
// cells has at least two, and they count at least k people together.
func TestSmallCellsAreNotFoundBySubtraction(t *testing.T) {
	base := disclosureServer(t)
	const k = 2
	admin := testToken(t, domain.Principal{Role: domain.RoleAdmin, Subject: "admin"})
	researcher := testToken(t, domain.Principal{Role: domain.RoleResearcher, Subject: "rita"})
	const chats = `{ chats(first: 100, since: "2025-01-01T00:00:00Z") { nodes { id summary { participants professionMix { profession count suppressed } } } } }`
	// The scenario must have a chat with exactly one small cell, or this
	// test would prove nothing: the admin sees every count.
	oneSmall := 0
	for _, n := range mustAsk(t, base, admin, chats, nil)["chats"].(map[string]any)["nodes"].([]any) {
		small := 0
		for _, c := range n.(map[string]any)["summary"].(map[string]any)["professionMix"].([]any) {
			if c.(map[string]any)["count"].(float64) < k {
				small++
			}
		}
		if small == 1 {
			oneSmall++
		}
	}
	if oneSmall == 0 {
		t.Fatal("no chat of the scenario has exactly one small cell")
	}
	for _, token := range []string{"", researcher} {
		for _, n := range mustAsk(t, base, token, chats, nil)["chats"].(map[string]any)["nodes"].([]any) {
			n := n.(map[string]any)
			s := n["summary"].(map[string]any)
			hidden, shown := 0, 0.0
			for _, c := range s["professionMix"].([]any) {
				c := c.(map[string]any)
				if c["suppressed"] == true {
					hidden++
				} else {
					shown += c["count"].(float64)
				}
			}
			if hidden == 1 || (hidden > 0 && s["participants"].(float64)-shown < k) {
				t.Errorf("chat %s: %d suppressed of %v, participants %v − shown %v", n["id"], hidden, s["professionMix"], s["participants"], shown)
			}
		}
	}
	// The profession matrix: no row or column with a single suppressed
	// cell, and the E–I figures likewise.
	data := mustAsk(t, base, researcher, `{ professionLinks(since: "2025-01-01T00:00:00Z") { cells { from to suppressed } professions { profession suppressed } } }`, nil)
	for _, p := range data["professionLinks"].([]any) {
		p := p.(map[string]any)
		byRow, byCol := map[string]int{}, map[string]int{}
		for _, c := range p["cells"].([]any) {
			c := c.(map[string]any)
			if c["suppressed"] == true {
				byRow[c["from"].(string)]++
				byCol[c["to"].(string)]++
			}
		}
		for name, n := range byRow {
			if n == 1 {
				t.Errorf("row %s has one suppressed cell: %v", name, p["cells"])
			}
		}
		for name, n := range byCol {
			if n == 1 {
				t.Errorf("column %s has one suppressed cell: %v", name, p["cells"])
			}
		}
		hidden := 0
		for _, e := range p["professions"].([]any) {
			if e.(map[string]any)["suppressed"] == true {
				hidden++
			}
		}
		if hidden == 1 {
			t.Errorf("one suppressed E–I entry: %v", p["professions"])
		}
	}
}
