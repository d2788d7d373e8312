// Package benchworld picks the world the loader's parsing benchmarks read:
// the one PEERGRAPH_BENCH_WORLD names (a directory `loader generate`
// wrote), or a small one generated for the run, so that they work anywhere.
package benchworld

import (
	"context"
	"os"
	"testing"

	"github.com/peergraph/peergraph/loader/generate"
)

// Dir is the world's directory.
func Dir(b testing.TB) string {
	if dir := os.Getenv("PEERGRAPH_BENCH_WORLD"); dir != "" {
		return dir
	}
	dir := b.TempDir()
	if _, err := generate.Generate(context.Background(), generate.Config{Members: 2000, Months: 2, Seed: 1, Out: dir}); err != nil {
		b.Fatal(err)
	}
	return dir
}
