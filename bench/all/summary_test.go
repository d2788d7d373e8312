package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peergraph/peergraph/bench/internal/results"
)

func TestExponent(t *testing.T) {
	members := []float64{10000, 100000}
	tests := []struct {
		name   string
		values []float64
		want   float64
	}{
		{"linear", []float64{2, 20}, 1},
		{"constant", []float64{5, 5}, 0},
		{"quadratic", []float64{1, 100}, 2},
		{"halves as it grows tenfold", []float64{8, 4}, math.Log10(0.5)},
	}
	for _, tt := range tests {
		if got := exponent(members, tt.values); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: exponent = %v, want %v", tt.name, got, tt.want)
		}
	}
	if got := exponent(members, []float64{3, math.NaN()}); !math.IsNaN(got) {
		t.Errorf("one value: exponent = %v, want NaN", got)
	}
	// Three scales on a line in log-log space.
	if got := exponent([]float64{1000, 10000, 100000}, []float64{1, 10, 100}); math.Abs(got-1) > 1e-12 {
		t.Errorf("three scales: exponent = %v, want 1", got)
	}
}

func TestFiguresNotMeasuredAreNull(t *testing.T) {
	met := false
	f := figure{Name: "loader / baseline", Unit: "ratio", Values: []float64{0.6, math.NaN()}, Exponent: math.NaN(), Target: "≥ 0.8", Met: &met}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); !strings.Contains(got, `"values":[0.6,null]`) || !strings.Contains(got, `"exponent":null`) || !strings.Contains(got, `"met":false`) {
		t.Errorf("json = %s", got)
	}
}

func TestMarkdownMarksMissedTargets(t *testing.T) {
	s := &summary{Scales: []scale{{Members: 10000}, {Members: 100000}}}
	met := false
	s.Figures = []figure{{Name: "suggestPeers p99 (HTTP)", Unit: "ms", Values: []float64{250, 2500}, Exponent: 1, Target: "< 100", Met: &met}}
	md := s.markdown()
	for _, want := range []string{"| 10k members | 100k members |", "| suggestPeers p99 (HTTP) | ms | 250 | 2500 | 1.00 | < 100 | **no** |"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

// --resummarize rebuilds the table from the steps' files of two runs, one
// scale each: the server's peak at each scale comes from its own file, so
// the one stopped after its first scale keeps it, and the date and command
// are the last run's.
func TestResummarizeReadsEachScalesFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for members, posts := range map[int]int{10000: 465442, 100000: 4788805} {
		name := fmt.Sprintf("%dx24", members)
		write("load-"+name+".json", fmt.Sprintf(`{"world":{"posts":%d},"loader":{"seconds":100,"postsPerSecond":4000,"peakRSSMB":90}}`, posts))
		for _, step := range []string{"analysis-", "api-", "generic-", "freshness-"} {
			write(step+name+".json", `{}`)
		}
		write("server-"+name+".json", fmt.Sprintf(`{"peakRSSMB":%d}`, members/100))
	}
	write("bench.json", `{"at":"2026-12-06T20:11:00Z","command":"go run ./bench/all --scales 100000","scales":[]}`)
	if err := resummarize(options{scales: []int{10000, 100000}, months: 24, out: dir}); err != nil {
		t.Fatal(err)
	}
	var got summary
	if err := results.ReadJSON(filepath.Join(dir, "bench.json"), &got); err != nil {
		t.Fatal(err)
	}
	if got.Command != "go run ./bench/all --scales 100000" || len(got.Scales) != 2 {
		t.Fatalf("command %q, %d scales; want the last run's command and both scales", got.Command, len(got.Scales))
	}
	if got.Scales[0].ServerPeakRSSMB != 100 || got.Scales[1].ServerPeakRSSMB != 1000 {
		t.Errorf("server peaks %v and %v MB, want 100 and 1000 from server-*.json", got.Scales[0].ServerPeakRSSMB, got.Scales[1].ServerPeakRSSMB)
	}
	for _, f := range got.Figures {
		if f.Name == "server peak RSS" && math.Abs(f.Exponent-1) > 1e-9 {
			t.Errorf("server peak RSS grows by %v, want 1 (tenfold over tenfold)", f.Exponent)
		}
	}
}
