package ingest

import (
	"io"
	"path/filepath"
	"runtime"
	"sort"
	"testing"

	"github.com/peergraph/peergraph/loader/archive"
	"github.com/peergraph/peergraph/loader/internal/benchworld"
	"github.com/peergraph/peergraph/loader/internal/cputime"
	"github.com/peergraph/peergraph/neo4jstore"
)

// readFile hands every record of path to fn.
func readFile(b *testing.B, path string, fn func(archive.Item)) {
	in, err := archive.Open(path, "")
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	r, err := in.Reader(archive.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for {
		it, err := r.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			b.Fatal(err)
		}
		fn(it)
	}
}

// BenchmarkDetectWorld runs the burst detection pass (countHashtags) over
// every post file of a world, one file after another, with the chats and
// communities its catalogue and roster give, and reports CPU time per post.
// The world is the one PEERGRAPH_BENCH_WORLD names, or a small one made
// for the run. Compare cpu-ns/post; use -benchtime 1x on a large world.
func BenchmarkDetectWorld(b *testing.B) {
	names, err := filepath.Glob(filepath.Join(benchworld.Dir(b), "*"))
	if err != nil {
		b.Fatal(err)
	}
	sort.Strings(names)
	inputs, _ := classify(names, "")
	l := &load{assigner: NewAssigner(nil, Options{}.WithDefaults().Grace), communities: map[string]string{}}
	var files []input
	var posts int64
	for _, in := range inputs {
		switch {
		case isCatalogue(in.format):
			readFile(b, in.path, func(it archive.Item) {
				if c := it.Chat; c != nil {
					l.assigner.Add(Window{ID: ChatID(c.Hashtag, c.Start), Hashtag: c.Hashtag, StartsAt: c.Start, EndsAt: c.Start.Add(c.Duration)})
					l.communities[c.Hashtag] = c.Community
				}
			})
		case isRoster(in.format):
			readFile(b, in.path, func(it archive.Item) {
				if e := it.Roster; e != nil {
					for _, name := range e.Communities {
						if tag := neo4jstore.GuessHashtag(name); tag != "" {
							l.communities[tag] = name
						}
					}
				}
			})
		default:
			files = append(files, in)
			readFile(b, in.path, func(it archive.Item) {
				if it.Post != nil {
					posts++
				}
			})
		}
	}
	candidate := func(tag string) bool { _, ok := l.communities[tag]; return ok }
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := cputime.Used()
	var runs int64
	for b.Loop() {
		d := NewBurstDetector(DefaultBursts)
		for _, in := range files {
			l.countHashtags(in, d, candidate)
		}
		runs++
	}
	cpu := cputime.Used() - cpu0
	runtime.ReadMemStats(&after)
	n := float64(posts * runs)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/post")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/n, "cpu-ns/post")
	}
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/n, "allocs/post")
}
