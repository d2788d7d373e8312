package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/server/auth"
)

// Item 9 of issue 18: `server token` mints what the server accepts (with
// its audience), a refusal names the claim really missing, a token may
// not live longer than the maximum, and a token can be revoked by its id
// through a file the server reloads.
func TestTokensAudienceLifetimeAndRevocation(t *testing.T) {
	revoked := filepath.Join(t.TempDir(), "revoked.txt")
	if err := os.WriteFile(revoked, []byte("# revoked token ids\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"PEERGRAPH_JWT_AUDIENCE": "peergraph-api", "PEERGRAPH_JWT_MAX_TTL": "48h",
		"PEERGRAPH_JWT_REVOKED_FILE": revoked, "PEERGRAPH_JWT_REVOKED_CHECK": "50ms"}
	base := serve(t, serverSetup{env: env})
	mint := func(args ...string) (token, id string, err error) {
		var out, errOut bytes.Buffer
		err = runToken(args, testEnv(env), time.Now(), &out, &errOut)
		if m := regexp.MustCompile(`token id \(jti[^)]*\): (\S+)`).FindStringSubmatch(errOut.String()); m != nil {
			id = m[1]
		}
		return strings.TrimSpace(out.String()), id, err
	}
	ask := func(token string) (int, string) {
		status, resp := postQueryAs(t, base, token, `{ professions { name } }`, nil)
		if len(resp.Errors) > 0 {
			return status, resp.Errors[0].Message
		}
		return status, ""
	}

	tok, id, err := mint("--role", "ADMIN", "--subject", "ops", "--ttl", "1h")
	if err != nil || id == "" {
		t.Fatalf("server token: %v (id %q)", err, id)
	}
	if status, msg := ask(tok); status != 200 || msg != "" {
		t.Fatalf("a token from `server token` with PEERGRAPH_JWT_AUDIENCE set: %d %s", status, msg)
	}
	if _, _, err := mint("--role", "ADMIN", "--ttl", "720h"); err == nil || !strings.Contains(err.Error(), "maximum token lifetime") {
		t.Errorf("server token --ttl 720h over a 48h maximum: %v", err)
	}

	now := time.Now()
	hand := func(c jwt.RegisteredClaims) string {
		s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, auth.Claims{Role: domain.RoleAdmin, RegisteredClaims: c}).SignedString([]byte(testSecret))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	base30 := jwt.RegisteredClaims{Subject: "x", Audience: jwt.ClaimStrings{"peergraph-api"}, ID: "id-1",
		IssuedAt: jwt.NewNumericDate(now), ExpiresAt: jwt.NewNumericDate(now.Add(time.Hour))}
	noIss := base30
	long := base30
	long.Issuer, long.ExpiresAt = "peergraph", jwt.NewNumericDate(now.Add(30*24*time.Hour))
	noID := base30
	noID.Issuer, noID.ID = "peergraph", ""
	for _, tt := range []struct{ name, token, want string }{
		{"no iss", hand(noIss), "lacks a required claim (iss)"},
		{"30 days", hand(long), "longer than this server's maximum"},
		{"no jti with a revocation list", hand(noID), "no id (jti)"},
	} {
		if status, msg := ask(tt.token); status != 401 || !strings.Contains(msg, tt.want) {
			t.Errorf("%s: %d %q, want 401 with %q", tt.name, status, msg, tt.want)
		}
	}

	// Revoked: the server sees the file change within its check interval.
	f, err := os.OpenFile(revoked, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(id + " ops's token, leaked\n")
	f.Close()
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		status, msg := ask(tok)
		if status == 401 && strings.Contains(msg, "revoked") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("a revoked token still answers %d %q", status, msg)
		}
	}
	other, _, _ := mint("--role", "ADMIN", "--subject", "ops", "--ttl", "1h")
	if status, msg := ask(other); status != 200 {
		t.Errorf("another token after a revocation: %d %s", status, msg)
	}
}
