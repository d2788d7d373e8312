package ties_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/loader/ingest"
)

var (
	scenarioNow    = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	scenarioWindow = domain.Window{Since: scenarioNow.Add(-domain.DefaultWindow), Until: scenarioNow}
	// The whole ranking: the scenario's community has fewer members.
	pharmacistsIsolation = domain.IsolationQuery{Community: "WePharmacists", Window: scenarioWindow, Page: domain.Page{First: domain.MaxPageSize}}
)

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

// A load after the model was built is seen at the next version check: the
// model stops serving at once (the questions go to Cypher and see the load)
// and the rebuilt one sees it too.
func TestLoadAfterBuild(t *testing.T) {
	ctx := context.Background()
	w := loadWorld(t, scenarioFiles())
	w.rm.CheckEvery = time.Hour // only the explicit checks below
	before := w.rm.Current(ctx)
	if st := w.rm.Status(); !strings.HasPrefix(st, "current") {
		t.Fatalf("status before the load = %q, want current", st)
	}
	iso, err := w.rm.IsolatedMembers(ctx, pharmacistsIsolation)
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
	if _, err := ingest.Run(ctx, w.store, []string{posts}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := w.rm.Check(ctx); err != nil {
		t.Fatal(err)
	}
	// Until the rebuild is in, the old model does not answer.
	if st := w.rm.Status(); strings.HasPrefix(st, "current") && w.rm.Current(ctx) == before {
		t.Errorf("status after the load = %q with the old model", st)
	}
	if m := w.rm.Current(ctx); m == before {
		t.Fatal("the model built before the load still answers after the version check")
	}
	iso, err = w.rm.IsolatedMembers(ctx, pharmacistsIsolation)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(flagsOf(t, iso, "x:newt"), domain.FlagNoPartners) {
		t.Errorf("newt after the load, before the rebuild: %v", flagsOf(t, iso, "x:newt"))
	}
	w.rm.Wait()
	after := w.rm.Current(ctx)
	if after == nil || after == before || after.Version == before.Version {
		t.Fatalf("no new current model after the rebuild: %+v", after)
	}
	if st := w.rm.Status(); !strings.HasPrefix(st, "current (version "+after.Version) {
		t.Errorf("status after the rebuild = %q, want current at %s", st, after.Version)
	}
	got, err := w.rm.IsolatedMembers(ctx, pharmacistsIsolation)
	if err != nil {
		t.Fatal(err)
	}
	want, err := w.store.IsolatedMembers(ctx, pharmacistsIsolation)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) || slices.Contains(flagsOf(t, got, "x:newt"), domain.FlagNoPartners) {
		t.Errorf("after the rebuild: newt %v, the model and Cypher agree: %v", flagsOf(t, got, "x:newt"), reflect.DeepEqual(got, want))
	}
}

// setOptOut through the read model hides the person at once, from the
// model itself (which stays current), and opting back in shows them again.
func TestOptOutIsImmediate(t *testing.T) {
	ctx := context.Background()
	w := loadWorld(t, scenarioFiles())
	w.rm.CheckEvery = time.Hour
	q := domain.ConnectorQuery{Between: "pharmacist", And: "nurse", Window: scenarioWindow, First: 10}
	ids := func() []string {
		t.Helper()
		cs, err := w.rm.Connectors(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range cs {
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
		got, err := w.rm.ProfessionLinks(ctx, lq)
		if err != nil {
			t.Fatal(err)
		}
		want, err := w.store.ProfessionLinks(ctx, lq)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("professionLinks: the model and Cypher differ:\n read model %s\n cypher     %s", linksString(got), linksString(want))
		}
		return got
	}
	linksBefore := links()
	before := w.rm.Current(ctx)
	if err := w.rm.SetOptOut(ctx, "x:pam", true); err != nil {
		t.Fatal(err)
	}
	m := w.rm.Current(ctx)
	if m == nil || m == before {
		t.Fatalf("after setOptOut the model is %v (before %v): it should have been updated and stayed current", m, before)
	}
	// Her acts, and those addressed to her, leave the matrix at once.
	if reflect.DeepEqual(links(), linksBefore) {
		t.Error("professionLinks did not change when pam opted out")
	}
	if got := ids(); slices.Contains(got, "x:pam") {
		t.Errorf("pam opted out but still a connector: %v", got)
	}
	// Neither is she suggested to anyone, nor reported.
	peers, err := w.rm.SuggestPeers(ctx, []string{"x:newt", "x:priya", "x:ned"}, domain.PeerQuery{Window: scenarioWindow, First: 100})
	if err != nil {
		t.Fatal(err)
	}
	for who, ps := range peers {
		for _, p := range ps {
			if p.Professional.ID == "x:pam" {
				t.Errorf("pam suggested to %s", who)
			}
		}
	}
	// A check finds the model as new as the graph: no rebuild needed.
	if err := w.rm.Check(ctx); err != nil {
		t.Fatal(err)
	}
	if w.rm.Current(ctx) != m {
		t.Error("the version check replaced the model that setOptOut kept current")
	}
	if err := w.rm.SetOptOut(ctx, "x:pam", false); err != nil {
		t.Fatal(err)
	}
	if got := ids(); !slices.Contains(got, "x:pam") {
		t.Errorf("pam opted back in but no connector: %v", got)
	}
	if got := links(); !reflect.DeepEqual(got, linksBefore) {
		t.Errorf("professionLinks after pam opted back in:\n %s\n want %s", linksString(got), linksString(linksBefore))
	}
	want, err := w.store.Connectors(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	got, err := w.rm.Connectors(ctx, q)
	if err != nil || !reflect.DeepEqual(got, want) || w.rm.Current(ctx) == nil {
		t.Errorf("after opting back in the model and Cypher differ (%v)", err)
	}
}
