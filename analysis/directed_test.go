package analysis

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// loadDirected reads directed.arcs and directed.groups.
func loadDirected(t *testing.T) *Graph {
	t.Helper()
	b := NewBuilder()
	for _, file := range []string{"directed.groups", "directed.arcs"} {
		raw, err := os.ReadFile(filepath.Join(fixtures, file))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			f := strings.Split(line, "\t")
			if file == "directed.groups" {
				b.AddNode(f[0], f[1])
				continue
			}
			w, err := strconv.ParseFloat(f[2], 64)
			if err != nil {
				t.Fatal(err)
			}
			b.AddArc(f[0], f[1], w)
		}
	}
	g, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// The measures that read directions and weights, as the analysis step
// computes them on the tie graph, against networkx on a directed, weighted
// graph with isolated nodes.
func TestDirectedReference(t *testing.T) {
	ref := loadReference(t).Directed
	g := loadDirected(t)
	ctx := context.Background()
	if g.N() != ref.Nodes || g.Arcs() != ref.Arcs {
		t.Fatalf("fixture: %d nodes, %d arcs; reference %d, %d", g.N(), g.Arcs(), ref.Nodes, ref.Arcs)
	}
	deg := ComputeDegrees(g)
	// Acts received and sent: every arc's weight counted once each way, and
	// together a node's strength.
	var in, out, total float64
	for u := 0; u < g.N(); u++ {
		in, out = in+deg.StrengthIn[u], out+deg.StrengthOut[u]
		if math.Abs(deg.StrengthIn[u]+deg.StrengthOut[u]-deg.Strength[u]) > 1e-9 {
			t.Errorf("node %s: in %v + out %v != strength %v", g.IDs[u], deg.StrengthIn[u], deg.StrengthOut[u], deg.Strength[u])
		}
		_, ws := g.Out(u)
		for _, w := range ws {
			total += w
		}
	}
	if math.Abs(in-total) > 1e-9 || math.Abs(out-total) > 1e-9 {
		t.Errorf("acts received %v, sent %v, arcs' weights %v", in, out, total)
	}
	asFloat := func(xs []int) []float64 {
		out := make([]float64, len(xs))
		for i, x := range xs {
			out[i] = float64(x)
		}
		return out
	}
	asMap := func(m map[string]int) map[string]float64 {
		out := map[string]float64{}
		for k, v := range m {
			out[k] = float64(v)
		}
		return out
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
		{"in-degree", asFloat(deg.In), asMap(ref.InDegree)},
		{"out-degree", asFloat(deg.Out), asMap(ref.OutDegree)},
		{"degree", asFloat(deg.Und), asMap(ref.Degree)},
		{"betweenness", bc.Normalized, ref.Betweenness},
		{"constraint", sh.Constraint, nullable(ref.Constraint)},
		{"effective size", sh.EffectiveSize, nullable(ref.EffectiveSize)},
		{"constraint (weighted)", shw.Constraint, nullable(ref.ConstraintWeighted)},
		{"effective size (weighted)", shw.EffectiveSize, nullable(ref.EffectiveSizeWeighted)},
	} {
		d := maxDiff(t, g, c.what, c.got, c.want)
		t.Logf("directed %s: max |diff| %.3g", c.what, d)
		if d > exact {
			t.Errorf("%s: max |diff| %g > %g", c.what, d, exact)
		}
	}
	br, err := ComputeBrokerage(ctx, g)
	if err != nil {
		t.Fatal(err)
	}
	chains := 0
	for x := 0; x < g.N(); x++ {
		got := map[string]map[string]int{}
		for _, pr := range br.ByNode[x] {
			r := pr.Roles
			m := map[string]int{}
			for k, v := range map[string]int{"coordinator": r.Coordinator, "itinerant": r.Itinerant, "gatekeeper": r.Gatekeeper, "representative": r.Representative, "liaison": r.Liaison} {
				if v != 0 {
					m[k] = v
				}
			}
			got[g.Groups[pr.From]+"|"+g.Groups[pr.To]] = m
		}
		want := ref.Brokerage[g.IDs[x]]
		if len(got) != len(want) {
			t.Errorf("node %s: %v, want %v", g.IDs[x], got, want)
			continue
		}
		for k, w := range want {
			for role, n := range w {
				chains += n
				if got[k][role] != n {
					t.Errorf("node %s %s %s: %d, want %d", g.IDs[x], k, role, got[k][role], n)
				}
			}
		}
	}
	t.Logf("directed brokerage: %d chains, all equal", chains)
	if chains == 0 {
		t.Fatal("the reference has no brokered chain")
	}
}
