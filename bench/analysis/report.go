package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/bench/internal/cmdline"
	"github.com/peergraph/peergraph/bench/internal/results"
)

type impl struct {
	Name     string             `json:"name"`
	Version  string             `json:"version,omitempty"`
	Seconds  map[string]float64 `json:"seconds"`            // by stage, "load" the reading of the edge list
	TimedOut map[string]bool    `json:"timedOut,omitempty"` // stages stopped at the time limit: their seconds are that limit
	Total    float64            `json:"total"`              // the stages it has, load included
}

type graphInfo struct {
	Nodes, Arcs, Edges, Groups int
}

type betweennessInfo struct {
	Exact      bool    `json:"exact"`
	Pivots     int     `json:"pivots"`
	ErrorBound float64 `json:"errorBound"`
	Confidence float64 `json:"confidence"`
	// ChosenBy is what chose exact or sampled (budget, pivots, exactUpTo,
	// exact); with a budget, the probe's time per source and the exact
	// run's estimate.
	ChosenBy              string  `json:"chosenBy"`
	BudgetSeconds         float64 `json:"budgetSeconds,omitempty"`
	PerSourceMs           float64 `json:"perSourceMs,omitempty"`
	EstimatedExactSeconds float64 `json:"estimatedExactSeconds,omitempty"`
}

// loadAverage is the machine's 1-, 5- and 15-minute load average, which
// the figures depend on (the machine is shared).
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

type result struct {
	Date        string            `json:"date"`
	Command     string            `json:"command"`
	Machine     map[string]string `json:"machine"`
	World       map[string]any    `json:"world"`
	Graph       graphInfo         `json:"graph"`
	Betweenness betweennessInfo   `json:"betweenness"`
	// CommunityMethod is louvain or leiden; LoadBefore and LoadAfter the
	// load average when peergraph's analysis started and ended.
	CommunityMethod string             `json:"communityMethod"`
	LoadBefore      string             `json:"loadAverageBefore"`
	LoadAfter       string             `json:"loadAverageAfter"`
	Modularity      map[string]float64 `json:"modularity"`
	Communities     map[string]int     `json:"communities"`
	Impls           []impl             `json:"implementations"`
	Target          float64            `json:"targetSeconds"`
	Met             struct {
		Under60          bool `json:"under60s"`
		FasterThanNX     bool `json:"fasterThanNetworkx"`
		NetworkxTimedOut bool `json:"networkxTimedOut"`
	} `json:"met"`
}

// stages are the load and every stage of analysis.Analyze, as the total counts them.
var stages = append([]string{"load"}, analysis.Stages...)

func newResult(o options) *result {
	r := &result{Date: time.Now().UTC().Format(time.RFC3339), Command: cmdline.String("go run ./bench/analysis", os.Args[1:]), Target: 60}
	r.Machine = map[string]string{"nproc": fmt.Sprint(runtime.NumCPU()), "go": runtime.Version(), "cpu": cpuModel()}
	r.World = map[string]any{"members": o.members, "months": o.months, "seed": o.seed, "window": "last 180 days of the world"}
	return r
}

func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}

func (r *result) finish() {
	for i := range r.Impls {
		for _, s := range stages {
			r.Impls[i].Total += r.Impls[i].Seconds[s]
		}
	}
	r.Met.Under60 = r.Impls[0].Total < r.Target
	for _, im := range r.Impls[1:] {
		if im.Name == "networkx" {
			r.Met.FasterThanNX = r.Impls[0].Total < im.Total
			r.Met.NetworkxTimedOut = len(im.TimedOut) > 0
		}
	}
}

func cell(im impl, s string) string {
	v, ok := im.Seconds[s]
	switch {
	case !ok:
		return "–"
	case im.TimedOut[s]:
		return fmt.Sprintf("> %.0f", v)
	default:
		return fmt.Sprintf("%.2f", v)
	}
}

func (r *result) table(w io.Writer, md bool) {
	head := append([]string{"stage"}, names(r.Impls)...)
	row := func(cells []string) {
		if md {
			fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
			return
		}
		for i, c := range cells {
			if i == 0 {
				fmt.Fprintf(w, "%-18s", c)
			} else {
				fmt.Fprintf(w, " %16s", c)
			}
		}
		fmt.Fprintln(w)
	}
	row(head)
	if md {
		row(strings.Split(strings.Repeat("---,", len(head)-1)+"---", ","))
	}
	for _, s := range stages {
		cells := []string{s}
		for _, im := range r.Impls {
			cells = append(cells, cell(im, s))
		}
		row(cells)
	}
	cells := []string{"total (s)"}
	for _, im := range r.Impls {
		t := fmt.Sprintf("%.2f", im.Total)
		if len(im.TimedOut) > 0 {
			t = "> " + t
		}
		cells = append(cells, t)
	}
	row(cells)
}

func names(ims []impl) []string {
	var out []string
	for _, im := range ims {
		n := im.Name
		if im.Version != "" {
			n += " " + im.Version
		}
		out = append(out, n)
	}
	return out
}

func (r *result) summary(w io.Writer) {
	b := r.Betweenness
	fmt.Fprintf(w, "graph: %d nodes, %d directed ties, %d undirected, %d professions\n", r.Graph.Nodes, r.Graph.Arcs, r.Graph.Edges, r.Graph.Groups)
	if b.Exact {
		fmt.Fprint(w, "betweenness: exact")
	} else {
		fmt.Fprintf(w, "betweenness: sampled, %d pivots; every node within ±%.4f (normalised) with %.0f%% confidence (Hoeffding, union bound)",
			b.Pivots, b.ErrorBound, 100*b.Confidence)
	}
	if b.ChosenBy == "budget" {
		fmt.Fprintf(w, "; chosen by the %.0f s budget: %.2f ms a source at the rate the run achieved, exact estimated at %.1f s", b.BudgetSeconds, b.PerSourceMs, b.EstimatedExactSeconds)
	} else {
		fmt.Fprintf(w, "; chosen by %s", b.ChosenBy)
	}
	fmt.Fprintf(w, "\ncommunities: %s; load average %s at the start of the analysis, %s at its end (2 cores, shared)\n", r.CommunityMethod, r.LoadBefore, r.LoadAfter)
	fmt.Fprintf(w, "modularity: %v; communities: %v\n", r.Modularity, r.Communities)
	nx := "networkx not run"
	for _, im := range r.Impls {
		if im.Name == "networkx" {
			nx = fmt.Sprint(r.Met.FasterThanNX)
		}
	}
	fmt.Fprintf(w, "target: under %.0f s: %v; faster than networkx: %s\n", r.Target, r.Met.Under60, nx)
}

func (r *result) print(w io.Writer) {
	r.summary(w)
	r.table(w, false)
}

func (r *result) write(dir, name string) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "# Analysis benchmark, %s\n\n`%s` on %s (%s cores), Go %s.\n\n", r.Date, r.Command, r.Machine["cpu"], r.Machine["nproc"], r.Machine["go"])
	fmt.Fprintf(&sb, "World: %v members × %v months (seed %v), window %v.\n\n```\n", r.World["members"], r.World["months"], r.World["seed"], r.World["window"])
	r.summary(&sb)
	sb.WriteString("```\n\nSeconds per stage (\"> N\": stopped at the time limit; \"–\": the library has no such measure; peergraph's betweenness stage also computes betweenness between every pair of professions):\n\n")
	r.table(&sb, true)
	return results.Write(dir, name, r, sb.String())
}
