package ingest

import (
	"context"
	"errors"
	"io"
	"runtime"

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
	// Files are read in parallel, one detector each, added up after: this
	// pass is parsing only, while Neo4j waits for the posts.
	var files []input
	for _, in := range inputs {
		if isPosts(in.format) && in.path != "-" {
			files = append(files, in)
		}
	}
	next := make(chan input)
	counts := make(chan *BurstDetector)
	workers := max(min(runtime.GOMAXPROCS(0), len(files)), 1)
	for range workers {
		go func() {
			own := d.Sibling()
			for in := range next {
				l.countHashtags(in, own, candidate)
			}
			counts <- own
		}()
	}
	for _, in := range files {
		next <- in
	}
	close(next)
	for range workers {
		d.add(<-counts)
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
// Unreadable files and rows are skipped here: the loading pass reports
// them. It only reads the assigner and the communities, so files can be
// counted in parallel, each into its own detector.
func (l *load) countHashtags(in input, d *BurstDetector, candidate func(string) bool) {
	src, err := archive.Open(in.path, in.format)
	if err != nil {
		return
	}
	defer src.Close()
	r, err := src.Reader(archive.Options{})
	if err != nil {
		return
	}
	var tags []string
	for {
		item, err := r.Next()
		if errors.Is(err, io.EOF) || err != nil {
			return
		}
		p := item.Post
		if p == nil || item.Duplicate {
			continue
		}
		tags = tags[:0]
		for _, tag := range p.Hashtags {
			if candidate(tag) && l.assigner.Assign([]string{tag}, p.CreatedAt) == "" {
				tags = append(tags, tag)
			}
		}
		d.Count(p.ID, p.CreatedAt, tags...)
	}
}
