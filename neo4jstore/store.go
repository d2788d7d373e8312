// Package neo4jstore is peergraph's Neo4j adapter: every Cypher statement and
// the schema's constraints live here, and nothing outside it knows Cypher.
// All statements are parameterised and run in managed transactions (retried
// on transient errors) under a deadline.
package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/peergraph/peergraph/domain"
)

// Config says how to reach Neo4j, with the variable names Neo4j's own tools use.
type Config struct {
	URI      string // bolt://, neo4j:// (routing: a cluster or Aura) or their +s variants
	Username string
	Password string
	Database string // "" for the server's default database
	// Timeout bounds every call that does not carry an earlier deadline.
	Timeout time.Duration
}

// ConfigFromEnv reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD,
// NEO4J_DATABASE and PEERGRAPH_NEO4J_TIMEOUT. Without NEO4J_URI it points at
// the embedded Neo4j that `make db` starts on PEERGRAPH_DB_PORT (default 7687).
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	cfg := Config{
		URI:      getenv("NEO4J_URI"),
		Username: getenv("NEO4J_USERNAME"),
		Password: getenv("NEO4J_PASSWORD"),
		Database: getenv("NEO4J_DATABASE"),
		Timeout:  10 * time.Second,
	}
	if cfg.URI == "" {
		port := getenv("PEERGRAPH_DB_PORT")
		if port == "" {
			port = "7687"
		}
		cfg.URI = "bolt://127.0.0.1:" + port
	}
	if cfg.Username == "" && cfg.Password != "" {
		cfg.Username = "neo4j"
	}
	if t := getenv("PEERGRAPH_NEO4J_TIMEOUT"); t != "" {
		d, err := time.ParseDuration(t)
		if err != nil || d <= 0 {
			return cfg, fmt.Errorf("PEERGRAPH_NEO4J_TIMEOUT: want a duration such as 10s, got %q", t)
		}
		cfg.Timeout = d
	}
	return cfg, nil
}

// Observer is told how long each database call took and how it ended, so the
// server can export latencies without this package knowing Prometheus.
type Observer func(operation string, took time.Duration, err error)

// Store reads and writes the peergraph graph in Neo4j.
type Store struct {
	driver  neo4j.DriverWithContext
	cfg     Config
	log     *slog.Logger
	observe Observer
	// replanned holds the keepPlan statements (write.go) this store has
	// planned afresh.
	replanned sync.Map
	// paces judge each batch of the loader's (posts, and each step of the
	// refresh) against the ones before it, to plan the kept statements
	// afresh when one is far slower (planguard.go): operation name to
	// *planGuard.
	paces sync.Map
	// Answers kept while the data version stays (versioned.go).
	professions   versionedCache[[]*domain.Profession]
	professionals versionedCache[int] // CountProfessionals, by filter
}

// Open builds the driver. It does not wait for Neo4j: call WaitReady.
func Open(cfg Config, log *slog.Logger, observe Observer) (*Store, error) {
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		// Fail fast when Neo4j is down, so a request answers a clear error
		// well inside its deadline instead of hanging on a dead socket.
		c.SocketConnectTimeout = 3 * time.Second
		c.ConnectionAcquisitionTimeout = cfg.Timeout
		c.MaxTransactionRetryTime = cfg.Timeout / 2
		c.ConnectionLivenessCheckTimeout = 30 * time.Second
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j driver for %s: %w", cfg.URI, err)
	}
	if observe == nil {
		observe = func(string, time.Duration, error) {}
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Store{driver: driver, cfg: cfg, log: log, observe: observe}
	s.professions.clone = cloneProfessions
	return s, nil
}

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// URI is the address the store talks to, for logs.
func (s *Store) URI() string { return s.cfg.URI }

// Ping checks that Neo4j answers a query on the configured database.
func (s *Store) Ping(ctx context.Context) error {
	_, err := readTx(ctx, s, "ping", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, run(ctx, tx, "RETURN 1", nil)
	})
	return err
}

// WaitReady pings Neo4j with exponential backoff until it answers or ctx ends.
func (s *Store) WaitReady(ctx context.Context) error {
	delay := 200 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := s.Ping(ctx)
		if err == nil {
			return nil
		}
		s.log.Info("waiting for neo4j", "uri", s.cfg.URI, "attempt", attempt, "err", err)
		select {
		case <-ctx.Done():
			return fmt.Errorf("neo4j at %s did not answer: %w", s.cfg.URI, err)
		case <-time.After(delay):
		}
		delay = min(delay*2, 5*time.Second)
	}
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: mode})
}

// withDeadline gives a call the store's timeout unless ctx already has an
// earlier deadline (a request's own deadline wins).
func (s *Store) withDeadline(ctx context.Context) (context.Context, context.CancelFunc) {
	if d, ok := ctx.Deadline(); ok && time.Until(d) < s.cfg.Timeout {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, s.cfg.Timeout)
}

type txWork[T any] func(ctx context.Context, tx neo4j.ManagedTransaction) (T, error)

// readTx runs work in a managed read transaction, observing and translating
// its outcome.
func readTx[T any](ctx context.Context, s *Store, op string, work txWork[T]) (T, error) {
	return runTx(ctx, s, op, neo4j.AccessModeRead, work)
}

// readOnce runs work in one read transaction, without the driver's
// retries: for a read whose failure is news in itself (the read model's
// check of the change log), which a managed transaction would hide by
// retrying until its deadline while the graph is down.
func readOnce[T any](ctx context.Context, s *Store, op string, work txWork[T]) (T, error) {
	return inSession(ctx, s, op, neo4j.AccessModeRead, func(ctx context.Context, sess neo4j.SessionWithContext) (T, error) {
		var zero T
		tx, err := sess.BeginTransaction(ctx)
		if err != nil {
			return zero, err
		}
		defer tx.Close(context.WithoutCancel(ctx))
		v, err := work(ctx, s.replanning(tx))
		if err != nil {
			return zero, err
		}
		return v, tx.Commit(ctx)
	})
}

// writeTx runs work in a managed write transaction.
func writeTx[T any](ctx context.Context, s *Store, op string, work txWork[T]) (T, error) {
	return runTx(ctx, s, op, neo4j.AccessModeWrite, work)
}

// runTx runs work in a managed transaction, which the driver retries on
// the errors it deems transient.
func runTx[T any](ctx context.Context, s *Store, op string, mode neo4j.AccessMode, work txWork[T]) (T, error) {
	return inSession(ctx, s, op, mode, func(ctx context.Context, sess neo4j.SessionWithContext) (T, error) {
		fn := func(tx neo4j.ManagedTransaction) (T, error) { return work(ctx, s.replanning(tx)) }
		if mode == neo4j.AccessModeRead {
			return neo4j.ExecuteRead(ctx, sess, fn)
		}
		return neo4j.ExecuteWrite(ctx, sess, fn)
	})
}

// inSession runs call in a session under the store's deadline, observing
// and translating its outcome.
func inSession[T any](ctx context.Context, s *Store, op string, mode neo4j.AccessMode, call func(context.Context, neo4j.SessionWithContext) (T, error)) (T, error) {
	ctx, cancel := s.withDeadline(ctx)
	defer cancel()
	start := time.Now()
	sess := s.session(ctx, mode)
	defer sess.Close(context.WithoutCancel(ctx))
	v, err := call(ctx, sess)
	s.observe(op, time.Since(start), err)
	if err != nil {
		return v, s.translate(ctx, op, err)
	}
	return v, nil
}

// replanning wraps tx so that a keepPlan statement is planned afresh on its
// first run by this store (write.go).
func (s *Store) replanning(tx neo4j.ManagedTransaction) neo4j.ManagedTransaction {
	return replanningTx{ManagedTransaction: tx, replanned: &s.replanned}
}

// translate turns driver errors into domain errors users can act on, keeping
// the cause for logs. Errors that are already domain errors pass unchanged.
func (s *Store) translate(ctx context.Context, op string, err error) error {
	var de *domain.Error
	switch {
	case errors.As(err, &de):
		return err
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return &domain.Error{Code: domain.EUNAVAILABLE, Message: "the graph database did not answer in time", Err: fmt.Errorf("%s: %w", op, err)}
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("%s: %w", op, err)
	case neo4j.IsConnectivityError(err) || isUnavailable(err):
		return &domain.Error{Code: domain.EUNAVAILABLE, Message: "the graph database cannot be reached", Err: fmt.Errorf("%s: %w", op, err)}
	}
	return fmt.Errorf("%s: %w", op, err)
}

// isUnavailable spots the driver errors raised when no server can be had,
// which are not all typed as connectivity errors.
func isUnavailable(err error) bool {
	var neo *neo4j.Neo4jError
	if errors.As(err, &neo) {
		return strings.HasPrefix(neo.Code, "Neo.TransientError.General.DatabaseUnavailable")
	}
	msg := err.Error()
	return strings.Contains(msg, "connection refused") || strings.Contains(msg, "unable to retrieve routing table") ||
		strings.Contains(msg, "ConnectivityError") || strings.Contains(msg, "no such host")
}

// DeleteAll empties the database: for tests, and for `loader reset` before a
// fresh load. It deletes in batches so that a large graph does not exhaust
// the transaction memory, which needs an auto-commit transaction.
func (s *Store) DeleteAll(ctx context.Context) error {
	start := time.Now()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	s.observe("deleteAll", time.Since(start), err)
	if err != nil {
		return s.translate(ctx, "delete all", err)
	}
	return nil
}
