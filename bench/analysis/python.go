package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
)

// pyMeasures maps the Python script's measures to the stage names of
// analysis.Analyze.
var pyMeasures = []struct{ py, stage string }{
	{"load", "load"}, {"degree", "degree"}, {"betweenness", "betweenness"}, {"communities", "communities"},
	{"structural_holes", "structural holes"}, {"e-i", "e-i"},
}

// runPython times each measure of lib in its own process, each given at most
// o.timeout; a measure that runs out of time is recorded as such.
func runPython(ctx context.Context, o options, lib, nodes, edges string, n int) (impl, *float64, int, error) {
	_, self, _, _ := runtime.Caller(0)
	script := filepath.Join(filepath.Dir(self), "bench.py")
	im := impl{Name: lib, Seconds: map[string]float64{}, TimedOut: map[string]bool{}}
	var q *float64
	nc := 0
	for _, m := range pyMeasures {
		slog.Info("python", "lib", lib, "measure", m.py)
		mctx, cancel := context.WithTimeout(ctx, o.timeout)
		cmd := exec.CommandContext(mctx, o.python, script, lib, m.py, nodes, edges,
			"--pivots", strconv.Itoa(o.pivots), "--exact-up-to", strconv.Itoa(o.exactUpTo), "--seed", strconv.FormatInt(o.seed, 10))
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		timedOut := errors.Is(mctx.Err(), context.DeadlineExceeded)
		cancel()
		if ctx.Err() != nil {
			return im, nil, 0, ctx.Err()
		}
		if timedOut {
			im.TimedOut[m.stage] = true
			im.Seconds[m.stage] = o.timeout.Seconds()
			continue
		}
		if err != nil {
			return im, nil, 0, fmt.Errorf("%s %s: %w: %s", lib, m.py, err, stderr.String())
		}
		var out struct {
			Load, Seconds, Modularity float64
			Communities               int
			Version                   string
		}
		if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
			return im, nil, 0, fmt.Errorf("%s %s: %w: %q", lib, m.py, err, stdout.String())
		}
		im.Version = out.Version
		if m.py == "load" {
			im.Seconds["load"] = out.Load
		} else {
			im.Seconds[m.stage] = out.Seconds
		}
		if m.py == "communities" {
			q, nc = &out.Modularity, out.Communities
		}
	}
	return im, q, nc, nil
}
