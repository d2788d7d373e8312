package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/peergraph/peergraph/bench/internal/loadgen"
	"github.com/peergraph/peergraph/bench/internal/results"
)

// The targets of the questions: GraphQL's cost over the same store call,
// and the analytic questions' tail latency.
const (
	maxOverheadRatio = 1.15
	maxP99           = 100 * time.Millisecond
)

type questionResult struct {
	Question  string `json:"question"`
	P99Target bool   `json:"p99Target"` // the p99 target applies
	// N is how many requests each path measured: fewer than asked when the
	// question ran out of its time budget.
	N int `json:"n"`
	// Direct is what the direct path asks: Cypher through the driver, or
	// the in-memory read model the server answers the question from.
	Direct string `json:"direct"`
	// HTTPErrors and DirectErrors count the one-at-a-time requests that
	// failed (a timeout, most often); their times are in the percentiles.
	HTTPErrors   int           `json:"httpErrors"`
	DirectErrors int           `json:"directErrors"`
	HTTPP50      time.Duration `json:"httpP50"`
	HTTPP99      time.Duration `json:"httpP99"`
	DirectP50    time.Duration `json:"directP50"`
	DirectP99    time.Duration `json:"directP99"`
	// Ratio is p50 through HTTP over p50 of the same store call; NetRatio
	// the same with the floor's p50 taken off the HTTP time, i.e. what the
	// question's own resolvers and answer add over its store call.
	Ratio    float64 `json:"ratio"`
	NetRatio float64 `json:"netRatio"`
	// Load is the question sent from many clients at once, when asked for.
	Load *loadgen.Result `json:"load,omitempty"`
}

func (q questionResult) metOverhead() bool { return q.Ratio <= maxOverheadRatio }
func (q questionResult) metP99() bool      { return !q.P99Target || q.HTTPP99 < maxP99 }

type report struct {
	At          time.Time    `json:"at"`
	Command     string       `json:"command"`
	GoVersion   string       `json:"goVersion"`
	CPUs        int          `json:"cpus"`
	N           int          `json:"n"`
	Budget      string       `json:"budget,omitempty"` // the time budget of each question's one-at-a-time requests
	Window      [2]time.Time `json:"window"`
	Concurrency int          `json:"concurrency,omitempty"`
	Duration    string       `json:"duration,omitempty"`
	// Floor is `{ __typename }` through the same client and server: what
	// every request costs with no store call (HTTP on loopback, auth,
	// GraphQL, JSON), under which no question's HTTP time can go.
	Floor     floor            `json:"floor"`
	Questions []questionResult `json:"questions"`
}

type floor struct {
	N   int           `json:"n"`
	P50 time.Duration `json:"p50"`
	P99 time.Duration `json:"p99"`
}

func (r *report) print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "HTTP floor ({ __typename }, %d requests): p50 %s, p99 %s\n\n", r.Floor.N, ms(r.Floor.P50), ms(r.Floor.P99))
	head := "question\tn\tfailed (HTTP/direct)\tdirect path\tHTTP p50\tHTTP p99\tdirect p50\tdirect p99\tratio p50\tnet of floor\ttarget\t"
	if r.Concurrency > 0 {
		head += fmt.Sprintf("req/s ×%d\tp99 under load\terrors\t", r.Concurrency)
	}
	fmt.Fprintln(tw, head)
	for _, q := range r.Questions {
		fmt.Fprintf(tw, "%s\t%d\t%d/%d\t%s\t%s\t%s\t%s\t%s\t%.2f\t%.2f\t%s\t", q.Question, q.N, q.HTTPErrors, q.DirectErrors, q.Direct, ms(q.HTTPP50), ms(q.HTTPP99), ms(q.DirectP50), ms(q.DirectP99), q.Ratio, q.NetRatio, q.marks())
		if q.Load != nil {
			fmt.Fprintf(tw, "%.1f\t%s\t%d\t", q.Load.PerSecond, ms(q.Load.P99), q.Load.Errors)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

func (q questionResult) marks() string {
	m := ""
	if q.P99Target {
		m = "p99<100ms:" + ok(q.metP99()) + " "
	}
	return m + "ratio≤1.15:" + ok(q.metOverhead())
}

func (r *report) write(dir, name string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# API questions: HTTP beside the same store call\n\n%s · `%s`\n\n", r.At.Format(time.RFC3339), r.Command)
	fmt.Fprintf(&b, "%d CPUs · %s · window %s – %s · %d requests per question and path, one at a time",
		r.CPUs, r.GoVersion, r.Window[0].Format("2006-01-02"), r.Window[1].Format("2006-01-02"), r.N)
	if r.Concurrency > 0 {
		fmt.Fprintf(&b, "; then %d clients at once for %s", r.Concurrency, r.Duration)
	}
	if r.Budget != "" {
		fmt.Fprintf(&b, " (fewer, n, where a question ran out of its %s budget)", r.Budget)
	}
	fmt.Fprintf(&b, ".\n\nHTTP floor: `{ __typename }` through the same client and server (%d requests) takes p50 %s, p99 %s; "+
		"\"net of floor\" is the ratio with that p50 taken off the HTTP time, i.e. what the question's own resolvers and answer add.\n\n", r.Floor.N, ms(r.Floor.P50), ms(r.Floor.P99))
	b.WriteString("| question | n | failed (HTTP/direct) | direct path | HTTP p50 | HTTP p99 | direct p50 | direct p99 | ratio p50 | net of floor | targets |")
	if r.Concurrency > 0 {
		b.WriteString(" req/s | p99 under load | errors |")
	}
	b.WriteString("\n|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---|")
	if r.Concurrency > 0 {
		b.WriteString("---:|---:|---:|")
	}
	b.WriteString("\n")
	for _, q := range r.Questions {
		fmt.Fprintf(&b, "| %s | %d | %d/%d | %s | %s | %s | %s | %s | %.2f | %.2f | %s |", q.Question, q.N, q.HTTPErrors, q.DirectErrors, q.Direct, ms(q.HTTPP50), ms(q.HTTPP99), ms(q.DirectP50), ms(q.DirectP99), q.Ratio, q.NetRatio, q.marks())
		if q.Load != nil {
			fmt.Fprintf(&b, " %.1f | %s | %d |", q.Load.PerSecond, ms(q.Load.P99), q.Load.Errors)
		}
		b.WriteString("\n")
	}
	return results.Write(dir, name, r, b.String())
}
