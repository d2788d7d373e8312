package auth

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/peergraph/peergraph/domain"
)

// Signer issues tokens: with the HS256 secret, or with an RSA or EC
// private key (the counterpart of the public key the server verifies with).
type Signer struct {
	method jwt.SigningMethod
	key    any
	kid    string
	issuer string
	// Audience, when set, goes into every token's aud: a server with
	// PEERGRAPH_JWT_AUDIENCE set refuses tokens without it.
	Audience string
	// MaxLifetime, when positive, refuses to issue a token meant to live
	// longer (the server would refuse it).
	MaxLifetime time.Duration
}

// NewSigner makes a Signer from a secret or a private key in PEM (exactly
// one); kid is put in the header when not empty (for a JWKS).
func NewSigner(secret, privateKeyPEM []byte, kid, issuer string) (*Signer, error) {
	if (len(secret) > 0) == (len(privateKeyPEM) > 0) {
		return nil, errors.New("auth: to sign, give exactly one of a secret or a private key")
	}
	if issuer == "" {
		return nil, errors.New("auth: an issuer is required")
	}
	s := &Signer{kid: kid, issuer: issuer}
	if len(secret) > 0 {
		if len(secret) < MinSecretLen {
			return nil, fmt.Errorf("auth: the HS256 secret must be at least %d bytes", MinSecretLen)
		}
		s.method, s.key = jwt.SigningMethodHS256, secret
		return s, nil
	}
	if k, err := jwt.ParseRSAPrivateKeyFromPEM(privateKeyPEM); err == nil {
		s.method, s.key = jwt.SigningMethodRS256, (*rsa.PrivateKey)(k)
		return s, nil
	}
	k, err := jwt.ParseECPrivateKeyFromPEM(privateKeyPEM)
	if err != nil {
		return nil, errors.New("auth: the private key is neither an RSA nor an EC private key in PEM")
	}
	switch k.Curve {
	case elliptic.P256():
		s.method = jwt.SigningMethodES256
	case elliptic.P384():
		s.method = jwt.SigningMethodES384
	default:
		return nil, errors.New("auth: EC keys must be on P-256 or P-384")
	}
	s.key = (*ecdsa.PrivateKey)(k)
	return s, nil
}

// NewTokenID is a random token id (jti), by which a token can be revoked.
func NewTokenID() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b[:]), nil
}

// Issue signs a token for p, valid for ttl from now, with a fresh id (jti).
func (s *Signer) Issue(p domain.Principal, ttl time.Duration, now time.Time) (string, error) {
	tok, _, err := s.IssueWithID(p, ttl, now)
	return tok, err
}

// IssueWithID is Issue, also answering the token's id, which revokes it.
func (s *Signer) IssueWithID(p domain.Principal, ttl time.Duration, now time.Time) (token, id string, err error) {
	p.Professional = strings.ToLower(p.Professional)
	if err := checkPrincipal(p); err != nil {
		return "", "", err
	}
	if ttl <= 0 {
		return "", "", errors.New("auth: ttl must be positive")
	}
	if s.MaxLifetime > 0 && ttl > s.MaxLifetime {
		return "", "", fmt.Errorf("auth: ttl %s is longer than the maximum token lifetime of %s (PEERGRAPH_JWT_MAX_TTL)", ttl, s.MaxLifetime)
	}
	id, err = NewTokenID()
	if err != nil {
		return "", "", err
	}
	c := Claims{Role: p.Role, Professional: p.Professional, Communities: p.Communities,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer: s.issuer, Subject: p.Subject, ID: id,
			IssuedAt: jwt.NewNumericDate(now), NotBefore: jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(ttl)),
		}}
	if s.Audience != "" {
		c.Audience = jwt.ClaimStrings{s.Audience}
	}
	t := jwt.NewWithClaims(s.method, c)
	if s.kid != "" {
		t.Header["kid"] = s.kid
	}
	token, err = t.SignedString(s.key)
	return token, id, err
}
