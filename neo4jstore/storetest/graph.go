package storetest

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/readmodel"
)

// Graph reads the test Neo4j (the one MustOpen opened: NEO4J_URI and
// friends) outside the store, for tests that look at the graph itself or
// compare with statements of their own.
type Graph struct {
	driver   neo4j.DriverWithContext
	database string
}

// OpenGraph connects to the test Neo4j until the test ends.
func OpenGraph(t testing.TB) *Graph {
	t.Helper()
	cfg, err := neo4jstore.ConfigFromEnv(os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	return OpenGraphAt(t, cfg)
}

// OpenGraphAt connects to the Neo4j cfg names until the test ends: a
// second database a test started itself.
func OpenGraphAt(t testing.TB, cfg neo4jstore.Config) *Graph {
	t.Helper()
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { driver.Close(context.Background()) })
	return &Graph{driver: driver, database: cfg.Database}
}

// Rows runs a read statement and returns its records as maps.
func (g *Graph) Rows(t testing.TB, cypher string, params map[string]any) []map[string]any {
	t.Helper()
	records := g.records(t, cypher, params)
	out := make([]map[string]any, len(records))
	for i, r := range records {
		out[i] = r.AsMap()
	}
	return out
}

// MustWrite runs a write statement: for tests that change the graph
// behind the store's back.
func (g *Graph) MustWrite(t testing.TB, cypher string, params map[string]any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if _, err := neo4j.ExecuteQuery(ctx, g.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(g.database)); err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
}

// Profile runs a statement with PROFILE prefixed, in a transaction that is
// rolled back, and returns its plan with what each operator did: for tests
// of the plans Neo4j makes. (PROFILE, not EXPLAIN: the driver's plain plans
// lose their children; v5.28.4's plan.Children takes the address of its
// loop variable, the bug neo4j-go-driver PR #249 fixed for profiles only.)
func (g *Graph) Profile(t testing.TB, cypher string, params map[string]any) (neo4j.ProfiledPlan, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	session := g.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: g.database})
	defer session.Close(ctx)
	tx, err := session.BeginTransaction(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(ctx)
	res, err := tx.Run(ctx, "PROFILE "+cypher, params)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, err
	}
	return sum.Profile(), nil
}

func (g *Graph) records(t testing.TB, cypher string, params map[string]any) []*neo4j.Record {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, g.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(g.database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	return res.Records
}

// Tie is one derived TALKED_WITH: From addressed To.
type Tie struct {
	From, To                           string
	Replies, Mentions, Quotes, Reposts int
	FirstAt, LastAt                    time.Time
	Chats                              []string
}

// Ties returns the ties the given professionals made, by from then to.
func (g *Graph) Ties(t testing.TB, ids []string) []Tie {
	t.Helper()
	var out []Tie
	for _, r := range g.Rows(t, `
UNWIND $ids AS id
MATCH (a:Professional {id: id})-[t:TALKED_WITH]->(b:Professional)
RETURN a.id AS from, b.id AS to, t.replies AS replies, t.mentions AS mentions, t.quotes AS quotes, t.reposts AS reposts,
       t.firstAt AS firstAt, t.lastAt AS lastAt, t.chats AS chats
ORDER BY from, to`, map[string]any{"ids": ids}) {
		out = append(out, Tie{From: r["from"].(string), To: r["to"].(string),
			Replies: Int(r["replies"]), Mentions: Int(r["mentions"]), Quotes: Int(r["quotes"]), Reposts: Int(r["reposts"]),
			FirstAt: Time(r["firstAt"]), LastAt: Time(r["lastAt"]), Chats: Strings(r["chats"])})
	}
	return out
}

// Participant is one derived TOOK_PART of a chat.
type Participant struct {
	Professional                             string
	Posts, RepliesReceived, MentionsReceived int
	Role                                     string
	FirstAt, LastAt                          time.Time
}

// Participation returns who took part in a chat and how, by professional.
func (g *Graph) Participation(t testing.TB, chatID string) []Participant {
	t.Helper()
	var out []Participant
	for _, r := range g.Rows(t, `
MATCH (:Chat {id: $id})<-[t:TOOK_PART]-(p:Professional)
RETURN p.id AS id, t.posts AS posts, t.repliesReceived AS replies, t.mentionsReceived AS mentions, t.role AS role,
       t.firstAt AS firstAt, t.lastAt AS lastAt
ORDER BY id`, map[string]any{"id": chatID}) {
		out = append(out, Participant{Professional: r["id"].(string), Posts: Int(r["posts"]),
			RepliesReceived: Int(r["replies"]), MentionsReceived: Int(r["mentions"]), Role: r["role"].(string),
			FirstAt: Time(r["firstAt"]), LastAt: Time(r["lastAt"])})
	}
	return out
}

// Int reads an integer value of a row (0 for null).
func Int(v any) int {
	n, _ := v.(int64)
	return int(n)
}

// Time reads a DATETIME value of a row (the zero time for null).
func Time(v any) time.Time {
	t, _ := v.(time.Time)
	return t.UTC()
}

// Strings reads a list of strings of a row.
func Strings(v any) []string {
	raw, _ := v.([]any)
	out := make([]string, 0, len(raw))
	for _, x := range raw {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// ByHandle finds the professional behind a handle as the server does,
// from a read model of the graph as it is now (opted-out professionals
// are not found).
func ByHandle(t testing.TB, s *neo4jstore.Store, handle string) (*domain.Professional, error) {
	t.Helper()
	return modelOf(t, s).ByHandle(handle, false)
}

// ResolveHandle is ByHandle that finds opted-out professionals too, as the
// access rules and opting back in do.
func ResolveHandle(t testing.TB, s *neo4jstore.Store, handle string) (*domain.Professional, error) {
	t.Helper()
	return modelOf(t, s).ByHandle(handle, true)
}

// ProfessionsAndCommunities is each professional's profession claims and
// communities as the server answers them, from a read model of the graph
// as it is now.
func ProfessionsAndCommunities(t testing.TB, s *neo4jstore.Store, ids ...string) map[string]*domain.ProfessionsAndCommunities {
	t.Helper()
	return modelOf(t, s).ProfessionsAndCommunities(ids)
}

func modelOf(t testing.TB, s *neo4jstore.Store) *readmodel.Model {
	t.Helper()
	b := readmodel.NewBuilder()
	version, err := s.ReadSnapshot(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	return b.Finish(version)
}

// CountNodes counts the nodes with a label (from Neo4j's count store:
// cheap enough to poll while a load runs).
func (g *Graph) CountNodes(ctx context.Context, label string) (int64, error) {
	res, err := neo4j.ExecuteQuery(ctx, g.driver, "MATCH (n:"+quoteLabel(label)+") RETURN count(n) AS n", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(g.database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return 0, err
	}
	n, _, err := neo4j.GetRecordValue[int64](res.Records[0], "n")
	return n, err
}

// quoteLabel quotes a label for Cypher, which takes no label as a
// parameter.
func quoteLabel(label string) string { return "`" + strings.ReplaceAll(label, "`", "``") + "`" }
