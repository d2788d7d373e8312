package main

import (
	"context"
	"flag"
	"io"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
)

// With no --until, analyze and export end their window where the
// dashboard's does: the UTC midnight after the newest chat ends, not now
// (an archive that ended months ago was analysed empty).
func TestAnalysisDefaultWindowEndsAtTheNewestChat(t *testing.T) {
	newest := time.Date(2025, 3, 14, 21, 30, 0, 0, time.UTC)
	parse := func(args ...string) analysisFlags {
		fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		var af analysisFlags
		af.register(fs)
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		return af
	}
	chats := &oneChat{end: newest}
	af := parse()
	req, err := af.request(context.Background(), chats)
	if err != nil {
		t.Fatal(err)
	}
	want := domain.Window{Since: time.Date(2024, 9, 16, 0, 0, 0, 0, time.UTC), Until: time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC)}
	if req.Window != want {
		t.Errorf("default window %v – %v, want %v – %v", req.Window.Since, req.Window.Until, want.Since, want.Until)
	}
	af = parse("--until", "2025-01-01T00:00:00Z")
	if req, err = af.request(context.Background(), chats); err != nil || !req.Window.Until.Equal(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)) || chats.asked != 1 {
		t.Errorf("--until given: %v %v, newest chat asked %d times", req.Window, err, chats.asked)
	}
	// No chat: up to now.
	before := time.Now()
	af = parse()
	req, err = af.request(context.Background(), noChats{})
	if err != nil || req.Window.Until.Before(before) {
		t.Errorf("no chat: %v %v", req.Window, err)
	}
}

// oneChat is a graph whose newest chat ends at end.
type oneChat struct {
	end   time.Time
	asked int
}

func (c *oneChat) Chats(context.Context, domain.ChatFilter, domain.Page) (*domain.ChatConnection, error) {
	c.asked++
	return &domain.ChatConnection{Nodes: []*domain.Chat{{ID: "c", EndsAt: c.end}}}, nil
}
