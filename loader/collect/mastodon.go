package collect

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/peergraph/peergraph/neo4jstore"
)

// Mastodon collects a hashtag's timeline on one instance
// (GET /api/v1/timelines/tag/:tag, paged with max_id going back and min_id
// going forward), then the thread of every status in the window that
// answers or is answered (GET /api/v1/statuses/:id/context): answers in a
// chat often drop the hashtag. The statuses carry their authors' notes,
// from which professions are read. The public API needs no token; a token
// (Token) raises the rate limit and reaches an instance that closes its
// public timelines.
type Mastodon struct {
	Instance string // https://nurses.social, or its host
	Tag      string // without '#'
	Token    string
	Window   Window
}

// pageSize is the most statuses a tag timeline gives a page.
const mastodonPage = 40

func (m Mastodon) base() string {
	b := strings.TrimSuffix(m.Instance, "/")
	if !strings.Contains(b, "://") {
		b = "https://" + b
	}
	return b
}

func (m Mastodon) host() string {
	u, err := url.Parse(m.base())
	if err != nil {
		return m.Instance
	}
	return u.Host
}

// Key names the query: instance and hashtag.
func (m Mastodon) Key() string {
	return "mastodon:" + strings.ToLower(m.host()) + ":tag:" + strings.ToLower(strings.TrimPrefix(m.Tag, "#")) + m.Window.key()
}

func (m Mastodon) dir() string {
	return "mastodon/" + slug(m.host()) + "/tag-" + slug(m.Tag)
}

func (m Mastodon) header() http.Header {
	h := http.Header{}
	if m.Token != "" {
		h.Set("Authorization", "Bearer "+m.Token)
	}
	return h
}

// mStatus is what the collector reads of a status to page and to find
// threads; the archive keeps the whole answer.
type mStatus struct {
	ID           string          `json:"id"`
	CreatedAt    time.Time       `json:"created_at"`
	InReplyToID  *string         `json:"in_reply_to_id"`
	RepliesCount int             `json:"replies_count"`
	Reblog       json.RawMessage `json:"reblog"`
}

// snowflake is the smallest Mastodon id of a status made at t: Mastodon's
// ids are the creation time in milliseconds shifted 16 bits, so a max_id
// of the window's end starts the timeline there.
func snowflake(t time.Time) string {
	return strconv.FormatInt(t.UnixMilli()<<16, 10)
}

func (m Mastodon) collect(ctx context.Context, c *collector, st *neo4jstore.CollectState) error {
	since, until := c.window(m.Window)
	timeline := m.base() + "/api/v1/timelines/tag/" + url.PathEscape(strings.TrimPrefix(m.Tag, "#"))
	inWindow := func(s mStatus) bool { return !s.CreatedAt.Before(since) && !s.CreatedAt.After(until) }
	candidate := func(s mStatus) {
		if inWindow(s) && (s.InReplyToID != nil || s.RepliesCount > 0) && !slices.Contains(st.Threads, s.ID) {
			st.Threads = append(st.Threads, s.ID)
		}
	}

	// Back through the window, from where an earlier run stopped; a first
	// run starts at the window's end, so nothing newer is in it.
	firstRun := st.Oldest == ""
	maxID := st.Oldest
	if maxID == "" {
		maxID = snowflake(until.Add(time.Millisecond))
	}
	back := !st.Exhausted && (st.Oldest == "" || st.OldestAt.After(since))
	for back {
		q := url.Values{"limit": {strconv.Itoa(mastodonPage)}, "max_id": {maxID}}
		page, ok, err := m.page(ctx, c, timeline+"?"+q.Encode(), "timeline")
		if err != nil {
			return err
		}
		if !ok {
			break // a bad answer: kept and reported; the next run tries again from here
		}
		if len(page) == 0 {
			st.Exhausted = true
			back = false
		}
		for _, s := range page {
			if st.Newest == "" || newerID(s.ID, st.Newest) {
				st.Newest, st.NewestAt = s.ID, s.CreatedAt
			}
			candidate(s)
		}
		if len(page) > 0 {
			last := page[len(page)-1]
			st.Oldest, st.OldestAt, maxID = last.ID, last.CreatedAt, last.ID
			back = last.CreatedAt.After(since)
			c.progress(len(page), last.CreatedAt)
		}
		if err := c.save(ctx, st); err != nil {
			return err
		}
	}

	// Forward from the newest status seen, for what came since.
	for !firstRun && st.Newest != "" && st.NewestAt.Before(until) {
		q := url.Values{"limit": {strconv.Itoa(mastodonPage)}, "min_id": {st.Newest}}
		page, ok, err := m.page(ctx, c, timeline+"?"+q.Encode(), "timeline")
		if err != nil {
			return err
		}
		if !ok || len(page) == 0 {
			break
		}
		for _, s := range page {
			if newerID(s.ID, st.Newest) {
				st.Newest, st.NewestAt = s.ID, s.CreatedAt
			}
			candidate(s)
		}
		c.progress(len(page), st.NewestAt)
		if err := c.save(ctx, st); err != nil {
			return err
		}
	}

	// The threads, oldest first, so that a thread's first post fetches
	// the whole of it and its answers need no call of their own.
	covered := map[string]bool{}
	for _, id := range sortedOldestFirst(st.Threads) {
		if !covered[id] {
			thread, status, err := m.context(ctx, c, id)
			switch {
			case errors.Is(err, errGaveUp):
				c.log.Warn("a thread could not be fetched; the next run asks again", "status", id, "err", err)
				continue
			case err != nil:
				return err
			case thread == nil && (status < 400 || status > 499):
				continue // a bad answer, kept; the next run asks again
			}
			// A 4xx (a deleted or private status) will not change: the
			// thread is given up.
			for _, d := range thread {
				covered[d] = true
			}
			c.progress(len(thread), time.Time{})
		}
		st.Threads = slices.DeleteFunc(st.Threads, func(t string) bool { return t == id })
		if err := c.save(ctx, st); err != nil {
			return err
		}
	}
	return nil
}

// page fetches one page of statuses.
func (m Mastodon) page(ctx context.Context, c *collector, rawURL, kind string) ([]mStatus, bool, error) {
	ans, ok, err := c.fetch(ctx, m.dir(), kind, rawURL, m.header())
	if err != nil || !ok {
		return nil, ok, err
	}
	var page []mStatus
	if err := json.Unmarshal(ans.Body, &page); err != nil {
		return nil, false, fmt.Errorf("%s: %w", rawURL, err)
	}
	return page, true, nil
}

// context fetches a status's thread and says which statuses it covers; a
// bad answer gives none, with its status.
func (m Mastodon) context(ctx context.Context, c *collector, id string) ([]string, int, error) {
	rawURL := m.base() + "/api/v1/statuses/" + url.PathEscape(id) + "/context"
	ans, ok, err := c.fetch(ctx, m.dir(), "context", rawURL, m.header())
	if err != nil || !ok {
		return nil, ans.Status, err
	}
	var thread struct{ Ancestors, Descendants []mStatus }
	if err := json.Unmarshal(ans.Body, &thread); err != nil {
		return nil, ans.Status, fmt.Errorf("%s: %w", rawURL, err)
	}
	ids := []string{id}
	for _, s := range thread.Descendants {
		ids = append(ids, s.ID)
	}
	return ids, ans.Status, nil
}
