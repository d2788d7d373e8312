package scoring

import (
	"time"

	"github.com/peergraph/peergraph/domain"
)

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
