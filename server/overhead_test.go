package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/graph"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/profession"
	"github.com/peergraph/peergraph/server/auth"
)

// BenchmarkRequestFixedCost is what every GraphQL request costs the server
// before any store call: auth, the request log, parsing (cached),
// complexity and depth checks, loaders, execution and the JSON answer. It
// is the floor under the overhead ratio of the millisecond questions.
func BenchmarkRequestFixedCost(b *testing.B) {
	verifier, err := auth.NewVerifier(auth.Config{Secret: []byte(testSecret), Issuer: "peergraph"})
	if err != nil {
		b.Fatal(err)
	}
	log := slog.New(slog.NewJSONHandler(io.Discard, nil))
	// A store that is never asked: its driver connects on first use.
	store, err := neo4jstore.Open(neo4jstore.Config{URI: "bolt://127.0.0.1:1"}, log, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close(context.Background())
	res := &graph.Resolver{Store: store, Professions: profession.DefaultTable(), Now: time.Now}
	opts := graphqlOptions{Introspection: true, ComplexityLimit: 20000, DepthLimit: 12, RequestTimeout: 10 * time.Second}
	h := routes(verifier.Middleware(newGraphQLHandler(res, opts, newMetrics(), log)), http.NotFoundHandler(), nil, nil, newMetrics(), log)
	tok := testToken(b, domain.Principal{Role: domain.RoleAdmin, Subject: "bench"})
	for _, q := range []struct{ name, body string }{
		{"typename", `{"query":"{ __typename }"}`},
	} {
		b.Run(q.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(q.body))
				r.Header.Set("Content-Type", "application/json")
				r.Header.Set("Authorization", "Bearer "+tok)
				w := httptest.NewRecorder()
				h.ServeHTTP(w, r)
				if w.Code != http.StatusOK {
					b.Fatalf("%d %s", w.Code, w.Body)
				}
			}
		})
	}
}
