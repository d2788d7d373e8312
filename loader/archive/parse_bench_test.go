package archive

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"

	"github.com/peergraph/peergraph/loader/internal/benchworld"
	"github.com/peergraph/peergraph/loader/internal/cputime"
)

// postFiles lists the files of dir that hold posts, by detected format.
func postFiles(b *testing.B, dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		if e.IsDir() || e.Name()[0] == '.' {
			continue
		}
		path := filepath.Join(dir, e.Name())
		in, err := Open(path, "")
		if err != nil {
			b.Fatal(err)
		}
		in.Close()
		switch in.Format {
		case X, TAGS, Mastodon, Bluesky, Neutral:
			files = append(files, path)
		}
	}
	sort.Strings(files)
	return files
}

// BenchmarkParseWorld reads every post file of a world as the loading pass
// does (Open, Reader, Next to the end) and reports time and allocations per
// post. On a shared machine compare cpu-ns/post (the process's user and
// system time, the garbage collector's included), not ns/post; run with
// -benchtime 1x on a large world.
func BenchmarkParseWorld(b *testing.B) {
	files := postFiles(b, benchworld.Dir(b))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := cputime.Used()
	b.ResetTimer()
	var posts int64
	for b.Loop() {
		for _, path := range files {
			in, err := Open(path, "")
			if err != nil {
				b.Fatal(err)
			}
			r, err := in.Reader(Options{})
			if err != nil {
				b.Fatal(err)
			}
			for {
				it, err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
				if it.Post != nil {
					posts++
				}
			}
			in.Close()
		}
	}
	b.StopTimer()
	cpu := cputime.Used() - cpu0
	runtime.ReadMemStats(&after)
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(posts), "cpu-ns/post")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(posts), "ns/post")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(posts), "allocs/post")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(posts), "B/post")
}
