// Command server serves peergraph's GraphQL API, GraphiQL, health checks and
// metrics over the Neo4j graph. main only wires the pieces together.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/peergraph/peergraph/analysisrun"
	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/graph"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/profession"
	"github.com/peergraph/peergraph/questions"
	"github.com/peergraph/peergraph/readmodel"
	"github.com/peergraph/peergraph/server/auth"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var err error
	switch args := os.Args[1:]; {
	case len(args) > 0 && args[0] == "token":
		err = runToken(args[1:], os.Getenv, time.Now(), os.Stdout, os.Stderr)
	case len(args) > 0 && args[0] == "apikey":
		err = runAPIKey(args[1:], os.Stdout, os.Stderr)
	default:
		err = run(ctx, args, os.Getenv, os.Stderr, nil)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(1)
	}
}

type config struct {
	addr         string
	debugAddr    string
	neo4jWait    time.Duration
	shutdownWait time.Duration
	logFormat    string
	graphql      graphqlOptions
	neo4j        neo4jstore.Config
	access       accessConfig
}

func parseConfig(args []string, getenv func(string) string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.addr, "addr", envOr(getenv, "PEERGRAPH_ADDR", "127.0.0.1:8080"), "address to listen on (env PEERGRAPH_ADDR)")
	fs.StringVar(&c.debugAddr, "debug-addr", getenv("PEERGRAPH_DEBUG_ADDR"), "when set, serve Go's profiles (/debug/pprof/) on this address, apart from the API; keep it private (env PEERGRAPH_DEBUG_ADDR)")
	fs.DurationVar(&c.neo4jWait, "neo4j-wait", 60*time.Second, "how long to wait for Neo4j at start")
	fs.DurationVar(&c.shutdownWait, "shutdown-wait", 15*time.Second, "how long in-flight requests get to finish on shutdown")
	fs.StringVar(&c.logFormat, "log-format", envOr(getenv, "PEERGRAPH_LOG_FORMAT", "text"), "text or json (env PEERGRAPH_LOG_FORMAT)")
	fs.BoolVar(&c.graphql.Introspection, "introspection", envOr(getenv, "PEERGRAPH_INTROSPECTION", "true") == "true", "allow schema introspection (env PEERGRAPH_INTROSPECTION)")
	fs.IntVar(&c.graphql.ComplexityLimit, "complexity-limit", 20000, "largest query complexity accepted")
	fs.IntVar(&c.graphql.DepthLimit, "depth-limit", 12, "deepest query nesting accepted")
	fs.DurationVar(&c.graphql.RequestTimeout, "request-timeout", 15*time.Second, "deadline of one GraphQL request, down to Neo4j")
	c.access.flags(fs, getenv)
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	var err error
	c.neo4j, err = neo4jstore.ConfigFromEnv(getenv)
	return c, err
}

// run starts the server and blocks until ctx ends. ready, when not nil,
// receives the address it listens on (tests listen on port 0).
func run(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer, ready chan<- string) error {
	cfg, err := parseConfig(args, getenv, stderr)
	if err != nil {
		return err
	}
	log := newLogger(cfg.logFormat, stderr)
	m := newMetrics()

	// Access first: a server that cannot check tokens does not start.
	k, err := cfg.access.load()
	if err != nil {
		return err
	}
	verifier, err := auth.NewVerifier(k.verify)
	if err != nil {
		return err
	}
	if k.dev {
		log.Warn("development mode: tokens are signed with a generated secret; mint one with `go run ./server token --role ADMIN` (PEERGRAPH_ENV=production refuses to run without a configured key)",
			"dev_dir", cfg.access.devDir)
	}
	audit, closeAudit, err := cfg.access.auditLogger(stderr)
	if err != nil {
		return err
	}
	defer closeAudit()

	store, err := neo4jstore.Open(cfg.neo4j, log, m.observeNeo4j)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	waitCtx, cancel := context.WithTimeout(ctx, cfg.neo4jWait)
	err = store.WaitReady(waitCtx)
	cancel()
	if err != nil {
		return err
	}
	professions := profession.DefaultTable()
	if err := store.EnsureSchema(ctx, professions.Professions()); err != nil {
		return err
	}

	// The analysis step and the exports read whole windows: their calls
	// get minutes, as the loader's do, through a store of their own.
	longCfg := cfg.neo4j
	longCfg.Timeout = max(longCfg.Timeout, 5*time.Minute)
	longStore, err := neo4jstore.Open(longCfg, log, m.observeNeo4j)
	if err != nil {
		return err
	}
	defer longStore.Close(context.WithoutCancel(ctx))
	// The read model answers the questions that read the whole graph:
	// built in the background from a snapshot (a long read, through the
	// long store), then kept current from the change log. Until the first
	// model is in, those questions answer UNAVAILABLE at once and /readyz
	// says 503.
	liveCtx, stopLive := context.WithCancel(ctx)
	live := readmodel.NewLive(liveCtx, store, longStore, log)
	live.Start()
	liveDone := make(chan struct{})
	go func() { defer close(liveDone); live.Run(liveCtx) }()
	// Builds end before the stores close.
	defer func() { stopLive(); <-liveDone }()
	svc := questions.New(store, live)
	// The analysis step and the exports analyse the read model's
	// projection and write (and read) their results through the long store.
	fromModel := projectionsAnd{Projections: svc, Store: longStore}
	analyses := analysisrun.NewManager(ctx, fromModel, analysisrun.Request{}, log)
	// Runs end with ctx; wait for them to leave the database tidy.
	defer analyses.Wait()

	res := &graph.Resolver{
		Questions:          svc,
		Professions:        professions,
		ProfessionalCursor: neo4jstore.ProfessionalCursor,
		ChatCursor:         neo4jstore.ChatCursor,
		Access:             graph.Access{PseudonymKey: k.pseudonym, K: cfg.access.k, Audit: audit},
		Analyses:           analyses,
	}
	// Exports are research data: researchers (who see pseudonyms) and admins.
	export := auth.Require(exportHandler(fromModel, time.Now, exportAccess{pseudonymKey: k.pseudonym, audit: audit}, log),
		domain.RoleResearcher, domain.RoleAdmin)
	// The live chat view: pushed to hosts as the read model changes.
	liveChat := verifier.Middleware(liveHandler(live, svc, audit, log))
	handler := routes(verifier.Middleware(newGraphQLHandler(res, cfg.graphql, m, log)), verifier.Middleware(export), liveChat, store, live, m, log)

	if cfg.debugAddr != "" {
		stopDebug, err := serveDebug(cfg.debugAddr, log)
		if err != nil {
			return err
		}
		defer stopDebug()
	}

	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.addr, err)
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	log.Info("serving", "graphql", "http://"+ln.Addr().String()+"/graphql", "graphiql", "http://"+ln.Addr().String()+"/graphiql/", "neo4j", store.URI())
	if ready != nil {
		ready <- ln.Addr().String()
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	select {
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down", "wait", cfg.shutdownWait)
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.shutdownWait)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// projectionsAnd is a store whose projections come from elsewhere (the
// read model).
type projectionsAnd struct {
	Projections
	*neo4jstore.Store
}

// Projections gives the window's conversational-tie graph.
type Projections interface {
	Projection(ctx context.Context, w domain.Window, community string) (*readmodel.Projection, error)
}

// Projection resolves the ambiguity of the two embedded types: the
// projection is the read model's.
func (p projectionsAnd) Projection(ctx context.Context, w domain.Window, community string) (*readmodel.Projection, error) {
	return p.Projections.Projection(ctx, w, community)
}

func newLogger(format string, w io.Writer) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}

func envOr(getenv func(string) string, key, fallback string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return fallback
}
