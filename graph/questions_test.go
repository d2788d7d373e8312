package graph

import (
	"context"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
)

// newestChat answers NewestChatEnd and nothing else.
type newestChat struct {
	domain.QuestionService
	end time.Time
}

func (n newestChat) NewestChatEnd(context.Context) (time.Time, error) { return n.end, nil }

func TestQuestionWindowDefaults(t *testing.T) {
	now := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	ctx := context.Background()

	// With no chat, windows end now.
	r := &Resolver{Now: func() time.Time { return now }, Questions: newestChat{}}
	w, err := r.questionWindow(ctx, nil, nil)
	if err != nil || !w.Until.Equal(now) || !w.Since.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("default window with no chat = %v, %v", w, err)
	}

	// An archive that ended months ago is still read: the window ends at
	// the midnight after its newest chat, as the dashboard's and the
	// analyses' do.
	r.Questions = newestChat{end: time.Date(2026, 3, 10, 21, 0, 0, 0, time.UTC)}
	w, err = r.questionWindow(ctx, nil, nil)
	wantUntil := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	if err != nil || !w.Until.Equal(wantUntil) || !w.Since.Equal(wantUntil.Add(-domain.DefaultWindow)) {
		t.Errorf("default window after the newest chat = %v, %v; want until %v", w, err, wantUntil)
	}

	until := time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)
	w, _ = r.questionWindow(ctx, nil, &until)
	if !w.Until.Equal(until) || !w.Since.Equal(until.Add(-domain.DefaultWindow)) {
		t.Errorf("since defaults to 180 days before until: %v", w)
	}
	late := wantUntil.Add(time.Hour)
	if _, err := r.questionWindow(ctx, &late, nil); domain.ErrorCode(err) != domain.EINVALID {
		t.Errorf("since after the default until: %v", err)
	}
}
