package archive

import (
	"encoding/json"
	"fmt"
	"time"
)

// jsEvent is one Jetstream event (github.com/bluesky-social/jetstream): a
// repository commit, an identity change or an account status change.
type jsEvent struct {
	DID    string `json:"did"`
	TimeUS *int64 `json:"time_us"`
	Kind   string `json:"kind"`
	Commit *struct {
		Operation  string          `json:"operation"`
		Collection string          `json:"collection"`
		RKey       string          `json:"rkey"`
		Record     json.RawMessage `json:"record"`
	} `json:"commit"`
}

// jetstreamUnit reads Jetstream events, one JSON object a line as
// Jetstream sends them (or a JSON array of them). A created or updated post
// or repost is read like a bare record; everything else (deletes, likes,
// follows, identity and account events) is skipped.
func (r *Reader) jetstreamUnit(u jsonUnit) {
	if u.raw[0] == '[' {
		lm := newLineMap(u.raw, u.line)
		r.each(u.raw, 0, lm, u.broken, func(elem []byte, line int) { r.jetstreamEvent(elem, line) })
		return
	}
	if u.broken != "" {
		r.reject(u.line, "cut short: "+u.broken, u.raw, 0)
		return
	}
	r.jetstreamEvent(u.raw, u.line)
}

func (r *Reader) jetstreamEvent(raw []byte, line int) {
	var ev jsEvent
	if !r.decodeObject(raw, line, &ev) {
		return
	}
	switch {
	case ev.DID == "":
		r.reject(line, "field did: missing", raw, 0)
		return
	case ev.Kind == "":
		r.reject(line, "field kind: missing", raw, 0)
		return
	case ev.Kind != "commit":
		r.skip(line, "a Jetstream "+ev.Kind+" event, not a post")
		return
	case ev.Commit == nil:
		r.reject(line, "field commit: missing in a commit event", raw, 0)
		return
	}
	c := ev.Commit
	switch c.Operation {
	case "create", "update":
	case "delete":
		r.skip(line, "a Jetstream delete of "+c.Collection+"/"+c.RKey+": what the graph has stays")
		return
	default:
		r.reject(line, fmt.Sprintf("field commit.operation: %q, want create, update or delete", c.Operation), raw, 0)
		return
	}
	if c.Collection == "" || c.RKey == "" {
		r.reject(line, "fields commit.collection and commit.rkey: missing", raw, 0)
		return
	}
	if c.Collection != "app.bsky.feed.post" && c.Collection != "app.bsky.feed.repost" {
		r.skip(line, notAPost(c.Collection))
		return
	}
	if isNull(c.Record) {
		r.reject(line, "field commit.record: missing in a "+c.Operation, raw, 0)
		return
	}
	fallback := ""
	if ev.TimeUS != nil {
		fallback = time.UnixMicro(*ev.TimeUS).UTC().Format(time.RFC3339Nano)
	}
	r.bskyRecord("at://"+ev.DID+"/"+c.Collection+"/"+c.RKey, c.Record, "commit.record.", fallback, raw, line)
}
