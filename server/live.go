package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/readmodel"
)

// LiveModel is what the live chat view reads: the current read model, and
// word when another takes its place.
type LiveModel interface {
	Model() *readmodel.Model
	Changed() <-chan struct{}
}

// ChatSummaries gives the chat summary's figures (its reply rate).
type ChatSummaries interface {
	ChatSummaries(ctx context.Context, ids []string) (map[string]*domain.ChatSummary, error)
}

// liveWelcomers is how many welcomers each waiting participant gets.
const liveWelcomers = 3

// liveKeepAlive is how often an idle stream says it is alive, so that
// proxies keep it open and the page knows the server is there.
const liveKeepAlive = 15 * time.Second

// liveHandler serves GET /live/{chat}: the chat as it happens
// (domain.LiveChat), pushed as server-sent events, one `chat` event each
// time the read model takes in a change (its Changed), when the answer
// differs from the last one sent. For hosts only: an ADMIN, or a
// COORDINATOR of the chat's community; anyone else is refused as GraphQL
// refuses them (403 FORBIDDEN, and the same for a chat that is not there:
// a coordinator learns nothing from the difference). Each stream opened
// is written to the audit log, as the isolation report's requests are.
func liveHandler(live LiveModel, summaries ChatSummaries, audit, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("chat")
		p := domain.PrincipalFrom(r.Context())
		m := live.Model()
		if m == nil {
			http.Error(w, "live: the read model is not built yet; try again in a moment", http.StatusServiceUnavailable)
			return
		}
		first, err := m.LiveChat(id, time.Now().UTC(), liveWelcomers)
		allowed := p.Role == domain.RoleAdmin ||
			(p.Role == domain.RoleCoordinator && err == nil && p.CoordinatesCommunity(first.Chat.CommunityName))
		outcome := "allowed"
		switch {
		case !allowed:
			outcome = "forbidden"
		case err != nil:
			outcome = "not_found"
		}
		if audit != nil {
			audit.LogAttrs(r.Context(), slog.LevelInfo, "audit", slog.String("subject", p.Subject), slog.String("role", string(p.Role)),
				slog.String("outcome", outcome), slog.String("field", "live"), slog.Any("args", map[string]any{"chat": id}))
		}
		if !allowed {
			writeLiveError(w, http.StatusForbidden, domain.EFORBIDDEN, fmt.Sprintf("live: not allowed for role %s%s", p.Role,
				map[bool]string{true: " outside the token's communities"}[p.Role == domain.RoleCoordinator]))
			return
		}
		if err != nil {
			writeLiveError(w, http.StatusNotFound, domain.ENOTFOUND, "live: "+err.Error())
			return
		}
		// Through the wrappers (the request log's) to the connection.
		rc := http.NewResponseController(w)
		flush := func() {
			if err := rc.Flush(); err != nil {
				log.Warn("live: cannot flush the stream", "err", err)
			}
		}
		w.Header().Set("Content-Type", "text/event-stream")
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("X-Accel-Buffering", "no")
		w.WriteHeader(http.StatusOK)
		s := &liveStream{w: w, flush: flush, summaries: summaries, id: id, log: log}
		ctx := r.Context()
		keepAlive := time.NewTicker(liveKeepAlive)
		defer keepAlive.Stop()
		for {
			// Changed before the model: a change in between wakes us.
			changed := live.Changed()
			m := live.Model()
			if err := s.send(ctx, m); err != nil {
				if ctx.Err() == nil {
					log.Warn("live: the stream ended", "chat", id, "err", err)
				}
				return
			}
			select {
			case <-ctx.Done():
				return
			case <-changed:
			case <-keepAlive.C:
				if _, err := fmt.Fprint(w, ": alive\n\n"); err != nil {
					return
				}
				flush()
			}
		}
	}
}

// liveStream is one page's stream.
type liveStream struct {
	w         http.ResponseWriter
	flush     func()
	summaries ChatSummaries
	id        string
	log       *slog.Logger
	version   string              // of the model last read
	summary   *domain.ChatSummary // the last one read
	last      []byte              // the last answer sent, without its time
}

// send writes the chat as model m has it, unless it is what was sent last.
func (s *liveStream) send(ctx context.Context, m *readmodel.Model) error {
	now := time.Now().UTC()
	c, err := m.LiveChat(s.id, now, liveWelcomers)
	if err != nil {
		return err
	}
	if m.Version != s.version || s.summary == nil {
		// The reply rate is the chat summary's, read from the store once
		// per change; while the store does not answer, the last one stands.
		sums, err := s.summaries.ChatSummaries(ctx, []string{s.id})
		switch {
		case err != nil:
			s.log.Warn("live: the chat's summary could not be read; the last one is shown", "chat", s.id, "err", err)
		case sums[s.id] != nil:
			s.summary = sums[s.id]
		}
		s.version = m.Version
	}
	if s.summary != nil {
		c.ReplyRate, c.AnsweredShare = s.summary.ReplyRate, s.summary.AnsweredShare
	}
	// The same answer at another time is no news: the page counts the
	// waits on from the time it was sent.
	c.At = time.Time{}
	same, _ := json.Marshal(c)
	if bytes.Equal(same, s.last) {
		return nil
	}
	s.last = same
	c.At = now
	body, err := json.Marshal(c)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(s.w, "event: chat\ndata: %s\n\n", body); err != nil {
		return err
	}
	s.flush()
	return nil
}

// writeLiveError answers as GraphQL answers a refused field: a JSON body
// with the error's code.
func writeLiveError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{{"message": msg, "extensions": map[string]string{"code": code}}}})
}
