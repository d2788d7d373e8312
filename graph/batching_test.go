package graph_test

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/peergraph/peergraph/graph"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
	"github.com/peergraph/peergraph/profession"
)

// callCounter counts the store's round trips to Neo4j.
type callCounter struct {
	mu    sync.Mutex
	calls map[string]int
}

func (c *callCounter) observe(op string, _ time.Duration, _ error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls[op]++
}

// reset starts counting again, and says how many round trips there were
// since the last reset, in all and by operation.
func (c *callCounter) reset() (int, map[string]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := c.calls
	c.calls = map[string]int{}
	total := 0
	for _, n := range out {
		total += n
	}
	return total, out
}

func newClient(t *testing.T, s *neo4jstore.Store) *client.Client {
	svc := serviceOver(t, s)
	res := &graph.Resolver{Questions: svc, Professions: profession.DefaultTable(),
		ProfessionalCursor: neo4jstore.ProfessionalCursor, ChatCursor: neo4jstore.ChatCursor}
	srv := handler.New(graph.NewSchema(res))
	srv.AddTransport(transport.POST{})
	srv.Use(graph.LoaderExtension{Questions: svc})
	srv.SetErrorPresenter(graph.ErrorPresenter(slog.New(slog.DiscardHandler)))
	return client.New(srv, as(admin))
}

// A page of 100 professionals with their accounts, professions and
// communities costs one round trip for the page and one per nested field,
// not one per professional.
func TestNestedQueryIsBatched(t *testing.T) {
	counter := &callCounter{calls: map[string]int{}}
	s := storetest.MustOpenObserved(t, counter.observe)
	ctx := context.Background()
	var roster []neo4jstore.RosterRow
	for i := range 120 {
		id := fmt.Sprintf("x:member%03d", i)
		roster = append(roster, neo4jstore.RosterRow{ID: id, Name: id, Accounts: []string{id, fmt.Sprintf("bsky:member%03d.bsky.social", i)},
			Professions: []string{[]string{"nurse", "pharmacist", "doctor"}[i%3]}, Communities: []string{"WeNurses", "WeMDT"}})
	}
	if err := s.WriteRoster(ctx, roster); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RefreshStale(ctx, 500, nil); err != nil {
		t.Fatal(err)
	}
	c := newClient(t, s)
	counter.reset()

	var resp struct {
		Professionals struct {
			TotalCount int
			Nodes      []struct {
				ID          string
				Accounts    []struct{ Key string }
				Professions []struct{ Profession string }
				Communities []struct{ Name string }
			}
		}
	}
	c.MustPost(`{ professionals(first: 100) { totalCount nodes { id accounts { key } professions { profession } communities { name } } } }`, &resp)
	if got := len(resp.Professionals.Nodes); got != 100 {
		t.Fatalf("got %d professionals, want 100", got)
	}
	n := resp.Professionals.Nodes[7]
	if len(n.Accounts) != 2 || len(n.Professions) != 1 || len(n.Communities) != 2 || resp.Professionals.TotalCount != 120 {
		t.Errorf("professional %+v, total %d", n, resp.Professionals.TotalCount)
	}
	total, calls := counter.reset()
	// professionals, professionals.count and one batch for the accounts (the
	// professions and communities are the read model's).
	if total > 3 {
		t.Errorf("the query cost %d round trips (%v), want at most 3", total, calls)
	}
}

// A professional found by handle, with their professions, communities and
// partners, costs no round trip to Neo4j: the handle, the professional,
// their claims, communities and partners all come from the read model.
func TestAProfessionalPageAsksNoNeo4j(t *testing.T) {
	counter := &callCounter{calls: map[string]int{}}
	s := storetest.MustOpenObserved(t, counter.observe)
	ctx := context.Background()
	roster := []neo4jstore.RosterRow{
		{ID: "x:ann", Name: "Ann", Accounts: []string{"x:ann"}, Professions: []string{"pharmacist"}, Communities: []string{"WePharmacists", "WeMDT"}},
		{ID: "x:bo", Name: "Bo", Accounts: []string{"x:bo"}, Professions: []string{"nurse"}, Communities: []string{"WeNurses"}},
	}
	if err := s.WriteRoster(ctx, roster); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RefreshStale(ctx, 500, nil); err != nil {
		t.Fatal(err)
	}
	c := newClient(t, s)
	counter.reset()

	var resp struct {
		Professional struct {
			ID, Name    string
			Professions []struct{ Profession string }
			Communities []struct{ Name string }
			Partners    struct {
				Nodes []struct{ Professional struct{ ID string } }
			}
		}
	}
	if err := c.Post(`{ professional(handle: "x:ann") { id name professions { profession } communities { name }
  partners(since: "2000-01-01T00:00:00Z", first: 20) { nodes { professional { id } } } } }`, &resp); err != nil {
		t.Fatal(err)
	}
	p := resp.Professional
	if len(p.Professions) != 1 || p.Professions[0].Profession != "pharmacist" ||
		len(p.Communities) != 2 || p.Communities[0].Name != "WeMDT" || p.Communities[1].Name != "WePharmacists" {
		t.Errorf("ann = %+v, want pharmacist in WeMDT and WePharmacists", p)
	}
	total, calls := counter.reset()
	if total != 0 {
		t.Errorf("the query cost %d round trips (%v), want none", total, calls)
	}
}

// A page of 100 professionals with their professions, communities,
// partners (and the partners' professions) and chats (with their
// summaries) costs one round trip per field, however many professionals
// and partners there are.
func TestNestedPartnersAreBatched(t *testing.T) {
	counter := &callCounter{calls: map[string]int{}}
	s := storetest.MustOpenObserved(t, counter.observe)
	ctx := context.Background()
	const n = 120
	var roster []neo4jstore.RosterRow
	var accounts []neo4jstore.AccountRow
	var posts []neo4jstore.PostRow
	chatStart := time.Now().UTC().Add(-48 * time.Hour).Truncate(time.Hour)
	if err := s.WriteChats(ctx, []neo4jstore.ChatRow{{ID: "wemdt-test", Community: "WeMDT", Hashtag: "wemdt", Topic: "Teamwork",
		StartsAt: chatStart, EndsAt: chatStart.Add(time.Hour), Source: "catalogue"}}); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		id := fmt.Sprintf("x:member%03d", i)
		roster = append(roster, neo4jstore.RosterRow{ID: id, Name: id, Accounts: []string{id},
			Professions: []string{[]string{"nurse", "pharmacist", "doctor"}[i%3]}, Communities: []string{"WeNurses", "WeMDT"}})
		accounts = append(accounts, neo4jstore.AccountRow{Key: id, Platform: "x", Handle: id[2:], Name: id, ProfileAt: chatStart})
		// Each member mentions the next two: every member has four partners.
		posts = append(posts, neo4jstore.PostRow{ID: fmt.Sprintf("x:%d", i), Platform: "x", Author: id, Text: "teamwork #WeMDT",
			CreatedAt: chatStart.Add(time.Duration(i) * time.Second), Hashtags: []string{"wemdt"}, Chat: "wemdt-test",
			Mentions: []string{fmt.Sprintf("x:member%03d", (i+1)%n), fmt.Sprintf("x:member%03d", (i+2)%n)}})
	}
	if err := s.WriteRoster(ctx, roster); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WritePosts(ctx, accounts, posts, 24*time.Hour); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RefreshStale(ctx, 500, nil); err != nil {
		t.Fatal(err)
	}
	c := newClient(t, s)
	counter.reset()

	var resp struct {
		Professionals struct {
			Nodes []struct {
				ID          string
				Professions []struct{ Profession string }
				Communities []struct{ Name string }
				Partners    struct {
					TotalCount int
					Nodes      []struct {
						Professional struct {
							ID          string
							Professions []struct{ Profession string }
						}
						Sent struct{ Conversational int }
					}
				}
				Chats struct {
					Nodes []struct {
						ID      string
						Summary struct{ Posts int }
					}
				}
			}
		}
	}
	c.MustPost(`{ professionals(first: 100) { nodes { id professions { profession } communities { name }
		partners(first: 10) { totalCount nodes { professional { id professions { profession } } sent { conversational } } }
		chats { nodes { id summary { posts } } } } } }`, &resp)
	nodes := resp.Professionals.Nodes
	if len(nodes) != 100 {
		t.Fatalf("got %d professionals, want 100", len(nodes))
	}
	p := nodes[7]
	if p.Partners.TotalCount != 4 || len(p.Partners.Nodes) != 4 || len(p.Partners.Nodes[0].Professional.Professions) != 1 ||
		len(p.Chats.Nodes) != 1 || p.Chats.Nodes[0].Summary.Posts != n || len(p.Communities) != 2 {
		t.Errorf("professional %+v", p)
	}
	total, calls := counter.reset()
	// The page of professionals, their chats and the chats' summaries (the
	// professions, communities and partners are the read model's).
	if total > 3 {
		t.Errorf("the query cost %d round trips (%v), want at most 3", total, calls)
	}
	t.Logf("round trips: %d %v", total, calls)
}
