package neo4jstore

import "github.com/peergraph/peergraph/domain"

func windowParams(w domain.Window) map[string]any {
	// UTC, as the graph stores times: an offset such as +09:00 fails the
	// comparison in Cypher instead of shifting it.
	return map[string]any{"since": w.Since.UTC(), "until": w.Until.UTC()}
}
