package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"

	"github.com/peergraph/peergraph/bench/internal/results"
	"github.com/peergraph/peergraph/loader/ingest"
)

type targets struct {
	RatioToBaseline float64 `json:"ratioToBaseline"` // loader posts/s over baseline posts/s, at least
	PeakRSSMB       float64 `json:"peakRSSMB"`       // the loader's, at most
}

type machineInfo struct {
	NProc    int    `json:"nproc"`
	MemoryMB int64  `json:"memoryMB"`
	CPU      string `json:"cpu"`
	OS       string `json:"os"`
}

type result struct {
	Date     string      `json:"date"`
	Command  string      `json:"command"`
	Machine  machineInfo `json:"machine"`
	Versions struct {
		Go     string `json:"go"`
		Neo4j  string `json:"neo4j"`
		Driver string `json:"driver"`
	} `json:"versions"`
	World    worldInfo    `json:"world"`
	Batch    int          `json:"batch"`
	Loader   *phaseResult `json:"loader,omitempty"`
	Baseline *phaseResult `json:"baseline,omitempty"`
	Ratio    float64      `json:"ratioToBaseline,omitempty"`
	// SameWork is the same-work baseline (samework.go), and SameWorkRatio
	// the loader's posts/s over its posts/s.
	SameWork      *phaseResult `json:"sameWork,omitempty"`
	SameWorkRatio float64      `json:"ratioToSameWork,omitempty"`
	// LoaderRuns are the seconds of each loader run (--loader-runs), and
	// LoaderSpread the slowest over the fastest.
	LoaderRuns   []float64 `json:"loaderRuns,omitempty"`
	LoaderSpread float64   `json:"loaderSpread,omitempty"`
	// LoaderRunResults are the loader runs in full, for --resume.
	LoaderRunResults []*phaseResult `json:"loaderRunResults,omitempty"`
	// Bulk is the bulk first load (loader load --bulk) beside the importer
	// alone on the same files.
	Bulk *bulkResult `json:"bulk,omitempty"`
	// Month is the world's last month brought into the graph of the months
	// before it (--month), by the loader beside the same-work baseline.
	Month   *monthResult `json:"month,omitempty"`
	Targets targets      `json:"targets"`
	// Code is the version of the code measured, Setup the flags that
	// decide what is measured; a run resumes only on both (--resume).
	// Resumed counts the runs that went on from a stopped one; Date is
	// the first's.
	Code    results.Code `json:"code"`
	Setup   string       `json:"setup"`
	Resumed int          `json:"resumed,omitempty"`
	Met     struct {
		Ratio      bool `json:"ratio"`
		RSS        bool `json:"rss"`
		MonthRatio bool `json:"monthRatio"`
	} `json:"met"`
}

// medianLoader makes the median loader run stand for the loader, and the
// slowest over the fastest its spread.
func (r *result) medianLoader() {
	if len(r.LoaderRunResults) == 0 {
		return
	}
	r.LoaderRuns = nil
	for _, x := range r.LoaderRunResults {
		r.LoaderRuns = append(r.LoaderRuns, x.Seconds)
	}
	sorted := slices.Clone(r.LoaderRunResults)
	slices.SortFunc(sorted, func(a, b *phaseResult) int { return cmp.Compare(a.Seconds, b.Seconds) })
	r.Loader = sorted[len(sorted)/2]
	r.LoaderSpread = sorted[len(sorted)-1].Seconds / sorted[0].Seconds
}

func (r *result) finish() {
	if r.Loader != nil && r.Baseline != nil && r.Baseline.PostsPerSecond > 0 {
		r.Ratio = r.Loader.PostsPerSecond / r.Baseline.PostsPerSecond
		r.Met.Ratio = r.Ratio >= r.Targets.RatioToBaseline
	}
	if r.Loader != nil && r.SameWork != nil && r.SameWork.PostsPerSecond > 0 {
		// The target is against the baseline that does the loader's work
		// (issue 22), when it ran.
		r.SameWorkRatio = r.Loader.PostsPerSecond / r.SameWork.PostsPerSecond
		r.Met.Ratio = r.SameWorkRatio >= r.Targets.RatioToBaseline
	}
	if r.Loader != nil {
		r.Met.RSS = r.Loader.PeakRSSMB <= r.Targets.PeakRSSMB
	}
	if r.Month != nil {
		r.Met.MonthRatio = r.Month.Ratio >= r.Targets.RatioToBaseline
	}
}

type row struct{ name, posts, secs, rate, ratio, rss string }

func (r *result) rows() []row {
	var out []row
	ratio := func(pps float64) string {
		if r.Baseline == nil || r.Baseline.PostsPerSecond == 0 {
			return "–"
		}
		return fmt.Sprintf("%.2f", pps/r.Baseline.PostsPerSecond)
	}
	if l := r.Loader; l != nil {
		out = append(out,
			row{"loader (total)", fmt.Sprint(l.Posts), fmt.Sprintf("%.1f", l.Seconds), fmt.Sprintf("%.0f", l.PostsPerSecond), ratio(l.PostsPerSecond), fmt.Sprintf("%.0f MB", l.PeakRSSMB)},
			row{"  write phase", fmt.Sprint(l.Posts), fmt.Sprintf("%.1f", l.WriteSeconds), fmt.Sprintf("%.0f", float64(l.Posts)/l.WriteSeconds), ratio(float64(l.Posts) / l.WriteSeconds), ""},
			row{"  refresh phase", "", fmt.Sprintf("%.1f", l.RefreshSeconds), "", "", ""})
	}
	if b := r.Baseline; b != nil {
		out = append(out, row{"baseline (UNWIND)", fmt.Sprint(b.Posts), fmt.Sprintf("%.1f", b.Seconds), fmt.Sprintf("%.0f", b.PostsPerSecond), "1.00", ""})
	}
	if sw := r.SameWork; sw != nil {
		out = append(out,
			row{"same-work baseline", fmt.Sprint(sw.Posts), fmt.Sprintf("%.1f", sw.Seconds), fmt.Sprintf("%.0f", sw.PostsPerSecond), ratio(sw.PostsPerSecond), ""},
			row{"  write phase", fmt.Sprint(sw.Posts), fmt.Sprintf("%.1f", sw.WriteSeconds), fmt.Sprintf("%.0f", float64(sw.Posts)/sw.WriteSeconds), ratio(float64(sw.Posts) / sw.WriteSeconds), ""},
			row{"  derived ties", "", fmt.Sprintf("%.1f", sw.RefreshSeconds), "", "", ""})
		if r.Loader != nil {
			out = append(out, row{"loader / same-work", "", "", "", fmt.Sprintf("%.2f", r.SameWorkRatio), ""})
		}
	}
	if bk := r.Bulk; bk != nil {
		l := bk.Loader
		out = append(out, row{"bulk first load", fmt.Sprint(l.Posts), fmt.Sprintf("%.1f", l.Seconds), fmt.Sprintf("%.0f", l.PostsPerSecond), ratio(l.PostsPerSecond), fmt.Sprintf("%.0f MB", l.PeakRSSMB)})
		for _, st := range []string{"read", "stop", "import", "start", "online", "refresh"} {
			out = append(out, row{"  " + st, "", fmt.Sprintf("%.1f", bk.Steps[st]), "", "", ""})
		}
		out = append(out, row{"importer alone", "", fmt.Sprintf("%.1f", bk.ImporterSeconds), "", "", ""})
		out = append(out, row{"bulk / importer alone", "", fmt.Sprintf("%.2f×", l.Seconds/bk.ImporterSeconds), "", "", ""})
		if r.Loader != nil {
			out = append(out, row{"online / bulk", "", fmt.Sprintf("%.2f×", r.Loader.Seconds/l.Seconds), "", "", ""})
		}
	}
	if m := r.Month; m != nil {
		out = append(out,
			row{"months before (loader)", fmt.Sprint(m.Base.Posts), fmt.Sprintf("%.1f", m.Base.Seconds), fmt.Sprintf("%.0f", m.Base.PostsPerSecond), "", fmt.Sprintf("%.0f MB", m.Base.PeakRSSMB)},
			row{"month into it, loader", fmt.Sprint(m.Loader.Posts), fmt.Sprintf("%.1f", m.Loader.Seconds), fmt.Sprintf("%.0f", m.Loader.PostsPerSecond), "", fmt.Sprintf("%.0f MB", m.Loader.PeakRSSMB)},
			row{"  write phase", fmt.Sprint(m.Loader.Posts), fmt.Sprintf("%.1f", m.Loader.WriteSeconds), "", "", ""},
			row{"  refresh phase", "", fmt.Sprintf("%.1f", m.Loader.RefreshSeconds), "", "", ""},
			row{"month into it, same-work", fmt.Sprint(m.SameWork.Posts), fmt.Sprintf("%.1f", m.SameWork.Seconds), fmt.Sprintf("%.0f", m.SameWork.PostsPerSecond), "", ""},
			row{"  write phase", fmt.Sprint(m.SameWork.Posts), fmt.Sprintf("%.1f", m.SameWork.WriteSeconds), "", "", ""},
			row{"  derived ties", "", fmt.Sprintf("%.1f", m.SameWork.RefreshSeconds), "", "", ""},
			row{"month: loader / same-work", "", "", "", fmt.Sprintf("%.2f", m.Ratio), ""})
	}
	return out
}

func (r *result) print(w io.Writer) {
	fmt.Fprintf(w, "world %d members × %d months (seed %d): %d posts in %d files; batch %d\n",
		r.World.Members, r.World.Months, r.World.Seed, r.World.Posts, r.World.Files, r.Batch)
	fmt.Fprintf(w, "%-20s %10s %10s %10s %8s %10s\n", "run", "posts", "seconds", "posts/s", "ratio", "peak RSS")
	for _, x := range r.rows() {
		fmt.Fprintf(w, "%-20s %10s %10s %10s %8s %10s\n", x.name, x.posts, x.secs, x.rate, x.ratio, x.rss)
	}
	if len(r.LoaderRuns) > 1 {
		fmt.Fprintf(w, "loader runs (s): %v; slowest / fastest %.2f (target ≤ 1.3)\n", r.LoaderRuns, r.LoaderSpread)
	}
	fmt.Fprintf(w, "targets: ratio ≥ %.2f to the same-work baseline, else to the posts-only one (%s), peak RSS ≤ %.0f MB (%s)\n",
		r.Targets.RatioToBaseline, yes(r.Met.Ratio, r.Loader != nil && r.Baseline != nil), r.Targets.PeakRSSMB, yes(r.Met.RSS, r.Loader != nil))
}

func yes(ok, known bool) string {
	switch {
	case !known:
		return "not measured"
	case ok:
		return "met"
	}
	return "missed"
}

func (r *result) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Loader benchmark: %d members × %d months\n\n", r.World.Members, r.World.Months)
	fmt.Fprintf(&b, "%s · `%s`", r.Date, r.Command)
	if r.Code.Commit != "" {
		fmt.Fprintf(&b, " · code %s", r.Code)
	}
	if r.Resumed > 0 {
		fmt.Fprintf(&b, " (resumed %d× on the same code)", r.Resumed)
	}
	b.WriteString("\n\n")
	fmt.Fprintf(&b, "Machine: %d cores (%s), %d MB memory, %s · Go %s · Neo4j %s · driver %s\n\n",
		r.Machine.NProc, r.Machine.CPU, r.Machine.MemoryMB, r.Machine.OS, r.Versions.Go, r.Versions.Neo4j, r.Versions.Driver)
	fmt.Fprintf(&b, "World: seed %d, %d posts (generator count) in %d files, %.0f MB; batch %d posts a transaction.\n\n",
		r.World.Seed, r.World.Posts, r.World.Files, float64(r.World.Bytes)/(1<<20), r.Batch)
	b.WriteString("| run | posts | seconds | posts/s | ratio to baseline | peak RSS |\n|---|---:|---:|---:|---:|---:|\n")
	for _, x := range r.rows() {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", strings.TrimSpace(x.name), x.posts, x.secs, x.rate, x.ratio, x.rss)
	}
	if len(r.LoaderRuns) > 1 {
		fmt.Fprintf(&b, "\nLoader runs, each from an empty store (s): %v; the table shows the median; slowest / fastest %.2f (target ≤ 1.3).\n", r.LoaderRuns, r.LoaderSpread)
	}
	fmt.Fprintf(&b, "\nTargets: ratio ≥ %.2f — %s; loader peak RSS ≤ %.0f MB — %s",
		r.Targets.RatioToBaseline, yes(r.Met.Ratio, r.Loader != nil && r.Baseline != nil), r.Targets.PeakRSSMB, yes(r.Met.RSS, r.Loader != nil))
	if r.Month != nil {
		fmt.Fprintf(&b, "; a month into the graph, loader / same-work ≥ %.2f — %s", r.Targets.RatioToBaseline, yes(r.Met.MonthRatio, true))
	}
	b.WriteString(".\n")
	if r.Loader != nil || r.Baseline != nil || r.Month != nil {
		b.WriteString("\n| | load average (start → end) | CPU s (own) | Neo4j CPU s | posts | accounts | POSTED | REPLY_TO | QUOTES | REPOSTS | MENTIONS | TALKED_WITH | TOOK_PART |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
		for _, x := range []struct {
			name string
			r    *phaseResult
		}{{"loader", r.Loader}, {"baseline", r.Baseline}, {"same-work baseline", r.SameWork}, {"bulk first load", r.bulkLoader()},
			{"months before (loader)", r.monthPart(func(m *monthResult) *phaseResult { return m.Base })},
			{"month into it, loader", r.monthPart(func(m *monthResult) *phaseResult { return m.Loader })},
			{"month into it, same-work", r.monthPart(func(m *monthResult) *phaseResult { return m.SameWork })}} {
			if x.r == nil {
				continue
			}
			g := x.r.Graph
			fmt.Fprintf(&b, "| %s | %s → %s | %.1f | %.1f | %d | %d | %d | %d | %d | %d | %d | %d | %d |\n", x.name, x.r.LoadAvg[0], x.r.LoadAvg[1], x.r.CPUSeconds, x.r.Neo4jCPU,
				g.Posts, g.Accounts, g.Posted, g.ReplyTo, g.Quotes, g.Reposts, g.Mentions, g.TalkedWit, g.TookPart)
		}
	}
	b.WriteString(`
How it is measured: the loader is the real binary (` + "`go build ./loader`" + `), run as a
child process on the generated files; its time is the process's wall time, from start to exit,
including reading and parsing the files, the catalogue, roster and burst-detection passes and the
refresh of derived relationships (the write phase is everything before the refresh). Posts are
the posts with content in the graph afterwards. Peak RSS is the child's maximum resident set
(wait4's rusage). The baseline parses the same post files with loader/archive into memory before
its clock starts, then writes them with one UNWIND statement per batch of the same size, one
managed transaction each, in the same run, against the same Neo4j, from the same empty graph
with the same constraints and indexes. The same-work baseline gets the rows the loader would
write from the loader's own reading, checking, chat detection and assignment (ingest.Capture,
before its clock starts), then writes them in plain UNWIND statements: chats, roster,
accounts and posts with their chats, answers into their parent's chat, then TALKED_WITH and
TOOK_PART over the whole graph once (its write phase is everything before the derived ties).
Each run starts after a warm-up load of a small world, and every measured run (the month's and the
importer's alone too) after the page cache's writes are on disk (sync), so that none pays for the
store copies and deletions of the step before it. The bulk first load is ` + "`loader load --bulk`" + `
into the launcher's empty database (no warm-up: it stops Neo4j for the importer and starts it
again), end to end: reading and checking the files and writing the importer's CSVs, stopping
Neo4j, the import, starting Neo4j with its schema, the online statements for what the importer
does not write, and the refresh; "importer alone" is ` + "`db.sh import`" + ` on the same CSVs, into a
store of its own with Neo4j stopped (the bulk path's limit; the bulk load's graph stays). A month into the graph (` + "`--month`" + `): the world generated in
two parts, its last month apart; the months before loaded by the loader, the store copied, then
the month brought in by the loader and, from the copy, by the same-work baseline (answers put
into chats and derived ties rewritten for the month's authors and chats only, not the whole
graph), each on a Neo4j just restarted; posts are the month's (the graph's after, less before),
and the graph's counts in the table below are the whole graph's.
`)
	if r.Bulk != nil {
		fmt.Fprintf(&b, "\nImporter alone: load average %s → %s; the CSVs %.0f MB.\n", r.Bulk.ImporterLoadAvg[0], r.Bulk.ImporterLoadAvg[1], r.Bulk.CSVMB)
	}
	for _, run := range []struct {
		name string
		p    *phaseResult
	}{{"loader", r.Loader}, {"bulk first load", r.bulkLoader()}} {
		if line := databaseTime(run.p); line != "" {
			fmt.Fprintf(&b, "\nTime in the database, %s (by the store's operation, with its calls, the longest first): %s.\n", run.name, line)
		}
	}
	return b.String()
}

// databaseTime is a loader run's time in the database by operation, as its
// summary gives it (ingest.Summary.DatabaseTime).
func databaseTime(p *phaseResult) string {
	if p == nil || p.Summary == nil {
		return ""
	}
	raw, err := json.Marshal(p.Summary)
	if err != nil {
		return ""
	}
	var sum ingest.Summary
	if err := json.Unmarshal(raw, &sum); err != nil {
		return ""
	}
	return sum.DatabaseTime()
}

func (r *result) monthPart(part func(*monthResult) *phaseResult) *phaseResult {
	if r.Month == nil {
		return nil
	}
	return part(r.Month)
}

func (r *result) bulkLoader() *phaseResult {
	if r.Bulk == nil {
		return nil
	}
	return r.Bulk.Loader
}

func machine() machineInfo {
	m := machineInfo{NProc: runtime.NumCPU(), OS: runtime.GOOS + "/" + runtime.GOARCH}
	if f, err := os.Open("/proc/meminfo"); err == nil {
		s := bufio.NewScanner(f)
		for s.Scan() {
			var kb int64
			if n, _ := fmt.Sscanf(s.Text(), "MemTotal: %d kB", &kb); n == 1 {
				m.MemoryMB = kb / 1024
			}
		}
		f.Close()
	}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		s := bufio.NewScanner(f)
		for s.Scan() {
			if k, v, ok := strings.Cut(s.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	return m
}
