package analysisrun

import (
	"fmt"
	"math"
	"time"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/domain"
)

// OptionsOf lays startAnalysis's settings over the server's defaults, and
// refuses a bad setting with an error naming it (settings.pivots, ...).
// analysis.Options.Check holds the rules both the loader's flags and the
// settings follow; the bounds here are the API's own (what one request may
// ask of the server).
func OptionsOf(defaults analysis.Options, s *domain.AnalysisSettings) (analysis.Options, error) {
	o := defaults
	if s == nil {
		return o, nil
	}
	bad := func(field, format string, args ...any) error {
		return &domain.Error{Code: domain.EINVALID, Field: "settings." + field,
			Message: "settings." + field + ": " + fmt.Sprintf(format, args...)}
	}
	if s.Seed != nil {
		if *s.Seed < 0 {
			return o, bad("seed", "%d: must be 0 or more", *s.Seed)
		}
		o.Seed = uint64(*s.Seed)
	}
	if s.Communities != nil {
		switch *s.Communities {
		case domain.CommunityLouvain:
			o.Communities = analysis.MethodLouvain
		case domain.CommunityLeiden:
			o.Communities = analysis.MethodLeiden
		default:
			return o, bad("communities", "%q: LOUVAIN or LEIDEN", *s.Communities)
		}
	}
	if s.Resolution != nil {
		r := *s.Resolution
		if !(r > 0) || math.IsInf(r, 0) || r > 100 {
			return o, bad("resolution", "%v: must be above 0 and at most 100 (1 is modularity's own)", r)
		}
		o.Resolution = r
	}
	if s.Restarts != nil {
		if *s.Restarts < 1 || *s.Restarts > 100 {
			return o, bad("restarts", "%d: must be 1 to 100", *s.Restarts)
		}
		o.Restarts = *s.Restarts
	}
	// One way of choosing exact or sampled betweenness a request: the
	// settings given replace the server's, whichever it had.
	if s.Pivots != nil || s.ExactUpTo != nil || s.BetweennessBudgetSeconds != nil {
		o.Pivots, o.ExactUpTo, o.BetweennessBudget = 0, 0, 0
	}
	if s.Pivots != nil {
		if *s.Pivots < 1 {
			return o, bad("pivots", "%d: must be at least 1", *s.Pivots)
		}
		o.Pivots = *s.Pivots
	}
	if s.ExactUpTo != nil {
		if *s.ExactUpTo < 1 {
			return o, bad("exactUpTo", "%d: must be at least 1", *s.ExactUpTo)
		}
		o.ExactUpTo = *s.ExactUpTo
	}
	if s.BetweennessBudgetSeconds != nil {
		b := *s.BetweennessBudgetSeconds
		if !(b > 0) || b > 3600 {
			return o, bad("betweennessBudgetSeconds", "%v: must be above 0 and at most 3600", b)
		}
		if s.Pivots != nil || s.ExactUpTo != nil {
			return o, bad("betweennessBudgetSeconds", "give a budget or pivots/exactUpTo, not both: the budget chooses the pivots")
		}
		o.BetweennessBudget = time.Duration(b * float64(time.Second))
	}
	if err := o.Check(); err != nil {
		return o, &domain.Error{Code: domain.EINVALID, Field: "settings", Message: "settings." + err.Error()}
	}
	return o, nil
}
