package neo4jstore_test

import (
	"context"
	"slices"
	"testing"

	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// A roster never undoes an opt-out: not an earlier roster's, not the
// professional's own choice, not that of the professional an account is
// moved from; only the professional's own choice through the API opts back
// in. The rows whose flag the graph does not take are returned.
func TestRosterNeverUndoesAnOptOut(t *testing.T) {
	s := storetest.MustOpen(t)
	ctx := context.Background()
	optedOut := func(id string) bool {
		t.Helper()
		p, err := storetest.ResolveHandle(t, s, id)
		if err != nil || p == nil {
			t.Fatalf("ResolveHandle(%s) = %v, %v", id, p, err)
		}
		return p.OptedOut
	}
	write := func(rows ...neo4jstore.RosterRow) []neo4jstore.RosterOverride {
		t.Helper()
		got, err := s.WriteRosterRows(ctx, rows)
		must(t, err)
		return got
	}
	olga := neo4jstore.RosterRow{ID: "x:olga", Name: "Olga", Accounts: []string{"x:olga"}, Professions: []string{"nurse"}, OptedOut: true}
	if got := write(olga); len(got) != 0 || !optedOut("x:olga") {
		t.Fatalf("a roster opting olga out: overrides %v, opted out %v", got, optedOut("x:olga"))
	}
	// A later roster saying she is not opted out: she stays out, and the
	// row is returned.
	olga.OptedOut = false
	olga.Name = "Olga B."
	got := write(olga)
	if !slices.Equal(got, []neo4jstore.RosterOverride{{ID: "x:olga", OptedOut: true}}) || !optedOut("x:olga") {
		t.Errorf("a roster opting olga back in: overrides %v, opted out %v; want her kept out", got, optedOut("x:olga"))
	}
	if p, _ := storetest.ResolveHandle(t, s, "x:olga"); p.Name != "Olga B." {
		t.Errorf("the rest of the row was not written: name %q", p.Name)
	}
	// Her own choice opts her back in, and no roster undoes that either.
	must(t, s.SetOptOut(ctx, "x:olga", false))
	olga.OptedOut = true
	if got := write(olga); !slices.Equal(got, []neo4jstore.RosterOverride{{ID: "x:olga", OptedOut: false, Chosen: true}}) || optedOut("x:olga") {
		t.Errorf("a roster opting out olga, who chose to take part: overrides %v, opted out %v", got, optedOut("x:olga"))
	}

	// Bob opted out through the API as a professional of his own; a roster
	// then ties his account to a professional named by another account: the
	// opt-out goes with the account.
	write(neo4jstore.RosterRow{ID: "x:bob", Name: "Bob", Accounts: []string{"x:bob"}})
	must(t, s.SetOptOut(ctx, "x:bob", true))
	got = write(neo4jstore.RosterRow{ID: "mastodon:bob@nurses.social", Name: "Bob", Accounts: []string{"mastodon:bob@nurses.social", "x:bob"}})
	if !slices.Equal(got, []neo4jstore.RosterOverride{{ID: "mastodon:bob@nurses.social", OptedOut: true, Chosen: true}}) {
		t.Errorf("bob's account moved: overrides %v", got)
	}
	if !optedOut("mastodon:bob@nurses.social") || !optedOut("x:bob") {
		t.Errorf("bob's opt-out did not go with his account to his new professional")
	}
}
