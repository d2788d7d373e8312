package ingest

import (
	"encoding/json"
	"io"

	"github.com/peergraph/peergraph/loader/archive"
)

// rejectWriter writes each rejected row as one JSON line: file, line,
// reason and the raw text, so that nothing read is lost and a user can fix
// and reload just those rows.
type rejectWriter struct {
	enc *json.Encoder
	err error
}

func newRejectWriter(w io.Writer) *rejectWriter {
	if w == nil {
		return &rejectWriter{}
	}
	return &rejectWriter{enc: json.NewEncoder(w)}
}

type rejectLine struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Reason string `json:"reason"`
	Raw    string `json:"raw"`
}

func (w *rejectWriter) write(r archive.Reject) {
	if w.enc == nil || w.err != nil {
		return
	}
	w.err = w.enc.Encode(rejectLine{File: r.Source.File, Line: r.Source.Line, Reason: r.Reason, Raw: r.Raw})
}
