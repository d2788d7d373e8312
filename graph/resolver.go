package graph

import (
	"time"

	"github.com/peergraph/peergraph/domain"
)

// Professions maps what users type ("RGN", "Pharmacists") to a canonical
// profession.
type Professions interface {
	Canonical(nameOrAlias string) (string, bool)
}

// Resolver is the root of the resolvers; it holds no per-request state
// (that lives in the loaders put on each request's context).
type Resolver struct {
	// Questions answers everything (package questions).
	Questions   domain.QuestionService
	Professions Professions
	// ProfessionalCursor and ChatCursor are the store's cursors, so that
	// edges carry the same cursor that pageInfo.endCursor does.
	ProfessionalCursor func(*domain.Professional) string
	ChatCursor         func(*domain.Chat) string
	// Now is the clock that default windows end at; nil for time.Now.
	Now func() time.Time
	// Access configures pseudonyms, small-cell suppression and the audit log.
	Access Access
	// Analyses runs the analysis step for startAnalysis; nil where the
	// process runs none (the mutation then answers UNAVAILABLE).
	Analyses Analyses
}
