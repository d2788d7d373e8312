package neo4jstore

import (
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// A column read by a name the statement does not return, or as another
// type, is an error naming it, not a zero value; a null is the zero value.
func TestRecordColumnsAreTyped(t *testing.T) {
	at := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	rec := &neo4j.Record{Keys: []string{"id", "n", "at", "tags", "none"}, Values: []any{"x:ann", int64(3), at, []any{"a", "b"}, nil}}
	r := record{rec: rec}
	if r.str("id") != "x:ann" || r.integer("n") != 3 || !r.time("at").Equal(at) || strings.Join(r.strings("tags"), ",") != "a,b" ||
		r.str("none") != "" || r.Err() != nil {
		t.Fatalf("reading the columns: %v", r.Err())
	}
	for name, read := range map[string]func(r *record){
		"a misspelt alias":              func(r *record) { r.str("ids") },
		"a string as a number":          func(r *record) { r.integer("id") },
		"a number as a time":            func(r *record) { r.time("n") },
		"a list of strings that is not": func(r *record) { r.strings("n") },
	} {
		r := record{rec: rec}
		read(&r)
		if r.Err() == nil {
			t.Errorf("%s: no error", name)
		}
	}
	r = record{rec: rec}
	r.str("idd")
	if err := r.Err(); err == nil || !strings.Contains(err.Error(), `"idd"`) {
		t.Errorf("the error names the column: %v", err)
	}
}
