package main

import (
	"path/filepath"
	"testing"

	"github.com/peergraph/peergraph/bench/internal/results"
)

func TestResumeTakesOnlyRunsOfTheSameCodeAndSetup(t *testing.T) {
	dir := t.TempDir()
	final, partial := filepath.Join(dir, "load.json"), filepath.Join(dir, "load.partial.json")
	o := options{members: 10000, months: 24, seed: 1, batch: 1000, warmup: true}
	now := &result{Code: results.Code{Commit: "c2"}, Setup: o.setup()}

	write := func(path string, r *result) {
		t.Helper()
		if err := results.WriteJSON(path, r); err != nil {
			t.Fatal(err)
		}
	}
	if prev, err := resumeFrom(final, partial, now); err != nil || prev.Baseline != nil || prev.Code.Commit != "" {
		t.Fatalf("nothing on disk: got %+v, %v", prev, err)
	}
	// A finished run of older code, and a stopped one of this code.
	write(final, &result{Code: results.Code{Commit: "c1"}, Setup: o.setup(), Baseline: &phaseResult{Posts: 1}})
	write(partial, &result{Code: results.Code{Commit: "c2"}, Setup: o.setup(), SameWork: &phaseResult{Posts: 2}, Date: "then"})
	prev, err := resumeFrom(final, partial, now)
	if err != nil {
		t.Fatal(err)
	}
	if prev.Baseline != nil || prev.SameWork == nil || prev.Date != "then" {
		t.Fatalf("took %+v, want the stopped run of this code", prev)
	}
	// Another batch size is another measurement.
	other := o
	other.batch = 500
	write(partial, &result{Code: results.Code{Commit: "c2"}, Setup: other.setup(), SameWork: &phaseResult{Posts: 2}})
	if prev, _ := resumeFrom(final, partial, now); prev.SameWork != nil {
		t.Fatal("took runs of another batch size")
	}
	// Uncommitted changes name no version.
	write(partial, &result{Code: results.Code{Commit: "c2", Dirty: true}, Setup: o.setup(), SameWork: &phaseResult{Posts: 2}})
	if prev, _ := resumeFrom(final, partial, now); prev.SameWork != nil {
		t.Fatal("took runs of a dirty tree")
	}
}

func TestMedianLoaderRunStandsForTheLoader(t *testing.T) {
	r := &result{LoaderRunResults: []*phaseResult{{Seconds: 130}, {Seconds: 100}, {Seconds: 120}}}
	r.medianLoader()
	if r.Loader.Seconds != 120 || r.LoaderSpread != 1.3 || len(r.LoaderRuns) != 3 || r.LoaderRuns[0] != 130 {
		t.Fatalf("loader %v, spread %v, runs %v", r.Loader.Seconds, r.LoaderSpread, r.LoaderRuns)
	}
}
