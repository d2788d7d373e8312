package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/analysis"
)

// The analysis flags reach the options, and a bad one is a usage error
// naming the flag.
func TestAnalysisFlags(t *testing.T) {
	parse := func(args ...string) (analysisFlags, error) {
		fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		var af analysisFlags
		af.register(fs)
		return af, fs.Parse(args)
	}
	af, err := parse("--communities", "leiden", "--resolution", "1.5", "--restarts", "2", "--budget", "12s", "--seed", "9", "--until", "2025-01-01T00:00:00Z")
	if err != nil {
		t.Fatal(err)
	}
	req, err := af.request(context.Background(), noChats{})
	o := req.Options
	if err != nil || o.Communities != analysis.MethodLeiden || o.Resolution != 1.5 || o.Restarts != 2 || o.BetweennessBudget != 12*time.Second ||
		o.Seed != 9 || o.Pivots != 0 || o.ExactUpTo != 0 {
		t.Errorf("options %+v, %v", o, err)
	}
	for _, bad := range []struct{ flag, value string }{
		{"communities", "spectral"}, {"resolution", "-1"}, {"resolution", "0"}, {"restarts", "-2"}, {"pivots", "-5"},
		{"exact-up-to", "-1"}, {"budget", "0s"}, {"budget", "-3s"},
	} {
		af, err := parse("--"+bad.flag, bad.value, "--until", "2025-01-01T00:00:00Z")
		if err != nil {
			t.Fatal(err)
		}
		_, err = af.request(context.Background(), noChats{})
		var ue *usageError
		if !errors.As(err, &ue) || !strings.HasPrefix(ue.msg, "--"+bad.flag+":") {
			t.Errorf("--%s %s: %v; want a usage error naming --%s", bad.flag, bad.value, err, bad.flag)
		}
	}
}
