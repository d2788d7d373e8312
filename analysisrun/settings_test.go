package analysisrun

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/domain"
)

// startAnalysis's settings lay over the server's defaults; each bad one is
// refused with its name, as the API reports it.
func TestOptionsOfSettings(t *testing.T) {
	i := func(n int) *int { return &n }
	f := func(x float64) *float64 { return &x }
	leiden := domain.CommunityLeiden
	defaults := analysis.Options{ExactUpTo: 1000, Pivots: 200, Seed: 9}
	o, err := OptionsOf(defaults, &domain.AnalysisSettings{Seed: i(4), Communities: &leiden, Resolution: f(0.5), Restarts: i(2), BetweennessBudgetSeconds: f(12.5)})
	if err != nil {
		t.Fatal(err)
	}
	want := analysis.Options{Seed: 4, Communities: analysis.MethodLeiden, Resolution: 0.5, Restarts: 2, BetweennessBudget: 12500 * time.Millisecond}
	if o.Seed != want.Seed || o.Communities != want.Communities || o.Resolution != want.Resolution || o.Restarts != want.Restarts ||
		o.BetweennessBudget != want.BetweennessBudget || o.ExactUpTo != 0 || o.Pivots != 0 {
		t.Errorf("options %+v, want %+v (a budget replaces the server's exactUpTo and pivots)", o, want)
	}
	if o, err := OptionsOf(defaults, nil); err != nil || o.ExactUpTo != 1000 || o.Pivots != 200 || o.Seed != 9 {
		t.Errorf("no settings: %+v, %v; want the defaults", o, err)
	}
	odd := domain.CommunityMethod("SPECTRAL")
	for _, bad := range []struct {
		s     domain.AnalysisSettings
		field string
	}{
		{domain.AnalysisSettings{Seed: i(-1)}, "settings.seed"},
		{domain.AnalysisSettings{Communities: &odd}, "settings.communities"},
		{domain.AnalysisSettings{Resolution: f(0)}, "settings.resolution"},
		{domain.AnalysisSettings{Resolution: f(1e9)}, "settings.resolution"},
		{domain.AnalysisSettings{Restarts: i(0)}, "settings.restarts"},
		{domain.AnalysisSettings{Restarts: i(1000)}, "settings.restarts"},
		{domain.AnalysisSettings{Pivots: i(0)}, "settings.pivots"},
		{domain.AnalysisSettings{ExactUpTo: i(-2)}, "settings.exactUpTo"},
		{domain.AnalysisSettings{BetweennessBudgetSeconds: f(-1)}, "settings.betweennessBudgetSeconds"},
		{domain.AnalysisSettings{BetweennessBudgetSeconds: f(7200)}, "settings.betweennessBudgetSeconds"},
		{domain.AnalysisSettings{BetweennessBudgetSeconds: f(5), Pivots: i(10)}, "settings.betweennessBudgetSeconds"},
	} {
		_, err := OptionsOf(defaults, &bad.s)
		var de *domain.Error
		if !errors.As(err, &de) || de.Code != domain.EINVALID || de.Field != bad.field || !strings.HasPrefix(de.Message, bad.field+":") {
			t.Errorf("%+v: %v; want INVALID naming %s", bad.s, err, bad.field)
		}
	}
}
