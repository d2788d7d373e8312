package analysis

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"strconv"
	"testing"
)

// The exports read back: every node with its attributes, every directed
// tie with its weight. (networkx reads them too: reference.py
// --check-export, see README.)
func TestExportsReadBack(t *testing.T) {
	g := loadFixture(t, "karate")
	bc, err := ComputeBetweenness(t.Context(), g, BetweennessOptions{})
	if err != nil {
		t.Fatal(err)
	}
	betw := Attr{Name: "betweenness", Type: "double", Values: make([]any, g.N())}
	club := Attr{Name: "club & co", Type: "string", Values: make([]any, g.N())}
	for u := 0; u < g.N(); u++ {
		betw.Values[u] = bc.Normalized[u]
		if u%2 == 0 { // a missing value on every other node
			club.Values[u] = g.Group(u)
		}
	}
	e := &Export{G: g, Attrs: []Attr{club, betw}}
	want := map[string]float64{}
	for u := 0; u < g.N(); u++ {
		want[g.IDs[u]] = bc.Normalized[u]
	}

	t.Run("graphml", func(t *testing.T) {
		var buf bytes.Buffer
		if err := WriteGraphML(&buf, e); err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Keys []struct {
				ID   string `xml:"id,attr"`
				Name string `xml:"attr.name,attr"`
			} `xml:"key"`
			Graph struct {
				Default string `xml:"edgedefault,attr"`
				Nodes   []struct {
					ID   string `xml:"id,attr"`
					Data []struct {
						Key   string `xml:"key,attr"`
						Value string `xml:",chardata"`
					} `xml:"data"`
				} `xml:"node"`
				Edges []struct {
					Source string `xml:"source,attr"`
					Target string `xml:"target,attr"`
				} `xml:"edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Keys) != 4 || doc.Keys[1].Name != "club & co" || doc.Graph.Default != "directed" || len(doc.Graph.Nodes) != g.N() || len(doc.Graph.Edges) != g.Arcs() {
			t.Fatalf("graphml: %s, %d nodes, %d edges", doc.Graph.Default, len(doc.Graph.Nodes), len(doc.Graph.Edges))
		}
		for _, n := range doc.Graph.Nodes {
			found := false
			for _, d := range n.Data {
				if d.Key == "n1" {
					v, err := strconv.ParseFloat(d.Value, 64)
					if err != nil || v != want[n.ID] {
						t.Errorf("node %s betweenness %q, want %v", n.ID, d.Value, want[n.ID])
					}
					found = true
				}
			}
			if !found {
				t.Errorf("node %s has no betweenness", n.ID)
			}
		}
	})
	t.Run("gexf", func(t *testing.T) {
		var buf bytes.Buffer
		if err := WriteGEXF(&buf, e); err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Graph struct {
				Nodes []struct {
					ID     string `xml:"id,attr"`
					Values []struct {
						For   string `xml:"for,attr"`
						Value string `xml:"value,attr"`
					} `xml:"attvalues>attvalue"`
				} `xml:"nodes>node"`
				Edges []struct {
					Weight string `xml:"weight,attr"`
				} `xml:"edges>edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Graph.Nodes) != g.N() || len(doc.Graph.Edges) != g.Arcs() {
			t.Fatalf("gexf: %d nodes, %d edges", len(doc.Graph.Nodes), len(doc.Graph.Edges))
		}
		for _, n := range doc.Graph.Nodes {
			for _, v := range n.Values {
				if x, err := strconv.ParseFloat(v.Value, 64); v.For == "1" && (err != nil || x != want[n.ID]) {
					t.Errorf("node %s betweenness %q, want %v", n.ID, v.Value, want[n.ID])
				}
			}
		}
	})
	t.Run("csv", func(t *testing.T) {
		var nodes, edges bytes.Buffer
		if err := WriteNodesCSV(&nodes, e); err != nil {
			t.Fatal(err)
		}
		if err := WriteEdgesCSV(&edges, e); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&nodes).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != g.N()+1 || rows[0][2] != "club & co" || rows[0][3] != "betweenness" {
			t.Fatalf("nodes.csv: %d rows, header %v", len(rows), rows[0])
		}
		for _, r := range rows[1:] {
			if v, err := strconv.ParseFloat(r[3], 64); err != nil || v != want[r[0]] {
				t.Errorf("node %s betweenness %q, want %v", r[0], r[3], want[r[0]])
			}
		}
		erows, err := csv.NewReader(&edges).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(erows) != g.Arcs()+1 || erows[1][2] != "1" {
			t.Errorf("edges.csv: %d rows, first %v", len(erows), erows[1])
		}
	})
}
