package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/peergraph/peergraph/graph"
	"github.com/peergraph/peergraph/server/auth"
)

// accessConfig is where the keys and policies come from: environment
// variables (files for secrets) with flags for the few that differ per run.
type accessConfig struct {
	production bool
	devDir     string
	issuer     string
	audience   string
	kid        string
	leeway     time.Duration
	// maxTTL is the longest a token may live; revokedFile lists revoked
	// token ids, looked at again every revokedCheck.
	maxTTL       time.Duration
	revokedFile  string
	revokedCheck time.Duration
	// Paths and values as given; read by load.
	secret, secretFile, publicKeyFile, jwksFile, privateKeyFile, apiKeysFile string
	pseudonymKey, pseudonymKeyFile                                           string
	k                                                                        int
	auditLog                                                                 string
}

func (c *accessConfig) flags(fs *flag.FlagSet, getenv func(string) string) {
	fs.BoolVar(&c.production, "production", false,
		"production settings: refuse to start without a configured signing key and pseudonym key; GraphiQL, an open /metrics and introspection closed, rate limits on, unless a setting says otherwise (env PEERGRAPH_ENV=production)")
	fs.StringVar(&c.devDir, "dev-dir", envOr(getenv, "PEERGRAPH_DEV_DIR", ".peergraph-dev"), "development only: where a generated signing secret and pseudonym key are kept (env PEERGRAPH_DEV_DIR)")
	c.issuer = envOr(getenv, "PEERGRAPH_JWT_ISSUER", "peergraph")
	c.audience = getenv("PEERGRAPH_JWT_AUDIENCE")
	c.kid = getenv("PEERGRAPH_JWT_KID")
	c.secret = getenv("PEERGRAPH_JWT_SECRET")
	c.secretFile = getenv("PEERGRAPH_JWT_SECRET_FILE")
	c.publicKeyFile = getenv("PEERGRAPH_JWT_PUBLIC_KEY_FILE")
	c.jwksFile = getenv("PEERGRAPH_JWT_JWKS_FILE")
	c.privateKeyFile = getenv("PEERGRAPH_JWT_PRIVATE_KEY_FILE")
	c.apiKeysFile = getenv("PEERGRAPH_API_KEYS_FILE")
	c.pseudonymKey = getenv("PEERGRAPH_PSEUDONYM_KEY")
	c.pseudonymKeyFile = getenv("PEERGRAPH_PSEUDONYM_KEY_FILE")
	fs.StringVar(&c.auditLog, "audit-log", getenv("PEERGRAPH_AUDIT_LOG"), "file the audit log (JSON lines) is appended to; empty for stderr (env PEERGRAPH_AUDIT_LOG)")
	k, err := strconv.Atoi(envOr(getenv, "PEERGRAPH_K_ANONYMITY", strconv.Itoa(graph.DefaultK)))
	if err != nil {
		k = -1 // refused by validate
	}
	fs.IntVar(&c.k, "k-anonymity", k, "smallest cell of an aggregate shown to anyone but an admin (env PEERGRAPH_K_ANONYMITY)")
	duration := func(key, def string) time.Duration {
		d, err := time.ParseDuration(envOr(getenv, key, def))
		if err != nil {
			return -1 // refused by load, naming the variable
		}
		return d
	}
	fs.DurationVar(&c.leeway, "jwt-leeway", duration("PEERGRAPH_JWT_LEEWAY", "30s"), "clock skew allowed on a token's exp/nbf/iat (env PEERGRAPH_JWT_LEEWAY)")
	fs.DurationVar(&c.maxTTL, "jwt-max-ttl", duration("PEERGRAPH_JWT_MAX_TTL", "168h"), "longest a token may live (exp − iat); longer ones are refused, and `server token` will not make them (env PEERGRAPH_JWT_MAX_TTL)")
	fs.StringVar(&c.revokedFile, "jwt-revoked-file", getenv("PEERGRAPH_JWT_REVOKED_FILE"), "file of revoked token ids (jti), one a line, reloaded when it changes; with it, tokens without a jti are refused (env PEERGRAPH_JWT_REVOKED_FILE)")
	fs.DurationVar(&c.revokedCheck, "jwt-revoked-check", duration("PEERGRAPH_JWT_REVOKED_CHECK", auth.DefaultRevocationCheck.String()), "how often the revoked tokens file is looked at (env PEERGRAPH_JWT_REVOKED_CHECK)")
}

// isProduction settles --production with PEERGRAPH_ENV, which must be
// production or development when set: a misspelt "prod" must not quietly
// run with development's open defaults.
func (c *accessConfig) isProduction(getenv func(string) string) (bool, error) {
	switch v := strings.TrimSpace(getenv("PEERGRAPH_ENV")); v {
	case "production":
		c.production = true
	case "", "development":
	default:
		return false, fmt.Errorf("PEERGRAPH_ENV: want production or development, got %q", v)
	}
	return c.production, nil
}

// keys are what access needs at run time.
type keys struct {
	verify    auth.Config
	secret    []byte // HS256 secret, for signing when configured
	private   []byte // PEM private key, for signing with RS/ES
	pseudonym []byte
	dev       bool // the keys were generated for development
}

func readSecret(value, file, what string) ([]byte, error) {
	if value != "" && file != "" {
		return nil, fmt.Errorf("%s: give the value or the file, not both", what)
	}
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		return []byte(strings.TrimRight(string(b), "\r\n")), nil
	}
	return []byte(value), nil
}

func readOptional(path, what string) ([]byte, error) {
	if path == "" {
		return nil, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return b, nil
}

// load reads the keys. In production a missing signing or pseudonym key is
// an error; in development missing ones are generated under devDir.
func (c accessConfig) load() (keys, error) {
	var k keys
	if c.k < 1 {
		return k, errors.New("k-anonymity must be a whole number of at least 1")
	}
	if c.leeway < 0 || c.leeway > 5*time.Minute {
		return k, errors.New("jwt-leeway (PEERGRAPH_JWT_LEEWAY) must be a duration between 0 and 5m")
	}
	if c.maxTTL <= 0 {
		return k, errors.New("jwt-max-ttl (PEERGRAPH_JWT_MAX_TTL) must be a positive duration such as 24h")
	}
	if c.revokedCheck <= 0 {
		return k, errors.New("jwt-revoked-check (PEERGRAPH_JWT_REVOKED_CHECK) must be a positive duration such as 5s")
	}
	var err error
	if k.secret, err = readSecret(c.secret, c.secretFile, "PEERGRAPH_JWT_SECRET"); err != nil {
		return k, err
	}
	public, err := readOptional(c.publicKeyFile, "PEERGRAPH_JWT_PUBLIC_KEY_FILE")
	if err != nil {
		return k, err
	}
	jwks, err := readOptional(c.jwksFile, "PEERGRAPH_JWT_JWKS_FILE")
	if err != nil {
		return k, err
	}
	if k.private, err = readOptional(c.privateKeyFile, "PEERGRAPH_JWT_PRIVATE_KEY_FILE"); err != nil {
		return k, err
	}
	apiKeys, err := readOptional(c.apiKeysFile, "PEERGRAPH_API_KEYS_FILE")
	if err != nil {
		return k, err
	}
	if k.pseudonym, err = readSecret(c.pseudonymKey, c.pseudonymKeyFile, "PEERGRAPH_PSEUDONYM_KEY"); err != nil {
		return k, err
	}
	noSigningKey := len(k.secret) == 0 && len(public) == 0 && len(jwks) == 0
	if c.production {
		switch {
		case noSigningKey:
			return k, errors.New("production: no signing key configured; set PEERGRAPH_JWT_SECRET(_FILE), PEERGRAPH_JWT_PUBLIC_KEY_FILE or PEERGRAPH_JWT_JWKS_FILE")
		case len(k.pseudonym) < auth.MinSecretLen:
			return k, fmt.Errorf("production: PEERGRAPH_PSEUDONYM_KEY(_FILE) must be set, at least %d bytes", auth.MinSecretLen)
		}
	} else {
		if noSigningKey {
			if k.secret, err = auth.DevKey(c.devDir, "jwt-secret"); err != nil {
				return k, fmt.Errorf("development signing secret: %w", err)
			}
			k.dev = true
		}
		if len(k.pseudonym) == 0 {
			if k.pseudonym, err = auth.DevKey(c.devDir, "pseudonym-key"); err != nil {
				return k, fmt.Errorf("development pseudonym key: %w", err)
			}
		}
	}
	k.verify = auth.Config{Secret: k.secret, PublicKeyPEM: public, JWKS: jwks, Issuer: c.issuer, Audience: c.audience, Leeway: c.leeway, APIKeys: apiKeys,
		MaxLifetime: c.maxTTL}
	if c.revokedFile != "" {
		if k.verify.Revoked, err = auth.LoadRevocations(c.revokedFile, c.revokedCheck, time.Now()); err != nil {
			return k, err
		}
	}
	return k, nil
}

// signer is what issues tokens (the token subcommand): the HS secret, or
// the private key matching the configured public key.
func (c accessConfig) signer(k keys, audience string) (*auth.Signer, error) {
	var s *auth.Signer
	var err error
	switch {
	case len(k.private) > 0:
		s, err = auth.NewSigner(nil, k.private, c.kid, c.issuer)
	case len(k.secret) == 0:
		return nil, errors.New("no key to sign with: the server verifies with a public key, so give its private key in PEERGRAPH_JWT_PRIVATE_KEY_FILE")
	default:
		s, err = auth.NewSigner(k.secret, nil, "", c.issuer)
	}
	if err != nil {
		return nil, err
	}
	s.Audience, s.MaxLifetime = audience, c.maxTTL
	return s, nil
}

// auditLogger writes the audit log as JSON lines to a file (appended,
// readable by the owner only) or to stderr.
func (c accessConfig) auditLogger(stderr io.Writer) (*slog.Logger, func() error, error) {
	if c.auditLog == "" {
		return slog.New(slog.NewJSONHandler(stderr, nil)).With("log", "audit"), func() error { return nil }, nil
	}
	f, err := os.OpenFile(c.auditLog, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, nil, fmt.Errorf("audit log: %w", err)
	}
	return slog.New(slog.NewJSONHandler(f, nil)), f.Close, nil
}
