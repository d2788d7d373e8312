package auth

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/peergraph/peergraph/domain"
)

const issuer = "peergraph-test"

var secret = []byte("0123456789abcdef0123456789abcdef")

func rsaKey(t *testing.T) (*rsa.PrivateKey, []byte) {
	t.Helper()
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKIXPublicKey(&k.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	return k, pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})
}

func ecKey(t *testing.T) (*ecdsa.PrivateKey, []byte) {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKIXPublicKey(&k.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	return k, pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})
}

func claims(role domain.Role, exp time.Time) Claims {
	now := time.Now()
	return Claims{Role: role, Professional: "x:pam", Communities: []string{"WePharmacists"},
		RegisteredClaims: jwt.RegisteredClaims{Issuer: issuer, Subject: "tester", IssuedAt: jwt.NewNumericDate(now.Add(-time.Minute)), ExpiresAt: jwt.NewNumericDate(exp)}}
}

func sign(t *testing.T, m jwt.SigningMethod, key any, c jwt.Claims, header map[string]any) string {
	t.Helper()
	tok := jwt.NewWithClaims(m, c)
	for k, v := range header {
		tok.Header[k] = v
	}
	s, err := tok.SignedString(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func b64(v any) string {
	b, _ := json.Marshal(v)
	return base64.RawURLEncoding.EncodeToString(b)
}

func mustVerifier(t *testing.T, cfg Config) *Verifier {
	t.Helper()
	if cfg.Issuer == "" {
		cfg.Issuer = issuer
	}
	v, err := NewVerifier(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestJWTRefusals(t *testing.T) {
	rsaPriv, rsaPub := rsaKey(t)
	ecPriv, ecPub := ecKey(t)
	hs := mustVerifier(t, Config{Secret: secret})
	rs := mustVerifier(t, Config{PublicKeyPEM: rsaPub})
	es := mustVerifier(t, Config{PublicKeyPEM: ecPub})
	hour := time.Now().Add(time.Hour)
	good := sign(t, jwt.SigningMethodHS256, secret, claims(domain.RoleCoordinator, hour), nil)
	parts := strings.Split(good, ".")

	noExp := claims(domain.RoleAdmin, hour)
	noExp.ExpiresAt = nil
	wrongIss := claims(domain.RoleAdmin, hour)
	wrongIss.Issuer = "someone-else"
	member := claims(domain.RoleMember, hour)
	member.Professional = ""
	unknownRole := claims("ROOT", hour)

	for _, tt := range []struct {
		name  string
		v     *Verifier
		token string
		want  string // part of the reason; "" for accepted
	}{
		{"HS256 accepted", hs, good, ""},
		{"RS256 accepted", rs, sign(t, jwt.SigningMethodRS256, rsaPriv, claims(domain.RoleAdmin, hour), nil), ""},
		{"ES256 accepted", es, sign(t, jwt.SigningMethodES256, ecPriv, claims(domain.RoleAdmin, hour), nil), ""},
		{"expired", hs, sign(t, jwt.SigningMethodHS256, secret, claims(domain.RoleAdmin, time.Now().Add(-time.Hour)), nil), "expired"},
		{"no exp", hs, sign(t, jwt.SigningMethodHS256, secret, noExp, nil), "required claim"},
		{"wrong issuer", hs, sign(t, jwt.SigningMethodHS256, secret, wrongIss, nil), "issuer"},
		{"alg none", hs, b64(map[string]string{"alg": "none", "typ": "JWT"}) + "." + parts[1] + ".", "algorithm is not accepted"},
		{"alg none with a signature", hs, b64(map[string]string{"alg": "none", "typ": "JWT"}) + "." + parts[1] + "." + parts[2], "algorithm is not accepted"},
		// The classic confusion: the RSA public key (which is public) used
		// as an HMAC secret, sent to a server configured with that key.
		{"HS256 signed with the RSA public key", rs, sign(t, jwt.SigningMethodHS256, rsaPub, claims(domain.RoleAdmin, hour), nil), "algorithm is not accepted"},
		{"HS256 signed with the EC public key", es, sign(t, jwt.SigningMethodHS256, ecPub, claims(domain.RoleAdmin, hour), nil), "algorithm is not accepted"},
		{"RS256 to an HS server", hs, sign(t, jwt.SigningMethodRS256, rsaPriv, claims(domain.RoleAdmin, hour), nil), "algorithm is not accepted"},
		{"ES256 to an RS server", rs, sign(t, jwt.SigningMethodES256, ecPriv, claims(domain.RoleAdmin, hour), nil), "algorithm is not accepted"},
		{"tampered payload", hs, parts[0] + "." + b64(map[string]any{"role": "ADMIN", "sub": "tester", "iss": issuer, "exp": hour.Unix()}) + "." + parts[2], "signature is invalid"},
		{"wrong secret", hs, sign(t, jwt.SigningMethodHS256, []byte("another-secret-another-secret-!!"), claims(domain.RoleAdmin, hour), nil), "signature is invalid"},
		{"malformed", hs, "not-a-token", "malformed"},
		{"member bound to no one", hs, sign(t, jwt.SigningMethodHS256, secret, member, nil), "must name its professional"},
		{"unknown role", hs, sign(t, jwt.SigningMethodHS256, secret, unknownRole, nil), "not one of"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := tt.v.VerifyJWT(tt.token)
			if tt.want == "" {
				if err != nil || !p.Role.Valid() || p.Subject != "tester" {
					t.Fatalf("refused a good token: %v (%+v)", err, p)
				}
				return
			}
			if err == nil {
				t.Fatalf("accepted: %+v", p)
			}
			if domain.ErrorCode(err) != domain.EUNAUTHENTICATED || !strings.Contains(domain.ErrorMessage(err), tt.want) {
				t.Errorf("error %v, want UNAUTHENTICATED containing %q", err, tt.want)
			}
		})
	}
	p, _ := hs.VerifyJWT(good)
	if p.Role != domain.RoleCoordinator || !slices.Equal(p.Communities, []string{"WePharmacists"}) || p.Professional != "x:pam" {
		t.Errorf("principal = %+v", p)
	}
}

func TestVerifierConfig(t *testing.T) {
	_, rsaPub := rsaKey(t)
	for _, tt := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"no key", Config{Issuer: issuer}, "exactly one"},
		{"two keys", Config{Issuer: issuer, Secret: secret, PublicKeyPEM: rsaPub}, "exactly one"},
		{"short secret", Config{Issuer: issuer, Secret: []byte("short")}, "at least 32"},
		{"no issuer", Config{Secret: secret}, "issuer"},
		{"not a key", Config{Issuer: issuer, PublicKeyPEM: []byte("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")}, "neither"},
		{"oct in JWKS", Config{Issuer: issuer, JWKS: []byte(`{"keys":[{"kty":"oct","kid":"a","k":"c2VjcmV0"}]}`)}, "symmetric"},
		{"empty JWKS", Config{Issuer: issuer, JWKS: []byte(`{"keys":[]}`)}, "no signature keys"},
		{"EC point off the curve", Config{Issuer: issuer, JWKS: []byte(`{"keys":[{"kty":"EC","crv":"P-256","kid":"a","x":"AQ","y":"AQ"}]}`)}, "not a point"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewVerifier(tt.cfg)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func jwkOf(kid string, pub any) map[string]string {
	enc := func(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }
	switch k := pub.(type) {
	case *rsa.PublicKey:
		return map[string]string{"kty": "RSA", "kid": kid, "alg": "RS256", "use": "sig", "n": enc(k.N.Bytes()), "e": enc(big.NewInt(int64(k.E)).Bytes())}
	case *ecdsa.PublicKey:
		raw, _ := k.Bytes()
		n := (len(raw) - 1) / 2
		return map[string]string{"kty": "EC", "kid": kid, "crv": "P-256", "x": enc(raw[1 : 1+n]), "y": enc(raw[1+n:])}
	}
	return nil
}

func TestJWKS(t *testing.T) {
	rsaPriv, _ := rsaKey(t)
	ecPriv, _ := ecKey(t)
	set, _ := json.Marshal(map[string]any{"keys": []any{jwkOf("r1", &rsaPriv.PublicKey), jwkOf("e1", &ecPriv.PublicKey)}})
	v := mustVerifier(t, Config{JWKS: set})
	hour := time.Now().Add(time.Hour)
	for _, tt := range []struct {
		name  string
		token string
		ok    bool
	}{
		{"RS256 by kid", sign(t, jwt.SigningMethodRS256, rsaPriv, claims(domain.RoleResearcher, hour), map[string]any{"kid": "r1"}), true},
		{"ES256 by kid", sign(t, jwt.SigningMethodES256, ecPriv, claims(domain.RoleResearcher, hour), map[string]any{"kid": "e1"}), true},
		{"ES256 naming the RSA key", sign(t, jwt.SigningMethodES256, ecPriv, claims(domain.RoleResearcher, hour), map[string]any{"kid": "r1"}), false},
		{"unknown kid", sign(t, jwt.SigningMethodRS256, rsaPriv, claims(domain.RoleResearcher, hour), map[string]any{"kid": "zz"}), false},
		{"no kid", sign(t, jwt.SigningMethodRS256, rsaPriv, claims(domain.RoleResearcher, hour), nil), false},
		{"HS256 with the JWKS as secret", sign(t, jwt.SigningMethodHS256, set, claims(domain.RoleAdmin, hour), map[string]any{"kid": "r1"}), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := v.VerifyJWT(tt.token)
			if (err == nil) != tt.ok {
				t.Errorf("ok = %v, err = %v", err == nil, err)
			}
		})
	}
}

func TestSignerRoundTrip(t *testing.T) {
	ecPriv, ecPub := ecKey(t)
	der, _ := x509.MarshalECPrivateKey(ecPriv)
	privPEM := pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: der})
	for _, tt := range []struct {
		name   string
		signer func() (*Signer, error)
		v      *Verifier
	}{
		{"HS256", func() (*Signer, error) { return NewSigner(secret, nil, "", issuer) }, mustVerifier(t, Config{Secret: secret})},
		{"ES256", func() (*Signer, error) { return NewSigner(nil, privPEM, "", issuer) }, mustVerifier(t, Config{PublicKeyPEM: ecPub})},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, err := tt.signer()
			if err != nil {
				t.Fatal(err)
			}
			want := domain.Principal{Role: domain.RoleMember, Professional: "X:Carla", Subject: "carla"}
			tok, err := s.Issue(want, time.Hour, time.Now())
			if err != nil {
				t.Fatal(err)
			}
			got, err := tt.v.VerifyJWT(tok)
			if err != nil || got.Role != domain.RoleMember || got.Professional != "x:carla" || got.Subject != "carla" {
				t.Errorf("got %+v, %v", got, err)
			}
			if _, err := s.Issue(domain.Principal{Role: domain.RoleCoordinator, Subject: "c"}, time.Hour, time.Now()); err == nil {
				t.Error("issued a coordinator token without communities")
			}
		})
	}
}

func TestAPIKeys(t *testing.T) {
	key, entry, err := NewAPIKey("nightly", domain.Principal{Role: domain.RoleResearcher})
	if err != nil {
		t.Fatal(err)
	}
	file, _ := json.Marshal([]APIKeyEntry{entry})
	if strings.Contains(string(file), strings.TrimPrefix(key, APIKeyPrefix)) {
		t.Fatal("the keys file holds the key itself")
	}
	v := mustVerifier(t, Config{Secret: secret, APIKeys: file})
	p, err := v.VerifyAPIKey(key)
	if err != nil || p.Role != domain.RoleResearcher || p.Subject != "apikey:nightly" {
		t.Errorf("good key: %+v, %v", p, err)
	}
	if _, err := v.VerifyAPIKey(key + "x"); domain.ErrorCode(err) != domain.EUNAUTHENTICATED {
		t.Errorf("altered key: %v", err)
	}
	if _, err := ParseAPIKeys([]byte(`[{"name":"x","sha256":"abc","role":"ADMIN"}]`)); err == nil {
		t.Error("accepted a short hash")
	}
	if _, err := ParseAPIKeys([]byte(`[{"name":"x","sha256":"` + strings.Repeat("a", 64) + `","role":"MEMBER"}]`)); err == nil {
		t.Error("accepted a member key bound to no one")
	}
}

func TestMiddleware(t *testing.T) {
	key, entry, _ := NewAPIKey("script", domain.Principal{Role: domain.RoleAdmin})
	file, _ := json.Marshal([]APIKeyEntry{entry})
	v := mustVerifier(t, Config{Secret: secret, APIKeys: file})
	var seen domain.Principal
	h := v.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { seen = domain.PrincipalFrom(r.Context()) }))
	expired := sign(t, jwt.SigningMethodHS256, secret, claims(domain.RoleAdmin, time.Now().Add(-time.Minute)), nil)
	for _, tt := range []struct {
		name, header string
		status       int
		role         domain.Role
		body         string
	}{
		{"no token is PUBLIC", "", 200, domain.RolePublic, ""},
		{"API key", "Bearer " + key, 200, domain.RoleAdmin, ""},
		{"expired is 401, not PUBLIC", "Bearer " + expired, 401, "", "expired"},
		{"unknown API key", "Bearer pgk_nope", 401, "", "unknown API key"},
		{"basic auth", "Basic dXNlcjpwYXNz", 401, "", "Bearer"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			seen = domain.Principal{}
			req := httptest.NewRequest("POST", "/graphql", nil)
			if tt.header != "" {
				req.Header.Set("Authorization", tt.header)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.status || seen.Role != tt.role || !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("status %d role %q body %s", rec.Code, seen.Role, rec.Body)
			}
			if tt.status == 401 && (!strings.Contains(rec.Body.String(), "UNAUTHENTICATED") || rec.Header().Get("WWW-Authenticate") == "") {
				t.Errorf("401 without code or WWW-Authenticate: %s", rec.Body)
			}
		})
	}
}
