package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/graph"
	"github.com/peergraph/peergraph/profession"
	"github.com/peergraph/peergraph/server/auth"
)

// answeringStore answers the two store calls of the millisecond questions
// from memory, so that BenchmarkRequestFixedCost measures what the server
// itself adds to them. Any other call panics: the benchmark asks none.
type answeringStore struct {
	domain.QuestionService
	partners []*domain.Partner
}

func (s answeringStore) ProfessionalByHandle(_ context.Context, handle string) (*domain.Professional, error) {
	return &domain.Professional{ID: handle, Name: "Carla", Kind: "PERSON"}, nil
}

func (s answeringStore) PartnersOf(_ context.Context, ids []string, _ domain.Window) (map[string][]*domain.Partner, error) {
	out := make(map[string][]*domain.Partner, len(ids))
	for _, id := range ids {
		out[id] = s.partners
	}
	return out, nil
}

// BenchmarkRequestFixedCost is what a GraphQL request costs the server
// around its store calls: auth, the request log, parsing (cached),
// complexity and depth checks, loaders, access rules, execution and the
// JSON answer. It is the floor under the overhead ratio of the millisecond
// questions: bench/api's professional and partners ask these shapes.
func BenchmarkRequestFixedCost(b *testing.B) {
	verifier, err := auth.NewVerifier(auth.Config{Secret: []byte(testSecret), Issuer: "peergraph"})
	if err != nil {
		b.Fatal(err)
	}
	log := slog.New(slog.NewJSONHandler(io.Discard, nil))
	store := answeringStore{}
	for i := range 40 {
		store.partners = append(store.partners, &domain.Partner{
			Professional: &domain.Professional{ID: fmt.Sprintf("x:partner%d", i), Name: "Partner"},
			Sent:         domain.TieCounts{Replies: 40 - i, Conversational: 40 - i},
		})
	}
	res := &graph.Resolver{Questions: store, Professions: profession.DefaultTable(), Now: time.Now}
	opts := graphqlOptions{Introspection: true, CostLimit: graph.DefaultCostLimit, DepthLimit: 12, RequestTimeout: 10 * time.Second,
		MaxBodyBytes: defaultMaxBodyBytes, MaxTokens: defaultMaxTokens, QueryCacheBytes: defaultQueryCacheBytes}
	h := routes(verifier.Middleware(newGraphQLHandler(res, opts, nil, newMetrics(), log)), http.NotFoundHandler(), nil, nil, newMetrics(), openRoutes{}, log)
	tok := testToken(b, domain.Principal{Role: domain.RoleAdmin, Subject: "bench"})
	vars := map[string]any{"h": "x:carla", "since": "2026-01-01T00:00:00Z", "until": "2026-07-01T00:00:00Z"}
	for _, q := range []struct{ name, query string }{
		{"typename", `{ __typename }`},
		{"professional", `query($h: String!) { professional(handle: $h) { id name kind firstSeen lastSeen } }`},
		{"partners", `query($h: String!, $since: DateTime, $until: DateTime) { professional(handle: $h) { id partners(since: $since, until: $until, first: 20) {
  totalCount nodes { professional { id } sent { conversational } received { conversational } } } } }`},
	} {
		body, err := json.Marshal(map[string]any{"query": q.query, "variables": vars})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(q.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
				r.Header.Set("Content-Type", "application/json")
				r.Header.Set("Authorization", "Bearer "+tok)
				w := httptest.NewRecorder()
				h.ServeHTTP(w, r)
				if w.Code != http.StatusOK || strings.Contains(w.Body.String(), `"errors"`) {
					b.Fatalf("%d %s", w.Code, w.Body)
				}
			}
		})
	}
}
