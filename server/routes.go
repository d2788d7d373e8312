package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/peergraph/peergraph/server/dashboard"
	"github.com/peergraph/peergraph/server/graphiql"
)

// Pinger is what readiness needs of the store.
type Pinger interface {
	Ping(ctx context.Context) error
}

// openRoutes are the routes a setting opens (production closes them).
type openRoutes struct {
	graphiql bool
	metrics  bool
}

// routes is the server's whole URL space. readModel says how the read
// model stands (nil when it is off).
func routes(gql, export http.Handler, db Pinger, readModel func() string, m *metrics, open openRoutes, log *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/graphql", gql)
	mux.Handle("GET /export/{format}", export)
	if open.graphiql {
		mux.Handle("/graphiql/", http.StripPrefix("/graphiql", graphiql.Handler("peergraph", "/graphql")))
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", readyz(db, readModel))
	if open.metrics {
		mux.Handle("GET /metrics", m.handler())
	}
	// The dashboard owns the root and /assets/; its views are hash-routed,
	// so no other path is needed.
	dash := dashboard.Handler()
	mux.Handle("GET /{$}", dash)
	mux.Handle("GET /assets/", dash)
	return logRequests(log, mux)
}

// readyz answers 503 while Neo4j does not answer, so a load balancer stops
// sending traffic until it does; no restart is needed when it comes back.
// The read model is reported but does not decide readiness: without it the
// questions are answered from Neo4j, only slower. (Benchmarks wait for
// "read model: current" before they measure.)
func readyz(db Pinger, readModel func() string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := db.Ping(ctx); err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte("neo4j: not answering\n"))
			return
		}
		w.Write([]byte("ready\n"))
		if readModel != nil {
			fmt.Fprintf(w, "read model: %s\n", readModel())
		}
	}
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

func logRequests(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		log.LogAttrs(r.Context(), slog.LevelInfo, "http request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", rec.status), slog.Duration("took", time.Since(start)))
	})
}
