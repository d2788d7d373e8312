package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/peergraph/peergraph/loader/archive"
	"github.com/peergraph/peergraph/neo4jstore"
)

// rosterBook settles the roster rows of one load before any is written, so
// that the graph does not depend on the order or batching of the writes:
//
//   - The first row naming an account wins it. A later row naming any
//     account an earlier row named is rejected, its reason naming the
//     earlier row's file and line and what differs; a coordinator merges
//     the two and loads the row again.
//   - A later row that repeats an earlier one exactly (the same accounts,
//     in any order, name, professions, communities and opt-out) is a
//     duplicate of it.
//   - An opt-out is never dropped unsaid: a rejected row that opts out opts
//     out the professional of every earlier row it shares an account with,
//     and its reason says so (privacy wins over the first row's word); its
//     other accounts, which no loaded row ties to anyone, its reason names
//     as not opted out until the row is fixed.
//
// Rows of earlier loads are not compared: a roster loaded again replaces
// what an earlier one said, as a corrected roster must, but for an opt-out,
// which no roster undoes (see neo4jstore's mergeRoster).
type rosterBook struct {
	rows      []rostered
	byAccount map[string]int // account key -> index in rows
}

type rostered struct {
	row  neo4jstore.RosterRow // as written: OptedOut may have been turned on by a later row
	said neo4jstore.RosterRow // as the row said, to tell an exact repeat
	src  archive.Source
}

// rosterVerdict is what became of a row: accepted (neither set), a
// duplicate of an earlier row, or rejected with a reason.
type rosterVerdict struct {
	duplicateOf *archive.Source
	reject      string
}

func (b *rosterBook) add(row neo4jstore.RosterRow, src archive.Source) rosterVerdict {
	if b.byAccount == nil {
		b.byAccount = map[string]int{}
	}
	var owners []int // the earlier rows this one shares accounts with, in the order of its accounts
	shared := map[int][]string{}
	for _, a := range row.Accounts {
		if i, ok := b.byAccount[a]; ok {
			if _, seen := shared[i]; !seen {
				owners = append(owners, i)
			}
			shared[i] = append(shared[i], a)
		}
	}
	if len(owners) == 0 {
		b.rows = append(b.rows, rostered{row: row, said: row, src: src})
		for _, a := range row.Accounts {
			b.byAccount[a] = len(b.rows) - 1
		}
		return rosterVerdict{}
	}
	if len(owners) == 1 && sameRosterRow(b.rows[owners[0]].said, row) {
		first := b.rows[owners[0]].src
		return rosterVerdict{duplicateOf: &first}
	}
	var clauses []string
	for _, i := range owners {
		e := b.rows[i]
		clause := fmt.Sprintf("%s already named by %s line %d", strings.Join(shared[i], ", "), e.src.File, e.src.Line)
		if d := rosterDiff(e.said, row); d != "" {
			clause += " (" + d + ")"
		}
		clauses = append(clauses, clause)
	}
	reason := "accounts: " + strings.Join(clauses, "; ") +
		": the first row naming an account wins; merge the rows into one and load it again"
	if row.OptedOut {
		var kept []string
		for _, i := range owners {
			e := &b.rows[i]
			e.row.OptedOut = true
			kept = append(kept, fmt.Sprintf("line %d", e.src.Line))
		}
		reason += "; this row's opt-out is kept all the same: the professional of " + strings.Join(kept, " and ") + " is opted out"
		var alone []string
		for _, a := range row.Accounts {
			if _, ok := b.byAccount[a]; !ok {
				alone = append(alone, a)
			}
		}
		if len(alone) > 0 {
			reason += "; " + strings.Join(alone, ", ") + ", which no loaded row names, " + optOutWaits
		}
	}
	return rosterVerdict{reject: reason}
}

// optOutWaits ends the reason of a rejected roster row that opts out
// accounts the load cannot tie to a loaded row: rejected, it is not
// applied, and the reason must say so rather than drop it unsaid.
const optOutWaits = "is not opted out until this row is fixed and loaded"

// sameRosterRow says whether b repeats a: the same accounts (in any order),
// name, professions (in order: the first is the main one), communities
// (in any order) and opt-out.
func sameRosterRow(a, b neo4jstore.RosterRow) bool {
	return sameSet(a.Accounts, b.Accounts) && a.Name == b.Name && slices.Equal(a.Professions, b.Professions) &&
		sameSet(a.Communities, b.Communities) && a.OptedOut == b.OptedOut
}

// rosterDiff names what b says otherwise than a: "name Ann Shah, not Ann
// B.; opted_out".
func rosterDiff(a, b neo4jstore.RosterRow) string {
	var d []string
	if a.Name != b.Name {
		d = append(d, fmt.Sprintf("name %q there, %q here", a.Name, b.Name))
	}
	if !sameSet(a.Accounts, b.Accounts) {
		d = append(d, fmt.Sprintf("accounts %s there, %s here", strings.Join(a.Accounts, ";"), strings.Join(b.Accounts, ";")))
	}
	if !slices.Equal(a.Professions, b.Professions) {
		d = append(d, fmt.Sprintf("professions %s there, %s here", listOrNone(a.Professions), listOrNone(b.Professions)))
	}
	if !sameSet(a.Communities, b.Communities) {
		d = append(d, fmt.Sprintf("communities %s there, %s here", listOrNone(a.Communities), listOrNone(b.Communities)))
	}
	if a.OptedOut != b.OptedOut {
		d = append(d, fmt.Sprintf("opted_out %v there, %v here", a.OptedOut, b.OptedOut))
	}
	return strings.Join(d, ", ")
}

func listOrNone(l []string) string {
	if len(l) == 0 {
		return "none"
	}
	return strings.Join(l, ";")
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// source says where the accepted row of a professional came from.
func (b *rosterBook) source(id string) archive.Source {
	if i, ok := b.byAccount[id]; ok {
		return b.rows[i].src
	}
	return archive.Source{}
}

// accepted hands over the rows to write, in the order they were read.
func (b *rosterBook) accepted() []neo4jstore.RosterRow {
	out := make([]neo4jstore.RosterRow, len(b.rows))
	for i, e := range b.rows {
		out[i] = e.row
	}
	return out
}
