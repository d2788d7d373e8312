package readmodel_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/peergraph/peergraph/analysis/analysistest"
	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/readmodel"
)

// randomRows is a small random snapshot with what the connectors count must
// get right: professionals of no profession and of the literal "unknown",
// opt-outs, self-loops, ties both ways and repeated, ties that are not
// conversational or have no times, ties in several chats of several
// communities.
type randomRows struct {
	people []neo4jstore.SnapshotProfessional
	chats  []neo4jstore.SnapshotChat
	ties   []neo4jstore.SnapshotTie
}

var randomProfessions = []string{"nurse", "pharmacist", "doctor", "unknown", ""}

func makeRandomRows(r *rand.Rand, base time.Time) randomRows {
	var rows randomRows
	n := 2 + r.IntN(40)
	for i := range n {
		rows.people = append(rows.people, neo4jstore.SnapshotProfessional{
			ID:         "p" + strconv.Itoa(r.IntN(1000)) + "-" + strconv.Itoa(i),
			Profession: randomProfessions[r.IntN(len(randomProfessions))],
			OptedOut:   r.IntN(10) == 0,
		})
	}
	for i := range 6 {
		rows.chats = append(rows.chats, neo4jstore.SnapshotChat{ID: "c" + strconv.Itoa(i), StartsAt: base,
			Communities: []string{"We" + strconv.Itoa(i%3)}})
	}
	at := func() time.Time {
		if r.IntN(20) == 0 {
			return time.Time{} // a missing time: never in a window
		}
		return base.Add(time.Duration(r.IntN(100)) * 24 * time.Hour)
	}
	density := 0.5 + 5*r.Float64()
	for range int(float64(n) * density) {
		u, v := rows.people[r.IntN(n)].ID, rows.people[r.IntN(n)].ID
		t := neo4jstore.SnapshotTie{From: u, To: v, Conversational: r.IntN(4), FirstAt: at(), LastAt: at()}
		if t.LastAt.Before(t.FirstAt) && !t.LastAt.IsZero() {
			t.FirstAt, t.LastAt = t.LastAt, t.FirstAt
		}
		for range r.IntN(3) {
			t.Chats = append(t.Chats, rows.chats[r.IntN(len(rows.chats))].ID)
		}
		rows.ties = append(rows.ties, t)
	}
	return rows
}

// worldBuilder starts a test world's model with what every world has: its
// communities, professionals and chats.
func worldBuilder(communities []string, people []neo4jstore.SnapshotProfessional, chats []neo4jstore.SnapshotChat) *readmodel.Builder {
	b := readmodel.NewBuilder()
	for _, c := range communities {
		b.Community(neo4jstore.SnapshotCommunity{Name: c})
	}
	for _, p := range people {
		b.Professional(p)
	}
	for _, c := range chats {
		b.Chat(c)
	}
	return b
}

func (rows randomRows) model() *readmodel.Model {
	b := worldBuilder([]string{"We0", "We1", "We2"}, rows.people, rows.chats)
	for _, t := range rows.ties {
		b.Tie(t)
	}
	return b.Finish("random")
}

// reference is the connectors count as the Cypher statement selects the
// ties (cypherConnectors), counted by the brokerage definition, cut to
// q.First.
func (rows randomRows) reference(q domain.ConnectorQuery) []analysistest.Broker {
	person := map[string]neo4jstore.SnapshotProfessional{}
	for _, p := range rows.people {
		person[p.ID] = p
	}
	inCommunity := map[string]bool{}
	for _, c := range rows.chats {
		if slices.Contains(c.Communities, q.Community) {
			inCommunity[c.ID] = true
		}
	}
	profession := func(p neo4jstore.SnapshotProfessional) string {
		if p.Profession == "" {
			return "unknown"
		}
		return p.Profession
	}
	group := map[string]string{}
	var edges []analysistest.Edge
	for _, t := range rows.ties {
		u, v := person[t.From], person[t.To]
		// profession IN $professions: a missing profession is in no list.
		selected := func(p neo4jstore.SnapshotProfessional) bool {
			return p.Profession != "" && (p.Profession == q.Between || p.Profession == q.And)
		}
		if !selected(u) && !selected(v) {
			continue
		}
		if t.Conversational == 0 || t.LastAt.IsZero() || t.FirstAt.IsZero() ||
			t.LastAt.Before(q.Window.Since) || !t.FirstAt.Before(q.Window.Until) {
			continue
		}
		if u.OptedOut || v.OptedOut {
			continue
		}
		if q.Community != "" && !slices.ContainsFunc(t.Chats, func(c string) bool { return inCommunity[c] }) {
			continue
		}
		group[u.ID], group[v.ID] = profession(u), profession(v)
		edges = append(edges, analysistest.Edge{From: u.ID, To: v.ID})
	}
	out := analysistest.Brokerage(edges, group, q.Between, q.And)
	if out = out[:min(len(out), q.First)]; len(out) == 0 {
		return nil
	}
	return out
}

// Model.Connectors gives the definition's answer on the rows the Cypher
// statement selects, on many random graphs and every kind of query.
func TestConnectorsAgreeWithDefinition(t *testing.T) {
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	windows := []domain.Window{
		{Since: base, Until: base.Add(200 * 24 * time.Hour)},
		{Since: base.Add(30 * 24 * time.Hour), Until: base.Add(60 * 24 * time.Hour)},
	}
	pairs := [][2]string{
		{"pharmacist", "nurse"}, {"nurse", "pharmacist"}, {"nurse", "nurse"},
		{"unknown", "nurse"}, {"unknown", "unknown"}, {"doctor", "unknown"},
		{"nurse", "ghost"}, {"ghost", "ghost"}, {"", "nurse"},
	}
	r := rand.New(rand.NewPCG(7, 7))
	compared, answered := 0, 0
	for round := range 400 {
		rows := makeRandomRows(r, base)
		m := rows.model()
		for _, pair := range pairs {
			for _, community := range []string{"", "We1", "WeNowhere"} {
				for _, first := range []int{1, 3, 100} {
					q := domain.ConnectorQuery{Between: pair[0], And: pair[1], Community: community,
						Window: windows[r.IntN(len(windows))], First: first}
					got, want := brokers(m.Connectors(q)), rows.reference(q)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("round %d, %+v:\nConnectors %+v\nreference  %+v", round, q, got, want)
					}
					compared++
					if len(want) > 0 {
						answered++
					}
				}
			}
		}
	}
	// The comparison is worth something only when many answers are not
	// empty.
	if answered < compared/6 {
		t.Errorf("only %d of %d queries had brokers", answered, compared)
	}
}

// brokers is the part of an answer the reference counts.
func brokers(cs []*domain.Connector) []analysistest.Broker {
	var out []analysistest.Broker
	for _, c := range cs {
		out = append(out, analysistest.Broker{ID: c.Professional.ID, Pairs: c.BrokeredPairs, Roles: c.Roles,
			PartnersA: c.PartnersBetween, PartnersB: c.PartnersAnd})
	}
	return out
}

// A request's buffers go back to the model's pool and are reused: asking
// again, or in between about another pair, gives the same answer.
func TestConnectorsReuseBuffers(t *testing.T) {
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	r := rand.New(rand.NewPCG(3, 3))
	rows := makeRandomRows(r, base)
	for len(rows.people) < 30 {
		rows = makeRandomRows(r, base)
	}
	m := rows.model()
	w := domain.Window{Since: base, Until: base.Add(200 * 24 * time.Hour)}
	tests := []domain.ConnectorQuery{
		{Between: "pharmacist", And: "nurse", Window: w, First: 100},
		{Between: "nurse", And: "nurse", Community: "We1", Window: w, First: 100},
		{Between: "doctor", And: "unknown", Window: w, First: 2},
	}
	for i, q := range tests {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			first := m.Connectors(q)
			for _, other := range tests {
				m.Connectors(other)
			}
			if again := m.Connectors(q); !reflect.DeepEqual(first, again) {
				t.Errorf("asked again: %+v\nfirst: %+v", again, first)
			}
		})
	}
}
