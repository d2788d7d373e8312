package neo4jstore

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// IsEmpty says whether the graph holds nothing a load writes: only what
// EnsureSchema writes (the professions and the data version) may be
// there. A bulk load needs an empty database.
func (s *Store) IsEmpty(ctx context.Context) (bool, error) {
	return readTx(ctx, s, "bulk.isEmpty", func(ctx context.Context, tx neo4j.ManagedTransaction) (bool, error) {
		n, err := single[int64](ctx, tx, `
MATCH (n) WHERE NOT n:Profession AND NOT n:DataVersion AND NOT n:DataChange
WITH n LIMIT 1
RETURN count(n)`, nil)
		return n == 0, err
	})
}

// fixLists gives imported posts the empty lists the importer cannot write
// (createPosts writes hashtags and mentions as lists, empty or not).
const fixLists = keepPlan + `
UNWIND $ids AS id
MATCH (p:Post {id: id}) USING INDEX SEEK p:Post(id)
SET p.hashtags = coalesce(p.hashtags, []), p.mentions = coalesce(p.mentions, [])`

// markAuthors marks the professionals of the imported posts' authors for
// the refresh, as createPosts marks those of the posts it writes; the
// statements run after the import mark the rest.
const markAuthors = `
UNWIND $keys AS key
MATCH (:Account {key: key})-[:OF]->(prof:Professional)
WHERE NOT prof:Stale
SET prof:Stale`

// BulkFinished says what FinishBulkLoad did.
type BulkFinished struct {
	// Overrides are the roster rows whose opted-out flag the graph did
	// not take (as WriteRosterRows returns them).
	Overrides []RosterOverride
	Took      time.Duration
}

// FinishBulkLoad writes, after the importer has run and the database has
// started again with its schema, what the importer did not: the kept
// chats, rosters and post batches through the online load's own writes
// (WriteChats, WriteRosterRows, WritePostBatch), in the order the load read
// them; then the imported posts the importer could not link are linked to
// the posts they answer, quote or repost (linkTargets), the imported posts
// are given the empty lists the importer left out, and passed their
// parents' chats down reply threads (inheritChats); last,
// the imported posts' authors are marked stale, for RefreshStale, which the caller
// runs next as after any load.
func (s *Store) FinishBulkLoad(ctx context.Context, dir string, batchSize int, replyGrace time.Duration) (BulkFinished, error) {
	start := time.Now()
	var out BulkFinished
	later, err := os.Open(filepath.Join(dir, "later.jsonl"))
	if err != nil {
		return out, err
	}
	defer later.Close()
	dec := json.NewDecoder(bufio.NewReaderSize(later, 1<<20))
	for n := 1; ; n++ {
		var r laterRow
		if err := dec.Decode(&r); err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return out, fmt.Errorf("kept writes, record %d: %w", n, err)
		}
		switch {
		case r.Chats != nil:
			if err := s.WriteChats(ctx, r.Chats); err != nil {
				return out, fmt.Errorf("chats: %w", err)
			}
		case r.Roster != nil:
			o, err := s.WriteRosterRows(ctx, r.Roster)
			if err != nil {
				return out, fmt.Errorf("roster: %w", err)
			}
			out.Overrides = append(out.Overrides, o...)
		case r.Posts != nil:
			if _, err := s.WritePostBatch(ctx, *r.Posts); err != nil {
				return out, fmt.Errorf("accounts and posts: %w", err)
			}
		}
	}
	grace := neo4j.Duration{Seconds: int64(replyGrace / time.Second)}
	// All links first: a chat goes down a thread along REPLY_TO.
	if err := eachImported(dir, batchSize, func(ids map[int][]string) error {
		_, err := writeTx(ctx, s, "bulk.link", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
			if len(ids[needsLists]) > 0 {
				if err := run(ctx, tx, fixLists, map[string]any{"ids": ids[needsLists]}); err != nil {
					return struct{}{}, fmt.Errorf("lists: %w", err)
				}
			}
			if len(ids[needsLinks]) > 0 {
				if err := run(ctx, tx, linkTargets, map[string]any{"ids": ids[needsLinks], "replyGrace": grace}); err != nil {
					return struct{}{}, fmt.Errorf("targets: %w", err)
				}
			}
			return struct{}{}, nil
		})
		return err
	}); err != nil {
		return out, err
	}
	if err := eachImported(dir, batchSize, func(ids map[int][]string) error {
		if len(ids[needsChatDown]) == 0 {
			return nil
		}
		_, err := writeTx(ctx, s, "bulk.inherit", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
			// Each is a start both ways: without a chat, it takes its
			// parent's; given one by linkTargets above, it hands it down
			// to answers written before it had it (held back ones).
			return struct{}{}, run(ctx, tx, inheritChats, map[string]any{"tops": ids[needsChatDown], "chatless": ids[needsChatDown], "replyGrace": grace})
		})
		return err
	}); err != nil {
		return out, err
	}
	if err := eachLine(filepath.Join(dir, "authors.txt"), 10000, func(keys []string) error {
		_, err := writeTx(ctx, s, "bulk.stale", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
			return struct{}{}, run(ctx, tx, markAuthors, map[string]any{"keys": keys})
		})
		return err
	}); err != nil {
		return out, fmt.Errorf("mark the authors for the refresh: %w", err)
	}
	out.Took = time.Since(start)
	return out, nil
}

// eachLine calls fn with the lines of a file, n at a time.
func eachLine(path string, n int, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var lines []string
	for sc.Scan() {
		if lines = append(lines, sc.Text()); len(lines) == n {
			if err := fn(lines); err != nil {
				return err
			}
			lines = nil
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if len(lines) > 0 {
		return fn(lines)
	}
	return nil
}

// eachImported calls fn with the ids of the imported posts, batchSize at a
// time, by what each needs.
func eachImported(dir string, batchSize int, fn func(map[int][]string) error) error {
	return eachLine(filepath.Join(dir, "imported.tsv"), batchSize, func(lines []string) error {
		ids := map[int][]string{}
		for _, line := range lines {
			flagText, id, ok := strings.Cut(line, "\t")
			flags, err := strconv.Atoi(flagText)
			if !ok || err != nil {
				return fmt.Errorf("imported.tsv: bad line %q", line)
			}
			for _, flag := range []int{needsLinks, needsLists, needsChatDown} {
				if flags&flag != 0 {
					ids[flag] = append(ids[flag], id)
				}
			}
		}
		return fn(ids)
	})
}
