// Package auth turns a request's bearer token into a domain.Principal: a
// signed JWT (HS256 with a shared secret, or RS256/ES256 with a public key
// or a JWKS file) or, for scripts, a static API key kept only as a hash.
// No token is PUBLIC; a token that cannot be accepted is a 401 with the
// reason, never a silent PUBLIC.
package auth

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rsa"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/peergraph/peergraph/domain"
)

// Config says how tokens are checked. Exactly one of Secret, PublicKeyPEM
// and JWKS names the signing key; each pins its algorithm family, so an
// HS token is refused where a public key is configured and the other way
// round (the "algorithm confusion" attack), and "none" is never accepted.
type Config struct {
	// Secret is the HS256 shared secret (at least 32 bytes).
	Secret []byte
	// PublicKeyPEM is an RSA (RS256) or EC P-256/P-384 (ES256/ES384) public
	// key in PEM.
	PublicKeyPEM []byte
	// JWKS is a JSON Web Key Set (RSA and EC keys, chosen by kid).
	JWKS []byte
	// Issuer is required in every token's iss.
	Issuer string
	// Audience, when set, must be among the token's aud.
	Audience string
	// Leeway allows for clock skew on exp, nbf and iat.
	Leeway time.Duration
	// APIKeys is the API keys file's content (see ParseAPIKeys); may be empty.
	APIKeys []byte
	// MaxLifetime, when positive, refuses a token meant to live longer:
	// exp − iat, or exp − now for a token without iat.
	MaxLifetime time.Duration
	// Revoked, when not nil, refuses tokens whose id (jti) it lists, and
	// tokens without an id (they could not be revoked).
	Revoked *Revocations
	// Now is the clock (nil: time.Now), for tests.
	Now func() time.Time
}

// Claims are what peergraph reads from a token besides the registered ones.
type Claims struct {
	Role         domain.Role `json:"role"`
	Professional string      `json:"professional,omitempty"`
	Communities  []string    `json:"communities,omitempty"`
	jwt.RegisteredClaims
}

// verificationKey is one key with the one algorithm it verifies.
type verificationKey struct {
	alg string
	key any
}

// Verifier checks tokens and API keys.
type Verifier struct {
	// keys by kid; "" is the single configured key (kid ignored).
	keys        map[string]verificationKey
	single      bool
	parser      *jwt.Parser
	apiKeys     []apiKey
	maxLifetime time.Duration
	leeway      time.Duration
	revoked     *Revocations
	now         func() time.Time
}

// MinSecretLen is the shortest HS256 secret accepted: 256 bits, the hash size.
const MinSecretLen = 32

// NewVerifier builds a Verifier from cfg.
func NewVerifier(cfg Config) (*Verifier, error) {
	configured := 0
	for _, b := range [][]byte{cfg.Secret, cfg.PublicKeyPEM, cfg.JWKS} {
		if len(b) > 0 {
			configured++
		}
	}
	if configured != 1 {
		return nil, fmt.Errorf("auth: configure exactly one signing key (a secret, a public key or a JWKS file), got %d", configured)
	}
	if strings.TrimSpace(cfg.Issuer) == "" {
		return nil, errors.New("auth: an issuer is required")
	}
	v := &Verifier{keys: map[string]verificationKey{}, maxLifetime: cfg.MaxLifetime, leeway: cfg.Leeway, revoked: cfg.Revoked, now: cfg.Now}
	if v.now == nil {
		v.now = time.Now
	}
	switch {
	case len(cfg.Secret) > 0:
		if len(cfg.Secret) < MinSecretLen {
			return nil, fmt.Errorf("auth: the HS256 secret must be at least %d bytes, got %d", MinSecretLen, len(cfg.Secret))
		}
		v.keys[""] = verificationKey{alg: "HS256", key: cfg.Secret}
		v.single = true
	case len(cfg.PublicKeyPEM) > 0:
		k, err := parsePublicKeyPEM(cfg.PublicKeyPEM)
		if err != nil {
			return nil, err
		}
		v.keys[""] = k
		v.single = true
	default:
		keys, err := ParseJWKS(cfg.JWKS)
		if err != nil {
			return nil, err
		}
		v.keys = keys
	}
	algs := map[string]bool{}
	var methods []string
	for _, k := range v.keys {
		if !algs[k.alg] {
			algs[k.alg] = true
			methods = append(methods, k.alg)
		}
	}
	opts := []jwt.ParserOption{
		jwt.WithValidMethods(methods),
		jwt.WithIssuer(cfg.Issuer),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithLeeway(cfg.Leeway),
		jwt.WithTimeFunc(v.now),
	}
	if cfg.Audience != "" {
		opts = append(opts, jwt.WithAudience(cfg.Audience))
	}
	v.parser = jwt.NewParser(opts...)
	if len(cfg.APIKeys) > 0 {
		keys, err := ParseAPIKeys(cfg.APIKeys)
		if err != nil {
			return nil, err
		}
		v.apiKeys = keys
	}
	return v, nil
}

// algFor is the one algorithm a public key verifies.
func algFor(key any) (string, error) {
	switch k := key.(type) {
	case *rsa.PublicKey:
		if k.N.BitLen() < 2048 {
			return "", fmt.Errorf("auth: RSA keys must have at least 2048 bits, got %d", k.N.BitLen())
		}
		return "RS256", nil
	case *ecdsa.PublicKey:
		switch k.Curve {
		case elliptic.P256():
			return "ES256", nil
		case elliptic.P384():
			return "ES384", nil
		}
		return "", fmt.Errorf("auth: EC keys must be on P-256 or P-384, got %s", k.Curve.Params().Name)
	}
	return "", fmt.Errorf("auth: unsupported public key type %T", key)
}

func parsePublicKeyPEM(b []byte) (verificationKey, error) {
	if k, err := jwt.ParseRSAPublicKeyFromPEM(b); err == nil {
		alg, err := algFor(k)
		return verificationKey{alg: alg, key: k}, err
	}
	k, err := jwt.ParseECPublicKeyFromPEM(b)
	if err != nil {
		return verificationKey{}, errors.New("auth: the public key is neither an RSA nor an EC public key in PEM")
	}
	alg, err := algFor(k)
	return verificationKey{alg: alg, key: k}, err
}

// keyFor picks the key for a token and refuses one whose header asks for
// another algorithm than the key's: the parser's method list already does
// so, this also holds per key in a JWKS with mixed families.
func (v *Verifier) keyFor(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	k, ok := v.keys[kid]
	if v.single {
		k, ok = v.keys[""], true
	}
	if !ok {
		return nil, fmt.Errorf("unknown key id %q", kid)
	}
	if t.Method.Alg() != k.alg {
		return nil, fmt.Errorf("algorithm %s does not match the key's %s", t.Method.Alg(), k.alg)
	}
	return k.key, nil
}

// VerifyJWT checks a signed token and returns who it speaks for.
func (v *Verifier) VerifyJWT(token string) (domain.Principal, error) {
	var c Claims
	if _, err := v.parser.ParseWithClaims(token, &c, v.keyFor); err != nil {
		return domain.Principal{}, unauthenticated(reason(err))
	}
	if err := v.checkLifetime(c); err != nil {
		return domain.Principal{}, unauthenticated(err.Error())
	}
	if v.revoked != nil {
		switch {
		case c.ID == "":
			return domain.Principal{}, unauthenticated("token has no id (jti), and this server revokes tokens by id")
		case v.revoked.Revoked(c.ID, v.now()):
			return domain.Principal{}, unauthenticated("token has been revoked")
		}
	}
	p := domain.Principal{Role: c.Role, Professional: strings.ToLower(c.Professional), Communities: c.Communities, Subject: c.Subject}
	if err := checkPrincipal(p); err != nil {
		return domain.Principal{}, unauthenticated(err.Error())
	}
	return p, nil
}

// checkLifetime refuses a token meant to live longer than the server
// allows, so that a leaked long-lived token is not good for months.
func (v *Verifier) checkLifetime(c Claims) error {
	if v.maxLifetime <= 0 || c.ExpiresAt == nil {
		return nil
	}
	from := v.now()
	if c.IssuedAt != nil {
		from = c.IssuedAt.Time
	}
	if life := c.ExpiresAt.Sub(from); life > v.maxLifetime+v.leeway {
		return fmt.Errorf("token lives %s, longer than this server's maximum of %s", life.Round(time.Second), v.maxLifetime)
	}
	return nil
}

// missingClaim names the registered claims a token lacks, as the parser
// reports them ("iss claim is required").
var missingClaim = regexp.MustCompile(`\b([a-z]+) claim is required`)

// reason is a short, user-facing account of why a token was refused.
func reason(err error) string {
	switch {
	case errors.Is(err, jwt.ErrTokenExpired):
		return "token has expired"
	case errors.Is(err, jwt.ErrTokenRequiredClaimMissing):
		var names []string
		for _, m := range missingClaim.FindAllStringSubmatch(err.Error(), -1) {
			names = append(names, m[1])
		}
		if len(names) == 0 {
			return "token lacks a required claim"
		}
		return "token lacks a required claim (" + strings.Join(names, ", ") + ")"
	case errors.Is(err, jwt.ErrTokenInvalidIssuer):
		return "token has the wrong issuer"
	case errors.Is(err, jwt.ErrTokenInvalidAudience):
		return "token has the wrong audience"
	case errors.Is(err, jwt.ErrTokenNotValidYet), errors.Is(err, jwt.ErrTokenUsedBeforeIssued):
		return "token is not valid yet"
	case errors.Is(err, jwt.ErrTokenSignatureInvalid) && strings.Contains(err.Error(), "signing method"):
		// The header's alg is not the configured key's (none, or the other family).
		return "token algorithm is not accepted by this server"
	case errors.Is(err, jwt.ErrTokenSignatureInvalid):
		return "token signature is invalid"
	case errors.Is(err, jwt.ErrTokenUnverifiable):
		return "token cannot be verified: " + strings.TrimPrefix(err.Error(), jwt.ErrTokenUnverifiable.Error()+": ")
	case errors.Is(err, jwt.ErrTokenMalformed):
		return "token is malformed"
	}
	return "token is invalid"
}

// checkPrincipal refuses tokens whose claims do not make a usable caller:
// a role that is not one of ours, a member bound to no one, a coordinator of
// nothing.
func checkPrincipal(p domain.Principal) error {
	switch {
	case !p.Role.Valid() || p.Role == domain.RolePublic:
		return fmt.Errorf("token role %q is not one of MEMBER, RESEARCHER, COORDINATOR, ADMIN", p.Role)
	case p.Subject == "":
		return errors.New("token has no subject (sub)")
	case p.Role == domain.RoleMember && p.Professional == "":
		return errors.New("a MEMBER token must name its professional")
	case p.Role == domain.RoleCoordinator && len(p.Communities) == 0:
		return errors.New("a COORDINATOR token must name its communities")
	}
	return nil
}

func unauthenticated(msg string) error {
	return &domain.Error{Code: domain.EUNAUTHENTICATED, Message: msg}
}
