package collect

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/peergraph/peergraph/neo4jstore"
)

// Following a chat while it is on: every new post is kept in the archive
// as it came (one file per answer or streamed event) and handed to the
// caller at once, so that it loads it while the chat goes on.
//
//   - Mastodon: the hashtag's stream (GET /api/v1/streaming/hashtag?tag=,
//     server-sent events, one `update` event per new status); when the
//     instance refuses the stream or it drops, the tag timeline is polled
//     with min_id from the newest status seen until the stream is back.
//   - Bluesky: searchPosts polled every FollowOptions.Every from the newest
//     post seen (Jetstream, the firehose of every post on the network, is
//     not used: a chat's few hundred posts do not need it).

// FollowOptions say how long and how often to follow.
type FollowOptions struct {
	Options
	// Every is how often a poll asks for what is new.
	Every time.Duration
	// Answers is told of every batch of answers kept, in order; its error
	// stops the follow. Calls never overlap.
	Answers func(ctx context.Context, files []string) error
}

// Follower is a source that can be followed live.
type Follower interface {
	Source
	follow(ctx context.Context, f *follower, st *neo4jstore.CollectState) error
}

type follower struct {
	*collector
	opts FollowOptions
	mu   sync.Mutex // serialises Answers and saves across sources
}

// Follow follows every source until its window ends (a catalogued chat's
// end) or ctx ends; a source without a window follows until ctx ends.
func Follow(ctx context.Context, states StateStore, sources []Follower, opts FollowOptions) error {
	if opts.Every <= 0 {
		opts.Every = 5 * time.Second
	}
	c := newCollector(states, opts.Options)
	f := &follower{collector: c, opts: opts}
	c.start = time.Now()
	errs := make(chan error, len(sources))
	var wg sync.WaitGroup
	for _, src := range sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, _, err := states.CollectState(ctx, src.Key())
			if err != nil {
				errs <- fmt.Errorf("state of %s: %w", src.Key(), err)
				return
			}
			st.Key = src.Key()
			if err := src.follow(ctx, f, &st); err != nil && ctx.Err() == nil {
				errs <- fmt.Errorf("follow %s: %w", src.Key(), err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	return errors.Join(collectErrs(errs)...)
}

func collectErrs(ch <-chan error) []error {
	var out []error
	for err := range ch {
		out = append(out, err)
	}
	return out
}

// kept hands the answers just kept to the caller and saves where the
// query stands once they are loaded, so that a follow killed before the
// load asks for them again.
func (f *follower) kept(ctx context.Context, files []string, st *neo4jstore.CollectState) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(files) > 0 && f.opts.Answers != nil {
		if err := f.opts.Answers(ctx, files); err != nil {
			return err
		}
	}
	return f.save(ctx, st)
}

// fetchKept is fetch that also says which file it kept.
func (f *follower) fetchKept(ctx context.Context, dir, kind, rawURL string, header http.Header) (Answer, []string, bool, error) {
	before := len(f.archive.files())
	ans, ok, err := f.fetch(ctx, dir, kind, rawURL, header)
	return ans, f.archive.files()[before:], ok, err
}

// files is a copy of the answers kept so far.
func (a *archiveDir) files() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.Files...)
}

// followWindow is the time a followed source runs: its window, else from
// now on until ctx ends (a zero until).
func followWindow(w Window) (since, until time.Time) {
	if w.Since.IsZero() {
		return time.Now().UTC(), time.Time{}
	}
	return w.Since, w.Until
}

// over says whether a follow's window has ended.
func over(until time.Time) bool { return !until.IsZero() && time.Now().After(until) }

// waitUntil sleeps until t (a window's start), unless ctx ends first.
func waitUntil(ctx context.Context, t time.Time) error { return sleepCtx(ctx, time.Until(t)) }

func (m Mastodon) follow(ctx context.Context, f *follower, st *neo4jstore.CollectState) error {
	since, until := followWindow(m.Window)
	if err := waitUntil(ctx, since.Add(-time.Minute)); err != nil {
		return nil
	}
	if st.Newest == "" {
		st.Newest, st.NewestAt = snowflake(since), since
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if !until.IsZero() {
		ctx, cancel = context.WithDeadline(ctx, until)
		defer cancel()
	}
	for ctx.Err() == nil {
		// What came while the stream was not read (before it opened, or
		// while it was down), then the stream itself.
		if err := m.poll(ctx, f, st); err != nil {
			return err
		}
		err := m.stream(ctx, f, st)
		if ctx.Err() != nil {
			return nil
		}
		var refused *streamRefused
		if errors.As(err, &refused) {
			f.log.Info("mastodon: the instance does not stream this hashtag to us; polling the tag timeline instead",
				"instance", m.host(), "tag", m.Tag, "status", refused.status, "every", f.opts.Every)
			for ctx.Err() == nil {
				if err := sleepCtx(ctx, f.opts.Every); err != nil {
					return nil
				}
				if err := m.poll(ctx, f, st); err != nil {
					return err
				}
			}
			return nil
		}
		f.log.Warn("mastodon: the stream dropped; catching up and opening it again", "instance", m.host(), "tag", m.Tag, "err", err)
		if err := sleepCtx(ctx, jitter(f.opts.Every)); err != nil {
			return nil
		}
	}
	return nil
}

// poll asks the tag timeline for every status after the newest seen.
func (m Mastodon) poll(ctx context.Context, f *follower, st *neo4jstore.CollectState) error {
	timeline := m.base() + "/api/v1/timelines/tag/" + url.PathEscape(strings.TrimPrefix(m.Tag, "#"))
	for {
		q := url.Values{"limit": {strconv.Itoa(mastodonPage)}, "min_id": {st.Newest}}
		ans, files, ok, err := f.fetchKept(ctx, m.dir(), "timeline", timeline+"?"+q.Encode(), m.header())
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, errGaveUp) {
				f.log.Warn("mastodon: a poll failed; the next one asks again", "err", err)
				return nil
			}
			return err
		}
		if !ok {
			return nil // kept under .bad/; the next poll asks again
		}
		var page []mStatus
		if err := json.Unmarshal(ans.Body, &page); err != nil {
			return fmt.Errorf("%s: %w", ans.URL, err)
		}
		for _, s := range page {
			if newerID(s.ID, st.Newest) {
				st.Newest, st.NewestAt = s.ID, s.CreatedAt
			}
		}
		f.progress(len(page), st.NewestAt)
		if len(page) == 0 {
			files = nil // kept, but nothing to load
		}
		if err := f.kept(ctx, files, st); err != nil {
			return err
		}
		if len(page) < mastodonPage {
			return nil
		}
	}
}

// streamRefused is a stream the instance will not open (it wants a token,
// or has no streaming API at this address).
type streamRefused struct{ status int }

func (e *streamRefused) Error() string { return fmt.Sprintf("stream refused with status %d", e.status) }

// stream reads the hashtag's server-sent events until ctx ends or the
// stream drops: each `update` is one status, kept as it came.
func (m Mastodon) stream(ctx context.Context, f *follower, st *neo4jstore.CollectState) error {
	q := url.Values{"tag": {strings.TrimPrefix(m.Tag, "#")}}
	rawURL := m.base() + "/api/v1/streaming/hashtag?" + q.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return err
	}
	for k, v := range m.header() {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/event-stream")
	// No client timeout: a stream is open for the chat's hour.
	resp, err := (&http.Client{Transport: f.http.http.Transport}).Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		if resp.StatusCode >= 500 {
			return fmt.Errorf("stream: status %d", resp.StatusCode)
		}
		return &streamRefused{status: resp.StatusCode}
	}
	f.log.Info("mastodon: following the hashtag's stream", "instance", m.host(), "tag", m.Tag)
	// What came between the last poll and the stream's start.
	if err := m.poll(ctx, f, st); err != nil {
		return err
	}
	events := newEventReader(resp.Body)
	for {
		ev, err := events.next()
		if err != nil {
			return fmt.Errorf("stream: %w", err)
		}
		if ev.name != "update" {
			continue // deletes, edits and heartbeats change no post we load
		}
		ans := Answer{URL: rawURL, Status: resp.StatusCode, Header: resp.Header, Body: []byte(ev.data), At: time.Now().UTC()}
		if why := badAnswer(ans); why != "" {
			if _, err := f.archive.writeBad(m.dir(), "stream-update", ans, why); err != nil {
				return err
			}
			continue
		}
		var s mStatus
		if err := json.Unmarshal(ans.Body, &s); err != nil || s.ID == "" {
			if _, err := f.archive.writeBad(m.dir(), "stream-update", ans, "an update that is not a status"); err != nil {
				return err
			}
			continue
		}
		path, err := f.archive.write(m.dir(), "stream-update", ans)
		if err != nil {
			return err
		}
		if newerID(s.ID, st.Newest) {
			st.Newest, st.NewestAt = s.ID, s.CreatedAt
		}
		f.progress(1, s.CreatedAt)
		if err := f.kept(ctx, []string{path}, st); err != nil {
			return err
		}
	}
}

// event is one server-sent event.
type event struct{ name, data string }

// eventReader reads server-sent events (the WHATWG format Mastodon's
// streaming server writes): fields up to a blank line, comments (":")
// skipped, data lines joined with newlines.
type eventReader struct{ sc *bufio.Scanner }

func newEventReader(r interface{ Read([]byte) (int, error) }) *eventReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxAnswer)
	return &eventReader{sc: sc}
}

func (e *eventReader) next() (event, error) {
	var ev event
	var data []string
	for e.sc.Scan() {
		line := e.sc.Text()
		if line == "" {
			if len(data) > 0 || ev.name != "" {
				ev.data = strings.Join(data, "\n")
				if ev.name == "" {
					ev.name = "message"
				}
				return ev, nil
			}
			continue
		}
		if strings.HasPrefix(line, ":") {
			continue
		}
		field, value, _ := strings.Cut(line, ":")
		value = strings.TrimPrefix(value, " ")
		switch field {
		case "event":
			ev.name = value
		case "data":
			data = append(data, value)
		}
	}
	if err := e.sc.Err(); err != nil {
		return ev, err
	}
	return ev, errors.New("the stream ended")
}

func (b Bluesky) follow(ctx context.Context, f *follower, st *neo4jstore.CollectState) error {
	since, until := followWindow(b.Window)
	if err := waitUntil(ctx, since.Add(-time.Minute)); err != nil {
		return nil
	}
	base, header, err := b.session(ctx, f.collector)
	if err != nil {
		return err
	}
	if st.NewestAt.IsZero() || st.NewestAt.Before(since) {
		st.NewestAt = since
	}
	tag := "#" + strings.TrimPrefix(b.Tag, "#")
	seen := map[string]bool{} // posts already handed on: a search from the newest time gives that post again
	for ctx.Err() == nil && !over(until) {
		newest := st.NewestAt
		var files []string
		cursor := ""
		for {
			q := url.Values{"q": {tag}, "sort": {"latest"}, "limit": {fmt.Sprint(bskyPage)},
				"since": {st.NewestAt.UTC().Format(time.RFC3339Nano)}}
			if !until.IsZero() {
				q.Set("until", until.UTC().Format(time.RFC3339))
			}
			if cursor != "" {
				q.Set("cursor", cursor)
			}
			ans, kept, ok, err := f.fetchKept(ctx, b.dir(), "searchPosts", base+"/xrpc/app.bsky.feed.searchPosts?"+q.Encode(), header)
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				if errors.Is(err, errGaveUp) {
					f.log.Warn("bluesky: a poll failed; the next one asks again", "err", err)
					break
				}
				return err
			}
			if !ok {
				break
			}
			var page struct {
				Posts  []bPost `json:"posts"`
				Cursor string  `json:"cursor"`
			}
			if err := json.Unmarshal(ans.Body, &page); err != nil {
				return fmt.Errorf("%s: %w", ans.URL, err)
			}
			fresh := 0
			for _, p := range page.Posts {
				if !seen[p.URI] {
					fresh++
					seen[p.URI] = true
				}
				if at := p.createdAt(); at.After(newest) {
					newest = at
				}
			}
			if fresh > 0 {
				files = append(files, kept...) // an answer with nothing new is kept, not loaded
			}
			f.progress(fresh, newest)
			if cursor = page.Cursor; cursor == "" || fresh == 0 || len(page.Posts) < bskyPage {
				break
			}
		}
		if newest.After(st.NewestAt) {
			st.NewestAt = newest
		}
		if err := f.kept(ctx, files, st); err != nil {
			return err
		}
		if err := sleepCtx(ctx, f.opts.Every); err != nil {
			return nil
		}
	}
	return nil
}
