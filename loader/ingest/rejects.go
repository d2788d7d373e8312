package ingest

import (
	"encoding/json"
	"io"

	"github.com/peergraph/peergraph/loader/archive"
)

// jsonLines writes one JSON object a line, keeping the first error.
type jsonLines struct {
	enc *json.Encoder
	err error
}

func newJSONLines(w io.Writer) *jsonLines {
	if w == nil {
		return &jsonLines{}
	}
	return &jsonLines{enc: json.NewEncoder(w)}
}

func (w *jsonLines) write(v any) {
	if w.enc == nil || w.err != nil {
		return
	}
	w.err = w.enc.Encode(v)
}

// rejectWriter writes each rejected row as one JSON line: file, line,
// reason and the raw text, so that nothing read is lost and a user can fix
// and reload just those rows.
type rejectWriter struct{ jsonLines }

func newRejectWriter(w io.Writer) *rejectWriter { return &rejectWriter{*newJSONLines(w)} }

type rejectLine struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Reason string `json:"reason"`
	Raw    string `json:"raw"`
}

func (w *rejectWriter) write(r archive.Reject) {
	w.jsonLines.write(rejectLine{File: r.Source.File, Line: r.Source.Line, Reason: r.Reason, Raw: r.Raw})
}

// reportWriter lists, one JSON line each, the rows a load read but did not
// load because it had them already (duplicates), and the rows it loaded
// that a user should look at (catalogue chats that overlap another, roster
// rows whose opt-out the graph settled otherwise). Like Neo4j's import
// report, it names both rows of each pair.
type reportWriter struct{ jsonLines }

func newReportWriter(w io.Writer) *reportWriter { return &reportWriter{*newJSONLines(w)} }

// The kinds of report lines.
const (
	ReportDuplicate = "duplicate" // not loaded: the row's post, professional or chat was there already
	ReportOverlap   = "overlap"   // loaded: a catalogue chat whose time overlaps another of its hashtag or community
	ReportOptOut    = "opt-out"   // loaded: a roster row whose opted_out the graph did not take (an opt-out is never undone by a roster)
)

// ReportLine is one line of the report: the row (file, line, id), what is
// said of it, and the earlier row it repeats or overlaps, when known.
type ReportLine struct {
	Kind    string     `json:"kind"`
	File    string     `json:"file"`
	Line    int        `json:"line"`
	ID      string     `json:"id"`
	Reason  string     `json:"reason"`
	Earlier *ReportRef `json:"earlier,omitempty"`
}

// ReportRef names an earlier row.
type ReportRef struct {
	File string `json:"file"`
	Line int    `json:"line"`
	ID   string `json:"id"`
}

func (w *reportWriter) write(l ReportLine) { w.jsonLines.write(l) }
