package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/profession"
)

// schemaStatements are DESIGN.md's constraints and the indexes the questions
// need. IF NOT EXISTS makes them safe to run at every start.
var schemaStatements = []string{
	"CREATE CONSTRAINT professional_id IF NOT EXISTS FOR (n:Professional) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT account_key IF NOT EXISTS FOR (n:Account) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT profession_name IF NOT EXISTS FOR (n:Profession) REQUIRE n.name IS UNIQUE",
	"CREATE CONSTRAINT community_name IF NOT EXISTS FOR (n:Community) REQUIRE n.name IS UNIQUE",
	"CREATE CONSTRAINT chat_id IF NOT EXISTS FOR (n:Chat) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT analysis_id IF NOT EXISTS FOR (n:Analysis) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.id IS UNIQUE",
	// Read models read the change records after their version.
	"CREATE INDEX data_change_n IF NOT EXISTS FOR (n:DataChange) ON (n.n)",
	// Another name of a post (a Mastodon status's id on the instance whose
	// API wrote the archive), by which replies and quotes may name it.
	"CREATE CONSTRAINT post_alias_id IF NOT EXISTS FOR (n:PostAlias) REQUIRE n.id IS UNIQUE",
	// Where each collection from the platforms stands (loader collect).
	"CREATE CONSTRAINT collect_state_key IF NOT EXISTS FOR (n:CollectState) REQUIRE n.key IS UNIQUE",
	// A bare handle ("carla") is looked up across platforms.
	"CREATE INDEX account_handle IF NOT EXISTS FOR (n:Account) ON (n.handle)",
	"CREATE INDEX account_local IF NOT EXISTS FOR (n:Account) ON (n.local)",
	// A Bluesky account known by DID is found under its handle.
	"CREATE INDEX account_did IF NOT EXISTS FOR (n:Account) ON (n.did)",
	// Posts that answer, quote or repost one not loaded yet wait for it by id.
	"CREATE INDEX post_reply_to IF NOT EXISTS FOR (n:Post) ON (n.replyToId)",
	"CREATE INDEX post_quotes IF NOT EXISTS FOR (n:Post) ON (n.quotesId)",
	"CREATE INDEX post_reposts IF NOT EXISTS FOR (n:Post) ON (n.repostsId)",
	"CREATE INDEX professional_profession IF NOT EXISTS FOR (n:Professional) ON (n.profession)",
	"CREATE INDEX chat_starts IF NOT EXISTS FOR (n:Chat) ON (n.startsAt)",
	"CREATE INDEX analysis_community IF NOT EXISTS FOR (n:Analysis) ON (n.community, n.status)",
	"CREATE INDEX chat_hashtag IF NOT EXISTS FOR (n:Chat) ON (n.hashtag)",
	"CREATE INDEX community_hashtag IF NOT EXISTS FOR (n:Community) ON (n.hashtag)",
	"CREATE INDEX post_created IF NOT EXISTS FOR (n:Post) ON (n.createdAt)",
}

// EnsureSchema creates the constraints and indexes if they are missing and
// writes the canonical professions, so that even an empty graph answers
// which professions there are. Running it again changes nothing.
func (s *Store) EnsureSchema(ctx context.Context, professions []profession.Profession) error {
	// Schema statements cannot share a transaction with writes, so each runs alone.
	for _, stmt := range schemaStatements {
		_, err := writeTx(ctx, s, "schema", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
			return struct{}{}, run(ctx, tx, stmt, nil)
		})
		if err != nil {
			return fmt.Errorf("ensure schema: %w", err)
		}
	}
	rows := make([]map[string]any, len(professions))
	for i, p := range professions {
		aliases := p.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		rows[i] = map[string]any{"name": p.Name, "aliases": aliases, "rank": i}
	}
	// A changed table (new aliases, another order) changes answers that
	// are kept by data version (Professions, read models): it moves the
	// version on; the same table again does not.
	_, err := writeTx(ctx, s, "schema.professions", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		changed, err := single[int](ctx, tx, `
UNWIND $rows AS row
MERGE (p:Profession {name: row.name})
WITH p, row
WHERE p.aliases IS NULL OR p.aliases <> row.aliases OR p.rank IS NULL OR p.rank <> row.rank
SET p.aliases = row.aliases, p.rank = row.rank
RETURN count(p) AS changed`, map[string]any{"rows": rows})
		if err != nil || changed == 0 {
			return struct{}{}, err
		}
		_, err = bumpVersion(ctx, tx, Change{Kind: ChangeNone})
		return struct{}{}, err
	})
	if err != nil {
		return fmt.Errorf("ensure schema: professions: %w", err)
	}
	// Wait for the indexes so that the first queries do not scan.
	_, err = writeTx(ctx, s, "schema.await", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, run(ctx, tx, "CALL db.awaitIndexes(60)", nil)
	})
	if err != nil {
		return fmt.Errorf("ensure schema: await indexes: %w", err)
	}
	return nil
}

// run executes a statement whose result is not needed.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) error {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}
