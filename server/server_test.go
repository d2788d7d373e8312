package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// mustServe starts the whole server (run) on a free port against the test
// Neo4j, and stops it when the test ends.
func mustServe(t *testing.T, extraArgs ...string) string {
	t.Helper()
	return serve(t, serverSetup{args: extraArgs})
}

// serverSetup is how a test starts the server: flags, environment
// overrides (over testEnv's) and where its log goes (nil: discarded).
type serverSetup struct {
	args []string
	env  map[string]string
	log  io.Writer
}

func serve(t *testing.T, s serverSetup) string {
	t.Helper()
	storetest.MustOpen(t) // skips or fails as the suite requires, and empties the database
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	args := append([]string{"--addr", "127.0.0.1:0", "--neo4j-wait", "20s", "--dev-dir", t.TempDir()}, s.args...)
	log := s.log
	if log == nil {
		log = io.Discard
	}
	go func() { done <- run(ctx, args, testEnv(s.env), log, ready) }()
	select {
	case addr := <-ready:
		t.Cleanup(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("server stopped with %v", err)
			}
		})
		waitReady(t, "http://"+addr)
		return "http://" + addr
	case err := <-done:
		cancel()
		t.Fatalf("server did not start: %v", err)
	case <-time.After(60 * time.Second):
		cancel()
		t.Fatal("server did not start within 60s")
	}
	return ""
}

// waitReady waits for /readyz to say 200: until the first read model is
// built, the whole-graph questions answer UNAVAILABLE.
func waitReady(t *testing.T, base string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		status, body := get(t, base+"/readyz")
		if status == 200 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("not ready after 60s: %d %s", status, body)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitCurrent waits for the read model to have taken in every write the
// graph holds now (a load the test made). "current" alone is not enough:
// the server says it as of its last check, which may predate the load.
func waitCurrent(t *testing.T, base string, s *neo4jstore.Store) {
	t.Helper()
	version, err := s.DataVersion(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := "read model: current (version " + version + ","
	deadline := time.Now().Add(60 * time.Second)
	for {
		_, body := get(t, base+"/readyz")
		if strings.Contains(body, want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the read model was not current at version %s after 60s: %s", version, body)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

type gqlResponse struct {
	Extensions map[string]any `json:"extensions"`
	Data       map[string]any `json:"data"`
	Errors     []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// postQuery asks as an admin, who may ask anything; postQueryAs asks with
// another token (empty for none).
func postQuery(t *testing.T, base, query string, vars map[string]any) (int, gqlResponse) {
	t.Helper()
	return postQueryAs(t, base, testToken(t, domain.Principal{Role: domain.RoleAdmin, Subject: "test-admin"}), query, vars)
}

func postQueryAs(t *testing.T, base, token, query string, vars map[string]any) (int, gqlResponse) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	status, _, answer := rawPost(t, base, token, body)
	var out gqlResponse
	if err := json.Unmarshal([]byte(answer), &out); err != nil {
		t.Fatalf("decode response: %v: %.200s", err, answer)
	}
	return status, out
}

func get(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestProfessionsComeFromNeo4j(t *testing.T) {
	base := mustServe(t)
	status, resp := postQuery(t, base, `{ professions { name aliases professionals } }`, nil)
	if status != 200 || len(resp.Errors) > 0 {
		t.Fatalf("status %d, errors %v", status, resp.Errors)
	}
	list := resp.Data["professions"].([]any)
	if len(list) != 13 {
		t.Fatalf("got %d professions, want the 13 canonical ones", len(list))
	}
	first := list[0].(map[string]any)
	if first["name"] != "nurse" || len(first["aliases"].([]any)) == 0 {
		t.Errorf("first profession = %v, want nurse with its aliases", first)
	}

	// The same query by GET, as GraphiQL and curl users send it.
	status, body := get(t, base+"/graphql?query="+url.QueryEscape(`{ professions { name } }`))
	if status != 200 || !strings.Contains(body, `"pharmacist"`) {
		t.Errorf("GET /graphql = %d %s", status, body)
	}
}

func TestHealthReadinessMetricsAndGraphiQL(t *testing.T) {
	base := mustServe(t)
	for _, tt := range []struct {
		path, want string
	}{
		{"/healthz", "ok"},
		{"/readyz", "ready"},
		{"/graphiql/", "graphiql"},
		{"/", "dashboard"}, // built or not, the page names itself
	} {
		status, body := get(t, base+tt.path)
		if status != 200 || !strings.Contains(strings.ToLower(body), tt.want) {
			t.Errorf("GET %s = %d %.80q, want 200 containing %q", tt.path, status, body, tt.want)
		}
	}
	postQuery(t, base, `query Professions { professions { name } }`, nil)
	_, metrics := get(t, base+"/metrics")
	for _, want := range []string{
		`peergraph_graphql_requests_total{operation="Professions",outcome="ok"} 1`,
		`peergraph_graphql_request_duration_seconds_count{operation="Professions"} 1`,
		`peergraph_neo4j_call_duration_seconds_count{call="professions",outcome="ok"}`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

// Every answer from the read model says which data version it is from and
// whether it is behind the graph; an answer from Neo4j alone says nothing.
func TestAnswersSayTheirDataVersion(t *testing.T) {
	base := mustServe(t)
	_, resp := postQuery(t, base, `{ professionLinks { cells { from } } }`, nil)
	rm, _ := resp.Extensions["readModel"].(map[string]any)
	if len(resp.Errors) > 0 || rm == nil || rm["version"] != rm["graph"] || rm["behind"] != false {
		t.Errorf("professionLinks: errors %v, extensions %v", resp.Errors, resp.Extensions)
	}
	_, resp = postQuery(t, base, `{ professions { name } }`, nil)
	if _, ok := resp.Extensions["readModel"]; ok {
		t.Errorf("professions, from Neo4j, says a read model version: %v", resp.Extensions)
	}
	if status, body := get(t, base+"/readyz"); status != 200 || !strings.Contains(body, "read model: current") {
		t.Errorf("/readyz = %d %s", status, body)
	}
}

func TestRequestLimitsAnswerClearErrors(t *testing.T) {
	base := mustServe(t, "--depth-limit", "4")
	tests := []struct {
		name, query, wantCode, wantIn string
	}{
		{"first above the maximum", `{ professionals(first: 101) { nodes { id } } }`, "BAD_USER_INPUT", "first"},
		{"negative first", `{ chats(first: -1) { nodes { id } } }`, "BAD_USER_INPUT", "first"},
		{"a cursor we did not give", `{ professionals(after: "nope") { nodes { id } } }`, "BAD_USER_INPUT", "after"},
		{"unknown profession", `{ professionals(profession: "astronaut") { nodes { id } } }`, "BAD_USER_INPUT", "astronaut"},
		{"too deep", `{ chats { edges { node { hosts { communities { name } } } } } }`, "DEPTH_LIMIT_EXCEEDED", "depth 6"},
		{"bad handle", `{ professional(handle: "myspace:bob") { id } }`, "BAD_USER_INPUT", "myspace"},
		{"unknown handle", `{ suggestPeers(handle: "x:nobody") { score } }`, "NOT_FOUND", "handle: no professional"},
		{"unknown path end", `{ path(from: "x:nobody", to: "x:somebody") { hops } }`, "NOT_FOUND", "from:"},
		{"unknown profession of connectors", `{ connectors(between: "astronaut", and: "nurse") { brokeredPairs } }`, "BAD_USER_INPUT", "between: unknown profession"},
		{"unknown community", `{ isolatedMembers(community: "WeWizards") { totalCount } }`, "NOT_FOUND", "community:"},
		{"first above the maximum in a question", `{ connectors(between: "nurse", and: "pharmacist", first: 1000) { brokeredPairs } }`, "BAD_USER_INPUT", "first"},
		{"maxHops out of range", `{ path(from: "x:a", to: "x:b", maxHops: 40) { hops } }`, "BAD_USER_INPUT", "maxHops"},
	}
	for _, tt := range tests {
		status, resp := postQuery(t, base, tt.query, nil)
		if len(resp.Errors) == 0 {
			t.Errorf("%s: no error (status %d)", tt.name, status)
			continue
		}
		e := resp.Errors[0]
		field, _, _ := strings.Cut(tt.wantIn, ":")
		if e.Extensions["code"] != tt.wantCode || !strings.Contains(e.Message, tt.wantIn) ||
			(strings.Contains(tt.wantIn, ":") && e.Extensions["field"] != field) {
			t.Errorf("%s: error %q %v, want code %s mentioning %q", tt.name, e.Message, e.Extensions, tt.wantCode, tt.wantIn)
		}
	}
	// An alias resolves to the canonical profession.
	if _, resp := postQuery(t, base, `{ professionals(profession: "RGN") { totalCount } }`, nil); len(resp.Errors) > 0 {
		t.Errorf("profession alias: %v", resp.Errors)
	}
}

func TestAutomaticPersistedQueries(t *testing.T) {
	base := mustServe(t)
	const query = `{ communities { name } }`
	const hash = "0d4f1ccae4d8a5ac9f0aa8e1e8ec4d4b5dfb2be5bd42a6b0bfe1e4a2f3d5f6a7" // wrong on purpose first
	ext := func(h string) string {
		return url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"` + h + `"}}`)
	}
	// Unknown hash without the query: the client is told to send it.
	_, body := get(t, base+"/graphql?extensions="+ext(hash))
	if !strings.Contains(body, "PersistedQueryNotFound") {
		t.Fatalf("unknown persisted query: %s", body)
	}
	sum := sha256Hex(query)
	status, body := get(t, base+"/graphql?query="+url.QueryEscape(query)+"&extensions="+ext(sum))
	if status != 200 || strings.Contains(body, "errors") {
		t.Fatalf("registering persisted query: %d %s", status, body)
	}
	status, body = get(t, base+"/graphql?extensions="+ext(sum))
	if status != 200 || !strings.Contains(body, `"communities"`) {
		t.Fatalf("persisted query by hash: %d %s", status, body)
	}
}

func TestIntrospectionCanBeSwitchedOff(t *testing.T) {
	var log syncBuffer
	base := serve(t, serverSetup{args: []string{"--introspection=false"}, log: &log})
	_, resp := postQuery(t, base, `{ __schema { queryType { name } } }`, nil)
	if len(resp.Errors) != 1 || resp.Errors[0].Extensions["code"] != "INTROSPECTION_DISABLED" ||
		!strings.Contains(resp.Errors[0].Message, "introspection is switched off") {
		t.Fatalf("introspection switched off answered %+v, want a clear INTROSPECTION_DISABLED", resp.Errors)
	}
	// A fragment does not get round it; __typename is not introspection.
	if _, resp := postQuery(t, base, `{ ...Q } fragment Q on Query { __type(name: "Chat") { name } }`, nil); len(resp.Errors) != 1 {
		t.Errorf("__type through a fragment: %+v", resp.Errors)
	}
	if _, resp := postQuery(t, base, `{ __typename professions { __typename name } }`, nil); len(resp.Errors) > 0 {
		t.Errorf("__typename: %+v", resp.Errors)
	}
	if strings.Contains(log.String(), "level=ERROR") {
		t.Errorf("a refused introspection was logged as an error:\n%s", log.String())
	}
}
