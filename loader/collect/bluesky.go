package collect

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/peergraph/peergraph/neo4jstore"
)

// Bluesky collects a hashtag through the AppView's post search
// (app.bsky.feed.searchPosts, newest first, paged by cursor), then the
// whole thread of every post in the window that answers or is answered
// (app.bsky.feed.getPostThread from the thread's root): answers in a chat
// often drop the hashtag. The public AppView needs no account; with a
// handle and an app password (Handle, AppPassword) the collector opens a
// session on the account's server (PDS) and asks through it, as the
// official app does, which some searches need.
type Bluesky struct {
	AppView     string // https://public.api.bsky.app by default
	PDS         string // https://bsky.social by default, for a session
	Handle      string
	AppPassword string
	Tag         string // without '#'
	Window      Window
}

const bskyPage = 100

// Key names the query: the hashtag, searched on the AppView.
func (b Bluesky) Key() string {
	return "bsky:search:tag:" + strings.ToLower(strings.TrimPrefix(b.Tag, "#")) + b.Window.key()
}

func (b Bluesky) dir() string { return "bsky/search-" + slug(strings.TrimPrefix(b.Tag, "#")) }

// bPost is what the collector reads of a PostView.
type bPost struct {
	URI    string `json:"uri"`
	Author struct {
		DID string `json:"did"`
	} `json:"author"`
	ReplyCount int `json:"replyCount"`
	Record     struct {
		CreatedAt string `json:"createdAt"`
		Reply     *struct {
			Root struct {
				URI string `json:"uri"`
			} `json:"root"`
		} `json:"reply"`
	} `json:"record"`
}

func (p bPost) createdAt() time.Time {
	t, _ := time.Parse(time.RFC3339Nano, p.Record.CreatedAt)
	return t
}

// session opens one with the app password and says where to ask and with
// which header; without an account, the public AppView.
func (b Bluesky) session(ctx context.Context, c *collector) (string, http.Header, error) {
	base := strings.TrimSuffix(b.AppView, "/")
	if base == "" {
		base = "https://public.api.bsky.app"
	}
	if b.Handle == "" || b.AppPassword == "" {
		return base, http.Header{}, nil
	}
	pds := strings.TrimSuffix(b.PDS, "/")
	if pds == "" {
		pds = "https://bsky.social"
	}
	body, _ := json.Marshal(map[string]string{"identifier": b.Handle, "password": b.AppPassword})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, pds+"/xrpc/com.atproto.server.createSession", bytes.NewReader(body))
	if err != nil {
		return "", nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", UserAgent)
	resp, err := c.http.http.Do(req)
	if err != nil {
		return "", nil, fmt.Errorf("bluesky session: %w", err)
	}
	defer resp.Body.Close()
	var s struct {
		AccessJwt string `json:"accessJwt"`
		Message   string `json:"message"`
	}
	json.NewDecoder(resp.Body).Decode(&s)
	if resp.StatusCode != http.StatusOK || s.AccessJwt == "" {
		return "", nil, fmt.Errorf("bluesky session for %s: status %d %s", b.Handle, resp.StatusCode, s.Message)
	}
	// The account's server proxies app.bsky calls to the AppView.
	return pds, http.Header{"Authorization": {"Bearer " + s.AccessJwt}}, nil
}

func (b Bluesky) collect(ctx context.Context, c *collector, st *neo4jstore.CollectState) error {
	base, header, err := b.session(ctx, c)
	if err != nil {
		return err
	}
	since, until := c.window(b.Window)
	tag := "#" + strings.TrimPrefix(b.Tag, "#")
	// A later run's search from the newest post seen gives that post
	// again: only posts after it are new candidates.
	seenUpTo := st.NewestAt
	candidate := func(p bPost) {
		at := p.createdAt()
		if at.Before(since) || at.After(until) || !at.After(seenUpTo) || (p.ReplyCount == 0 && p.Record.Reply == nil) {
			return
		}
		root := p.URI
		if p.Record.Reply != nil && p.Record.Reply.Root.URI != "" {
			root = p.Record.Reply.Root.URI
		}
		if !slices.Contains(st.Threads, root) {
			st.Threads = append(st.Threads, root)
		}
	}
	// The authors this run met, whose profiles (bios) it fetches last.
	var authors []string
	met := func(did string) {
		if strings.HasPrefix(did, "did:") && !slices.Contains(authors, did) {
			authors = append(authors, did)
		}
	}
	search := func(q url.Values) ([]bPost, string, bool, error) {
		q.Set("q", tag)
		q.Set("sort", "latest")
		q.Set("limit", fmt.Sprint(bskyPage))
		ans, ok, err := c.fetch(ctx, b.dir(), "searchPosts", base+"/xrpc/app.bsky.feed.searchPosts?"+q.Encode(), header)
		if err != nil || !ok {
			return nil, "", ok, err
		}
		var page struct {
			Posts  []bPost `json:"posts"`
			Cursor string  `json:"cursor"`
		}
		if err := json.Unmarshal(ans.Body, &page); err != nil {
			return nil, "", false, err
		}
		for _, p := range page.Posts {
			met(p.Author.DID)
		}
		return page.Posts, page.Cursor, true, nil
	}

	// The window, newest first, from where an earlier run stopped.
	firstRun := st.Cursor == "" && !st.Exhausted
	for !st.Exhausted {
		q := url.Values{"since": {since.UTC().Format(time.RFC3339)}, "until": {until.UTC().Format(time.RFC3339)}}
		if st.Cursor != "" {
			q.Set("cursor", st.Cursor)
		}
		posts, cursor, ok, err := search(q)
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		for _, p := range posts {
			if at := p.createdAt(); at.After(st.NewestAt) && !at.After(until) {
				st.NewestAt = at
			}
			candidate(p)
		}
		st.Cursor, st.Exhausted = cursor, cursor == "" || len(posts) == 0
		var at time.Time
		if n := len(posts); n > 0 {
			at = posts[n-1].createdAt()
		}
		c.progress(len(posts), at)
		if err := c.save(ctx, st); err != nil {
			return err
		}
	}
	// What came since the newest post seen, on a later run.
	if !firstRun && st.Exhausted && !st.NewestAt.IsZero() && st.NewestAt.Before(until) {
		cursor, newest := "", st.NewestAt
		for {
			q := url.Values{"since": {st.NewestAt.UTC().Format(time.RFC3339Nano)}, "until": {until.UTC().Format(time.RFC3339)}}
			if cursor != "" {
				q.Set("cursor", cursor)
			}
			posts, next, ok, err := search(q)
			if err != nil {
				return err
			}
			if !ok || len(posts) == 0 {
				break
			}
			for _, p := range posts {
				if at := p.createdAt(); at.After(newest) && !at.After(until) {
					newest = at
				}
				candidate(p)
			}
			c.progress(len(posts), newest)
			if cursor = next; cursor == "" {
				break
			}
		}
		st.NewestAt = newest
		if err := c.save(ctx, st); err != nil {
			return err
		}
	}
	// Each thread from its root, whole.
	for _, root := range slices.Clone(st.Threads) {
		q := url.Values{"uri": {root}, "depth": {"1000"}, "parentHeight": {"0"}}
		ans, ok, err := c.fetch(ctx, b.dir(), "getPostThread", base+"/xrpc/app.bsky.feed.getPostThread?"+q.Encode(), header)
		switch {
		case errors.Is(err, errGaveUp):
			c.log.Warn("a thread could not be fetched; the next run asks again", "root", root, "err", err)
			continue
		case err != nil:
			return err
		case !ok && (ans.Status < 400 || ans.Status > 499):
			continue // a bad answer, kept; the next run asks again
		}
		// A 4xx (a deleted post, one its author hides) will not change.
		if ok {
			for _, did := range threadAuthors(ans.Body) {
				met(did)
			}
		}
		c.progress(0, time.Time{})
		st.Threads = slices.DeleteFunc(st.Threads, func(t string) bool { return t == root })
		if err := c.save(ctx, st); err != nil {
			return err
		}
	}
	// The authors' profiles: a post shows only a basic one, without the bio
	// from which a profession is read.
	for start := 0; start < len(authors); start += bskyProfiles {
		q := url.Values{"actors": authors[start:min(start+bskyProfiles, len(authors))]}
		if _, _, err := c.fetch(ctx, b.dir(), "getProfiles", base+"/xrpc/app.bsky.actor.getProfiles?"+q.Encode(), header); err != nil {
			if errors.Is(err, errGaveUp) {
				c.log.Warn("profiles could not be fetched", "err", err)
				continue
			}
			return err
		}
	}
	return nil
}

// bskyProfiles is the most actors getProfiles takes at once.
const bskyProfiles = 25

// threadAuthors lists the DIDs of the authors in a getPostThread answer.
func threadAuthors(body []byte) []string {
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if a, ok := v["author"].(map[string]any); ok {
				if did, ok := a["did"].(string); ok && !slices.Contains(out, did) {
					out = append(out, did)
				}
			}
			for _, e := range v {
				walk(e)
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	var v any
	if json.Unmarshal(body, &v) == nil {
		walk(v)
	}
	return out
}
