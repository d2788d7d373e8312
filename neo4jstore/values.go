package neo4jstore

import (
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/peergraph/peergraph/domain"
)

// The helpers below read values out of map projections (p{.*}), which come
// back as map[string]any with driver types inside.

func str(m map[string]any, key string) string {
	s, _ := m[key].(string)
	return s
}

func integer(m map[string]any, key string) int {
	n, _ := m[key].(int64)
	return int(n)
}

func float(m map[string]any, key string) float64 {
	switch v := m[key].(type) {
	case float64:
		return v
	case int64:
		return float64(v)
	}
	return 0
}

func boolean(m map[string]any, key string) bool {
	b, _ := m[key].(bool)
	return b
}

func stringList(m map[string]any, key string) []string {
	raw, _ := m[key].([]any)
	out := make([]string, 0, len(raw))
	for _, v := range raw {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func timeOf(v any) (time.Time, bool) {
	switch t := v.(type) {
	case time.Time:
		return t.UTC(), true
	case dbtype.LocalDateTime:
		return t.Time().UTC(), true
	}
	return time.Time{}, false
}

func timeValue(m map[string]any, key string) time.Time {
	t, _ := timeOf(m[key])
	return t
}

func timePtr(m map[string]any, key string) *time.Time {
	if t, ok := timeOf(m[key]); ok {
		return &t
	}
	return nil
}

// floatPtr and intPtr read a property that may be missing (nil then): a
// figure an older write did not store, or one that is undefined, not a
// zero. (Neo4j stores no nulls: missing and null are one.)
func floatPtr(m map[string]any, key string) *float64 {
	if m[key] == nil {
		return nil
	}
	v := float(m, key)
	return &v
}

func intPtr(m map[string]any, key string) *int {
	if m[key] == nil {
		return nil
	}
	v := integer(m, key)
	return &v
}

func professionalFrom(m map[string]any) *domain.Professional {
	if m == nil {
		return nil
	}
	kind := domain.Kind(str(m, "kind"))
	if kind == "" {
		kind = domain.KindPerson
	}
	return &domain.Professional{
		ID:        str(m, "id"),
		Kind:      kind,
		Name:      str(m, "name"),
		Bio:       str(m, "bio"),
		Location:  str(m, "location"),
		FirstSeen: timePtr(m, "firstSeen"),
		LastSeen:  timePtr(m, "lastSeen"),
		OptedOut:  boolean(m, "optedOut"),
	}
}

func chatFrom(m map[string]any) *domain.Chat {
	if m == nil {
		return nil
	}
	return &domain.Chat{
		ID:            str(m, "id"),
		Topic:         str(m, "topic"),
		Hashtag:       str(m, "hashtag"),
		StartsAt:      timeValue(m, "startsAt"),
		EndsAt:        timeValue(m, "endsAt"),
		CommunityName: str(m, "community"),
		Participants:  integer(m, "participants"),
		Posts:         integer(m, "posts"),
	}
}

// record reads a result's columns by name, with their types: a column the
// statement does not return, or of another type, is an error (Err), not a
// zero value, so that a misspelt alias fails the read. A null is the zero
// value (a property not set).
type record struct {
	rec *neo4j.Record
	err error
}

func (r *record) get(key string) any {
	v, ok := r.rec.Get(key)
	if !ok && r.err == nil {
		r.err = fmt.Errorf("column %q is not in the result (it has %v)", key, r.rec.Keys)
	}
	return v
}

func column[T any](r *record, key string) T {
	var zero T
	v := r.get(key)
	if v == nil {
		return zero
	}
	t, ok := v.(T)
	if !ok && r.err == nil {
		r.err = fmt.Errorf("column %q is a %T, not a %T", key, v, zero)
	}
	return t
}

func (r *record) str(key string) string           { return column[string](r, key) }
func (r *record) boolean(key string) bool         { return column[bool](r, key) }
func (r *record) int64(key string) int64          { return column[int64](r, key) }
func (r *record) integer(key string) int          { return int(column[int64](r, key)) }
func (r *record) list(key string) []any           { return column[[]any](r, key) }
func (r *record) mapOf(key string) map[string]any { return column[map[string]any](r, key) }

// time reads a DATETIME (or LOCAL DATETIME) column; the zero time for null.
func (r *record) time(key string) time.Time {
	v := r.get(key)
	if v == nil {
		return time.Time{}
	}
	t, ok := timeOf(v)
	if !ok && r.err == nil {
		r.err = fmt.Errorf("column %q is a %T, not a time", key, v)
	}
	return t
}

// strings reads a list of strings.
func (r *record) strings(key string) []string {
	raw := r.list(key)
	out := make([]string, 0, len(raw))
	for _, x := range raw {
		s, ok := x.(string)
		if !ok && r.err == nil {
			r.err = fmt.Errorf("column %q holds a %T, not a string", key, x)
		}
		out = append(out, s)
	}
	return out
}

// int64s reads a list of integers.
func (r *record) int64s(key string) []int64 {
	raw := r.list(key)
	out := make([]int64, 0, len(raw))
	for _, x := range raw {
		n, ok := x.(int64)
		if !ok && r.err == nil {
			r.err = fmt.Errorf("column %q holds a %T, not an integer", key, x)
		}
		out = append(out, n)
	}
	return out
}

// stringLists reads a list of lists of strings (a null inner list is
// empty).
func (r *record) stringLists(key string) [][]string {
	raw := r.list(key)
	out := make([][]string, len(raw))
	for i, x := range raw {
		inner, _ := x.([]any)
		for _, y := range inner {
			s, ok := y.(string)
			if !ok && r.err == nil {
				r.err = fmt.Errorf("column %q holds a %T, not a string", key, y)
			}
			out[i] = append(out[i], s)
		}
	}
	return out
}

// Err is the first column that could not be read.
func (r *record) Err() error { return r.err }
