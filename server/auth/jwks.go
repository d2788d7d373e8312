package auth

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
)

// jwk is the part of RFC 7517/7518 a signature key needs.
type jwk struct {
	Kty string `json:"kty"`
	Kid string `json:"kid"`
	Alg string `json:"alg"`
	Use string `json:"use"`
	N   string `json:"n"`
	E   string `json:"e"`
	Crv string `json:"crv"`
	X   string `json:"x"`
	Y   string `json:"y"`
}

// ParseJWKS reads a JSON Web Key Set into keys by kid. Only RSA and EC
// public signature keys are accepted: a symmetric ("oct") key in a key set
// meant for public keys would let anyone who reads the set sign tokens.
func ParseJWKS(b []byte) (map[string]verificationKey, error) {
	var set struct {
		Keys []jwk `json:"keys"`
	}
	if err := json.Unmarshal(b, &set); err != nil {
		return nil, fmt.Errorf("auth: JWKS: %w", err)
	}
	out := map[string]verificationKey{}
	for i, k := range set.Keys {
		if k.Use != "" && k.Use != "sig" {
			continue
		}
		key, err := k.publicKey()
		if err != nil {
			return nil, fmt.Errorf("auth: JWKS key %d (kid %q): %w", i, k.Kid, err)
		}
		alg, err := algFor(key)
		if err != nil {
			return nil, fmt.Errorf("auth: JWKS key %d (kid %q): %w", i, k.Kid, err)
		}
		if k.Alg != "" && k.Alg != alg {
			return nil, fmt.Errorf("auth: JWKS key %d (kid %q): alg %s does not fit a %s key", i, k.Kid, k.Alg, alg)
		}
		if _, dup := out[k.Kid]; dup {
			return nil, fmt.Errorf("auth: JWKS: kid %q appears twice", k.Kid)
		}
		out[k.Kid] = verificationKey{alg: alg, key: key}
	}
	if len(out) == 0 {
		return nil, errors.New("auth: JWKS has no signature keys")
	}
	return out, nil
}

func (k jwk) publicKey() (any, error) {
	switch k.Kty {
	case "RSA":
		n, err := b64int(k.N)
		if err != nil {
			return nil, fmt.Errorf("n: %w", err)
		}
		e, err := b64int(k.E)
		if err != nil {
			return nil, fmt.Errorf("e: %w", err)
		}
		if !e.IsInt64() || e.Int64() < 3 || e.Int64() > 1<<31-1 {
			return nil, errors.New("e: out of range")
		}
		return &rsa.PublicKey{N: n, E: int(e.Int64())}, nil
	case "EC":
		var curve elliptic.Curve
		switch k.Crv {
		case "P-256":
			curve = elliptic.P256()
		case "P-384":
			curve = elliptic.P384()
		default:
			return nil, fmt.Errorf("unsupported curve %q", k.Crv)
		}
		x, err := b64int(k.X)
		if err != nil {
			return nil, fmt.Errorf("x: %w", err)
		}
		y, err := b64int(k.Y)
		if err != nil {
			return nil, fmt.Errorf("y: %w", err)
		}
		// The point must be on the curve, or the key is not a key.
		// (ecdh rejects off-curve points; ecdsa.PublicKey alone would not.)
		byteLen := (curve.Params().BitSize + 7) / 8
		raw := make([]byte, 1+2*byteLen)
		raw[0] = 4
		if len(x.Bytes()) > byteLen || len(y.Bytes()) > byteLen {
			return nil, errors.New("coordinates too long for the curve")
		}
		x.FillBytes(raw[1 : 1+byteLen])
		y.FillBytes(raw[1+byteLen:])
		pub, err := ecdsa.ParseUncompressedPublicKey(curve, raw)
		if err != nil {
			return nil, fmt.Errorf("not a point on %s: %w", k.Crv, err)
		}
		return pub, nil
	case "oct":
		return nil, errors.New("symmetric (oct) keys are not accepted in a JWKS; configure a secret instead")
	}
	return nil, fmt.Errorf("unsupported kty %q", k.Kty)
}

func b64int(s string) (*big.Int, error) {
	if s == "" {
		return nil, errors.New("missing")
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, err
	}
	return new(big.Int).SetBytes(b), nil
}
