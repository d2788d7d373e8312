package analysis

import (
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
)

// Research exports of a projection, with measures as node attributes:
// GraphML and GEXF 1.2 (Gephi, networkx, igraph read both) and CSV node and
// edge lists (R, igraph, networkx, pandas). Edges are the directed ties
// with their conversational acts as weight.

// Attr is one node attribute column: Values has one entry per node, nil
// where the node has no value (left out of the file, an empty CSV cell).
type Attr struct {
	Name   string
	Type   string // "int", "double" or "string"
	Values []any
}

// Export is what the writers write.
type Export struct {
	G      *Graph
	Labels []string // a name per node; "" uses the id
	// NodeIDs are the ids written for the nodes, nil for G's own: a
	// research export names professionals by pseudonym.
	NodeIDs []string
	Attrs   []Attr
	// GraphAttrs are the whole network's figures: GraphML writes them as
	// graph data (networkx reads them into G.graph); GEXF 1.2 and CSV have
	// no place for them.
	GraphAttrs []GraphAttr
	// PairShares are pair betweenness in long form, one row a professional
	// and pair of professions with a share (pair-betweenness.csv); the
	// node files carry the same as one column a pair.
	PairShares []PairShare
}

// GraphAttr is one graph-level attribute.
type GraphAttr struct {
	Name  string
	Type  string // as Attr's
	Value any
}

// PairShare is one professional's share of the shortest paths between two
// professions.
type PairShare struct {
	Node         int
	Between, And string
	Share        float64
}

func (e *Export) id(u int) string {
	if e.NodeIDs != nil {
		return e.NodeIDs[u]
	}
	return e.G.IDs[u]
}

func (e *Export) label(u int) string {
	if u < len(e.Labels) && e.Labels[u] != "" {
		return e.Labels[u]
	}
	return e.id(u)
}

func format(v any) string {
	switch x := v.(type) {
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case int:
		return strconv.Itoa(x)
	case string:
		return x
	default:
		return fmt.Sprint(x)
	}
}

type xmlWriter struct {
	w   io.Writer
	err error
}

func (x *xmlWriter) printf(f string, args ...any) {
	if x.err == nil {
		_, x.err = fmt.Fprintf(x.w, f, args...)
	}
}

func esc(s string) string {
	var b []byte
	w := &sliceWriter{&b}
	_ = xml.EscapeText(w, []byte(s))
	return string(b)
}

type sliceWriter struct{ b *[]byte }

func (s *sliceWriter) Write(p []byte) (int, error) { *s.b = append(*s.b, p...); return len(p), nil }

// WriteGraphML writes the projection as GraphML (directed).
func WriteGraphML(w io.Writer, e *Export) error {
	x := &xmlWriter{w: w}
	x.printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	x.printf("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
	x.printf("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n")
	for i, a := range e.Attrs {
		x.printf("  <key id=\"n%d\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", i, esc(a.Name), a.Type)
	}
	x.printf("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n")
	for i, a := range e.GraphAttrs {
		x.printf("  <key id=\"g%d\" for=\"graph\" attr.name=\"%s\" attr.type=\"%s\"/>\n", i, esc(a.Name), a.Type)
	}
	x.printf("  <graph id=\"G\" edgedefault=\"directed\">\n")
	for i, a := range e.GraphAttrs {
		x.printf("    <data key=\"g%d\">%s</data>\n", i, esc(format(a.Value)))
	}
	g := e.G
	for u := 0; u < g.N(); u++ {
		x.printf("    <node id=\"%s\">\n      <data key=\"label\">%s</data>\n", esc(e.id(u)), esc(e.label(u)))
		for i, a := range e.Attrs {
			if v := a.Values[u]; v != nil {
				x.printf("      <data key=\"n%d\">%s</data>\n", i, esc(format(v)))
			}
		}
		x.printf("    </node>\n")
	}
	for u := 0; u < g.N(); u++ {
		out, ws := g.Out(u)
		for i, v := range out {
			x.printf("    <edge source=\"%s\" target=\"%s\"><data key=\"weight\">%s</data></edge>\n", esc(e.id(u)), esc(e.id(int(v))), format(ws[i]))
		}
	}
	x.printf("  </graph>\n</graphml>\n")
	return x.err
}

// WriteGEXF writes the projection as GEXF 1.2 (directed), the version
// Gephi writes and networkx reads by default.
func WriteGEXF(w io.Writer, e *Export) error {
	x := &xmlWriter{w: w}
	gexfType := map[string]string{"int": "integer", "double": "double", "string": "string"}
	x.printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	x.printf("<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n")
	x.printf("  <meta><creator>peergraph</creator><description>conversational ties</description></meta>\n")
	x.printf("  <graph mode=\"static\" defaultedgetype=\"directed\">\n    <attributes class=\"node\">\n")
	for i, a := range e.Attrs {
		x.printf("      <attribute id=\"%d\" title=\"%s\" type=\"%s\"/>\n", i, esc(a.Name), gexfType[a.Type])
	}
	x.printf("    </attributes>\n    <nodes>\n")
	g := e.G
	for u := 0; u < g.N(); u++ {
		x.printf("      <node id=\"%s\" label=\"%s\"><attvalues>", esc(e.id(u)), esc(e.label(u)))
		for i, a := range e.Attrs {
			if v := a.Values[u]; v != nil {
				x.printf("<attvalue for=\"%d\" value=\"%s\"/>", i, esc(format(v)))
			}
		}
		x.printf("</attvalues></node>\n")
	}
	x.printf("    </nodes>\n    <edges>\n")
	id := 0
	for u := 0; u < g.N(); u++ {
		out, ws := g.Out(u)
		for i, v := range out {
			x.printf("      <edge id=\"%d\" source=\"%s\" target=\"%s\" weight=\"%s\"/>\n", id, esc(e.id(u)), esc(e.id(int(v))), format(ws[i]))
			id++
		}
	}
	x.printf("    </edges>\n  </graph>\n</gexf>\n")
	return x.err
}

// WriteNodesCSV writes one row a node: id, label, then the attributes.
func WriteNodesCSV(w io.Writer, e *Export) error {
	cw := csv.NewWriter(w)
	head := []string{"id", "label"}
	for _, a := range e.Attrs {
		head = append(head, a.Name)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for u := 0; u < e.G.N(); u++ {
		row := []string{e.id(u), e.label(u)}
		for _, a := range e.Attrs {
			cell := ""
			if v := a.Values[u]; v != nil {
				cell = format(v)
			}
			row = append(row, cell)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteEdgesCSV writes one row a directed tie: source, target, weight.
func WriteEdgesCSV(w io.Writer, e *Export) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"source", "target", "weight"}); err != nil {
		return err
	}
	g := e.G
	for u := 0; u < g.N(); u++ {
		out, ws := g.Out(u)
		for i, v := range out {
			if err := cw.Write([]string{e.id(u), e.id(int(v)), format(ws[i])}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// WritePairBetweennessCSV writes pair betweenness in long form: id, label,
// between, and, share; one row a professional and pair with a share, by
// node then pair.
func WritePairBetweennessCSV(w io.Writer, e *Export) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"id", "label", "between", "and", "share"}); err != nil {
		return err
	}
	for _, p := range e.PairShares {
		if err := cw.Write([]string{e.id(p.Node), e.label(p.Node), p.Between, p.And, format(p.Share)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Writers are the export formats by name, as the loader and the server
// take them.
var Writers = map[string]struct {
	Write       func(io.Writer, *Export) error
	ContentType string
}{
	"graphml":              {WriteGraphML, "application/graphml+xml"},
	"gexf":                 {WriteGEXF, "application/gexf+xml"},
	"nodes.csv":            {WriteNodesCSV, "text/csv; charset=utf-8"},
	"edges.csv":            {WriteEdgesCSV, "text/csv; charset=utf-8"},
	"pair-betweenness.csv": {WritePairBetweennessCSV, "text/csv; charset=utf-8"},
}
