package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/analysisrun"
	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/graph"
	"github.com/peergraph/peergraph/readmodel"
)

// ExportStore is what the research exports read.
type ExportStore interface {
	Projection(ctx context.Context, w domain.Window, community string) (*readmodel.Projection, error)
	AllMetrics(ctx context.Context, sel domain.AnalysisSelector) (*domain.Analysis, map[string]*domain.ProfessionalMetrics, error)
	// NewestChatEnd is where the window ends by default (domain.WindowEnd).
	NewestChatEnd(ctx context.Context) (time.Time, error)
}

// exportHandler serves GET /export/{format}?since=&until=&community= with
// format graphml, gexf, nodes.csv, edges.csv or pair-betweenness.csv (pair
// betweenness in long form: a row a professional and pair of professions):
// the window's projection
// (the analysis step's: opted-out professionals left out) with each
// professional's figures from the analysis the same arguments select (as
// Professional.metrics selects it). X-Peergraph-Analysis and
// X-Peergraph-Computed-At name that analysis; without one the file holds
// the ties and professions only.
//
// Researchers get every professional as their stable pseudonym (the one
// GraphQL shows them), ids and labels alike. Every request, refused or
// not, is written to the audit log by exportAccess.audited around it.
func exportHandler(s ExportStore, now func() time.Time, acc exportAccess, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p := domain.PrincipalFrom(r.Context())
		researcher := p.Role == domain.RoleResearcher
		if researcher && len(acc.pseudonymKey) == 0 {
			http.Error(w, "export: researchers see pseudonyms, and this server has no pseudonym key", http.StatusForbidden)
			return
		}
		format := r.PathValue("format")
		wr, ok := analysis.Writers[format]
		if !ok {
			http.Error(w, "export: format must be graphml, gexf, nodes.csv, edges.csv or pair-betweenness.csv", http.StatusNotFound)
			return
		}
		q := r.URL.Query()
		var since, until *time.Time
		for _, p := range []struct {
			name string
			to   **time.Time
		}{{"since", &since}, {"until", &until}} {
			if v := q.Get(p.name); v != "" {
				t, err := time.Parse(time.RFC3339, v)
				if err != nil {
					http.Error(w, "export: "+p.name+": "+err.Error(), http.StatusBadRequest)
					return
				}
				*p.to = &t
			}
		}
		var win domain.Window
		if until != nil {
			win.Until = *until
		} else {
			// Where an analysis ends by default, so that the export's
			// default window selects the default analysis.
			newest, err := s.NewestChatEnd(r.Context())
			if err != nil {
				log.Error("export: the newest chat", "err", err)
				http.Error(w, "export: the default window could not be found: the read model is not ready", http.StatusServiceUnavailable)
				return
			}
			win.Until = domain.WindowEnd(newest, now())
		}
		win.Since = win.Until.Add(-domain.DefaultWindow)
		if since != nil {
			win.Since = *since
		}
		if !win.Until.After(win.Since) {
			http.Error(w, "export: until must be after since", http.StatusBadRequest)
			return
		}
		community := q.Get("community")
		ctx := r.Context()
		proj, err := s.Projection(ctx, win, community)
		var derr *domain.Error
		switch {
		case errors.As(err, &derr) && derr.Code == domain.ENOTFOUND:
			http.Error(w, "export: "+derr.Message, http.StatusNotFound)
			return
		case err != nil:
			log.Error("export", "err", err)
			http.Error(w, "export: the graph could not be read", http.StatusServiceUnavailable)
			return
		}
		g, err := analysisrun.Projection(proj)
		if err != nil {
			http.Error(w, "export: "+err.Error(), http.StatusInternalServerError)
			return
		}
		an, metrics, err := s.AllMetrics(ctx, domain.AnalysisSelector{Community: community, Since: since, Until: until})
		if err != nil {
			log.Error("export", "err", err)
			http.Error(w, "export: the analysis could not be read", http.StatusServiceUnavailable)
			return
		}
		if an != nil {
			w.Header().Set("X-Peergraph-Analysis", an.ID)
			w.Header().Set("X-Peergraph-Computed-At", an.ComputedAt.Format(time.RFC3339))
		}
		w.Header().Set("Content-Type", wr.ContentType)
		w.Header().Set("Content-Disposition", `attachment; filename="peergraph-`+format+`"`)
		exp := analysisrun.ExportOf(g, proj, analysisrun.MetricsByID(g, metrics))
		if an != nil {
			exp.GraphAttrs = analysisrun.NetworkAttrs(an.Network)
		}
		if researcher {
			exp.NodeIDs = make([]string, g.N())
			for u, id := range g.IDs {
				exp.NodeIDs[u] = graph.Pseudonym(acc.pseudonymKey, id)
				exp.Labels[u] = exp.NodeIDs[u]
			}
		}
		if err := wr.Write(w, exp); err != nil {
			log.Warn("export: writing the response", "err", err)
		}
	}
}

// exportAccess is what exports need of the access rules.
type exportAccess struct {
	pseudonymKey []byte
	audit        *slog.Logger // nil for none
}

// exportCaller is the context key of the slot where the caller of an
// export request is left for its audit line.
type exportCaller struct{}

// audited writes the audit line of every export request, whatever answers
// it: the export, a refusal of the role (403) or of the token (401). It
// goes around the auth middleware; capturePrincipal, inside it, leaves the
// caller where the line can read it.
func (a exportAccess) audited(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		caller := &domain.Principal{}
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r.WithContext(context.WithValue(r.Context(), exportCaller{}, caller)))
		if a.audit == nil {
			return
		}
		attrs := []slog.Attr{slog.String("subject", caller.Subject), slog.String("role", string(caller.Role)),
			slog.String("format", r.PathValue("format")), slog.String("query", r.URL.RawQuery),
			slog.Int("status", rec.status), slog.String("outcome", exportOutcome(rec.status))}
		if caller.Role == "" {
			attrs[1] = slog.String("role", "none: the token was refused")
		}
		a.audit.LogAttrs(r.Context(), slog.LevelInfo, "export", attrs...)
	})
}

// capturePrincipal leaves the caller the auth middleware found for
// audited's line.
func capturePrincipal(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if slot, ok := r.Context().Value(exportCaller{}).(*domain.Principal); ok {
			*slot = domain.PrincipalFrom(r.Context())
		}
		next.ServeHTTP(w, r)
	})
}

func exportOutcome(status int) string {
	switch {
	case status < 400:
		return "allowed"
	case status == http.StatusUnauthorized:
		return "unauthenticated"
	case status == http.StatusForbidden:
		return "forbidden"
	case status == http.StatusNotFound:
		return "not_found"
	case status == http.StatusTooManyRequests:
		return "rate_limited"
	case status < 500:
		return "invalid"
	}
	return "failed"
}
