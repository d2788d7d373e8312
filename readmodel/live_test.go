package readmodel_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/loader/generate"
	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
	"github.com/peergraph/peergraph/readmodel"
)

var (
	scenarioNow    = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	scenarioWindow = domain.Window{Since: scenarioNow.Add(-domain.DefaultWindow), Until: scenarioNow}
	// The whole ranking: the scenario's community has fewer members.
	pharmacistsIsolation = domain.IsolationQuery{Community: "WePharmacists", Window: scenarioWindow, Page: domain.Page{First: domain.MaxPageSize}}
)

// countingSnapshots counts the snapshots a live model reads, to tell a
// change taken in from a rebuild.
type countingSnapshots struct {
	readmodel.Snapshots
	mu sync.Mutex
	n  int
}

func (c *countingSnapshots) ReadSnapshot(ctx context.Context, sink neo4jstore.SnapshotSink) (string, error) {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	return c.Snapshots.ReadSnapshot(ctx, sink)
}

func (c *countingSnapshots) reads() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func flagsOf(t *testing.T, reports *domain.IsolationConnection, id string) []domain.IsolationFlag {
	t.Helper()
	if reports.PageInfo.HasNextPage {
		t.Fatalf("the scenario's ranking has more than one page (%d reports)", reports.TotalCount)
	}
	for _, r := range reports.Nodes {
		if r.Professional.ID == id {
			return r.Flags
		}
	}
	return nil
}

func load(t *testing.T, s *neo4jstore.Store, files ...string) {
	t.Helper()
	if _, err := ingest.Run(context.Background(), s, files, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
}

// A load after the model was built is taken in by the next update, from
// the rows it changed (no snapshot), into a new model; the old one, which
// requests may still hold, answers as before. The new model answers as a
// model built from a snapshot does, and as Cypher does.
func TestLoadIsTakenInPlace(t *testing.T) {
	ctx := context.Background()
	s := storetest.MustOpen(t)
	load(t, s, scenarioFiles()...)
	snaps := &countingSnapshots{Snapshots: s}
	live := readmodel.NewLive(ctx, s, snaps, slog.New(slog.DiscardHandler))
	if err := live.Build(ctx); err != nil {
		t.Fatal(err)
	}
	before := mustCurrent(t, live)
	iso, err := before.IsolatedMembers(pharmacistsIsolation)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(flagsOf(t, iso, "x:newt"), domain.FlagNoPartners) {
		t.Fatalf("newt before the load: %v", flagsOf(t, iso, "x:newt"))
	}

	// pam answers newt: newt has a partner now.
	posts := filepath.Join(t.TempDir(), "more.jsonl")
	if err := os.WriteFile(posts, []byte(`{"id": "x:54", "author": "x:pam", "text": "welcome newt! #WePh", "created_at": "2026-05-14T20:25:00Z", "hashtags": ["weph"], "reply_to": "x:51", "reply_to_account": "x:newt", "platform": "x"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	load(t, s, posts)
	if f := live.Freshness(before); f.Behind {
		t.Fatalf("before an update the model has not read the change log: %+v", f)
	}
	if err := live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	after := mustCurrent(t, live)
	if after == before || snaps.reads() != 1 {
		t.Fatalf("the load was not taken in place: same model %v, %d snapshots read", after == before, snaps.reads())
	}
	got, err := after.IsolatedMembers(pharmacistsIsolation)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(flagsOf(t, got, "x:newt"), domain.FlagNoPartners) {
		t.Errorf("newt after the load: %v", flagsOf(t, got, "x:newt"))
	}
	g := storetest.OpenGraph(t)
	want, err := cypherIsolatedMembers(t, g, pharmacistsIsolation)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after the load:\n model  %s\n cypher %s", isolationString(got), isolationString(want))
	}
	// The old model is untouched.
	if again, _ := before.IsolatedMembers(pharmacistsIsolation); !reflect.DeepEqual(again, iso) {
		t.Error("the model requests held before the update changed under them")
	}
	sameAsSnapshot(t, s, after, scenarioWindow)
}

// sameAsSnapshot checks that m answers as a model built from a snapshot of
// the graph now: every question over every profession, community and
// person the graph has.
func sameAsSnapshot(t *testing.T, s *neo4jstore.Store, m *readmodel.Model, w domain.Window) {
	t.Helper()
	ctx := context.Background()
	b := readmodel.NewBuilder()
	version, err := s.ReadSnapshot(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	fresh := b.Finish(version)
	if fresh.Version != m.Version {
		t.Fatalf("the graph moved on: %s, the model is at %s", fresh.Version, m.Version)
	}
	if gs, fs := m.Size(), fresh.Size(); gs.Ties != fs.Ties || gs.Acts != fs.Acts || gs.Parts != fs.Parts {
		t.Errorf("sizes: patched %+v, from a snapshot %+v", gs, fs)
	}
	f := factsOf(t, s)
	if got, want := m.Communities(), fresh.Communities(); !reflect.DeepEqual(got, want) {
		t.Errorf("communities:\n patched  %s\n snapshot %s", communitiesString(got), communitiesString(want))
	}
	pages, freshPages := m.ProfessionsAndCommunities(f.people), fresh.ProfessionsAndCommunities(f.people)
	for _, id := range f.people {
		if !reflect.DeepEqual(pages[id], freshPages[id]) {
			t.Errorf("%s's professions and communities:\n patched  %s\n snapshot %s", id, pageString(pages[id]), pageString(freshPages[id]))
		}
	}
	windows := []domain.Window{w, {Since: w.Since.AddDate(-1, 0, 0), Until: w.Until.AddDate(0, 0, 1)}}
	for _, win := range windows {
		for _, a := range f.professions {
			for _, b := range f.professions {
				for _, c := range append([]string{""}, f.communities...) {
					q := domain.ConnectorQuery{Between: a, And: b, Community: c, Window: win, First: 100}
					if got, want := m.Connectors(q), fresh.Connectors(q); !reflect.DeepEqual(got, want) {
						t.Errorf("connectors %+v:\n patched  %s\n snapshot %s", q, connectorsString(got), connectorsString(want))
					}
				}
			}
		}
		for _, c := range append([]string{""}, f.communities...) {
			q := domain.PeerQuery{Window: win, Community: c, First: 100}
			if got, want := suggestionsString(m.SuggestPeers(f.people, q)), suggestionsString(fresh.SuggestPeers(f.people, q)); got != want {
				t.Errorf("suggestPeers %+v:\n patched  %s\n snapshot %s", q, got, want)
			}
			lq := domain.LinkQuery{Community: c, Window: win, Interval: domain.IntervalMonth}
			got, gotErr := m.ProfessionLinks(lq)
			want, wantErr := fresh.ProfessionLinks(lq)
			if !reflect.DeepEqual(got, want) || !errors.Is(gotErr, wantErr) && gotErr != wantErr && gotErr.Error() != wantErr.Error() {
				t.Errorf("professionLinks %+v:\n patched  %s\n snapshot %s", lq, linksString(got), linksString(want))
			}
			if c == "" {
				continue
			}
			iq := domain.IsolationQuery{Community: c, Window: win, Page: domain.Page{First: domain.MaxPageSize}}
			gi, _ := m.IsolatedMembers(iq)
			fi, _ := fresh.IsolatedMembers(iq)
			if !reflect.DeepEqual(gi, fi) {
				t.Errorf("isolatedMembers %+v:\n patched  %s\n snapshot %s", iq, isolationString(gi), isolationString(fi))
			}
		}
	}
}

func factsOf(t *testing.T, s *neo4jstore.Store) facts {
	t.Helper()
	return worldFacts(t, &world{store: s, graph: storetest.OpenGraph(t)})
}

// A roster and a catalogue loaded after the model was built reach it in
// place: a new profession claim and a new community (its hashtag guessed
// from the roster), then the catalogue's own hashtag and host for it.
func TestRosterAndCatalogueTakenInPlace(t *testing.T) {
	ctx := context.Background()
	s := storetest.MustOpen(t)
	load(t, s, scenarioFiles()...)
	live := readmodel.NewLive(ctx, s, s, slog.New(slog.DiscardHandler))
	if err := live.Build(ctx); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	update := func() *readmodel.Model {
		t.Helper()
		if err := live.Update(ctx); err != nil {
			t.Fatal(err)
		}
		return mustCurrent(t, live)
	}

	load(t, s, write("roster.csv", "accounts,name,professions,communities,opted_out\n"+
		"x:phil,Phil Counter,Pharmacist;Nurse,WePharmacists;WeNightShift,false\n"))
	m := update()
	night := m.CommunitiesByName([]string{"WeNightShift"})["WeNightShift"]
	if night == nil || night.Hashtag == "" || night.Members != 1 {
		t.Fatalf("the roster's new community in the model: %+v", night)
	}
	phil := m.ProfessionsAndCommunities([]string{"x:phil"})["x:phil"]
	if phil == nil || len(phil.Professions) != 2 || len(phil.Communities) != 2 {
		t.Errorf("phil after the roster: %s", pageString(phil))
	}
	sameAsSnapshot(t, s, m, scenarioWindow)

	load(t, s, write("catalogue.csv", "community,hashtag,topic,host,start,duration\n"+
		"WeNightShift,#NightShiftChat,Handover at night,x:phil,2026-05-20T20:00:00Z,60\n"))
	m = update()
	night = m.CommunitiesByName([]string{"WeNightShift"})["WeNightShift"]
	if night == nil || night.Hashtag == "#wenightshift" || night.Account == "" || night.Chats != 1 {
		t.Fatalf("the catalogue's community in the model: %+v", night)
	}
	sameAsSnapshot(t, s, m, scenarioWindow)
	want := cypherProfessionsAndCommunities(t, storetest.OpenGraph(t), []string{"x:phil"})["x:phil"]
	if got := m.ProfessionsAndCommunities([]string{"x:phil"})["x:phil"]; !reflect.DeepEqual(got, want) {
		t.Errorf("phil:\n model  %s\n cypher %s", pageString(got), pageString(want))
	}
}

// A generated world loaded in two parts: the second part's changes taken
// in place give the model a snapshot gives, question for question (new
// ties, ties that grew, answers that found the posts they answer, chats
// with new participants, new professionals).
func TestTwoLoadsTakenInPlace(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := generate.Generate(ctx, generate.Config{Members: 150, Months: 3, Seed: 5, Out: dir}); err != nil {
		t.Fatal(err)
	}
	all, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	var first, second []string
	for _, f := range all {
		switch base := filepath.Base(f); {
		case base == "catalogue.csv", base == "roster.csv", strings.HasPrefix(base, "bsky"), strings.HasPrefix(base, "mastodon-healthcare"):
			first = append(first, f)
		default:
			second = append(second, f)
		}
	}
	s := storetest.MustOpen(t)
	load(t, s, first...)
	snaps := &countingSnapshots{Snapshots: s}
	live := readmodel.NewLive(ctx, s, snaps, slog.New(slog.DiscardHandler))
	if err := live.Build(ctx); err != nil {
		t.Fatal(err)
	}
	before := mustCurrent(t, live)
	load(t, s, second...)
	if err := live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	after := mustCurrent(t, live)
	if after == before || snaps.reads() != 1 {
		t.Fatalf("the second load was not taken in place: same model %v, %d snapshots read", after == before, snaps.reads())
	}
	if b, a := before.Size(), after.Size(); a.Ties <= b.Ties || a.Acts <= b.Acts || a.Parts <= b.Parts {
		t.Fatalf("the second load added nothing: %+v, then %+v", b, a)
	}
	rows := storetest.OpenGraph(t).Rows(t, `MATCH (ch:Chat) RETURN max(ch.endsAt) AS t`, nil)
	now := storetest.Time(rows[0]["t"])
	sameAsSnapshot(t, s, after, domain.Window{Since: now.Add(-domain.DefaultWindow), Until: now})
}

// An opt-out through the server (Override) hides the person at once, and
// the change that brings the same row keeps them hidden; opting back in
// shows them again.
func TestOptOutIsImmediate(t *testing.T) {
	ctx := context.Background()
	w := loadWorld(t, scenarioFiles())
	q := domain.ConnectorQuery{Between: "pharmacist", And: "nurse", Window: scenarioWindow, First: 10}
	ids := func() []string {
		var out []string
		for _, c := range w.live.Model().Connectors(q) {
			out = append(out, c.Professional.ID)
		}
		return out
	}
	if got := ids(); !slices.Contains(got, "x:pam") {
		t.Fatalf("connectors before = %v", got)
	}
	lq := domain.LinkQuery{Window: scenarioWindow, Interval: domain.IntervalMonth}
	links := func() []*domain.ProfessionLinkPeriod {
		t.Helper()
		got, err := w.live.Model().ProfessionLinks(lq)
		if err != nil {
			t.Fatal(err)
		}
		want, err := cypherProfessionLinks(t, w.graph, lq)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("professionLinks: the model and Cypher differ:\n model  %s\n cypher %s", linksString(got), linksString(want))
		}
		return got
	}
	linksBefore := links()
	optOut := func(optedOut bool) {
		t.Helper()
		v, err := w.store.SetOptOutVersion(ctx, "x:pam", optedOut)
		if err != nil {
			t.Fatal(err)
		}
		w.live.Override("x:pam", optedOut, v)
	}
	optOut(true)
	// At once: her acts, and those addressed to her, leave the matrix.
	if reflect.DeepEqual(links(), linksBefore) {
		t.Error("professionLinks did not change when pam opted out")
	}
	if got := ids(); slices.Contains(got, "x:pam") {
		t.Errorf("pam opted out but still a connector: %v", got)
	}
	peers := w.live.Model().SuggestPeers([]string{"x:newt", "x:priya", "x:ned"}, domain.PeerQuery{Window: scenarioWindow, First: 100})
	for who, ps := range peers {
		for _, p := range ps {
			if p.Professional.ID == "x:pam" {
				t.Errorf("pam suggested to %s", who)
			}
		}
	}
	// The change itself keeps her hidden, and the model is current.
	if err := w.live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	mustCurrent(t, w.live)
	if got := ids(); slices.Contains(got, "x:pam") {
		t.Errorf("pam reappeared when her change was taken in: %v", got)
	}
	optOut(false)
	if got := ids(); !slices.Contains(got, "x:pam") {
		t.Errorf("pam opted back in but no connector: %v", got)
	}
	if err := w.live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	if got := links(); !reflect.DeepEqual(got, linksBefore) {
		t.Errorf("professionLinks after pam opted back in:\n %s\n want %s", linksString(got), linksString(linksBefore))
	}
	if got, want := w.live.Model().Connectors(q), cypherConnectors(t, w.graph, q); !reflect.DeepEqual(got, want) {
		t.Errorf("after opting back in:\n model  %s\n cypher %s", connectorsString(got), connectorsString(want))
	}
}

// A roster that opts someone out is a change naming them, taken in at
// once, before the refresh of the rest of its load.
func TestRosterOptOutIsAChange(t *testing.T) {
	ctx := context.Background()
	w := loadWorld(t, scenarioFiles())
	c, err := w.store.ChangesSince(ctx, w.live.Model().Version)
	if err != nil || len(c.Professionals) != 0 || c.Pending {
		t.Fatalf("changes before the roster: %+v %v", c, err)
	}
	pam := neo4jstore.RosterRow{ID: "x:pam", Name: "Pam Broker", Accounts: []string{"x:pam"}, Professions: []string{"pharmacist"},
		Communities: []string{"WePharmacists", "WeMDT"}, OptedOut: true}
	if err := w.store.WriteRoster(ctx, []neo4jstore.RosterRow{pam}); err != nil {
		t.Fatal(err)
	}
	c, err = w.store.ChangesSince(ctx, w.live.Model().Version)
	if err != nil || !c.Complete || !slices.Equal(c.Professionals, []string{"x:pam"}) || !c.Pending {
		t.Fatalf("the roster's change: %+v %v; want pam named, and the graph pending its refresh", c, err)
	}
	if err := w.live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	m := w.live.Model()
	for _, conn := range m.Connectors(domain.ConnectorQuery{Between: "pharmacist", And: "nurse", Window: scenarioWindow, First: 10}) {
		if conn.Professional.ID == "x:pam" {
			t.Error("pam opted out in the roster but is still a connector")
		}
	}
	if f := w.live.Freshness(m); !f.Behind || !strings.Contains(f.Reason, "not yet refreshed") {
		t.Errorf("freshness with the roster's refresh pending = %+v", f)
	}
	// The refresh brings the rest, and the model is current again.
	if _, err := w.store.RefreshStale(ctx, 100, nil); err != nil {
		t.Fatal(err)
	}
	if err := w.live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	sameAsSnapshot(t, w.store, mustCurrent(t, w.live), scenarioWindow)
}

// A chat new to the model (detected from a burst of its hashtag in a live
// load) comes with the acts made in it, even when the refresh of its
// authors is taken in before the refresh of the chat: the acts count in
// the chat's community, and the chat's own change later finds it where it
// was put (no rebuild).
func TestNewChatComesWithItsActs(t *testing.T) {
	ctx := context.Background()
	s := storetest.MustOpen(t)
	load(t, s, scenarioFiles()...)
	snaps := &countingSnapshots{Snapshots: s}
	live := readmodel.NewLive(ctx, s, snaps, slog.New(slog.DiscardHandler))
	if err := live.Build(ctx); err != nil {
		t.Fatal(err)
	}
	before := mustCurrent(t, live)
	sameNewestChat(t, s, before)
	// Forty posts in #WePh on an evening with no catalogued chat.
	people := []string{"x:pam", "x:phil", "x:priya", "x:newt"}
	var b strings.Builder
	start := time.Date(2026, 6, 11, 20, 0, 0, 0, time.UTC)
	for i := range 40 {
		fmt.Fprintf(&b, `{"id": "x:7%04d", "author": %q, "text": "A%d #WePh", "created_at": %q, "hashtags": ["weph"], "platform": "x"`,
			i, people[i%len(people)], i, start.Add(time.Duration(i)*time.Minute).Format(time.RFC3339))
		if i > 0 {
			fmt.Fprintf(&b, `, "reply_to": "x:7%04d", "reply_to_account": %q`, i-1, people[(i-1)%len(people)])
		}
		b.WriteString("}\n")
	}
	posts := filepath.Join(t.TempDir(), "live.jsonl")
	if err := os.WriteFile(posts, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	load(t, s, posts)
	c, err := s.ChangesSince(ctx, before.Version)
	if err != nil || len(c.Chats) != 1 {
		t.Fatalf("the load's changes: %+v %v; want one chat", c, err)
	}
	// The authors' change first, alone, as a patch made between the two
	// refresh batches would take it.
	rows, err := s.ReadChanged(ctx, c.Professionals, nil, neo4jstore.Known{Professional: before.Knows, Chat: before.KnowsChat})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows.Chats) != 1 {
		t.Fatalf("the authors' rows bring %d chats, want the new one", len(rows.Chats))
	}
	p := readmodel.Patch(before, c.Professionals, nil)
	p.Apply(rows)
	half := p.Finish("half")
	w := domain.Window{Since: start.Add(-time.Hour), Until: start.Add(2 * time.Hour)}
	links, err := half.ProfessionLinks(domain.LinkQuery{Community: "WePharmacists", Window: w})
	if err != nil || linksCells(links) == 0 {
		t.Errorf("the new chat's acts in its community, after the authors' change alone: %s %v", linksString(links), err)
	}
	// The whole change, as the live model takes it: no rebuild, and the
	// model a snapshot gives.
	if err := live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	if snaps.reads() != 1 {
		t.Errorf("the new chat made the model read %d snapshots", snaps.reads())
	}
	after := mustCurrent(t, live)
	sameAsSnapshot(t, s, after, w)
	// Default windows now end after the new chat.
	if end := sameNewestChat(t, s, after); !end.After(start) {
		t.Errorf("the newest chat ended %v, before the new chat's start %v", end, start)
	}
}

// sameNewestChat is where the model's default windows end from, checked
// against Neo4j's newest chat.
func sameNewestChat(t *testing.T, s *neo4jstore.Store, m *readmodel.Model) time.Time {
	t.Helper()
	want, err := domain.NewestChatEnd(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.NewestChatEnd(); !got.Equal(want) || got.IsZero() {
		t.Errorf("the model's newest chat ended %v, Neo4j's %v", got, want)
	}
	return want
}

// Changed wakes those waiting on it each time another model takes the
// current one's place, and not before: the live chat view pushes on it.
func TestChangedIsClosedWhenAModelIsInstalled(t *testing.T) {
	ctx := context.Background()
	s := storetest.MustOpen(t)
	load(t, s, scenarioFiles()...)
	live := readmodel.NewLive(ctx, s, s, slog.New(slog.DiscardHandler))
	first := live.Changed()
	if err := live.Build(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case <-first:
	default:
		t.Fatal("the first model was installed and Changed was not closed")
	}
	next := live.Changed()
	if err := live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case <-next:
		t.Fatal("Changed was closed though nothing changed")
	default:
	}
	posts := filepath.Join(t.TempDir(), "more.jsonl")
	if err := os.WriteFile(posts, []byte(`{"id": "x:54", "author": "x:pam", "text": "welcome newt! #WePh", "created_at": "2026-05-14T20:25:00Z", "hashtags": ["weph"], "reply_to": "x:51", "reply_to_account": "x:newt", "platform": "x"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	load(t, s, posts)
	if err := live.Update(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case <-next:
	case <-time.After(10 * time.Second):
		t.Fatal("a change was taken in and Changed was not closed")
	}
}
