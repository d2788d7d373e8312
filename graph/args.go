package graph

import (
	"fmt"
	"strings"
	"time"

	"github.com/peergraph/peergraph/domain"
)

// DefaultPageSize is what a list returns when first is not given.
const DefaultPageSize = 20

// page checks first/after: a page is never larger than domain.MaxPageSize,
// and asking for more is an error naming the argument rather than a silent cut.
func page(first *int, after *string) (domain.Page, error) {
	p := domain.Page{First: DefaultPageSize}
	if first != nil {
		p.First = *first
	}
	if p.First < 0 || p.First > domain.MaxPageSize {
		return p, &domain.Error{Code: domain.EINVALID, Field: "first",
			Message: fmt.Sprintf("first: must be between 0 and %d, got %d", domain.MaxPageSize, p.First)}
	}
	if after != nil {
		p.After = *after
	}
	return p, nil
}

// profession resolves a profession argument given by canonical name or alias.
func (r *Resolver) profession(field string, name *string) (string, error) {
	if name == nil || strings.TrimSpace(*name) == "" {
		return "", nil
	}
	canonical, ok := r.Professions.Canonical(*name)
	if !ok {
		return "", &domain.Error{Code: domain.EINVALID, Field: field,
			Message: fmt.Sprintf("%s: unknown profession %q; ask the professions query for the names and aliases", field, *name)}
	}
	return canonical, nil
}

func window(since, until *time.Time) (domain.Window, error) {
	var w domain.Window
	// In UTC: Neo4j cannot compare a datetime carrying an offset such as
	// +09:00 with the stored UTC times (it fails the statement), and months
	// are cut in UTC.
	if since != nil {
		w.Since = since.UTC()
	}
	if until != nil {
		w.Until = until.UTC()
	}
	if !w.Since.IsZero() && !w.Until.IsZero() && !w.Until.After(w.Since) {
		return w, &domain.Error{Code: domain.EINVALID, Field: "until", Message: "until: must be after since"}
	}
	return w, nil
}

// isTrue reads an optional Boolean argument, false when not given.
func isTrue(b *bool) bool { return b != nil && *b }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
