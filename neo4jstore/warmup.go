package neo4jstore

import (
	"context"
	"errors"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// errWarmedUp ends a warm-up's transaction, which is rolled back.
var errWarmedUp = errors.New("warm-up done: rolled back")

// WarmUpLoads has Neo4j plan the statements a load of posts runs (writing
// new posts, merging posts it has, the refresh of the derived
// relationships) by running them on two made-up posts in a transaction
// that is rolled back: nothing is written. A follow calls it before its
// first post comes, which otherwise waits for every statement to be
// planned (seconds on a busy machine) while the chat goes on.
func (s *Store) WarmUpLoads(ctx context.Context) error {
	at := time.Now().UTC()
	b := PostBatch{
		// One account with a DID, as Bluesky's come, for the statements
		// that resolve them.
		Accounts: []AccountRow{{Key: "warmup:a", Platform: "warmup", Handle: "a"},
			{Key: "warmup:b", Platform: "warmup", Handle: "b", DID: "did:plc:warmup-b", Name: "B", ProfileAt: at}},
		Posts: []PostRow{
			{ID: "warmup:1", Platform: "warmup", Author: "warmup:a", Text: "hello", CreatedAt: at, Hashtags: []string{"warmup"}},
			{ID: "warmup:2", Platform: "warmup", Author: "warmup:b", Text: "@a welcome", CreatedAt: at.Add(time.Second), ReplyTo: "warmup:1",
				ReplyToAccount: "warmup:a", Mentions: []string{"warmup:a"}, Hashtags: []string{"warmup"}},
		},
	}
	_, err := writeTx(ctx, s, "load.warmUp", func(ctx context.Context, tx neo4j.ManagedTransaction) (int, error) {
		// Twice: new posts, then posts the graph has.
		for range 2 {
			if _, err := writePosts(b)(ctx, tx); err != nil {
				return 0, err
			}
		}
		for _, cypher := range []string{deleteOrphans, refreshProfessionals, refreshChats} {
			if _, err := single[[]any](ctx, tx, cypher, map[string]any{"limit": 100}); err != nil {
				return 0, err
			}
		}
		return 0, errWarmedUp
	})
	if errors.Is(err, errWarmedUp) {
		return nil
	}
	return err
}
