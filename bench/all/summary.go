package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/peergraph/peergraph/bench/internal/results"
)

// The parts of each step's JSON that the summary reads.
type loadResult struct {
	World struct {
		Posts int `json:"posts"`
	} `json:"world"`
	Loader *struct {
		Seconds        float64 `json:"seconds"`
		PostsPerSecond float64 `json:"postsPerSecond"`
		PeakRSSMB      float64 `json:"peakRSSMB"`
	} `json:"loader"`
	Baseline *struct {
		PostsPerSecond float64 `json:"postsPerSecond"`
	} `json:"baseline"`
	Ratio    float64 `json:"ratioToBaseline"`
	SameWork *struct {
		PostsPerSecond float64 `json:"postsPerSecond"`
	} `json:"sameWork"`
	SameWorkRatio float64   `json:"ratioToSameWork"`
	LoaderRuns    []float64 `json:"loaderRuns"`
	LoaderSpread  float64   `json:"loaderSpread"`
	Bulk          *struct {
		Loader *struct {
			Seconds   float64 `json:"seconds"`
			PeakRSSMB float64 `json:"peakRSSMB"`
		} `json:"loader"`
		ImporterSeconds float64 `json:"importerSeconds"`
	} `json:"bulk"`
	Month *struct {
		Loader *struct {
			PostsPerSecond float64 `json:"postsPerSecond"`
		} `json:"loader"`
		SameWork *struct {
			PostsPerSecond float64 `json:"postsPerSecond"`
		} `json:"sameWork"`
		Ratio float64 `json:"ratioToSameWork"`
	} `json:"month"`
}

type apiResult struct {
	Floor struct {
		P50 time.Duration `json:"p50"`
	} `json:"floor"`
	Questions []struct {
		Question  string        `json:"question"`
		P99Target bool          `json:"p99Target"`
		N         int           `json:"n"`
		HTTPErrs  int           `json:"httpErrors"`
		HTTPP50   time.Duration `json:"httpP50"`
		HTTPP99   time.Duration `json:"httpP99"`
		DirectP50 time.Duration `json:"directP50"`
		Ratio     float64       `json:"ratio"`
		NetRatio  float64       `json:"netRatio"`
		Load      *struct {
			PerSecond float64 `json:"perSecond"`
			Errors    int     `json:"errors"`
		} `json:"load"`
	} `json:"questions"`
}

type genericResult struct {
	Rows []struct {
		Read   string `json:"read"`
		Server string `json:"server"`
		Result struct {
			PerSecond float64 `json:"perSecond"`
			Errors    int     `json:"errors"`
		} `json:"result"`
	} `json:"rows"`
	Ratios map[string]float64 `json:"ratios"`
}

type analysisResult struct {
	Implementations []struct {
		Name     string          `json:"name"`
		Total    float64         `json:"total"`
		TimedOut map[string]bool `json:"timedOut"`
	} `json:"implementations"`
}

type freshnessPhase struct {
	Requests        int           `json:"requests"`
	Errors          int           `json:"errors"`
	Behind          int           `json:"behind"`
	P99             time.Duration `json:"p99"`
	LoadSeconds     float64       `json:"loadSeconds"`
	GapSeconds      float64       `json:"gapSeconds"`
	RecoverySeconds float64       `json:"recoverySeconds"`
}

type freshnessResult struct {
	Load   *freshnessPhase `json:"afterLoad"`
	Outage *freshnessPhase `json:"outage"`
}

type scale struct {
	Members         int             `json:"members"`
	Months          int             `json:"months"`
	Load            loadResult      `json:"load"`
	API             apiResult       `json:"api"`
	Generic         genericResult   `json:"generic"`
	Analysis        analysisResult  `json:"analysis"`
	Freshness       freshnessResult `json:"freshness"`
	ServerPeakRSSMB float64         `json:"serverPeakRSSMB"`
}

// figure is one line of the table: its value at each scale, how it grows,
// and its target where it has one.
type figure struct {
	Name     string    `json:"name"`
	Unit     string    `json:"unit"`
	Values   []float64 `json:"values"` // per scale; NaN where not measured
	Exponent float64   `json:"exponent"`
	Target   string    `json:"target,omitempty"`
	// Met says whether the largest scale meets the target (nil: no target).
	Met *bool `json:"met,omitempty"`
}

// MarshalJSON writes what was not measured (NaN, which JSON lacks) as null.
func (f figure) MarshalJSON() ([]byte, error) {
	orNull := func(v float64) *float64 {
		if math.IsNaN(v) {
			return nil
		}
		return &v
	}
	values := make([]*float64, len(f.Values))
	for i, v := range f.Values {
		values[i] = orNull(v)
	}
	type plain figure // without this method
	return json.Marshal(struct {
		plain
		Values   []*float64 `json:"values"`
		Exponent *float64   `json:"exponent"`
	}{plain(f), values, orNull(f.Exponent)})
}

type summary struct {
	At      time.Time `json:"at"`
	Command string    `json:"command"`
	Machine string    `json:"machine"`
	// Code is the version of the code every figure was measured on
	// (results.CodeVersion): steps taken from an earlier run (--resume)
	// were measured on the same.
	Code    results.Code `json:"code"`
	Scales  []scale      `json:"scales"`
	Figures []figure     `json:"figures"`
}

func machine() string {
	cpu := ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "model name") {
				cpu = strings.TrimSpace(strings.SplitN(l, ":", 2)[1])
				break
			}
		}
	}
	return fmt.Sprintf("%d cores (%s), %s/%s, %s", runtime.NumCPU(), cpu, runtime.GOOS, runtime.GOARCH, runtime.Version())
}

// fit builds the figures from the scales' results.
func (s *summary) fit() {
	nan := math.NaN()
	per := func(f func(sc *scale) float64) []float64 {
		out := make([]float64, len(s.Scales))
		for i := range s.Scales {
			out[i] = f(&s.Scales[i])
		}
		return out
	}
	add := func(name, unit, target string, met func(v float64) bool, f func(sc *scale) float64) {
		fg := figure{Name: name, Unit: unit, Values: per(f), Target: target}
		fg.Exponent = exponent(s.members(), fg.Values)
		// Judged at the largest scale measured: some figures are measured
		// at the smallest alone (the loader's runs).
		for i := len(fg.Values) - 1; i >= 0 && met != nil; i-- {
			if v := fg.Values[i]; !math.IsNaN(v) {
				m := met(v)
				fg.Met = &m
				break
			}
		}
		s.Figures = append(s.Figures, fg)
	}
	add("posts in the world", "posts", "", nil, func(sc *scale) float64 { return orNaN(float64(sc.Load.World.Posts)) })
	add("loader", "posts/s", "", nil, func(sc *scale) float64 {
		if sc.Load.Loader == nil {
			return nan
		}
		return sc.Load.Loader.PostsPerSecond
	})
	add("UNWIND baseline", "posts/s", "", nil, func(sc *scale) float64 {
		if sc.Load.Baseline == nil {
			return nan
		}
		return sc.Load.Baseline.PostsPerSecond
	})
	add("loader / baseline", "ratio", "", nil, func(sc *scale) float64 { return orNaN(sc.Load.Ratio) })
	add("same-work baseline (posts, chats, derived ties)", "posts/s", "", nil, func(sc *scale) float64 {
		if sc.Load.SameWork == nil {
			return nan
		}
		return sc.Load.SameWork.PostsPerSecond
	})
	add("loader / same-work baseline", "ratio", "≥ 0.8", func(v float64) bool { return v >= 0.8 }, func(sc *scale) float64 { return orNaN(sc.Load.SameWorkRatio) })
	add("online loader: slowest / fastest run (smallest scale)", "ratio", "≤ 1.3", func(v float64) bool { return v <= 1.3 }, func(sc *scale) float64 {
		if len(sc.Load.LoaderRuns) < 2 {
			return nan
		}
		return sc.Load.LoaderSpread
	})
	add("loader peak RSS", "MB", "≤ 300", func(v float64) bool { return v <= 300 }, func(sc *scale) float64 {
		if sc.Load.Loader == nil {
			return nan
		}
		return sc.Load.Loader.PeakRSSMB
	})
	bulk := func(f func(sc *scale) float64) func(sc *scale) float64 {
		return func(sc *scale) float64 {
			if b := sc.Load.Bulk; b == nil || b.Loader == nil || b.Loader.Seconds == 0 {
				return nan
			}
			return f(sc)
		}
	}
	add("bulk first load", "s", "", nil, bulk(func(sc *scale) float64 { return sc.Load.Bulk.Loader.Seconds }))
	add("bulk first load / importer alone", "×", "≤ 2", func(v float64) bool { return v <= 2 }, bulk(func(sc *scale) float64 {
		return sc.Load.Bulk.Loader.Seconds / sc.Load.Bulk.ImporterSeconds
	}))
	add("online first load / bulk", "×", "≥ 5", func(v float64) bool { return v >= 5 }, bulk(func(sc *scale) float64 {
		if sc.Load.Loader == nil {
			return nan
		}
		return sc.Load.Loader.Seconds / sc.Load.Bulk.Loader.Seconds
	}))
	add("bulk first load peak RSS", "MB", "", nil, bulk(func(sc *scale) float64 { return sc.Load.Bulk.Loader.PeakRSSMB }))
	month := func(f func(sc *scale) float64) func(sc *scale) float64 {
		return func(sc *scale) float64 {
			if m := sc.Load.Month; m == nil || m.Loader == nil || m.SameWork == nil {
				return nan
			}
			return f(sc)
		}
	}
	add("a month into the graph: loader", "posts/s", "", nil, month(func(sc *scale) float64 { return sc.Load.Month.Loader.PostsPerSecond }))
	add("a month into the graph: same-work baseline", "posts/s", "", nil, month(func(sc *scale) float64 { return sc.Load.Month.SameWork.PostsPerSecond }))
	add("a month into the graph: loader / same-work", "ratio", "≥ 0.8", func(v float64) bool { return v >= 0.8 }, month(func(sc *scale) float64 { return sc.Load.Month.Ratio }))
	add("HTTP floor p50 ({ __typename })", "ms", "", nil, func(sc *scale) float64 {
		if sc.API.Floor.P50 == 0 {
			return nan // results from before the floor was measured
		}
		return msf(sc.API.Floor.P50)
	})
	for _, q := range s.questions() {
		get := func(f func(i int, sc *scale) float64) func(sc *scale) float64 {
			return func(sc *scale) float64 {
				for i, x := range sc.API.Questions {
					if x.Question == q.name {
						return f(i, sc)
					}
				}
				return nan
			}
		}
		add(q.name+" p50 (HTTP)", "ms", "", nil, get(func(i int, sc *scale) float64 { return msf(sc.API.Questions[i].HTTPP50) }))
		if q.target {
			add(q.name+" p99 (HTTP)", "ms", "< 100", func(v float64) bool { return v < 100 }, get(func(i int, sc *scale) float64 { return msf(sc.API.Questions[i].HTTPP99) }))
		} else {
			add(q.name+" p99 (HTTP)", "ms", "", nil, get(func(i int, sc *scale) float64 { return msf(sc.API.Questions[i].HTTPP99) }))
		}
		add(q.name+" requests measured", "each path", "", nil, get(func(i int, sc *scale) float64 { return float64(sc.API.Questions[i].N) }))
		add(q.name+" failed one at a time (HTTP)", "requests", "0", func(v float64) bool { return v == 0 }, get(func(i int, sc *scale) float64 { return float64(sc.API.Questions[i].HTTPErrs) }))
		add(q.name+" p50 (driver)", "ms", "", nil, get(func(i int, sc *scale) float64 { return msf(sc.API.Questions[i].DirectP50) }))
		add(q.name+" added by HTTP and GraphQL (p50)", "ms", "≤ 1", func(v float64) bool { return v <= 1 }, get(func(i int, sc *scale) float64 {
			x := sc.API.Questions[i]
			if x.HTTPP50 == 0 || x.DirectP50 == 0 {
				return nan
			}
			return msf(x.HTTPP50 - x.DirectP50)
		}))
		add(q.name+" GraphQL overhead", "ratio", "≤ 1.15", func(v float64) bool { return v <= 1.15 }, get(func(i int, sc *scale) float64 { return sc.API.Questions[i].Ratio }))
		add(q.name+" overhead net of the HTTP floor", "ratio", "", nil, get(func(i int, sc *scale) float64 {
			if sc.API.Floor.P50 == 0 {
				return nan
			}
			return sc.API.Questions[i].NetRatio
		}))
		add(q.name+" throughput", "req/s", "", nil, get(func(i int, sc *scale) float64 {
			if l := sc.API.Questions[i].Load; l != nil {
				return l.PerSecond
			}
			return nan
		}))
		add(q.name+" errors under load", "requests", "0", func(v float64) bool { return v == 0 }, get(func(i int, sc *scale) float64 {
			if l := sc.API.Questions[i].Load; l != nil {
				return float64(l.Errors)
			}
			return nan
		}))
	}
	for _, read := range s.reads() {
		for _, server := range []string{"peergraph", "@neo4j/graphql"} {
			add(read+": "+server, "req/s", "", nil, func(sc *scale) float64 {
				for _, r := range sc.Generic.Rows {
					if r.Read == read && r.Server == server {
						return r.Result.PerSecond
					}
				}
				return nan
			})
		}
		add(read+": peergraph / peer", "ratio", "≥ 2", func(v float64) bool { return v >= 2 }, func(sc *scale) float64 {
			if r, ok := sc.Generic.Ratios[read]; ok {
				return r
			}
			return nan
		})
	}
	for _, impl := range s.implementations() {
		target, met := "", (func(float64) bool)(nil)
		if strings.HasPrefix(impl, "peergraph") {
			target, met = "< 60", func(v float64) bool { return v < 60 }
		}
		add("analysis, all of it: "+impl, "s", target, met, func(sc *scale) float64 {
			for _, x := range sc.Analysis.Implementations {
				if x.Name == impl {
					return x.Total
				}
			}
			return nan
		})
	}
	add("analysis: peergraph / networkx", "ratio", "< 1", func(v float64) bool { return v < 1 }, func(sc *scale) float64 {
		var ours, nx float64
		for _, x := range sc.Analysis.Implementations {
			switch {
			case strings.HasPrefix(x.Name, "peergraph"):
				ours = x.Total
			case x.Name == "networkx":
				nx = x.Total
			}
		}
		if ours == 0 || nx == 0 {
			return nan
		}
		return ours / nx
	})
	phase := func(of func(sc *scale) *freshnessPhase, f func(p *freshnessPhase) float64) func(sc *scale) float64 {
		return func(sc *scale) float64 {
			if p := of(sc); p != nil {
				return f(p)
			}
			return nan
		}
	}
	afterLoad := func(sc *scale) *freshnessPhase { return sc.Freshness.Load }
	outage := func(sc *scale) *freshnessPhase { return sc.Freshness.Outage }
	zero := func(v float64) bool { return v == 0 }
	under100 := func(v float64) bool { return v < 100 }
	add("a live chat's load", "s", "", nil, phase(afterLoad, func(p *freshnessPhase) float64 { return p.LoadSeconds }))
	add("after a load: until the model has it", "s", "", nil, phase(afterLoad, func(p *freshnessPhase) float64 { return p.GapSeconds }))
	add("after a load: questions p99", "ms", "< 100", under100, phase(afterLoad, func(p *freshnessPhase) float64 { return msf(p.P99) }))
	add("after a load: questions failed", "requests", "0", zero, phase(afterLoad, func(p *freshnessPhase) float64 { return float64(p.Errors) }))
	add("Neo4j stopped: questions p99", "ms", "< 100", under100, phase(outage, func(p *freshnessPhase) float64 { return msf(p.P99) }))
	add("Neo4j stopped: questions failed", "requests", "0", zero, phase(outage, func(p *freshnessPhase) float64 { return float64(p.Errors) }))
	add("Neo4j stopped: answers marked behind", "share", "1", func(v float64) bool { return v == 1 }, phase(outage, func(p *freshnessPhase) float64 {
		return float64(p.Behind) / float64(max(p.Requests-p.Errors, 1))
	}))
	add("Neo4j back: until the model is current", "s", "", nil, phase(outage, func(p *freshnessPhase) float64 { return p.RecoverySeconds }))
	add("server peak RSS", "MB", "", nil, func(sc *scale) float64 { return orNaN(sc.ServerPeakRSSMB) })
}

type questionName struct {
	name   string
	target bool
}

// implementations are the analysis benchmark's, in its order.
func (s *summary) implementations() []string {
	var out []string
	seen := map[string]bool{}
	for _, sc := range s.Scales {
		for _, x := range sc.Analysis.Implementations {
			if !seen[x.Name] {
				seen[x.Name] = true
				out = append(out, x.Name)
			}
		}
	}
	return out
}

func (s *summary) questions() []questionName {
	var out []questionName
	seen := map[string]bool{}
	for _, sc := range s.Scales {
		for _, q := range sc.API.Questions {
			if !seen[q.Question] {
				seen[q.Question] = true
				out = append(out, questionName{q.Question, q.P99Target})
			}
		}
	}
	return out
}

func (s *summary) reads() []string {
	var out []string
	seen := map[string]bool{}
	for _, sc := range s.Scales {
		for _, r := range sc.Generic.Rows {
			if !seen[r.Read] {
				seen[r.Read] = true
				out = append(out, r.Read)
			}
		}
	}
	return out
}

func (s *summary) members() []float64 {
	out := make([]float64, len(s.Scales))
	for i, sc := range s.Scales {
		out[i] = float64(sc.Members)
	}
	return out
}

// exponent is the least-squares slope of log(value) on log(members): how a
// figure grows with the world (1 is linear; above 1, superlinear). NaN with
// fewer than two positive values.
func exponent(x, y []float64) float64 {
	var lx, ly []float64
	for i := range x {
		if y[i] > 0 && !math.IsNaN(y[i]) && x[i] > 0 {
			lx, ly = append(lx, math.Log(x[i])), append(ly, math.Log(y[i]))
		}
	}
	n := float64(len(lx))
	if n < 2 {
		return math.NaN()
	}
	var sx, sy, sxx, sxy float64
	for i := range lx {
		sx, sy, sxx, sxy = sx+lx[i], sy+ly[i], sxx+lx[i]*lx[i], sxy+lx[i]*ly[i]
	}
	den := n*sxx - sx*sx
	if den == 0 {
		return math.NaN()
	}
	return (n*sxy - sx*sy) / den
}

func orNaN(v float64) float64 {
	if v == 0 {
		return math.NaN()
	}
	return v
}

func msf(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// markdown is the table: one row a figure, one column a scale.
func (s *summary) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s · `%s` · %s", s.At.Format("2006-01-02 15:04 MST"), s.Command, s.Machine)
	if s.Code.Commit != "" {
		fmt.Fprintf(&b, " · every figure on code %s", s.Code)
	}
	b.WriteString("\n\n")
	b.WriteString("| figure | unit |")
	for _, sc := range s.Scales {
		fmt.Fprintf(&b, " %dk members |", sc.Members/1000)
	}
	b.WriteString(" exponent | target | met |\n|---|---|")
	for range s.Scales {
		b.WriteString("---:|")
	}
	b.WriteString("---:|---|---|\n")
	for _, f := range s.Figures {
		fmt.Fprintf(&b, "| %s | %s |", f.Name, f.Unit)
		for _, v := range f.Values {
			fmt.Fprintf(&b, " %s |", num(v))
		}
		met := ""
		if f.Met != nil {
			met = map[bool]string{true: "yes", false: "**no**"}[*f.Met]
		}
		fmt.Fprintf(&b, " %s | %s | %s |\n", num(f.Exponent), f.Target, met)
	}
	b.WriteString("\nExponent: the slope of log(figure) on log(members) — 1 grows linearly with the world, above 1 faster.\n")
	return b.String()
}

func num(v float64) string {
	switch {
	case math.IsNaN(v):
		return "–"
	case math.Abs(v) >= 100:
		return fmt.Sprintf("%.0f", v)
	case math.Abs(v) >= 10:
		return fmt.Sprintf("%.1f", v)
	default:
		return fmt.Sprintf("%.2f", v)
	}
}

const (
	readmeStart = "<!-- bench:start -->"
	readmeEnd   = "<!-- bench:end -->"
)

func (s *summary) write(dir, readme string) error {
	if err := results.Write(dir, "bench", s, "# make bench\n\n"+s.markdown()); err != nil {
		return err
	}
	fmt.Print(s.markdown())
	logf("wrote %s and %s", filepath.Join(dir, "bench.json"), filepath.Join(dir, "bench.md"))
	if readme == "" {
		return nil
	}
	b, err := os.ReadFile(readme)
	if err != nil {
		return err
	}
	text := string(b)
	i, j := strings.Index(text, readmeStart), strings.Index(text, readmeEnd)
	if i < 0 || j < i {
		return fmt.Errorf("%s has no %s … %s markers for the table", readme, readmeStart, readmeEnd)
	}
	text = text[:i+len(readmeStart)] + "\n" + s.markdown() + text[j:]
	return os.WriteFile(readme, []byte(text), 0o644)
}
