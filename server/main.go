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
	"net/netip"
	"os"
	"os/signal"
	"strconv"
	"strings"
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
	// graphiql and metrics say whether the API's address serves GraphiQL
	// and an open /metrics; production closes both unless a setting opens
	// them (metrics are always on the debug address when it is set).
	graphiql bool
	metrics  bool
	graphql  graphqlOptions
	// rate is each caller's budget of cost per minute; off when rateLimit
	// is false.
	rateLimit                bool
	rateBudget, publicBudget int
	trustedProxies           []netip.Prefix
	neo4j                    neo4jstore.Config
	access                   accessConfig
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
	// Closed in production unless opened: each tells an outsider more than
	// the API itself does.
	introspection := switchSetting{name: "introspection", envKey: "PEERGRAPH_INTROSPECTION", usage: "allow schema introspection (__schema, __type)"}
	introspection.register(fs, "true, false in production")
	graphiql := switchSetting{name: "graphiql", envKey: "PEERGRAPH_GRAPHIQL", usage: "serve GraphiQL at /graphiql/"}
	graphiql.register(fs, "true, false in production")
	openMetrics := switchSetting{name: "metrics", envKey: "PEERGRAPH_METRICS", usage: "serve Prometheus metrics at /metrics on the API's address, to anyone (they are always on --debug-addr when it is set)"}
	openMetrics.register(fs, "true, false in production")
	var envErrs []error
	envInt := func(key string, def int) int {
		v := strings.TrimSpace(getenv(key))
		if v == "" {
			return def
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			envErrs = append(envErrs, fmt.Errorf("%s: %q is not a whole number", key, v))
		}
		return n
	}
	fs.IntVar(&c.graphql.CostLimit, "complexity-limit", envInt("PEERGRAPH_COMPLEXITY_LIMIT", graph.DefaultCostLimit),
		"most one operation may cost: a list costs its first times what it selects, aliases each count, the questions that read the graph cost more (env PEERGRAPH_COMPLEXITY_LIMIT)")
	fs.IntVar(&c.graphql.DepthLimit, "depth-limit", 12, "deepest query nesting accepted")
	fs.DurationVar(&c.graphql.RequestTimeout, "request-timeout", 15*time.Second, "deadline of one GraphQL request: Neo4j calls, read-model answers and all")
	fs.Int64Var(&c.graphql.MaxBodyBytes, "max-body", int64(envInt("PEERGRAPH_MAX_BODY", defaultMaxBodyBytes)), "largest POST body accepted, in bytes (env PEERGRAPH_MAX_BODY)")
	fs.IntVar(&c.graphql.MaxTokens, "max-tokens", envInt("PEERGRAPH_MAX_TOKENS", defaultMaxTokens), "most tokens the parser reads of one query (env PEERGRAPH_MAX_TOKENS)")
	fs.Int64Var(&c.graphql.QueryCacheBytes, "query-cache-bytes", int64(envInt("PEERGRAPH_QUERY_CACHE_BYTES", defaultQueryCacheBytes)), "memory the parsed queries kept may take, in bytes (env PEERGRAPH_QUERY_CACHE_BYTES)")
	rateLimit := switchSetting{name: "rate-limit", envKey: "PEERGRAPH_RATE_LIMIT", usage: "give each caller (token subject, API key, or the public's address) a budget of cost per minute; over it, 429 with Retry-After"}
	rateLimit.register(fs, "false, true in production")
	fs.IntVar(&c.rateBudget, "rate-budget", envInt("PEERGRAPH_RATE_BUDGET", defaultRateBudget), "cost a token or API key may spend per minute (env PEERGRAPH_RATE_BUDGET)")
	fs.IntVar(&c.publicBudget, "public-rate-budget", envInt("PEERGRAPH_PUBLIC_RATE_BUDGET", defaultPublicRateBudget), "cost one address may spend per minute without a token (env PEERGRAPH_PUBLIC_RATE_BUDGET)")
	trusted := fs.String("trusted-proxies", getenv("PEERGRAPH_TRUSTED_PROXIES"), "comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-For names the public caller (env PEERGRAPH_TRUSTED_PROXIES)")
	c.access.flags(fs, getenv)
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if err := errors.Join(envErrs...); err != nil {
		return c, err
	}
	production, err := c.access.isProduction(getenv)
	if err != nil {
		return c, err
	}
	for _, s := range []struct {
		setting *switchSetting
		def     bool
		to      *bool
	}{
		{&introspection, !production, &c.graphql.Introspection},
		{&graphiql, !production, &c.graphiql},
		{&openMetrics, !production, &c.metrics},
		{&rateLimit, production, &c.rateLimit},
	} {
		if *s.to, err = s.setting.resolve(getenv, s.def); err != nil {
			return c, err
		}
	}
	if c.trustedProxies, err = parsePrefixes(*trusted); err != nil {
		return c, fmt.Errorf("trusted-proxies: %w", err)
	}
	switch {
	case c.graphql.CostLimit < 1:
		return c, errors.New("complexity-limit must be at least 1")
	case c.graphql.MaxBodyBytes < 1024 || c.graphql.MaxTokens < 100 || c.graphql.QueryCacheBytes < 0:
		return c, errors.New("max-body must be at least 1024 bytes, max-tokens at least 100, query-cache-bytes at least 0")
	case c.rateLimit && (c.rateBudget < c.graphql.CostLimit || c.publicBudget < c.graphql.CostLimit):
		return c, fmt.Errorf("rate-budget (%d) and public-rate-budget (%d) must each hold at least one operation of the complexity limit (%d)",
			c.rateBudget, c.publicBudget, c.graphql.CostLimit)
	}
	c.neo4j, err = neo4jstore.ConfigFromEnv(getenv)
	return c, err
}

// Default budgets per minute: about a dozen operations of the largest cost,
// or fifty visits of the dashboard's dearest view; the public a third.
const (
	defaultRateBudget       = 600_000
	defaultPublicRateBudget = 200_000
)

// parsePrefixes reads a comma-separated list of addresses and CIDR ranges.
func parsePrefixes(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		if p, err := netip.ParsePrefix(part); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(part)
		if err != nil {
			return nil, fmt.Errorf("%q is neither an address nor a CIDR range", part)
		}
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
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
	var limits *rateLimits
	if cfg.rateLimit {
		limits = newRateLimits(cfg.rateBudget, cfg.publicBudget, cfg.trustedProxies)
	}
	// Exports are research data: researchers (who see pseudonyms) and
	// admins. One reads a whole window's graph, so it costs as much as the
	// largest operation; every request is audited, refused or not.
	exports := exportAccess{pseudonymKey: k.pseudonym, audit: audit}
	export := exports.audited(verifier.Middleware(capturePrincipal(auth.Require(
		limits.perRequest(cfg.graphql.CostLimit, exportHandler(fromModel, time.Now, exports, log)),
		domain.RoleResearcher, domain.RoleAdmin))))
	// The live chat view: pushed to hosts as the read model changes.
	liveChat := verifier.Middleware(liveHandler(live, svc, audit, log))
	handler := routes(verifier.Middleware(newGraphQLHandler(res, cfg.graphql, limits, m, log)), export, liveChat, store, live, m,
		openRoutes{graphiql: cfg.graphiql, metrics: cfg.metrics}, log)

	if cfg.debugAddr != "" {
		stopDebug, err := serveDebug(cfg.debugAddr, m.handler(), log)
		if err != nil {
			return err
		}
		defer stopDebug()
	}

	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.addr, err)
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second, MaxHeaderBytes: maxHeaderBytes}
	attrs := []any{"graphql", "http://" + ln.Addr().String() + "/graphql", "neo4j", store.URI()}
	if cfg.graphiql {
		attrs = append(attrs, "graphiql", "http://"+ln.Addr().String()+"/graphiql/")
	}
	log.Info("serving", attrs...)
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

// projectionsAnd is a store whose projections and newest chat come from
// elsewhere (the read model).
type projectionsAnd struct {
	Projections
	*neo4jstore.Store
}

// Projections gives the window's conversational-tie graph, and where the
// default window ends.
type Projections interface {
	Projection(ctx context.Context, w domain.Window, community string) (*readmodel.Projection, error)
	NewestChatEnd(ctx context.Context) (time.Time, error)
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
