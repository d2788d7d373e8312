package main

import (
	"testing"

	"github.com/peergraph/peergraph/bench/internal/results"
)

func TestStepsDoneAreKeptPerCode(t *testing.T) {
	out := t.TempDir()
	code := results.Code{Commit: "c1"}
	s, err := readSteps(out)
	if err != nil || len(s) != 0 {
		t.Fatalf("no ledger yet: %v, %v", s, err)
	}
	if err := s.mark(out, "analysis-10000x24", code); err != nil {
		t.Fatal(err)
	}
	again, err := readSteps(out)
	if err != nil {
		t.Fatal(err)
	}
	if !again.on("analysis-10000x24", code) {
		t.Error("a step done on this code is not taken")
	}
	if again.on("analysis-10000x24", results.Code{Commit: "c2"}) {
		t.Error("a step done on other code is taken")
	}
	if again.on("server-10000x24", code) {
		t.Error("a step never done is taken")
	}
}
