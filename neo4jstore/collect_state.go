package neo4jstore

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// CollectState is where the collection of one query (a hashtag on one
// Mastodon instance, a Bluesky search, an X search, over one window)
// stands, kept beside the data so that a rerun fetches only what is new
// and a killed collection resumes where it stopped.
type CollectState struct {
	Key string
	// Newest is the newest item id the query has given, in the platform's
	// own id order; NewestAt its time.
	Newest   string
	NewestAt time.Time
	// Oldest is the oldest item reached going back, OldestAt its time, and
	// Cursor the platform's cursor to go on from there; Exhausted says the
	// platform has nothing older.
	Oldest    string
	OldestAt  time.Time
	Cursor    string
	Exhausted bool
	// Threads are the posts whose threads are still to be fetched.
	Threads   []string
	UpdatedAt time.Time
}

// CollectState reads a query's state; ok is false for a query never run.
func (s *Store) CollectState(ctx context.Context, key string) (CollectState, bool, error) {
	type found struct {
		st CollectState
		ok bool
	}
	f, err := readTx(ctx, s, "collect.state", func(ctx context.Context, tx neo4j.ManagedTransaction) (found, error) {
		res, err := tx.Run(ctx, `MATCH (c:CollectState {key: $key}) RETURN c`, map[string]any{"key": key})
		if err != nil {
			return found{}, err
		}
		recs, err := res.Collect(ctx)
		if err != nil || len(recs) == 0 {
			return found{}, err
		}
		node, _, err := neo4j.GetRecordValue[neo4j.Node](recs[0], "c")
		if err != nil {
			return found{}, err
		}
		p := node.Props
		st := CollectState{Key: key}
		st.Newest, _ = p["newest"].(string)
		st.Oldest, _ = p["oldest"].(string)
		st.Cursor, _ = p["cursor"].(string)
		st.Exhausted, _ = p["exhausted"].(bool)
		if t, ok := p["newestAt"].(time.Time); ok {
			st.NewestAt = t.UTC()
		}
		if t, ok := p["oldestAt"].(time.Time); ok {
			st.OldestAt = t.UTC()
		}
		if t, ok := p["updatedAt"].(time.Time); ok {
			st.UpdatedAt = t.UTC()
		}
		if l, ok := p["threads"].([]any); ok {
			for _, v := range l {
				if id, ok := v.(string); ok {
					st.Threads = append(st.Threads, id)
				}
			}
		}
		return found{st, true}, nil
	})
	return f.st, f.ok, err
}

// SaveCollectState writes a query's state.
func (s *Store) SaveCollectState(ctx context.Context, st CollectState) error {
	threads := st.Threads
	if threads == nil {
		threads = []string{}
	}
	at := func(t time.Time) any {
		if t.IsZero() {
			return nil
		}
		return t.UTC()
	}
	_, err := writeTx(ctx, s, "collect.saveState", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, run(ctx, tx, `
MERGE (c:CollectState {key: $key})
SET c.newest = $newest, c.newestAt = $newestAt, c.oldest = $oldest, c.oldestAt = $oldestAt, c.cursor = $cursor,
    c.exhausted = $exhausted, c.threads = $threads, c.updatedAt = datetime()`, map[string]any{
			"key": st.Key, "newest": st.Newest, "newestAt": at(st.NewestAt), "oldest": st.Oldest, "oldestAt": at(st.OldestAt),
			"cursor": st.Cursor, "exhausted": st.Exhausted, "threads": threads,
		})
	})
	return err
}
