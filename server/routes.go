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

// ReadModel is what readiness needs of the read model.
type ReadModel interface {
	Ready() bool
	Status() string
}

// routes is the server's whole URL space.
func routes(gql, export http.Handler, db Pinger, readModel ReadModel, m *metrics, open openRoutes, log *slog.Logger) http.Handler {
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

// readyz answers 503 until the first read model is in (the questions
// that read the whole graph cannot be answered before), and while neither
// Neo4j nor a read model can answer. With Neo4j down and a model in, it
// stays 200 and says so: the model answers the whole-graph questions
// (labelled stale), the reads by id fail, and every server behind the same
// Neo4j is in the same state, so taking this one out helps no one.
// (Benchmarks wait for "read model: current" before they measure.)
func readyz(db Pinger, readModel ReadModel) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		neo4jErr := db.Ping(ctx)
		if !readModel.Ready() {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		switch {
		case !readModel.Ready():
			w.Write([]byte("not ready\n"))
		case neo4jErr != nil:
			w.Write([]byte("ready (the read model answers; Neo4j does not)\n"))
		default:
			w.Write([]byte("ready\n"))
		}
		if neo4jErr != nil {
			w.Write([]byte("neo4j: not answering\n"))
		} else {
			w.Write([]byte("neo4j: answering\n"))
		}
		fmt.Fprintf(w, "read model: %s\n", readModel.Status())
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
