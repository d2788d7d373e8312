package ingest

import (
	"context"
	"errors"
	"io"

	"github.com/peergraph/peergraph/loader/archive"
	"github.com/peergraph/peergraph/neo4jstore"
)

// detectChats finds the chats no catalogue describes, from bursts of a
// community's hashtag among the posts no known chat takes, in a first pass
// over the post files (stdin cannot be read twice, so it is left out). With
// no community known at all, every hashtag is a candidate, and a chat found
// that way belongs to a community named after its hashtag.
func (l *load) detectChats(ctx context.Context, inputs []input) (int, error) {
	d := NewBurstDetector(l.opts.Bursts)
	candidate := func(tag string) bool {
		if len(l.communities) == 0 {
			return true
		}
		_, ok := l.communities[tag]
		return ok
	}
	for _, in := range inputs {
		if !isPosts(in.format) || in.path == "-" {
			continue
		}
		if err := l.countHashtags(in, d, candidate); err != nil {
			return 0, err
		}
	}
	var rows []neo4jstore.ChatRow
	for _, w := range d.Chats() {
		community, ok := l.communities[w.Hashtag]
		if !ok {
			community = "#" + w.Hashtag
		}
		rows = append(rows, neo4jstore.ChatRow{
			ID: w.ID, Community: community, Hashtag: w.Hashtag, StartsAt: w.StartsAt, EndsAt: w.EndsAt, Source: "burst",
		})
	}
	for start := 0; start < len(rows); start += l.opts.BatchSize {
		end := min(start+l.opts.BatchSize, len(rows))
		if err := l.store.WriteChats(ctx, rows[start:end]); err != nil {
			return 0, err
		}
	}
	for _, r := range rows {
		l.assigner.Add(Window{ID: r.ID, Hashtag: r.Hashtag, StartsAt: r.StartsAt, EndsAt: r.EndsAt})
	}
	if len(rows) > 0 {
		l.opts.Log.Info("chats found from hashtag bursts", "chats", len(rows))
	}
	return len(rows), nil
}

// countHashtags reads one post file for its hashtags and times only.
// Unreadable files and rows are skipped here: the loading pass reports them.
func (l *load) countHashtags(in input, d *BurstDetector, candidate func(string) bool) error {
	src, err := archive.Open(in.path, in.format)
	if err != nil {
		return nil
	}
	defer src.Close()
	r, err := src.Reader(archive.Options{})
	if err != nil {
		return nil
	}
	for {
		item, err := r.Next()
		if errors.Is(err, io.EOF) || err != nil {
			return nil
		}
		p := item.Post
		if p == nil || item.Duplicate {
			continue
		}
		for _, tag := range p.Hashtags {
			if candidate(tag) && l.assigner.Assign([]string{tag}, p.CreatedAt) == "" {
				d.Count(tag, p.CreatedAt)
			}
		}
	}
}
