package graph_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/graph"
	"github.com/peergraph/peergraph/loader/ingest"
)

// answer is a raw response: data as JSON values, errors decoded.
type answer struct {
	data map[string]any
	errs []gqlError
}

func (a answer) codes() []string {
	var out []string
	for _, e := range a.errs {
		c, _ := e.Extensions["code"].(string)
		out = append(out, c+"@"+strings.Join(names(e.Path), "."))
	}
	slices.Sort(out) // fields resolve concurrently: errors come in any order
	return out
}

func askAs(t *testing.T, c *client.Client, p domain.Principal, query string) answer {
	t.Helper()
	resp, err := c.RawPost(query, as(p))
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	var a answer
	a.data, _ = resp.Data.(map[string]any)
	if len(resp.Errors) > 0 {
		if err := json.Unmarshal(resp.Errors, &a.errs); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// dig follows keys and list indices through decoded JSON.
func dig(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			l, _ := v.([]any)
			if k >= len(l) {
				return nil
			}
			v = l[k]
		}
	}
	return v
}

// Scoped rules over the scenario: a member about someone else, a
// coordinator about another community, a researcher's pseudonyms and
// suppressed cells, and opting out.
func TestAccessScopes(t *testing.T) {
	scenarioOnce.Lock()
	defer scenarioOnce.Unlock()
	sc := loadScenario(t)
	c := sc.c
	pam := domain.Principal{Role: domain.RoleMember, Professional: "x:pam", Subject: "pam"}
	phil := domain.Principal{Role: domain.RoleMember, Professional: "x:phil", Subject: "phil"}
	nurses := domain.Principal{Role: domain.RoleCoordinator, Communities: []string{"WeNurses"}, Subject: "carla"}
	researcher := domain.Principal{Role: domain.RoleResearcher, Subject: "rita"}

	t.Run("member", func(t *testing.T) {
		for _, tt := range []struct{ name, query, want string }{
			{"someone else's suggestions", `{ suggestPeers(handle: "x:phil") { score } }`, "FORBIDDEN@suggestPeers"},
			// Ambiguous across pam's and Pam Public's accounts: refused, and
			// the refusal does not list the other account.
			{"an ambiguous handle", `{ suggestPeers(handle: "@pam") { score } }`, "FORBIDDEN@suggestPeers"},
			{"someone else's profile", `{ professional(handle: "x:phil") { name } }`, "FORBIDDEN@professional"},
			{"an opted-out professional", `{ professional(handle: "x:olga") { name } }`, "FORBIDDEN@professional"},
			{"no one", `{ professional(handle: "x:nobody") { name } }`, "FORBIDDEN@professional"},
			{"a path from someone else", `{ path(from: "x:ned", to: "x:pam") { hops } }`, "FORBIDDEN@path"},
			{"opting someone else out", `mutation { setOptOut(handle: "x:phil", optedOut: true) }`, "FORBIDDEN@setOptOut"},
			{"isolation reports", `{ isolatedMembers(community: "WePharmacists") { totalCount } }`, "FORBIDDEN@isolatedMembers"},
		} {
			a := askAs(t, c, pam, tt.query)
			if !slices.Equal(a.codes(), []string{tt.want}) {
				t.Errorf("%s: errors %v, want %s", tt.name, a.codes(), tt.want)
			}
			for _, e := range a.errs {
				if strings.Contains(e.Message, "bsky") || strings.Contains(e.Message, "Olga") {
					t.Errorf("%s: the refusal names someone: %q", tt.name, e.Message)
				}
			}
		}
		// Her own: suggestions name the peers (id, name), but their
		// profile details stay with them; the rest of the answer stands.
		a := askAs(t, c, pam, `{ suggestPeers(handle: "x:pam") { professional { id name bio } score } path(from: "x:pam", to: "x:ned") { hops } professional(handle: "x:pam") { bio partners { totalCount } } }`)
		if dig(a.data, "suggestPeers", 0, "professional", "name") == nil || dig(a.data, "path", "hops") != 1.0 || dig(a.data, "professional", "partners", "totalCount") == nil {
			t.Errorf("pam's own answers: %v", a.data)
		}
		for _, e := range a.errs {
			if e.Extensions["code"] != domain.EFORBIDDEN || !slices.Equal(names(e.Path), []string{"suggestPeers", "professional", "bio"}) {
				t.Errorf("pam's own answers: unexpected error %+v", e)
			}
		}
		if len(a.errs) == 0 {
			t.Error("a suggested peer's bio was shown to pam")
		}
	})

	t.Run("coordinator", func(t *testing.T) {
		for _, tt := range []struct{ name, query, want string }{
			{"another community's isolation", `{ isolatedMembers(community: "WePharmacists") { totalCount } }`, "FORBIDDEN@isolatedMembers"},
			{"a member of another community", `{ professional(handle: "x:phil") { name } }`, "FORBIDDEN@professional"},
			{"another community's list", `{ professionals(community: "WePharmacists") { totalCount } }`, "FORBIDDEN@professionals"},
			{"everyone's list", `{ professionals { totalCount } }`, "FORBIDDEN@professionals"},
			{"a path from outside", `{ path(from: "x:phil", to: "x:ned") { hops } }`, "FORBIDDEN@path"},
			{"another community's connectors", `{ connectors(between: "nurse", and: "pharmacist") { brokeredPairs } }`, "FORBIDDEN@connectors"},
		} {
			if a := askAs(t, c, nurses, tt.query); !slices.Equal(a.codes(), []string{tt.want}) {
				t.Errorf("%s: errors %v, want %s", tt.name, a.codes(), tt.want)
			}
		}
		a := askAs(t, c, nurses, `{ isolatedMembers(community: "WeNurses") { totalCount } professional(handle: "x:ned") { bio partners { nodes { professional { id name } } } } }`)
		// ned's partners: nora and pam (a member of WeNurses by taking part
		// in its chat) are named; dev (WeMDT only) answers FORBIDDEN on his
		// id and name.
		named := map[string]bool{}
		for i := range 3 {
			if n, ok := dig(a.data, "professional", "partners", "nodes", i, "professional", "id").(string); ok {
				named[n] = true
			}
		}
		if dig(a.data, "isolatedMembers", "totalCount") == nil || dig(a.data, "professional", "bio") == nil ||
			!named["x:nora"] || !named["x:pam"] || len(named) != 2 ||
			!slices.Equal(a.codes(), []string{"FORBIDDEN@professional.partners.nodes.professional.id", "FORBIDDEN@professional.partners.nodes.professional.name"}) {
			t.Errorf("coordinator of WeNurses on ned: named %v, errors %v", named, a.codes())
		}
	})

	t.Run("researcher", func(t *testing.T) {
		a := askAs(t, c, researcher, `{ connectors(between: "pharmacist", and: "nurse", community: "WeMDT") { professional { id name accounts { key } } brokeredPairs } }`)
		want := graph.Pseudonym([]byte(scenarioPseudonymKey), "x:dev")
		if dig(a.data, "connectors", 0, "professional", "id") != want || dig(a.data, "connectors", 0, "professional", "name") != want ||
			!slices.Equal(a.codes(), []string{"FORBIDDEN@connectors.professional.accounts"}) {
			t.Errorf("researcher sees %v, errors %v; want pseudonym %s and no accounts", a.data, a.codes(), want)
		}
		if again := askAs(t, c, researcher, `{ chat(id: "`+c1+`") { hosts { id } } }`); strings.Contains(strings.Join(a.codes(), ""), "x:") || again.data == nil {
			t.Errorf("hosts for a researcher: %v", again)
		}
		// Small cells: with k = 5 every cell of the scenario is too small
		// for a researcher; an admin sees them; with k = 3 the pharmacists'
		// own cell (pam, phil, priya, newt) shows.
		q := `{ professionLinks { cells { from to ties pairs suppressed } professions { profession external eiIndex suppressed } } chat(id: "` + c2 + `") { summary { professionMix { profession count suppressed } } } }`
		cell := func(a answer) map[string]any {
			cells, _ := dig(a.data, "professionLinks", 0, "cells").([]any)
			for _, x := range cells {
				if m := x.(map[string]any); m["from"] == "pharmacist" && m["to"] == "pharmacist" {
					return m
				}
			}
			return nil
		}
		r5, ad := askAs(t, c, researcher, q), askAs(t, c, admin, q)
		if m := cell(r5); m == nil || m["ties"] != nil || m["pairs"] != nil || m["suppressed"] != true {
			t.Errorf("researcher, k=5: %v", m)
		}
		if m := cell(ad); m == nil || m["ties"] != 5.0 || m["suppressed"] != false {
			t.Errorf("admin: %v", m)
		}
		if mix := dig(r5.data, "chat", "summary", "professionMix", 0); dig(mix, "count") != nil || dig(mix, "suppressed") != true {
			t.Errorf("researcher's profession mix: %v", mix)
		}
		if e := dig(r5.data, "professionLinks", 0, "professions", 0); dig(e, "eiIndex") != nil || dig(e, "suppressed") != true {
			t.Errorf("researcher's E–I: %v", e)
		}
		k3 := scenarioClient(t, sc.store, graph.Access{PseudonymKey: []byte(scenarioPseudonymKey), K: 3})
		if m := cell(askAs(t, k3, researcher, q)); m == nil || m["ties"] != 5.0 || m["suppressed"] != false {
			t.Errorf("researcher, k=3: %v", m)
		}
		// Without a pseudonym key, researchers get no names at all.
		nokey := scenarioClient(t, sc.store, graph.Access{K: 5})
		if a := askAs(t, nokey, researcher, `{ connectors(between: "pharmacist", and: "nurse", community: "WeMDT") { professional { id } } }`); !slices.Equal(a.codes(), []string{"FORBIDDEN@connectors.professional.id"}) {
			t.Errorf("no pseudonym key: %v", a.codes())
		}
	})

	t.Run("opt out", func(t *testing.T) {
		suggested := func() []string {
			a := askAs(t, c, admin, `{ suggestPeers(handle: "x:pam", first: 100) { professional { id } } }`)
			var out []string
			for i := range 20 {
				if id, ok := dig(a.data, "suggestPeers", i, "professional", "id").(string); ok {
					out = append(out, id)
				}
			}
			return out
		}
		before := suggested()
		if !slices.Contains(before, "x:newt") {
			t.Fatalf("newt is not suggested to pam to begin with: %v", before)
		}
		newt := domain.Principal{Role: domain.RoleMember, Professional: "x:newt", Subject: "newt"}
		if a := askAs(t, c, newt, `mutation { setOptOut(handle: "x:newt", optedOut: true) }`); len(a.errs) > 0 || a.data["setOptOut"] != true {
			t.Fatalf("newt opting out: %v %v", a.data, a.codes())
		}
		if slices.Contains(suggested(), "x:newt") {
			t.Error("newt is still suggested after opting out")
		}
		if a := askAs(t, c, admin, `{ professional(handle: "x:newt") { id } }`); a.data["professional"] != nil {
			t.Errorf("newt is still named: %v", a.data)
		}
		// A roster reload (which says opted_out=false for newt) does not undo his choice.
		if _, err := ingest.Run(context.Background(), sc.store, []string{"../testdata/scenario/roster.csv"}, ingest.Options{}); err != nil {
			t.Fatal(err)
		}
		if slices.Contains(suggested(), "x:newt") {
			t.Error("a roster reload undid newt's opt-out")
		}
		// He may opt back in, though no one can find him by handle meanwhile.
		if a := askAs(t, c, newt, `mutation { setOptOut(handle: "x:newt", optedOut: false) }`); len(a.errs) > 0 || a.data["setOptOut"] != false {
			t.Fatalf("newt opting back in: %v %v", a.data, a.codes())
		}
		if !slices.Contains(suggested(), "x:newt") {
			t.Error("newt is not suggested after opting back in")
		}
		// phil may not opt pam out; an admin may opt anyone out and in.
		if a := askAs(t, c, phil, `mutation { setOptOut(handle: "x:pam", optedOut: true) }`); !slices.Equal(a.codes(), []string{"FORBIDDEN@setOptOut"}) {
			t.Errorf("phil opting pam out: %v", a.codes())
		}
		for _, v := range []string{"true", "false"} {
			if a := askAs(t, c, admin, `mutation { setOptOut(handle: "x:olga", optedOut: `+v+`) }`); len(a.errs) > 0 {
				t.Errorf("admin setting olga's opt-out to %s: %v", v, a.codes())
			}
		}
		askAs(t, c, admin, `mutation { setOptOut(handle: "x:olga", optedOut: true) }`)
	})
}
