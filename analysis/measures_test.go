package analysis

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// referenceMore is what reference.py's more_measures and more_directed
// write: networkx 3.4.2's numbers for the measures of issue 19.
type referenceMore struct {
	Closeness              map[string]float64 `json:"closeness"`
	Harmonic               map[string]float64 `json:"harmonic"`
	PageRank               map[string]float64 `json:"pagerank"`
	Eigenvector            map[string]float64 `json:"eigenvector"`
	Clustering             map[string]float64 `json:"clustering"`
	Transitivity           float64            `json:"transitivity"`
	Triangles              int64              `json:"triangles"`
	CoreNumber             map[string]int     `json:"core_number"`
	Density                float64            `json:"density"`
	ComponentSizes         []int              `json:"component_sizes"`
	BetweennessWeightedRaw map[string]float64 `json:"betweenness_weighted_raw"`
	BetweennessWeighted    map[string]float64 `json:"betweenness_weighted"`
	TriadCensus            map[string]int64   `json:"triad_census"`
	Assortativity          *float64           `json:"assortativity"`
	NetworkEI              *struct {
		External, Internal int
		EI                 float64
	} `json:"network_ei"`
	// Directed only.
	DensityDirected             float64            `json:"density_directed"`
	Reciprocity                 float64            `json:"reciprocity"`
	WeakComponentSizes          []int              `json:"weak_component_sizes"`
	StrongComponentSizes        []int              `json:"strong_component_sizes"`
	AssortativityDirected       *float64           `json:"assortativity_directed"`
	BetweennessDirectedRaw      map[string]float64 `json:"betweenness_directed_raw"`
	BetweennessDirected         map[string]float64 `json:"betweenness_directed"`
	BetweennessDirectedWeighted map[string]float64 `json:"betweenness_directed_weighted"`
}

func loadMore(t *testing.T) (map[string]*referenceMore, *referenceMore) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(fixtures, "reference.json"))
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Graphs map[string]struct {
			More *referenceMore `json:"more"`
		} `json:"graphs"`
		Directed struct {
			More *referenceMore `json:"more"`
		} `json:"directed"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	out := map[string]*referenceMore{}
	for name, g := range r.Graphs {
		if g.More == nil {
			t.Fatalf("reference.json has no measures of issue 19 for %s: run make reference", name)
		}
		out[name] = g.More
	}
	if r.Directed.More == nil {
		t.Fatal("reference.json has no measures of issue 19 for the directed graph: run make reference")
	}
	return out, r.Directed.More
}

type perNode struct {
	what string
	got  []float64
	want map[string]float64
}

func ints(xs []int) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x)
	}
	return out
}

func intMap(m map[string]int) map[string]float64 {
	out := map[string]float64{}
	for k, v := range m {
		out[k] = float64(v)
	}
	return out
}

// nodeMeasures are the per-node measures of issue 19 on g, beside the
// reference's, read the same way for an undirected and a directed graph.
func nodeMeasures(t *testing.T, g *Graph, r *referenceMore) []perNode {
	t.Helper()
	ctx := context.Background()
	cl, err := ComputeCloseness(ctx, g, PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !cl.Exact || cl.Pivots != g.N() {
		t.Fatalf("closeness walked %d sources of %d, exact %v", cl.Pivots, g.N(), cl.Exact)
	}
	pr, err := PageRank(ctx, g)
	if err != nil || !pr.Converged {
		t.Fatalf("pagerank: %v, converged %v after %d", err, pr != nil && pr.Converged, pr.Iterations)
	}
	ev, err := Eigenvector(ctx, g)
	if err != nil || !ev.Converged {
		t.Fatalf("eigenvector: %v, converged %v", err, ev != nil && ev.Converged)
	}
	cc, err := ComputeClustering(ctx, g)
	if err != nil {
		t.Fatal(err)
	}
	wb, err := ComputePathBetweenness(ctx, g, false, true, PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkFloat(t, "transitivity", cc.Transitivity, r.Transitivity)
	if cc.Triangles != r.Triangles {
		t.Errorf("triangles %d, want %d", cc.Triangles, r.Triangles)
	}
	checkFloat(t, "density", Density(g), r.Density)
	return []perNode{
		{"closeness", cl.Closeness, r.Closeness},
		{"harmonic", cl.Harmonic, r.Harmonic},
		{"pagerank", pr.Values, r.PageRank},
		{"eigenvector", ev.Values, r.Eigenvector},
		{"clustering", cc.Local, r.Clustering},
		{"core number", ints(CoreNumbers(g)), intMap(r.CoreNumber)},
		{"weighted betweenness (raw)", wb.Raw, r.BetweennessWeightedRaw},
		{"weighted betweenness", wb.Normalized, r.BetweennessWeighted},
	}
}

func checkFloat(t *testing.T, what string, got, want float64) {
	t.Helper()
	t.Logf("%s: |diff| %.3g", what, math.Abs(got-want))
	if math.IsNaN(got) || math.Abs(got-want) > exact {
		t.Errorf("%s: %v, want %v", what, got, want)
	}
}

func checkNodes(t *testing.T, name string, g *Graph, cs []perNode) {
	t.Helper()
	for _, c := range cs {
		d := maxDiff(t, g, c.what, c.got, c.want)
		t.Logf("%s %s: max |diff| %.3g", name, c.what, d)
		if d > exact {
			t.Errorf("%s: max |diff| %g > %g", c.what, d, exact)
		}
	}
}

func checkCensus(t *testing.T, g *Graph, want map[string]int64) {
	t.Helper()
	census, err := TriadCensus(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) != 16 {
		t.Fatalf("reference census has %d types", len(want))
	}
	for i, name := range TriadTypes {
		if census[i] != want[name] {
			t.Errorf("triad %s: %d, want %d", name, census[i], want[name])
		}
	}
}

// Every measure of issue 19 on karate, the Florentine families and the
// Davis projection, against networkx 3.4.2 to 1e-9.
func TestMoreMeasuresReference(t *testing.T) {
	more, _ := loadMore(t)
	for _, name := range graphNames {
		t.Run(name, func(t *testing.T) {
			g := loadFixture(t, name)
			r := more[name]
			checkNodes(t, name, g, nodeMeasures(t, g, r))
			if got := WeakComponents(g).Sizes; !slices.Equal(got, r.ComponentSizes) {
				t.Errorf("components %v, want %v", got, r.ComponentSizes)
			}
			checkCensus(t, g, r.TriadCensus)
			if r.Assortativity != nil {
				checkFloat(t, "assortativity", Assortativity(g, false), *r.Assortativity)
			}
			if r.NetworkEI != nil {
				e, i, ei := NetworkEI(g)
				if e != r.NetworkEI.External || i != r.NetworkEI.Internal || ei == nil {
					t.Fatalf("network E–I: %d external, %d internal; want %d, %d", e, i, r.NetworkEI.External, r.NetworkEI.Internal)
				}
				checkFloat(t, "network E–I", *ei, r.NetworkEI.EI)
			}
		})
	}
}

// The same on the seeded directed, weighted graph, with the measures that
// read directions: PageRank along who addressed whom, reciprocity, weak
// and strong components, directed assortativity, the triad census, and
// directed betweenness unweighted and weighted.
func TestMoreMeasuresDirectedReference(t *testing.T) {
	ctx := context.Background()
	_, r := loadMore(t)
	g := loadDirected(t)
	cs := nodeMeasures(t, g, r)
	db, err := ComputePathBetweenness(ctx, g, true, false, PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dw, err := ComputePathBetweenness(ctx, g, true, true, PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cs = append(cs,
		perNode{"directed betweenness (raw)", db.Raw, r.BetweennessDirectedRaw},
		perNode{"directed betweenness", db.Normalized, r.BetweennessDirected},
		perNode{"directed weighted betweenness", dw.Normalized, r.BetweennessDirectedWeighted})
	checkNodes(t, "directed", g, cs)
	checkFloat(t, "directed density", DirectedDensity(g), r.DensityDirected)
	checkFloat(t, "reciprocity", Reciprocity(g), r.Reciprocity)
	checkFloat(t, "assortativity", Assortativity(g, false), *r.Assortativity)
	checkFloat(t, "directed assortativity", Assortativity(g, true), *r.AssortativityDirected)
	e, i, ei := NetworkEI(g)
	if e != r.NetworkEI.External || i != r.NetworkEI.Internal {
		t.Errorf("network E–I: %d external, %d internal; want %d, %d", e, i, r.NetworkEI.External, r.NetworkEI.Internal)
	}
	checkFloat(t, "network E–I", *ei, r.NetworkEI.EI)
	if got := WeakComponents(g).Sizes; !slices.Equal(got, r.WeakComponentSizes) {
		t.Errorf("weak components %v, want %v", got, r.WeakComponentSizes)
	}
	if got := StrongComponents(g).Sizes; !slices.Equal(got, r.StrongComponentSizes) {
		t.Errorf("strong components %v, want %v", got, r.StrongComponentSizes)
	}
	checkCensus(t, g, r.TriadCensus)
}

// A sampled estimate scales each source's terms by n/k: averaged over many
// samples it is the exact value (a wrong scale, or sources drawn with
// bias, shows here), and each sample is within its stated bound.
func TestSampledPathMeasuresEstimate(t *testing.T) {
	ctx := context.Background()
	g := loadFixture(t, "karate")
	n := g.N()
	exactC, err := ComputeCloseness(ctx, g, PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	exactB, err := ComputePathBetweenness(ctx, g, false, true, PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	const runs, k = 400, 10
	meanH, meanB := make([]float64, n), make([]float64, n)
	for seed := range uint64(runs) {
		c, err := ComputeCloseness(ctx, g, PathOptions{Pivots: k, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		b, err := ComputePathBetweenness(ctx, g, false, true, PathOptions{Pivots: k, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if c.Exact || c.Pivots != k || b.Exact || b.Pivots != k || c.HarmonicErrorBound <= 0 || b.ErrorBound <= 0 {
			t.Fatalf("sample of %d: closeness exact %v pivots %d bound %v; betweenness exact %v pivots %d bound %v",
				k, c.Exact, c.Pivots, c.HarmonicErrorBound, b.Exact, b.Pivots, b.ErrorBound)
		}
		for v := 0; v < n; v++ {
			if d := math.Abs(c.Harmonic[v]-exactC.Harmonic[v]) / float64(n-1); d > c.HarmonicErrorBound {
				t.Fatalf("seed %d node %s: harmonic/(n−1) off by %v, bound %v", seed, g.IDs[v], d, c.HarmonicErrorBound)
			}
			if d := math.Abs(b.Normalized[v] - exactB.Normalized[v]); d > b.ErrorBound {
				t.Fatalf("seed %d node %s: weighted betweenness off by %v, bound %v", seed, g.IDs[v], d, b.ErrorBound)
			}
			meanH[v] += c.Harmonic[v] / runs
			meanB[v] += b.Normalized[v] / runs
		}
	}
	for v := 0; v < n; v++ {
		if d := math.Abs(meanH[v]-exactC.Harmonic[v]) / exactC.Harmonic[v]; d > 0.05 {
			t.Errorf("node %s: mean sampled harmonic %v, exact %v", g.IDs[v], meanH[v], exactC.Harmonic[v])
		}
		if d := math.Abs(meanB[v] - exactB.Normalized[v]); d > 0.02 {
			t.Errorf("node %s: mean sampled weighted betweenness %v, exact %v", g.IDs[v], meanB[v], exactB.Normalized[v])
		}
	}
}

// Directed and weighted betweenness walk every source when the run fits
// their budget, else as many as fit, never fewer than the first chunk.
func TestPathBetweennessWithinBudget(t *testing.T) {
	walked, _, err := walkWithin(time.Hour, 1000, defaultProbe(2), nil, func(from, to, _ int) error { return nil })
	if err != nil || walked != 1000 {
		t.Errorf("a run that fits: %d of 1000 sources walked (%v)", walked, err)
	}
	// A millisecond a source at least, against a budget of 100 ms.
	walked, _, err = walkWithin(100*time.Millisecond, 10000, defaultProbe(2), nil, func(from, to, _ int) error {
		time.Sleep(time.Duration(to-from) * time.Millisecond)
		return nil
	})
	if err != nil || walked < 32 || walked > 100 {
		t.Errorf("a run that does not fit: %d of 10000 sources walked, want between the probe's 32 and the budget's 100 (%v)", walked, err)
	}
}

// A budget stops directed and weighted betweenness after a prefix of their
// sources, so the whole order is shuffled: a prefix is a uniform sample,
// not the first nodes by index.
func TestBudgetedSourcesAreShuffled(t *testing.T) {
	sources := make([]int32, 1000)
	for i := range sources {
		sources[i] = int32(i)
	}
	got := slices.Clone(newSourceOrder(len(sources), 1, 0x70617468).prefix(len(sources)))
	if !slices.Equal(slices.Sorted(slices.Values(got)), sources) {
		t.Fatal("the shuffled order is not a permutation of the sources")
	}
	low := 0
	for _, s := range got[:100] {
		if s < 100 {
			low++
		}
	}
	if low > 40 {
		t.Errorf("%d of the first 100 sources are among the first 100 nodes: not shuffled", low)
	}
}
