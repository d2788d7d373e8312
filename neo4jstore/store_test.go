package neo4jstore_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
	"github.com/peergraph/peergraph/profession"
)

var chatStart = time.Date(2024, 3, 14, 20, 0, 0, 0, time.UTC)

func at(minutes int) time.Time { return chatStart.Add(time.Duration(minutes) * time.Minute) }

func account(key string) neo4jstore.AccountRow {
	a := domain.AccountFromKey(key)
	return neo4jstore.AccountRow{Key: key, Platform: a.Platform, Handle: a.Handle}
}

func author(key, name, bio, profession string, seen time.Time) neo4jstore.AccountRow {
	a := account(key)
	a.Name, a.Bio, a.ProfileAt, a.Profession, a.Confidence = name, bio, seen, profession, 0.9
	return a
}

// loadScenario writes a small #WePh chat where every derived figure is
// known in advance, in two batches whose order puts a reply before the post
// it answers.
func loadScenario(t *testing.T, s *neo4jstore.Store) {
	t.Helper()
	ctx := context.Background()
	must(t, s.WriteChats(ctx, []neo4jstore.ChatRow{{
		ID: "weph-20240314", Community: "WePharmacists", Hashtag: "weph", Topic: "Teamwork",
		Host: "x:wepharmacists", StartsAt: chatStart, EndsAt: at(60), Source: "catalogue",
	}}))
	must(t, s.WriteRoster(ctx, []neo4jstore.RosterRow{
		{ID: "x:ann", Name: "Ann Pharm", Accounts: []string{"x:ann", "bsky:ann.bsky.social"},
			Professions: []string{"pharmacist"}, Communities: []string{"WePharmacists"}},
		{ID: "x:carla", Name: "Carla Nurse", Accounts: []string{"x:carla"}, Professions: []string{"nurse"}},
		{ID: "x:olga", Name: "Olga Hidden", Accounts: []string{"x:olga"}, Professions: []string{"nurse"}, OptedOut: true},
	}))
	grace := 24 * time.Hour
	mustWrite(t)(s.WritePosts(ctx,
		[]neo4jstore.AccountRow{
			author("x:wepharmacists", "WePharmacists", "Official account of #WePharmacists", "organisation", at(1)),
			author("x:ann", "Ann", "MRPharmS", "pharmacist", at(5)),
			author("bsky:ann.bsky.social", "Ann", "pharmacist", "pharmacist", at(600)),
			author("x:carla", "Carla", "RGN", "nurse", at(10)),
			author("x:bob", "Bob", "Staff nurse, RGN", "nurse", at(20)),
			author("x:dan", "Dan", "", "unknown", at(30)),
		},
		[]neo4jstore.PostRow{
			{ID: "x:1", Platform: "x", Author: "x:wepharmacists", Text: "Q1 What makes a team? #WePh", CreatedAt: at(1), Hashtags: []string{"weph"}, Chat: "weph-20240314"},
			{ID: "x:2", Platform: "x", Author: "x:ann", Text: "@WePharmacists @carla trust #WePh", CreatedAt: at(5),
				ReplyTo: "x:1", Mentions: []string{"x:wepharmacists", "x:carla"}, Hashtags: []string{"weph"}, Chat: "weph-20240314"},
			{ID: "x:3", Platform: "x", Author: "x:carla", Text: "@ann agreed", CreatedAt: at(10), ReplyTo: "x:2", Mentions: []string{"x:ann"}},
			{ID: "x:4", Platform: "x", Author: "x:carla", Text: "and another thing", CreatedAt: at(11), ReplyTo: "x:3"},
			{ID: "x:5", Platform: "x", Author: "x:bob", Text: "", CreatedAt: at(20), Reposts: "x:2"},
			{ID: "x:6", Platform: "x", Author: "x:dan", Text: "@ann yes", CreatedAt: at(30), ReplyTo: "x:999", ReplyToAccount: "x:ann", Mentions: []string{"x:ann"}},
			// carla answers a post of ann's that only the next batch brings.
			{ID: "x:8", Platform: "x", Author: "x:carla", Text: "@ann later", CreatedAt: at(900), ReplyTo: "x:7"},
			{ID: "bsky:at://ann/1", Platform: "bsky", Author: "bsky:ann.bsky.social", Text: "thanks @carla", CreatedAt: at(600), Mentions: []string{"x:carla"}},
		}, grace))
	mustWrite(t)(s.WritePosts(ctx,
		[]neo4jstore.AccountRow{author("x:ann", "Ann", "MRPharmS", "pharmacist", at(800))},
		[]neo4jstore.PostRow{{ID: "x:7", Platform: "x", Author: "x:ann", Text: "evening all", CreatedAt: at(800)}},
		grace))
	if _, err := s.RefreshStale(ctx, 2, nil); err != nil {
		t.Fatal(err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestDerivedTiesAndParticipation(t *testing.T) {
	s := storetest.MustOpen(t)
	loadScenario(t, s)
	ctx := context.Background()

	ties := mustTies(t, s)
	want := map[[2]string]tie{
		{"x:ann", "x:wepharmacists"}: {replies: 1},
		{"x:ann", "x:carla"}:         {mentions: 2},
		{"x:carla", "x:ann"}:         {replies: 2},
		{"x:bob", "x:ann"}:           {reposts: 1},
		{"x:dan", "x:ann"}:           {replies: 1},
	}
	if len(ties) != len(want) {
		t.Errorf("got %d ties %v, want %d", len(ties), ties, len(want))
	}
	for pair, w := range want {
		if got := ties[pair]; got != w {
			t.Errorf("TALKED_WITH %s->%s = %+v, want %+v", pair[0], pair[1], got, w)
		}
	}

	parts := mustParticipation(t, s, "weph-20240314")
	wantParts := map[string]part{
		"x:wepharmacists": {posts: 1, replies: 1, role: "HOST"},
		"x:ann":           {posts: 1, replies: 1, role: "PARTICIPANT"},
		// x:3 joins the chat by answering into it, and x:4 by answering x:3;
		// carla's answer to herself is not a reply received.
		"x:carla": {posts: 2, mentions: 1, role: "PARTICIPANT"},
	}
	if len(parts) != len(wantParts) {
		t.Errorf("got participants %v, want %v", parts, wantParts)
	}
	for id, w := range wantParts {
		if got := parts[id]; got != w {
			t.Errorf("TOOK_PART %s = %+v, want %+v", id, got, w)
		}
	}

	chat, err := s.Chat(ctx, "weph-20240314")
	if err != nil || chat == nil {
		t.Fatalf("Chat = %v, %v", chat, err)
	}
	if chat.Participants != 3 || chat.Posts != 4 || chat.CommunityName != "WePharmacists" || chat.Topic != "Teamwork" {
		t.Errorf("Chat = %+v", chat)
	}
}

func TestLoadingTwiceChangesNothing(t *testing.T) {
	s := storetest.MustOpen(t)
	loadScenario(t, s)
	before := mustTies(t, s)
	loadScenario(t, s)
	after := mustTies(t, s)
	if len(before) != len(after) {
		t.Fatalf("ties changed on reload: %v then %v", before, after)
	}
	for k, v := range before {
		if after[k] != v {
			t.Errorf("tie %v changed on reload: %+v then %+v", k, v, after[k])
		}
	}
}

func TestProfessionalByHandle(t *testing.T) {
	s := storetest.MustOpen(t)
	loadScenario(t, s)
	ctx := context.Background()
	tests := []struct {
		handle, wantID, wantCode string
	}{
		{handle: "x:ann", wantID: "x:ann"},
		{handle: "bsky:ann.bsky.social", wantID: "x:ann"},
		{handle: "@ANN", wantID: "x:ann"},
		{handle: "carla", wantID: "x:carla"},
		{handle: "x:nobody"},
		{handle: "x:olga"}, // opted out: not named to others
		{handle: "", wantCode: domain.EINVALID},
	}
	for _, tt := range tests {
		p, err := storetest.ByHandle(t, s, tt.handle)
		if domain.ErrorCode(err) != tt.wantCode {
			t.Errorf("ProfessionalByHandle(%q) error = %v, want code %q", tt.handle, err, tt.wantCode)
			continue
		}
		got := ""
		if p != nil {
			got = p.ID
		}
		if got != tt.wantID {
			t.Errorf("ProfessionalByHandle(%q) = %q, want %q", tt.handle, got, tt.wantID)
		}
	}

	// A second "ann" on Mastodon makes the bare handle ambiguous.
	mustWrite(t)(s.WritePosts(ctx, []neo4jstore.AccountRow{author("mastodon:ann@nurses.social", "Ann N", "RN", "nurse", at(5))},
		[]neo4jstore.PostRow{{ID: "mastodon:https://nurses.social/1", Platform: "mastodon", Author: "mastodon:ann@nurses.social", Text: "hi", CreatedAt: at(5)}}, 0))
	_, err := storetest.ByHandle(t, s, "ann")
	var de *domain.Error
	if domain.ErrorCode(err) != domain.EAMBIGUOUS || !asError(err, &de) || len(de.Candidates) != 3 {
		t.Fatalf("ambiguous handle error = %#v", err)
	}
}

func TestProfessionalsPagesAndCounts(t *testing.T) {
	s := storetest.MustOpen(t)
	loadScenario(t, s)
	ctx := context.Background()
	var ids []string
	after := ""
	for range 10 {
		page, err := s.Professionals(ctx, domain.ProfessionalFilter{}, domain.Page{First: 2, After: after})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range page.Nodes {
			ids = append(ids, p.ID)
		}
		if !page.PageInfo.HasNextPage {
			break
		}
		after = *page.PageInfo.EndCursor
	}
	want := []string{"x:ann", "x:bob", "x:carla", "x:dan", "x:wepharmacists"}
	if len(ids) != len(want) {
		t.Fatalf("paged ids = %v, want %v (olga opted out)", ids, want)
	}
	for i := range want {
		if ids[i] != want[i] {
			t.Fatalf("paged ids = %v, want %v", ids, want)
		}
	}
	n, err := s.CountProfessionals(ctx, domain.ProfessionalFilter{Profession: "nurse"})
	if err != nil || n != 2 { // carla (roster) and bob (bio); olga opted out
		t.Errorf("CountProfessionals(nurse) = %d, %v; want 2", n, err)
	}
	profs, err := s.Professions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, p := range profs {
		counts[p.Name] = p.Professionals
	}
	if counts["pharmacist"] != 1 || counts["nurse"] != 2 || counts["organisation"] != 1 {
		t.Errorf("profession counts = %v", counts)
	}
}

// The counts per profession and of professionals follow every change that
// moves them (an opt-out, a changed profession table) however often they
// were asked before, and what one caller does to its answer is not the next caller's.
func TestProfessionCountsFollowChanges(t *testing.T) {
	s := storetest.MustOpen(t)
	loadScenario(t, s)
	ctx := context.Background()
	professions := func() map[string]*domain.Profession {
		t.Helper()
		list, err := s.Professions(ctx)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]*domain.Profession{}
		for _, p := range list {
			out[p.Name] = p
		}
		return out
	}
	nurses := func() int { t.Helper(); return professions()["nurse"].Professionals }

	if n := nurses(); n != 2 { // carla (roster) and bob (bio); olga opted out
		t.Fatalf("nurses = %d, want 2", n)
	}
	professions()["nurse"].Professionals = 99
	if n := nurses(); n != 2 {
		t.Fatalf("nurses after a caller changed its answer = %d, want 2", n)
	}
	count := func(f domain.ProfessionalFilter) int {
		t.Helper()
		n, err := s.CountProfessionals(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count(domain.ProfessionalFilter{Profession: "nurse"}); n != 2 {
		t.Fatalf("CountProfessionals(nurse) = %d, want 2", n)
	}
	must(t, s.SetOptOut(ctx, "x:carla", true))
	if n := nurses(); n != 1 {
		t.Errorf("nurses after carla opted out = %d, want 1", n)
	}
	if n := count(domain.ProfessionalFilter{Profession: "nurse"}); n != 1 {
		t.Errorf("CountProfessionals(nurse) after carla opted out = %d, want 1", n)
	}
	must(t, s.SetOptOut(ctx, "x:olga", false))
	if n := nurses(); n != 2 {
		t.Errorf("nurses after olga opted back in = %d, want 2", n)
	}

	table := profession.DefaultTable().Professions()
	for i := range table {
		if table[i].Name == "nurse" {
			table[i].Aliases = append(table[i].Aliases, "nightingale")
		}
	}
	must(t, s.EnsureSchema(ctx, table))
	if aliases := professions()["nurse"].Aliases; !slices.Contains(aliases, "nightingale") {
		t.Errorf("nurse aliases after the table changed = %v, want nightingale among them", aliases)
	}
	before, err := s.DataVersion(ctx)
	must(t, err)
	must(t, s.EnsureSchema(ctx, table))
	if after, err := s.DataVersion(ctx); err != nil || after != before {
		t.Errorf("the same profession table again moved the data version: %q then %q (%v)", before, after, err)
	}
}

// A profile seen again with the same text only moves its time on; the
// newest copy still wins over an older, different one loaded later, and an
// account the roster moves to another professional brings its profile along
// the next time it is seen.
func TestNewestProfileWins(t *testing.T) {
	s := storetest.MustOpen(t)
	ctx := context.Background()
	post := func(id string, when time.Time) []neo4jstore.PostRow {
		return []neo4jstore.PostRow{{ID: id, Platform: "x", Author: "x:zed", Text: "hello", CreatedAt: when}}
	}
	bio := func() string {
		t.Helper()
		p, err := storetest.ByHandle(t, s, "x:zed")
		if err != nil || p == nil {
			t.Fatalf("ProfessionalByHandle(x:zed) = %v, %v", p, err)
		}
		return p.Bio
	}
	mustWrite(t)(s.WritePosts(ctx, []neo4jstore.AccountRow{author("x:zed", "Zed", "Staff nurse", "nurse", at(10))}, post("x:z1", at(10)), 0))
	mustWrite(t)(s.WritePosts(ctx, []neo4jstore.AccountRow{author("x:zed", "Zed", "Staff nurse", "nurse", at(30))}, post("x:z3", at(30)), 0))
	mustWrite(t)(s.WritePosts(ctx, []neo4jstore.AccountRow{author("x:zed", "Zed", "Pharmacist", "pharmacist", at(20))}, post("x:z2", at(20)), 0))
	if got := bio(); got != "Staff nurse" {
		t.Errorf("after an older profile, bio = %q, want the newest, %q", got, "Staff nurse")
	}

	must(t, s.WriteRoster(ctx, []neo4jstore.RosterRow{{ID: "zed-rostered", Name: "Zed R", Accounts: []string{"x:zed"}, Professions: []string{"nurse"}}}))
	mustWrite(t)(s.WritePosts(ctx, []neo4jstore.AccountRow{author("x:zed", "Zed", "Staff nurse", "nurse", at(40))}, post("x:z4", at(40)), 0))
	if got := bio(); got != "Staff nurse" {
		t.Errorf("after the roster moved the account, bio = %q, want %q", got, "Staff nurse")
	}
}

// Filtered lists page in id order like the whole list, whichever node the
// statement starts from.
func TestProfessionalsFiltered(t *testing.T) {
	s := storetest.MustOpen(t)
	loadScenario(t, s)
	ctx := context.Background()
	tests := []struct {
		filter domain.ProfessionalFilter
		want   []string
	}{
		{domain.ProfessionalFilter{Profession: "nurse"}, []string{"x:bob", "x:carla"}}, // olga opted out
		{domain.ProfessionalFilter{Profession: "pharmacist"}, []string{"x:ann"}},
		// ann by the roster; carla and the community's own account by taking
		// part in its chat. bob only reposted, dan answered outside it.
		{domain.ProfessionalFilter{Community: "WePharmacists"}, []string{"x:ann", "x:carla", "x:wepharmacists"}},
		{domain.ProfessionalFilter{Community: "WePharmacists", Profession: "nurse"}, []string{"x:carla"}},
		{domain.ProfessionalFilter{Community: "NoSuchCommunity"}, nil},
	}
	for _, tt := range tests {
		var got []string
		after := ""
		for range 10 {
			page, err := s.Professionals(ctx, tt.filter, domain.Page{First: 1, After: after})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range page.Nodes {
				got = append(got, p.ID)
			}
			if !page.PageInfo.HasNextPage {
				break
			}
			after = *page.PageInfo.EndCursor
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("Professionals(%+v) = %v, want %v", tt.filter, got, tt.want)
		}
	}
}
