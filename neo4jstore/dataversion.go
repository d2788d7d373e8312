package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The data version says when what the questions read last changed, and
// the change log says what changed, so that a read model (package
// readmodel) can read again only that.
//
// A single (:DataVersion {id: 'graph'}) node holds a counter that every
// write of something the questions read moves on, and an epoch drawn when
// the node is made, so that a database emptied and loaded again never
// repeats a version ("epoch:n"). Each move writes a (:DataChange {epoch,
// n, kind, professionals, chats}) in the same transaction, saying what
// that write changed (Change). The last ChangesKept are kept.

// Change kinds.
const (
	// ChangeRows: the rows of the professionals and chats named changed
	// (a refresh batch, an opt-out, profiles).
	ChangeRows = "rows"
	// ChangePending: writes of posts, rosters or catalogues, whose effect
	// on what the questions read the refresh that follows them records:
	// nothing to read again yet, but the graph holds writes not yet
	// refreshed (its :Stale marks) until it has run.
	ChangePending = "pending"
	// ChangeNone: nothing the questions read (the profession table).
	ChangeNone = "none"
)

// ChangesKept is how many change records the graph keeps: a read model
// older than the oldest is built again from a snapshot.
const ChangesKept = 20000

// Change is what one write changed of what the questions read.
type Change struct {
	Kind          string
	Professionals []string
	Chats         []string
}

// bumpDataVersion moves the version on and records the change. Last in
// its transaction, so that the version node is locked only for the commit.
const bumpDataVersion = `
MERGE (v:DataVersion {id: 'graph'})
ON CREATE SET v.epoch = randomUUID(), v.n = 0
SET v.n = v.n + 1
CREATE (:DataChange {epoch: v.epoch, n: v.n, kind: $kind, professionals: $professionals, chats: $chats})
RETURN v.epoch + ':' + toString(v.n) AS version`

const readDataVersion = `
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN coalesce(v.epoch + ':' + toString(v.n), '') AS version`

func bumpVersion(ctx context.Context, tx neo4j.ManagedTransaction, c Change) (string, error) {
	return single[string](ctx, tx, bumpDataVersion, map[string]any{"kind": c.Kind,
		"professionals": nonNil(c.Professionals), "chats": nonNil(c.Chats)})
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// DataVersion returns the graph's data version ("" before anything bumped
// it): one small read.
func (s *Store) DataVersion(ctx context.Context) (string, error) {
	return readTx(ctx, s, "dataVersion", func(ctx context.Context, tx neo4j.ManagedTransaction) (string, error) {
		return single[string](ctx, tx, readDataVersion, nil)
	})
}

// BumpDataVersion moves the data version on with a change, for a write
// made outside this package's transactions.
func (s *Store) BumpDataVersion(ctx context.Context, c Change) (string, error) {
	return writeTx(ctx, s, "dataVersion.bump", func(ctx context.Context, tx neo4j.ManagedTransaction) (string, error) {
		return bumpVersion(ctx, tx, c)
	})
}

// Changes is what changed in the graph after a version.
type Changes struct {
	// Version is the graph's data version now.
	Version string
	// Complete says that every version after the one asked has its record:
	// else (another epoch, records pruned, a graph written before records
	// were kept) only a snapshot can tell what changed.
	Complete bool
	// Professionals and Chats are those whose rows changed, each once.
	Professionals, Chats []string
	// Pending says that the graph holds writes not yet refreshed.
	Pending bool
}

// ParseVersion splits a data version into its epoch and counter; ok is
// false for "" or anything else that is not one.
func ParseVersion(v string) (epoch string, n int64, ok bool) {
	epoch, count, found := strings.Cut(v, ":")
	if !found {
		return "", 0, false
	}
	n, err := strconv.ParseInt(count, 10, 64)
	return epoch, n, err == nil
}

// ChangesSince reads what changed after version since, in one round trip
// (cheap when nothing did: the version node, the change records after
// since by index, and the count of :Stale marks from the count store).
// It is tried once, without the driver's retries: its failure is how the
// read model learns the graph is gone, and says so in its answers.
//
// Neo4j reads committed data statement by statement, not from one
// snapshot: a write that commits while this read runs may show its change
// record but not the version it moved on to. Records are therefore read
// up to the version read, never past it; one newer than it would make the
// log look incomplete and cost the read model a rebuild from a snapshot.
func (s *Store) ChangesSince(ctx context.Context, since string) (Changes, error) {
	epoch, from, ok := ParseVersion(since)
	if !ok {
		epoch, from = "", -1
	}
	return readOnce(ctx, s, "dataVersion.changes", func(ctx context.Context, tx neo4j.ManagedTransaction) (Changes, error) {
		res, err := tx.Run(ctx, `
CALL () { MATCH (stale:Stale) RETURN count(stale) AS stale }
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
CALL (v) {
  MATCH (c:DataChange) WHERE c.n > $from AND c.n <= v.n AND c.epoch = v.epoch AND v.epoch = $epoch
  WITH c ORDER BY c.n
  RETURN collect(c.n) AS ns, collect(c.kind) AS kinds, collect(c.professionals) AS professionals, collect(c.chats) AS chats
}
RETURN coalesce(v.epoch, '') AS epoch, coalesce(v.n, 0) AS n, stale > 0 AS pending, ns, kinds, professionals, chats`,
			map[string]any{"epoch": epoch, "from": from})
		if err != nil {
			return Changes{}, err
		}
		rec, err := res.Single(ctx)
		if err != nil {
			return Changes{}, err
		}
		r := record{rec: rec}
		var c Changes
		nowEpoch, n := r.str("epoch"), r.int64("n")
		c.Pending = r.boolean("pending")
		if nowEpoch != "" {
			c.Version = nowEpoch + ":" + strconv.FormatInt(n, 10)
		}
		ns, kinds := r.int64s("ns"), r.strings("kinds")
		people, chats := r.stringLists("professionals"), r.stringLists("chats")
		if err := r.Err(); err != nil {
			return Changes{}, err
		}
		// Complete when nothing changed, or when the epoch is the same and
		// every version from from+1 to n has its record, none of an
		// unknown kind.
		if c.Version == since {
			c.Complete = true
			return c, nil
		}
		c.Complete = nowEpoch == epoch && ok && int64(len(ns)) == n-from
		for i, k := range ns {
			if k != from+1+int64(i) {
				c.Complete = false
			}
		}
		seenP, seenC := map[string]bool{}, map[string]bool{}
		for i, kind := range kinds {
			switch kind {
			case ChangeRows:
				for _, id := range people[i] {
					if !seenP[id] {
						seenP[id] = true
						c.Professionals = append(c.Professionals, id)
					}
				}
				for _, id := range chats[i] {
					if !seenC[id] {
						seenC[id] = true
						c.Chats = append(c.Chats, id)
					}
				}
			case ChangePending, ChangeNone:
			default:
				c.Complete = false
			}
		}
		slices.Sort(c.Professionals)
		slices.Sort(c.Chats)
		return c, nil
	})
}

// pruneChanges deletes the change records older than the last ChangesKept.
const pruneChanges = `
MATCH (v:DataVersion {id: 'graph'})
MATCH (c:DataChange) WHERE c.n <= v.n - $kept
WITH c LIMIT 10000
DELETE c
RETURN count(*) AS n`

func (s *Store) pruneChanges(ctx context.Context) error {
	for {
		n, err := writeTx(ctx, s, "dataVersion.prune", func(ctx context.Context, tx neo4j.ManagedTransaction) (int, error) {
			return single[int](ctx, tx, pruneChanges, map[string]any{"kept": ChangesKept})
		})
		if err != nil {
			return fmt.Errorf("prune the change records: %w", err)
		}
		if n == 0 {
			return nil
		}
	}
}
