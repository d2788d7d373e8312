package analysis

import (
	"bufio"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The reference numbers come from testdata/analysis/reference.py (networkx
// 3.4.2 and python-igraph); the tests read them and need no Python.

type reference struct {
	NetworkX string                     `json:"networkx"`
	Graphs   map[string]*referenceGraph `json:"graphs"`
	Directed *referenceDirected         `json:"directed"`
}

// referenceDirected is a seeded random directed, weighted graph with three
// groups: the shape of the tie graph, for the measures that read directions.
type referenceDirected struct {
	Nodes                 int                                  `json:"nodes"`
	Arcs                  int                                  `json:"arcs"`
	InDegree              map[string]int                       `json:"in_degree"`
	OutDegree             map[string]int                       `json:"out_degree"`
	Degree                map[string]int                       `json:"degree"`
	Betweenness           map[string]float64                   `json:"betweenness"`
	Constraint            map[string]*float64                  `json:"constraint"`
	EffectiveSize         map[string]*float64                  `json:"effective_size"`
	ConstraintWeighted    map[string]*float64                  `json:"constraint_weighted"`
	EffectiveSizeWeighted map[string]*float64                  `json:"effective_size_weighted"`
	Brokerage             map[string]map[string]map[string]int `json:"brokerage"`
}

type referenceGraph struct {
	Nodes                 int                                  `json:"nodes"`
	Edges                 int                                  `json:"edges"`
	Degree                map[string]int                       `json:"degree"`
	BetweennessRaw        map[string]float64                   `json:"betweenness_raw"`
	Betweenness           map[string]float64                   `json:"betweenness"`
	Constraint            map[string]*float64                  `json:"constraint"`
	EffectiveSize         map[string]*float64                  `json:"effective_size"`
	ConstraintWeighted    map[string]*float64                  `json:"constraint_weighted"`
	EffectiveSizeWeighted map[string]*float64                  `json:"effective_size_weighted"`
	LouvainCommunities    [][]string                           `json:"louvain_communities"`
	LouvainModularity     float64                              `json:"louvain_modularity"`
	Groups                []string                             `json:"groups"`
	Subset                map[string]map[string]float64        `json:"betweenness_subset"`
	Brokerage             map[string]map[string]map[string]int `json:"brokerage"`
	EI                    map[string]struct {
		External, Internal int
		EI                 float64
	} `json:"ei"`
	IGraph *struct {
		Betweenness          map[string]float64 `json:"betweenness"`
		Constraint           map[string]float64 `json:"constraint"`
		ConstraintWeighted   map[string]float64 `json:"constraint_weighted"`
		MultilevelModularity float64            `json:"multilevel_modularity"`
	} `json:"igraph"`
}

const fixtures = "../testdata/analysis"

func loadReference(t *testing.T) *reference {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(fixtures, "reference.json"))
	if err != nil {
		t.Fatal(err)
	}
	var r reference
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

// loadFixture reads name.edges (and name.groups when there is one) as an
// undirected graph: each edge two arcs of its weight.
func loadFixture(t *testing.T, name string) *Graph {
	t.Helper()
	b := NewBuilder()
	read := func(file string, line func([]string)) {
		f, err := os.Open(filepath.Join(fixtures, file))
		if os.IsNotExist(err) {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "#") || sc.Text() == "" {
				continue
			}
			line(strings.Split(sc.Text(), "\t"))
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	read(name+".groups", func(f []string) { b.AddNode(f[0], f[1]) })
	read(name+".edges", func(f []string) {
		w, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			t.Fatal(err)
		}
		b.AddEdge(f[0], f[1], w)
	})
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

var graphNames = []string{"karate", "florentine", "davis"}

const exact = 1e-9

// maxDiff compares per-node values and returns the largest absolute
// difference; a NaN (nil in the JSON) must be NaN on both sides.
func maxDiff(t *testing.T, g *Graph, what string, got []float64, want map[string]float64) float64 {
	t.Helper()
	if len(want) != g.N() {
		t.Fatalf("%s: reference has %d nodes, graph %d", what, len(want), g.N())
	}
	worst := 0.0
	for id, w := range want {
		u, ok := g.Index(id)
		if !ok {
			t.Fatalf("%s: node %q missing", what, id)
		}
		if math.IsNaN(w) != math.IsNaN(got[u]) {
			t.Fatalf("%s %s: got %v, want %v", what, id, got[u], w)
		}
		if !math.IsNaN(w) {
			worst = math.Max(worst, math.Abs(got[u]-w))
		}
	}
	return worst
}

func nullable(m map[string]*float64) map[string]float64 {
	out := make(map[string]float64, len(m))
	for k, v := range m {
		if v == nil {
			out[k] = math.NaN()
		} else {
			out[k] = *v
		}
	}
	return out
}

func TestReferenceMeasures(t *testing.T) {
	ref := loadReference(t)
	ctx := context.Background()
	for _, name := range graphNames {
		t.Run(name, func(t *testing.T) {
			g := loadFixture(t, name)
			r := ref.Graphs[name]
			if g.N() != r.Nodes || g.Edges() != r.Edges {
				t.Fatalf("fixture has %d nodes and %d edges, reference %d and %d", g.N(), g.Edges(), r.Nodes, r.Edges)
			}
			deg := ComputeDegrees(g)
			degF := make([]float64, g.N())
			for i, d := range deg.Und {
				degF[i] = float64(d)
				if deg.In[i] != d || deg.Out[i] != d {
					t.Fatalf("undirected fixture: node %s in %d out %d und %d", g.IDs[i], deg.In[i], deg.Out[i], d)
				}
			}
			want := map[string]float64{}
			for k, v := range r.Degree {
				want[k] = float64(v)
			}
			bc, err := ComputeBetweenness(ctx, g, BetweennessOptions{})
			if err != nil {
				t.Fatal(err)
			}
			sh, err := ComputeStructuralHoles(ctx, g, false)
			if err != nil {
				t.Fatal(err)
			}
			shw, err := ComputeStructuralHoles(ctx, g, true)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range []struct {
				what string
				got  []float64
				want map[string]float64
			}{
				{"degree", degF, want},
				{"betweenness (normalized)", bc.Normalized, r.Betweenness},
				{"betweenness (raw)", bc.Raw, r.BetweennessRaw},
				{"igraph betweenness", bc.Raw, r.IGraph.Betweenness},
				{"constraint", sh.Constraint, nullable(r.Constraint)},
				{"igraph constraint", sh.Constraint, r.IGraph.Constraint},
				{"igraph constraint (weighted)", shw.Constraint, r.IGraph.ConstraintWeighted},
				{"effective size", sh.EffectiveSize, nullable(r.EffectiveSize)},
				{"constraint (weighted)", shw.Constraint, nullable(r.ConstraintWeighted)},
				{"effective size (weighted)", shw.EffectiveSize, nullable(r.EffectiveSizeWeighted)},
			} {
				d := maxDiff(t, g, c.what, c.got, c.want)
				t.Logf("%s %s: max |diff| %.3g", name, c.what, d)
				if d > exact {
					t.Errorf("%s: max |diff| %g > %g", c.what, d, exact)
				}
			}
		})
	}
}
