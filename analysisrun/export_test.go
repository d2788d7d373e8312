package analysisrun

import (
	"bytes"
	"context"
	"encoding/csv"
	"math"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/readmodel"
)

// Pair betweenness is in the exports in full: pair-betweenness.csv has a
// row for every professional and pair with a share, and each pair's rows
// add up to the shares of everyone in it; nodes.csv has a column a pair.
func TestExportHasPairBetweenness(t *testing.T) {
	b := analysis.NewBuilder()
	// Two triangles of nurses joined through a pharmacist and a doctor.
	for id, p := range map[string]string{"n1": "nurse", "n2": "nurse", "n3": "nurse", "m1": "nurse", "m2": "nurse", "m3": "nurse", "ph": "pharmacist", "dr": "doctor"} {
		b.AddNode(id, p)
	}
	for _, e := range [][2]string{{"n1", "n2"}, {"n2", "n3"}, {"n3", "n1"}, {"m1", "m2"}, {"m2", "m3"}, {"m3", "m1"}, {"n1", "ph"}, {"ph", "dr"}, {"dr", "m1"}} {
		b.AddEdge(e[0], e[1], 1)
	}
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	res, err := analysis.Analyze(context.Background(), g, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rec := Record("x", Request{}, res, time.Now(), time.Now())
	e := ExportOf(g, &readmodel.Projection{}, MetricsOfRecord(g, rec))

	var long, nodes bytes.Buffer
	if err := analysis.Writers["pair-betweenness.csv"].Write(&long, e); err != nil {
		t.Fatal(err)
	}
	if err := analysis.WriteNodesCSV(&nodes, e); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&long).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], []string{"id", "label", "between", "and", "share"}) {
		t.Fatalf("header %v", rows[0])
	}
	sums := map[string]float64{}
	for _, r := range rows[1:] {
		x, err := strconv.ParseFloat(r[4], 64)
		if err != nil {
			t.Fatal(err)
		}
		sums[r[2]+"|"+r[3]] += x
	}
	if len(rec.Analysis.PairBetweenness) == 0 {
		t.Fatal("no pair totals")
	}
	for _, p := range rec.Analysis.PairBetweenness {
		if math.Abs(sums[p.Between+"|"+p.And]-p.Shares) > 1e-9 {
			t.Errorf("pair %s|%s: rows add up to %v, the pair's shares to %v", p.Between, p.And, sums[p.Between+"|"+p.And], p.Shares)
		}
	}
	// The pharmacist and the doctor carry every shortest path between the
	// two triangles: between nurses, each of them has a share.
	ph, _ := g.Index("ph")
	nurse := map[string]float64{}
	for _, r := range rows[1:] {
		if r[2] == "nurse" && r[3] == "nurse" {
			nurse[r[0]], _ = strconv.ParseFloat(r[4], 64)
		}
	}
	if nurse["ph"] <= 0 || nurse["dr"] <= 0 || nurse["ph"] != nurse["dr"] {
		t.Errorf("nurse|nurse shares %v: want ph and dr equal and above 0", nurse)
	}
	head, err := csv.NewReader(&nodes).Read()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(head, "pair_betweenness[nurse|nurse]") {
		t.Errorf("nodes.csv header %v has no pair_betweenness[nurse|nurse]", head)
	}
	for _, a := range e.Attrs {
		if a.Name == "pair_betweenness[nurse|nurse]" && a.Values[ph] != nurse["ph"] {
			t.Errorf("ph's pair_betweenness[nurse|nurse] %v, long form %v", a.Values[ph], nurse["ph"])
		}
	}
}
