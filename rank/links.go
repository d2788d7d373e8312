package rank

import (
	"cmp"
	"slices"
	"time"

	"github.com/peergraph/peergraph/domain"
)

// PairActs is a directed pair of professionals, their professions and the
// conversational acts From addressed to To.
type PairActs struct {
	From, To         string
	FromProf, ToProf string
	Acts             int
}

// Links builds the profession matrix and each profession's E–I index
// (Krackhardt & Stern 1988) from directed pairs.
//
// A cell (P, Q) counts the acts from P's professionals to Q's (ties) and the
// distinct directed pairs behind them (pairs). The E–I index of P counts
// distinct undirected pairs of professionals: internal when both are of P,
// external when one is; EI = (E − I)/(E + I), nil when P has no pair.
func Links(rows []PairActs) ([]*domain.ProfessionLink, []*domain.ProfessionEI) {
	cells := map[[2]string]*domain.ProfessionLink{}
	// Who makes each cell and who of each profession has a tie: the
	// people small-cell suppression counts.
	cellPeople := map[[2]string]map[string]bool{}
	profPeople := map[string]map[string]bool{}
	addTo := func(m map[string]bool, ids ...string) map[string]bool {
		if m == nil {
			m = map[string]bool{}
		}
		for _, id := range ids {
			m[id] = true
		}
		return m
	}
	type und struct{ a, b string }
	pairs := map[und][2]string{}
	for _, r := range rows {
		if r.From == r.To || r.Acts <= 0 {
			continue
		}
		k := [2]string{r.FromProf, r.ToProf}
		c := cells[k]
		if c == nil {
			c = &domain.ProfessionLink{From: r.FromProf, To: r.ToProf}
			cells[k] = c
		}
		c.Ties += r.Acts
		c.Pairs++
		cellPeople[k] = addTo(cellPeople[k], r.From, r.To)
		profPeople[r.FromProf] = addTo(profPeople[r.FromProf], r.From)
		profPeople[r.ToProf] = addTo(profPeople[r.ToProf], r.To)
		u := und{r.From, r.To}
		profs := [2]string{r.FromProf, r.ToProf}
		if u.b < u.a {
			u = und{r.To, r.From}
			profs = [2]string{r.ToProf, r.FromProf}
		}
		pairs[u] = profs
	}
	ei := map[string]*domain.ProfessionEI{}
	get := func(p string) *domain.ProfessionEI {
		if ei[p] == nil {
			ei[p] = &domain.ProfessionEI{Profession: p}
		}
		return ei[p]
	}
	for _, profs := range pairs {
		if profs[0] == profs[1] {
			get(profs[0]).Internal++
		} else {
			get(profs[0]).External++
			get(profs[1]).External++
		}
	}
	var outCells []*domain.ProfessionLink
	for k, c := range cells {
		c.People = len(cellPeople[k])
		outCells = append(outCells, c)
	}
	slices.SortFunc(outCells, func(a, b *domain.ProfessionLink) int {
		if d := cmp.Compare(a.From, b.From); d != 0 {
			return d
		}
		return cmp.Compare(a.To, b.To)
	})
	var outEI []*domain.ProfessionEI
	for _, e := range ei {
		if n := e.External + e.Internal; n > 0 {
			v := float64(e.External-e.Internal) / float64(n)
			e.EIIndex = &v
		}
		e.People = len(profPeople[e.Profession])
		outEI = append(outEI, e)
	}
	slices.SortFunc(outEI, func(a, b *domain.ProfessionEI) int { return cmp.Compare(a.Profession, b.Profession) })
	return outCells, outEI
}

// LinkPeriod is one period of professionLinks' answer: the acts of Key's
// group (the calendar month starting at Key, UTC, or with the zero Key the
// whole window) reported as [Since, Until).
type LinkPeriod struct {
	Key, Since, Until time.Time
}

// LinkPeriods splits a window into the periods professionLinks reports: the
// window itself, or with IntervalMonth every calendar month (UTC) the window
// meets, clipped to it, empty months included. The acts of a period are
// the posts made in [Since, Until): a post's month is its UTC month, and
// every month is clipped to the window the posts were read from.
func LinkPeriods(w domain.Window, interval domain.Interval) []LinkPeriod {
	if interval != domain.IntervalMonth {
		return []LinkPeriod{{Since: w.Since, Until: w.Until}}
	}
	var out []LinkPeriod
	s := w.Since.UTC()
	for start := time.Date(s.Year(), s.Month(), 1, 0, 0, 0, 0, time.UTC); start.Before(w.Until); start = start.AddDate(0, 1, 0) {
		p := LinkPeriod{Key: start, Since: start, Until: start.AddDate(0, 1, 0)}
		if p.Since.Before(w.Since) {
			p.Since = w.Since
		}
		if p.Until.After(w.Until) {
			p.Until = w.Until
		}
		out = append(out, p)
	}
	return out
}
