package graph

import (
	"context"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
)

func TestQuestionWindowDefaults(t *testing.T) {
	now := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	r := &Resolver{Now: func() time.Time { return now }}
	ctx := context.Background()
	w, err := r.questionWindow(ctx, nil, nil)
	if err != nil || !w.Until.Equal(now) || !w.Since.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("default window = %v, %v", w, err)
	}
	until := time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)
	w, _ = r.questionWindow(ctx, nil, &until)
	if !w.Since.Equal(until.Add(-domain.DefaultWindow)) {
		t.Errorf("since defaults to 180 days before until: %v", w)
	}
	late := now.Add(time.Hour)
	if _, err := r.questionWindow(ctx, &late, nil); domain.ErrorCode(err) != domain.EINVALID {
		t.Errorf("since after now: %v", err)
	}
}
