package main

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
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
