package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/server/auth"
)

// testSecret signs the tokens of the server tests.
const testSecret = "server-test-secret-server-test-secret"

// testEnv is the process environment with the test's signing secret and
// the given overrides.
func testEnv(over map[string]string) func(string) string {
	return func(k string) string {
		if v, ok := over[k]; ok {
			return v
		}
		if k == "PEERGRAPH_JWT_SECRET" {
			return testSecret
		}
		return os.Getenv(k)
	}
}

func testToken(t testing.TB, p domain.Principal) string {
	t.Helper()
	s, err := auth.NewSigner([]byte(testSecret), nil, "", "peergraph")
	if err != nil {
		t.Fatal(err)
	}
	tok, err := s.Issue(p, time.Hour, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// Production settings without a signing key (or without a pseudonym key)
// stop the server before it listens, with a reason.
func TestProductionRefusesToRunWithoutKeys(t *testing.T) {
	for _, tt := range []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"no signing key, by env", map[string]string{"PEERGRAPH_ENV": "production", "PEERGRAPH_JWT_SECRET": ""}, nil, "no signing key"},
		{"no signing key, by flag", map[string]string{"PEERGRAPH_JWT_SECRET": ""}, []string{"--production"}, "no signing key"},
		{"no pseudonym key", map[string]string{"PEERGRAPH_ENV": "production"}, nil, "PEERGRAPH_PSEUDONYM_KEY"},
		{"short secret", map[string]string{"PEERGRAPH_JWT_SECRET": "short"}, nil, "at least 32 bytes"},
		{"unreadable public key file", map[string]string{"PEERGRAPH_JWT_PUBLIC_KEY_FILE": "testdata/no-such-key.pem"}, nil, "PEERGRAPH_JWT_PUBLIC_KEY_FILE"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"--addr", "127.0.0.1:0", "--dev-dir", t.TempDir()}, tt.args...)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			err := run(ctx, args, testEnv(tt.env), io.Discard, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("run = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// `server token` signs with the configured key: in development the secret
// it generates once under the dev folder, which the server then verifies.
func TestTokenCommand(t *testing.T) {
	dir := t.TempDir()
	env := testEnv(map[string]string{"PEERGRAPH_JWT_SECRET": "", "PEERGRAPH_ENV": ""})
	var out, errOut bytes.Buffer
	if err := runToken([]string{"--role", "coordinator", "--communities", "WeNurses, WeMDT", "--ttl", "2h", "--dev-dir", dir}, env, time.Now(), &out, &errOut); err != nil {
		t.Fatalf("token: %v (%s)", err, errOut.String())
	}
	secret, err := os.ReadFile(filepath.Join(dir, "jwt-secret"))
	if err != nil {
		t.Fatalf("no dev secret: %v", err)
	}
	v, err := auth.NewVerifier(auth.Config{Secret: secret, Issuer: "peergraph"})
	if err != nil {
		t.Fatal(err)
	}
	p, err := v.VerifyJWT(strings.TrimSpace(out.String()))
	if err != nil || p.Role != domain.RoleCoordinator || strings.Join(p.Communities, ",") != "WeNurses,WeMDT" || p.Subject != "coordinator" {
		t.Errorf("token speaks for %+v (%v)", p, err)
	}
	for _, args := range [][]string{
		{"--role", "MEMBER"},                // bound to no one
		{"--role", "COORDINATOR"},           // of nothing
		{"--role", "ROOT"},                  // not a role
		{"--role", "PUBLIC"},                // needs no token
		{"--professional", "x:pam"},         // no role
		{"--role", "ADMIN", "--ttl", "-1h"}, // already expired
	} {
		if err := runToken(append(args, "--dev-dir", dir), env, time.Now(), io.Discard, io.Discard); err == nil {
			t.Errorf("token %v: issued", args)
		}
	}
}

// Over HTTP: no token is PUBLIC, a bad token is a 401 with its reason, a
// field outside the role is FORBIDDEN with the rest answering, and
// isolation reports are audited.
func TestAccessOverHTTP(t *testing.T) {
	auditFile := filepath.Join(t.TempDir(), "audit.jsonl")
	base := mustServe(t, "--audit-log", auditFile)

	status, resp := postQueryAs(t, base, "", `{ professions { name } professional(handle: "x:pam") { id } }`, nil)
	if status != 200 || resp.Data["professions"] == nil || len(resp.Errors) != 1 ||
		resp.Errors[0].Extensions["code"] != "FORBIDDEN" || resp.Errors[0].Path[0] != "professional" {
		t.Errorf("PUBLIC: %d %+v %v", status, resp.Errors, resp.Data)
	}

	expired, _ := auth.NewSigner([]byte(testSecret), nil, "", "peergraph")
	old, _ := expired.Issue(domain.Principal{Role: domain.RoleAdmin, Subject: "old"}, time.Minute, time.Now().Add(-time.Hour))
	otherIssuer, _ := auth.NewSigner([]byte(testSecret), nil, "", "elsewhere")
	foreign, _ := otherIssuer.Issue(domain.Principal{Role: domain.RoleAdmin, Subject: "x"}, time.Hour, time.Now())
	for name, tok := range map[string]string{"expired": old, "issuer": foreign, "malformed": "abc"} {
		status, resp := postQueryAs(t, base, tok, `{ professions { name } }`, nil)
		if status != 401 || len(resp.Errors) != 1 || resp.Errors[0].Extensions["code"] != "UNAUTHENTICATED" || !strings.Contains(resp.Errors[0].Message, name) {
			t.Errorf("%s token: %d %+v", name, status, resp.Errors)
		}
	}

	// The database is empty: the coordinator's own community is not found,
	// which the audit log records as the outcome.
	coord := testToken(t, domain.Principal{Role: domain.RoleCoordinator, Communities: []string{"WeNurses"}, Subject: "carla"})
	postQueryAs(t, base, coord, `query Mine { isolatedMembers(community: "WeNurses") { totalCount } }`, nil)
	_, resp = postQueryAs(t, base, coord, `query Theirs { isolatedMembers(community: "WePharmacists") { totalCount } }`, nil)
	if len(resp.Errors) != 1 || resp.Errors[0].Extensions["code"] != "FORBIDDEN" {
		t.Errorf("coordinator of another community: %+v", resp.Errors)
	}

	b, err := os.ReadFile(auditFile)
	if err != nil {
		t.Fatal(err)
	}
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("audit line %q: %v", l, err)
		}
		lines = append(lines, m)
	}
	if len(lines) != 2 {
		t.Fatalf("audit log has %d lines, want 2: %s", len(lines), b)
	}
	for i, want := range []struct{ op, outcome, community string }{{"Mine", "not_found", "WeNurses"}, {"Theirs", "forbidden", "WePharmacists"}} {
		l := lines[i]
		fields, _ := l["fields"].([]any)
		if len(fields) != 1 {
			t.Errorf("audit line %d = %v", i, l)
			continue
		}
		f := fields[0].(map[string]any)
		args, _ := f["args"].(map[string]any)
		if l["subject"] != "carla" || l["role"] != "COORDINATOR" || l["operation"] != want.op || f["outcome"] != want.outcome ||
			f["field"] != "Query.isolatedMembers" || args["community"] != want.community || l["time"] == nil {
			t.Errorf("audit line %d = %v", i, l)
		}
	}
}
