package main

import (
	"context"
	"net/http"
	"regexp"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/peergraph/peergraph/domain"
)

// metrics are the server's Prometheus series, on a registry of its own (no
// global state), exported at /metrics.
type metrics struct {
	registry    *prometheus.Registry
	requests    *prometheus.CounterVec
	latency     *prometheus.HistogramVec
	neo4jCalls  *prometheus.HistogramVec
	operationMu sync.Mutex
	operations  map[string]bool
}

// maxOperationLabels bounds the label values clients can create by naming
// their operations; the rest are counted as "other".
const maxOperationLabels = 200

var operationName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

func newMetrics() *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "peergraph_graphql_requests_total",
			Help: "GraphQL operations by operation name and outcome (ok, or the first error's code).",
		}, []string{"operation", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "peergraph_graphql_request_duration_seconds",
			Help:    "GraphQL operation latency by operation name.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 15),
		}, []string{"operation"}),
		neo4jCalls: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "peergraph_neo4j_call_duration_seconds",
			Help:    "Neo4j transaction latency by store call and outcome.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16),
		}, []string{"call", "outcome"}),
		operations: map[string]bool{},
	}
	m.registry.MustRegister(m.requests, m.latency, m.neo4jCalls,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{Registry: m.registry})
}

// observeNeo4j is the store's Observer.
func (m *metrics) observeNeo4j(call string, took time.Duration, err error) {
	outcome := "ok"
	if err != nil {
		outcome = "error"
	}
	m.neo4jCalls.WithLabelValues(call, outcome).Observe(took.Seconds())
}

func (m *metrics) operationLabel(name string) string {
	if name == "" {
		return "anonymous"
	}
	if !operationName.MatchString(name) {
		return "other"
	}
	m.operationMu.Lock()
	defer m.operationMu.Unlock()
	if !m.operations[name] {
		if len(m.operations) >= maxOperationLabels {
			return "other"
		}
		m.operations[name] = true
	}
	return name
}

func (m *metrics) graphqlExtension() graphql.HandlerExtension { return graphqlMetrics{m} }

type graphqlMetrics struct{ m *metrics }

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = graphqlMetrics{}

func (graphqlMetrics) ExtensionName() string                   { return "Metrics" }
func (graphqlMetrics) Validate(graphql.ExecutableSchema) error { return nil }

func (g graphqlMetrics) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	start := time.Now()
	resp := next(ctx)
	name := ""
	if graphql.HasOperationContext(ctx) {
		// The document's own name: clients seldom repeat it as operationName.
		if oc := graphql.GetOperationContext(ctx); oc.Operation != nil {
			name = oc.Operation.Name
		}
	}
	op := g.m.operationLabel(name)
	outcome := "ok"
	if resp != nil && len(resp.Errors) > 0 {
		outcome = "error"
		if code, ok := resp.Errors[0].Extensions["code"].(string); ok && code != "" {
			outcome = code
		}
	} else if resp == nil {
		outcome = domain.EINTERNAL
	}
	g.m.requests.WithLabelValues(op, outcome).Inc()
	g.m.latency.WithLabelValues(op).Observe(time.Since(start).Seconds())
	return resp
}

// observeCache exports what a cache holds, so that its bound can be watched.
func (m *metrics) observeCache(name string, bytes func() int64) {
	m.registry.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name:        "peergraph_cache_bytes",
		Help:        "Bytes a cache holds, by its own estimate.",
		ConstLabels: prometheus.Labels{"cache": name},
	}, func() float64 { return float64(bytes()) }))
}
