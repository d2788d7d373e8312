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
	"syscall"
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
	partners   []*domain.Partner
	links      *domain.ProfessionLinkPeriod
	peers      []*domain.PeerSuggestion
	connectors []*domain.Connector
	isolated   *domain.IsolationConnection
}

// newAnsweringStore holds answers of the sizes bench/api's questions get
// on the 10k world: 40 partners, 14 professions' links (196 cells), 10
// suggestions with their reasons, 10 connectors and a page of 20 reports.
func newAnsweringStore() answeringStore {
	var s answeringStore
	person := func(i int) *domain.Professional {
		return &domain.Professional{ID: fmt.Sprintf("x:person%d", i), Name: "Person", Kind: "PERSON"}
	}
	for i := range 40 {
		s.partners = append(s.partners, &domain.Partner{Professional: person(i),
			Sent: domain.TieCounts{Replies: 40 - i, Conversational: 40 - i}})
	}
	s.links = &domain.ProfessionLinkPeriod{Since: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)}
	profs := profession.DefaultTable().Names()
	for i, a := range profs {
		ei := 0.25
		s.links.Professions = append(s.links.Professions, &domain.ProfessionEI{Profession: a, External: 300 + i, Internal: 100, EIIndex: &ei, People: 50})
		for j, b := range profs {
			s.links.Cells = append(s.links.Cells, &domain.ProfessionLink{From: a, To: b, Ties: 10 + i*j, Pairs: 5 + i + j, People: 20})
		}
	}
	for i := range 10 {
		r := &domain.PeerReasons{SharedTopics: []string{"deprescribing", "falls"}}
		for j := range 5 {
			r.MutualPartners = append(r.MutualPartners, person(100+i*5+j))
			r.SharedChats = append(r.SharedChats, &domain.Chat{ID: fmt.Sprintf("chat:%d", i*5+j)})
		}
		s.peers = append(s.peers, &domain.PeerSuggestion{Professional: person(i), Score: 1 / float64(i+1), Reasons: r})
		s.connectors = append(s.connectors, &domain.Connector{Professional: person(200 + i), BrokeredPairs: 40 - i, PartnersBetween: 3, PartnersAnd: 4})
	}
	s.isolated = &domain.IsolationConnection{TotalCount: 192}
	for i := range 20 {
		s.isolated.Nodes = append(s.isolated.Nodes, &domain.IsolationReport{Professional: person(300 + i), Score: 0.7 - float64(i)/100,
			Flags: []domain.IsolationFlag{domain.FlagUnanswered}, Evidence: domain.IsolationEvidence{Posts: 3, Chats: 1, Partners: 1}})
	}
	return s
}

func (s answeringStore) ProfessionalByHandle(_ context.Context, handle string) (*domain.Professional, error) {
	return &domain.Professional{ID: handle, Name: "Carla", Kind: "PERSON"}, nil
}

func (s answeringStore) ProfessionLinks(context.Context, domain.LinkQuery) ([]*domain.ProfessionLinkPeriod, error) {
	return []*domain.ProfessionLinkPeriod{s.links}, nil
}

func (s answeringStore) SuggestPeers(_ context.Context, ids []string, _ domain.PeerQuery) (map[string][]*domain.PeerSuggestion, error) {
	out := make(map[string][]*domain.PeerSuggestion, len(ids))
	for _, id := range ids {
		out[id] = s.peers
	}
	return out, nil
}

func (s answeringStore) Connectors(context.Context, domain.ConnectorQuery) ([]*domain.Connector, error) {
	return s.connectors, nil
}

func (s answeringStore) IsolatedMembers(context.Context, domain.IsolationQuery) (*domain.IsolationConnection, error) {
	return s.isolated, nil
}

func (s answeringStore) PartnersOf(_ context.Context, ids []string, _ domain.Window) (map[string][]*domain.Partner, error) {
	out := make(map[string][]*domain.Partner, len(ids))
	for _, id := range ids {
		out[id] = s.partners
	}
	return out, nil
}

// processCPU is the CPU time this process has used, user and system.
func processCPU(b *testing.B) time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		b.Fatal(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
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
	store := newAnsweringStore()
	res := &graph.Resolver{Questions: store, Professions: profession.DefaultTable(), Now: time.Now}
	opts := graphqlOptions{Introspection: true, CostLimit: graph.DefaultCostLimit, DepthLimit: 12, RequestTimeout: 10 * time.Second,
		MaxBodyBytes: defaultMaxBodyBytes, MaxTokens: defaultMaxTokens, QueryCacheBytes: defaultQueryCacheBytes}
	h := routes(verifier.Middleware(newGraphQLHandler(res, opts, nil, newMetrics(), log)), http.NotFoundHandler(), http.NotFoundHandler(), nil, nil, newMetrics(), openRoutes{}, log)
	tok := testToken(b, domain.Principal{Role: domain.RoleAdmin, Subject: "bench"})
	vars := map[string]any{"h": "x:carla", "since": "2026-01-01T00:00:00Z", "until": "2026-07-01T00:00:00Z"}
	for _, q := range []struct{ name, query string }{
		{"typename", `{ __typename }`},
		{"professional", `query($h: String!) { professional(handle: $h) { id name kind firstSeen lastSeen } }`},
		{"partners", `query($h: String!, $since: DateTime, $until: DateTime) { professional(handle: $h) { id partners(since: $since, until: $until, first: 20) {
  totalCount nodes { professional { id } sent { conversational } received { conversational } } } } }`},
		// bench/api's many-object questions, the same selections.
		{"professionLinks", `query($since: DateTime, $until: DateTime) { professionLinks(since: $since, until: $until) { cells { from to ties pairs } professions { profession eiIndex } } }`},
		{"suggestPeers", `query($h: String!, $since: DateTime, $until: DateTime) { suggestPeers(handle: $h, since: $since, until: $until, first: 10) {
  professional { id name } score reasons { mutualPartners { id } sharedChats { id } sharedTopics } } }`},
		{"connectors", `query($since: DateTime, $until: DateTime) { connectors(between: "pharmacist", and: "nurse", since: $since, until: $until, first: 10) {
  professional { id name } brokeredPairs roles { coordinator itinerant gatekeeper representative liaison } partnersBetween partnersAnd } }`},
		{"isolatedMembers", `query($since: DateTime, $until: DateTime) { isolatedMembers(community: "WePharmacists", since: $since, until: $until, first: 20) {
  totalCount nodes { professional { id name } score flags evidence { posts chats repliesReceived partners crossProfessionPartners } } } }`},
	} {
		body, err := json.Marshal(map[string]any{"query": q.query, "variables": vars})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(q.name, func(b *testing.B) {
			b.ReportAllocs()
			// CPU time per request beside the wall time: on a shared machine
			// it moves far less with other work than ns/op does.
			cpu := processCPU(b)
			defer func() { b.ReportMetric(float64(processCPU(b)-cpu)/float64(b.N)/1e3, "cpu-µs/op") }()
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
