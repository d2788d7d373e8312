package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/peergraph/peergraph/domain"
)

// APIKeyPrefix starts every API key, which is how a bearer value is told
// from a JWT (and how a leaked key is recognised by secret scanners).
const APIKeyPrefix = "pgk_"

// APIKeyEntry is one line of the API keys file. Only the key's SHA-256 is
// stored: the file can be read without revealing a usable key.
type APIKeyEntry struct {
	// Name identifies the key (a script) in the audit log.
	Name         string      `json:"name"`
	SHA256       string      `json:"sha256"`
	Role         domain.Role `json:"role"`
	Professional string      `json:"professional,omitempty"`
	Communities  []string    `json:"communities,omitempty"`
}

type apiKey struct {
	hash      [sha256.Size]byte
	principal domain.Principal
}

// ParseAPIKeys reads the API keys file: a JSON array of APIKeyEntry.
func ParseAPIKeys(b []byte) ([]apiKey, error) {
	var entries []APIKeyEntry
	if err := json.Unmarshal(b, &entries); err != nil {
		return nil, fmt.Errorf("auth: API keys file: %w", err)
	}
	out := make([]apiKey, 0, len(entries))
	for i, e := range entries {
		raw, err := hex.DecodeString(e.SHA256)
		if err != nil || len(raw) != sha256.Size {
			return nil, fmt.Errorf("auth: API key %d (%q): sha256 must be 64 hex digits", i, e.Name)
		}
		p := domain.Principal{Role: e.Role, Professional: strings.ToLower(e.Professional), Communities: e.Communities, Subject: "apikey:" + e.Name}
		if e.Name == "" {
			return nil, fmt.Errorf("auth: API key %d: a name is required (it identifies the key in the audit log)", i)
		}
		if err := checkPrincipal(p); err != nil {
			return nil, fmt.Errorf("auth: API key %d (%q): %w", i, e.Name, err)
		}
		var k apiKey
		copy(k.hash[:], raw)
		k.principal = p
		out = append(out, k)
	}
	return out, nil
}

// VerifyAPIKey finds the caller behind an API key. Every stored hash is
// compared in constant time, so timing tells nothing about which is close.
func (v *Verifier) VerifyAPIKey(key string) (domain.Principal, error) {
	sum := sha256.Sum256([]byte(key))
	var found *domain.Principal
	for i := range v.apiKeys {
		if subtle.ConstantTimeCompare(sum[:], v.apiKeys[i].hash[:]) == 1 {
			found = &v.apiKeys[i].principal
		}
	}
	if found == nil {
		return domain.Principal{}, unauthenticated("unknown API key")
	}
	return *found, nil
}

// NewAPIKey makes a random key and the file entry that accepts it.
func NewAPIKey(name string, p domain.Principal) (key string, entry APIKeyEntry, err error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", APIKeyEntry{}, err
	}
	key = APIKeyPrefix + base64.RawURLEncoding.EncodeToString(b[:])
	sum := sha256.Sum256([]byte(key))
	entry = APIKeyEntry{Name: name, SHA256: hex.EncodeToString(sum[:]), Role: p.Role, Professional: p.Professional, Communities: p.Communities}
	if err := checkPrincipal(domain.Principal{Role: p.Role, Professional: p.Professional, Communities: p.Communities, Subject: "apikey:" + name}); err != nil {
		return "", APIKeyEntry{}, err
	}
	return key, entry, nil
}
