package graph

import (
	"context"
	"strings"
	"time"

	"github.com/graph-gophers/dataloader/v7"

	"github.com/peergraph/peergraph/domain"
)

// Analyses starts analyses in the background and reports their progress
// (analysisrun.Manager in the server). Admin only: the auth issue guards
// startAnalysis and analysisRun.
type Analyses interface {
	// Start refuses bad settings at once, with an error naming the
	// setting (settings.pivots, ...).
	Start(w domain.Window, community string, settings *domain.AnalysisSettings) (*domain.AnalysisRun, error)
	Run(id string) *domain.AnalysisRun
}

// selector builds the analysis selector of a field's arguments: given
// times pick the analysis by day; none, the latest of the community.
func (r *Resolver) selector(community *string, since, until *time.Time) (domain.AnalysisSelector, error) {
	if _, err := window(since, until); err != nil {
		return domain.AnalysisSelector{}, err
	}
	return domain.AnalysisSelector{Community: strings.TrimSpace(deref(community)), Since: since, Until: until}, nil
}

// selectorKey keys the metrics loader by selector and professional.
func selectorKey(id string, sel domain.AnalysisSelector) string {
	t := func(p *time.Time) string {
		if p == nil {
			return ""
		}
		return p.UTC().Format(time.RFC3339Nano)
	}
	return sel.Community + "\x00" + t(sel.Since) + "\x00" + t(sel.Until) + "\x00" + id
}

func splitSelectorKey(key string) (domain.AnalysisSelector, string) {
	parts := strings.SplitN(key, "\x00", 4)
	sel := domain.AnalysisSelector{Community: parts[0]}
	if parts[1] != "" {
		t, _ := time.Parse(time.RFC3339Nano, parts[1])
		sel.Since = &t
	}
	if parts[2] != "" {
		t, _ := time.Parse(time.RFC3339Nano, parts[2])
		sel.Until = &t
	}
	return sel, parts[3]
}

// bySelector adapts MetricsOf to selectorKey keys: one store call per
// selector in a batch (in practice one).
func bySelector(batch func(context.Context, []string, domain.AnalysisSelector) (map[string]*domain.ProfessionalMetrics, error)) func(context.Context, []string) (map[string]*domain.ProfessionalMetrics, error) {
	return func(ctx context.Context, keys []string) (map[string]*domain.ProfessionalMetrics, error) {
		groups := map[string][]string{}
		sels := map[string]domain.AnalysisSelector{}
		var order []string
		for _, k := range keys {
			sel, id := splitSelectorKey(k)
			sk := selectorKey("", sel)
			if _, ok := groups[sk]; !ok {
				order = append(order, sk)
				sels[sk] = sel
			}
			groups[sk] = append(groups[sk], id)
		}
		out := make(map[string]*domain.ProfessionalMetrics, len(keys))
		for _, sk := range order {
			found, err := batch(ctx, groups[sk], sels[sk])
			if err != nil {
				return nil, err
			}
			for id, v := range found {
				out[selectorKey(id, sels[sk])] = v
			}
		}
		return out, nil
	}
}

func newMetricsLoader(s domain.QuestionService) *dataloader.Loader[string, *domain.ProfessionalMetrics] {
	return newLoader(bySelector(s.MetricsOf))
}
