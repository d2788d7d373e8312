package neo4jstore

import "github.com/peergraph/peergraph/domain"

// tieInWindow is the read model's window rule (readmodel's Model.tieIn)
// for the one read by id that still selects ties by window in Cypher, the
// dashboard's ego network: a TALKED_WITH t is in a window when its first
// and last acts span part of it and it holds a reply, mention or quote.
const tieInWindow = `t.lastAt >= $since AND t.firstAt < $until AND t.replies + t.mentions + t.quotes > 0`

func windowParams(w domain.Window) map[string]any {
	// UTC, as the graph stores times: an offset such as +09:00 fails the
	// comparison in Cypher instead of shifting it.
	return map[string]any{"since": w.Since.UTC(), "until": w.Until.UTC()}
}
