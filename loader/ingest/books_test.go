package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/loader/archive"
	"github.com/peergraph/peergraph/neo4jstore"
)

func src(line int) archive.Source { return archive.Source{File: "roster.csv", Line: line} }

func TestRosterBook(t *testing.T) {
	ann := neo4jstore.RosterRow{ID: "x:ann", Name: "Ann Shah", Accounts: []string{"x:ann", "mastodon:ann@pharm.social"},
		Professions: []string{"pharmacist"}, Communities: []string{"WePharmacists", "WeMDT"}}
	var b rosterBook
	if v := b.add(ann, src(2)); v.reject != "" || v.duplicateOf != nil {
		t.Fatalf("first row: %+v", v)
	}

	// The same row, its accounts and communities in another order: a duplicate.
	again := ann
	again.ID, again.Accounts, again.Communities = "mastodon:ann@pharm.social", []string{"mastodon:ann@pharm.social", "x:ann"}, []string{"WeMDT", "WePharmacists"}
	if v := b.add(again, src(3)); v.duplicateOf == nil || v.duplicateOf.Line != 2 || v.reject != "" {
		t.Errorf("exact repeat: %+v, want a duplicate of line 2", v)
	}

	// Professions in another order say another main profession: a conflict.
	swapped := ann
	swapped.Professions = []string{"pharmacist", "nurse"}
	if v := b.add(swapped, src(4)); v.reject == "" || !strings.Contains(v.reject, "professions pharmacist there, pharmacist;nurse here") {
		t.Errorf("other professions: %+v", v)
	}

	// A row naming one of the accounts, with another name and an opt-out:
	// rejected, naming line 2 and what differs; its opt-out is kept.
	other := neo4jstore.RosterRow{ID: "x:ann", Name: "Ann S.", Accounts: []string{"x:ann"}, Professions: []string{"nurse"}, OptedOut: true}
	v := b.add(other, src(5))
	for _, want := range []string{"accounts: x:ann already named by roster.csv line 2", `name "Ann Shah" there, "Ann S." here`,
		"accounts x:ann;mastodon:ann@pharm.social there, x:ann here", "opted_out false there, true here",
		"the first row naming an account wins", "this row's opt-out is kept all the same: the professional of line 2 is opted out"} {
		if !strings.Contains(v.reject, want) {
			t.Errorf("conflict reason %q lacks %q", v.reject, want)
		}
	}

	// An opt-out for an account no loaded row names is not applied, and
	// the reason says so.
	alone := neo4jstore.RosterRow{ID: "x:ann", Name: "Ann", Accounts: []string{"x:ann", "bsky:ann.bsky.social"}, OptedOut: true}
	if v := b.add(alone, src(6)); !strings.Contains(v.reject, "bsky:ann.bsky.social, which no loaded row names, is not opted out until this row is fixed and loaded") {
		t.Errorf("opt-out of an account no loaded row names: %q", v.reject)
	}

	// A row sharing accounts with two earlier rows names both.
	bob := neo4jstore.RosterRow{ID: "x:bob", Name: "Bob", Accounts: []string{"x:bob"}}
	b.add(bob, src(6))
	both := neo4jstore.RosterRow{ID: "x:bob", Name: "Bob", Accounts: []string{"x:bob", "mastodon:ann@pharm.social"}}
	v = b.add(both, src(7))
	if !strings.Contains(v.reject, "x:bob already named by roster.csv line 6") || !strings.Contains(v.reject, "mastodon:ann@pharm.social already named by roster.csv line 2") ||
		strings.Contains(v.reject, "opt-out") {
		t.Errorf("two owners: %q", v.reject)
	}

	got := b.accepted()
	if len(got) != 2 || got[0].ID != "x:ann" || got[1].ID != "x:bob" {
		t.Fatalf("accepted = %+v", got)
	}
	if !got[0].OptedOut || got[0].Name != "Ann Shah" || len(got[0].Professions) != 1 {
		t.Errorf("ann = %+v, want the first row, opted out by line 5", got[0])
	}
	if got[1].OptedOut {
		t.Errorf("bob opted out by a row that did not opt out")
	}

	// An opt-out in the first row is never undone by a later one, and the
	// later row is still a conflict, not a repeat.
	var c rosterBook
	c.add(neo4jstore.RosterRow{ID: "x:olga", Name: "Olga", Accounts: []string{"x:olga"}, OptedOut: true}, src(2))
	if v := c.add(neo4jstore.RosterRow{ID: "x:olga", Name: "Olga", Accounts: []string{"x:olga"}}, src(3)); v.reject == "" {
		t.Errorf("a later row dropping the opt-out: %+v, want it rejected", v)
	}
	if !c.accepted()[0].OptedOut {
		t.Errorf("olga's opt-out was undone")
	}
}

func TestChatBook(t *testing.T) {
	at := func(hhmm string) time.Time {
		t, _ := time.Parse("2006-01-02 15:04", "2024-03-28 "+hhmm)
		return t
	}
	chat := func(community, tag, topic, start string, minutes int) neo4jstore.ChatRow {
		s := at(start)
		return neo4jstore.ChatRow{ID: ChatID(tag, s), Community: community, Hashtag: tag, Topic: topic,
			StartsAt: s, EndsAt: s.Add(time.Duration(minutes) * time.Minute), Source: "catalogue"}
	}
	line := func(n int) archive.Source { return archive.Source{File: "catalogue.csv", Line: n} }
	var b chatBook
	weph := chat("WePharmacists", "weph", "Isolation", "20:00", 60)
	if v := b.add(weph, line(2)); v.reject != "" || v.duplicateOf != nil || len(v.overlaps) != 0 {
		t.Fatalf("first chat: %+v", v)
	}
	if v := b.add(weph, line(3)); v.duplicateOf == nil || v.duplicateOf.Line != 2 {
		t.Errorf("exact repeat: %+v", v)
	}
	longer := weph
	longer.EndsAt = longer.EndsAt.Add(30 * time.Minute)
	longer.Host = "x:wepharmacists"
	if v := b.add(longer, line(4)); !strings.Contains(v.reject, "already in catalogue.csv line 2") ||
		!strings.Contains(v.reject, `host "" there, "x:wepharmacists" here`) || !strings.Contains(v.reject, "20:00–21:00 UTC there, 2024-03-28 20:00–21:30 UTC here") {
		t.Errorf("the same chat described otherwise: %q", v.reject)
	}

	cases := []struct {
		row     neo4jstore.ChatRow
		overlap string // the reason's "same ..." part; "" for none
	}{
		{chat("WePharmacists", "weph", "Later", "20:30", 60), "hashtag and community"},
		{chat("WeMDT", "weph", "Other community", "20:45", 30), "hashtag"},
		{chat("WePharmacists", "wepharmacists", "Other hashtag", "20:59", 10), "community"},
		{chat("WePharmacists", "weph", "Back to back", "21:30", 60), ""}, // starts as 20:30's ends
		{chat("WeNurses", "wenurses", "Unrelated", "20:15", 60), ""},
	}
	for i, c := range cases {
		v := b.add(c.row, line(10+i))
		if v.reject != "" || v.duplicateOf != nil {
			t.Errorf("%s: %+v", c.row.Topic, v)
			continue
		}
		if c.overlap == "" {
			if len(v.overlaps) != 0 {
				t.Errorf("%s overlaps %+v", c.row.Topic, v.overlaps)
			}
			continue
		}
		if len(v.overlaps) == 0 || v.overlaps[0].src.Line != 2 {
			t.Errorf("%s: overlaps %+v, want line 2's chat first", c.row.Topic, v.overlaps)
			continue
		}
		if r := overlapReason(c.row, v.overlaps[0]); !strings.Contains(r, ") of the same "+c.overlap) || !strings.Contains(r, "catalogue.csv line 2") {
			t.Errorf("%s: reason %q", c.row.Topic, r)
		}
	}
}

func TestRejectLimit(t *testing.T) {
	sum := func(read, rejected int64, unreadable int) *Summary {
		return &Summary{Read: read, Rejected: rejected, Unreadable: unreadable}
	}
	tests := []struct {
		limit string
		s     *Summary
		fail  bool
	}{
		{"10", sum(100, 10, 0), false},
		{"10", sum(100, 11, 0), true},
		{"10", sum(100, 10, 1), true}, // an unreadable file counts as a rejected row
		{"0", sum(100, 0, 0), false},
		{"0", sum(100, 1, 0), true},
		{"5%", sum(100, 5, 0), false},
		{"5%", sum(100, 6, 0), true},
		{"2.5%", sum(1000, 26, 0), true},
		{"100%", sum(10, 10, 0), false},
		{"5%", sum(0, 0, 0), false},
		{" 7 ", sum(100, 8, 0), true},
	}
	for _, tt := range tests {
		var l RejectLimit
		if err := l.Set(tt.limit); err != nil {
			t.Errorf("Set(%q): %v", tt.limit, err)
			continue
		}
		err := l.Check(tt.s)
		if (err != nil) != tt.fail {
			t.Errorf("%s with %d of %d rejected (%d unreadable): %v, want fail=%v", tt.limit, tt.s.Rejected, tt.s.Read, tt.s.Unreadable, err, tt.fail)
		}
		if err != nil && !strings.Contains(err.Error(), "over --max-rejected "+strings.TrimSpace(tt.limit)) {
			t.Errorf("error %q does not name the limit", err)
		}
	}
	for _, bad := range []string{"", "lots", "-1", "101%", "-5%", "5 %%", "1e3"} {
		var l RejectLimit
		if err := l.Set(bad); err == nil {
			t.Errorf("Set(%q) accepted: %s", bad, l.String())
		}
	}
	var unset RejectLimit
	if unset.IsSet() || unset.Check(sum(1, 1, 0)) != nil {
		t.Errorf("the zero limit fails a load")
	}
}

// A roster row rejected for an unknown profession says that its opt-out
// waits for it, rather than dropping it unsaid.
func TestRosterRowOptOutOfARejectedRow(t *testing.T) {
	l := &load{opts: Options{}.WithDefaults()}
	e := &archive.RosterEntry{Accounts: []string{"x:olga"}, Name: "Olga", Professions: []string{"Nurs"}, OptedOut: true, Source: src(4), Raw: "x:olga,Olga,Nurs,,yes"}
	_, rej := l.rosterRow(e)
	if rej == nil || !strings.Contains(rej.Reason, `unknown profession "Nurs"`) ||
		!strings.Contains(rej.Reason, "the row opts out x:olga, which is not opted out until this row is fixed and loaded") || rej.Raw != e.Raw {
		t.Errorf("reject = %+v", rej)
	}
	e.OptedOut = false
	if _, rej := l.rosterRow(e); rej == nil || strings.Contains(rej.Reason, "opt") {
		t.Errorf("reject of a row that does not opt out = %+v", rej)
	}
}
