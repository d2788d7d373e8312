package main

import (
	"runtime/debug"
	"testing"
)

func TestMemoryLimitYieldsToGOMEMLIMIT(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == "GOMEMLIMIT" {
				return v
			}
			return ""
		}
	}
	if got := memoryLimit(256, env("1GiB")); got != 0 || debug.SetMemoryLimit(-1) != before {
		t.Errorf("with GOMEMLIMIT set: applied %d MB, limit now %d", got, debug.SetMemoryLimit(-1))
	}
	if got := memoryLimit(0, env("")); got != 0 || debug.SetMemoryLimit(-1) != before {
		t.Errorf("--memory-limit 0: applied %d MB, limit now %d", got, debug.SetMemoryLimit(-1))
	}
	if got := memoryLimit(256, env("")); got != 256 || debug.SetMemoryLimit(-1) != 256<<20 {
		t.Errorf("--memory-limit 256: applied %d MB, limit now %d", got, debug.SetMemoryLimit(-1))
	}
}
