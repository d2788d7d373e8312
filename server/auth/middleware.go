package auth

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/peergraph/peergraph/domain"
)

// Authenticate reads the Authorization header of a request: none is
// PUBLIC; "Bearer pgk_…" an API key; "Bearer …" a JWT. A header that is
// there but cannot be accepted is refused with 401 and the reason, so a
// caller whose token expired is told so instead of quietly seeing less.
func (v *Verifier) Authenticate(r *http.Request) (domain.Principal, error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return domain.Public, nil
	}
	scheme, token, ok := strings.Cut(h, " ")
	token = strings.TrimSpace(token)
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
		return domain.Principal{}, unauthenticated(`Authorization must be "Bearer <token>"`)
	}
	if strings.HasPrefix(token, APIKeyPrefix) {
		return v.VerifyAPIKey(token)
	}
	return v.VerifyJWT(token)
}

// Middleware puts the caller on each request's context, or answers 401.
func (v *Verifier) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, err := v.Authenticate(r)
		if err != nil {
			msg := domain.ErrorMessage(err)
			w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token", error_description="`+strings.ReplaceAll(msg, `"`, "'")+`"`)
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusUnauthorized)
			// Shaped like a GraphQL error, so GraphQL clients show it.
			json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
				"message": msg, "extensions": map[string]any{"code": domain.EUNAUTHENTICATED}}}})
			return
		}
		next.ServeHTTP(w, r.WithContext(domain.WithPrincipal(r.Context(), p)))
	})
}

// Require lets through only callers of the given roles, for plain HTTP
// routes (exports) that have no schema to carry a rule; others get 403
// (or the Middleware's 401 first). Use it inside Middleware.
func Require(next http.Handler, roles ...domain.Role) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := domain.PrincipalFrom(r.Context())
		for _, role := range roles {
			if p.Role == role {
				next.ServeHTTP(w, r)
				return
			}
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusForbidden)
		json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
			"message": "not allowed for role " + string(p.Role), "extensions": map[string]any{"code": domain.EFORBIDDEN}}}})
	})
}
