package ingest_test

import (
	"context"
	"testing"

	"github.com/peergraph/peergraph/loader/generate"
	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/neo4jstore"
)

// Capture hands over every post a load would write, in batches the
// receiver may keep: the load reuses its buffers, and kept batches must not
// change under the receiver. A post comes again only as a duplicate (a
// later copy, which the store merges).
func TestCaptureKeepsEveryBatch(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	if _, err := generate.Generate(ctx, generate.Config{Members: 200, Months: 1, Seed: 5, Out: dir}); err != nil {
		t.Fatal(err)
	}
	files, err := ingest.Expand([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var batches []neo4jstore.PostBatch
	var chats []neo4jstore.ChatRow
	sum, err := ingest.Capture(ctx, files, ingest.Options{BatchSize: 50}, ingest.Captured{
		Chats: func(rows []neo4jstore.ChatRow) { chats = append(chats, rows...) },
		Posts: func(b neo4jstore.PostBatch) { batches = append(batches, b) },
	})
	if err != nil {
		t.Fatal(err)
	}
	dry, err := ingest.DryRun(ctx, files, ingest.Options{BatchSize: 50})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Loaded != dry.Loaded || sum.Duplicates != dry.Duplicates || sum.Rejected != dry.Rejected {
		t.Errorf("capture's summary loaded %d, duplicates %d, rejected %d; a dry run's %d, %d, %d",
			sum.Loaded, sum.Duplicates, sum.Rejected, dry.Loaded, dry.Duplicates, dry.Rejected)
	}
	seen := map[string]int{}
	for _, b := range batches {
		for _, p := range b.Posts {
			seen[p.ID]++
		}
	}
	var posts int64
	for _, f := range sum.Files {
		if f.Format != "catalogue" && f.Format != "roster" {
			posts += f.Loaded
		}
	}
	if int64(len(seen)) != posts || posts == 0 {
		t.Errorf("captured %d distinct posts in %d batches; the load loaded %d", len(seen), len(batches), posts)
	}
	var again int64
	for _, n := range seen {
		again += int64(n - 1)
	}
	if again > sum.Duplicates {
		t.Errorf("%d posts captured again; the load counted %d duplicates", again, sum.Duplicates)
	}
	if len(chats) == 0 {
		t.Error("no chats captured")
	}
}
