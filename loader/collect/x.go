package collect

import (
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

// X collects a hashtag through the X API v2's search (recent: the last
// seven days, for any paid tier; all: the full archive, for those who pay
// for it), with the expansions and fields twarc asks for, so that pages
// name authors, the users answered and the referenced tweets' authors; then
// each conversation of the window that has answers, by searching its
// conversation_id (answers in a chat often drop the hashtag). It needs a
// bearer token.
type X struct {
	API    string // https://api.x.com by default
	Tag    string // without '#'
	Bearer string
	// FullArchive searches /2/tweets/search/all instead of /recent.
	FullArchive bool
	Window      Window
}

const xPage = 100

// xFields are twarc's: what the reader uses, and the profiles.
var xFields = url.Values{
	"expansions":   {"author_id,in_reply_to_user_id,referenced_tweets.id,referenced_tweets.id.author_id,entities.mentions.username"},
	"tweet.fields": {"author_id,conversation_id,created_at,entities,in_reply_to_user_id,referenced_tweets,note_tweet,lang"},
	"user.fields":  {"description,location,name,username,created_at"},
}

func (x X) base() string {
	if x.API == "" {
		return "https://api.x.com"
	}
	return strings.TrimSuffix(x.API, "/")
}

func (x X) endpoint() string {
	if x.FullArchive {
		return x.base() + "/2/tweets/search/all"
	}
	return x.base() + "/2/tweets/search/recent"
}

// Key names the query: the hashtag, on the archive searched.
func (x X) Key() string {
	which := "recent"
	if x.FullArchive {
		which = "all"
	}
	return "x:search-" + which + ":tag:" + strings.ToLower(strings.TrimPrefix(x.Tag, "#")) + x.Window.key()
}

func (x X) dir() string { return "x/search-" + slug(strings.TrimPrefix(x.Tag, "#")) }

type xAnswer struct {
	Data []struct {
		ID             string    `json:"id"`
		CreatedAt      time.Time `json:"created_at"`
		ConversationID string    `json:"conversation_id"`
		Refs           []struct {
			Type string `json:"type"`
		} `json:"referenced_tweets"`
	} `json:"data"`
	Meta struct {
		NewestID  string `json:"newest_id"`
		NextToken string `json:"next_token"`
	} `json:"meta"`
}

func (x X) collect(ctx context.Context, c *collector, st *neo4jstore.CollectState) error {
	if x.Bearer == "" {
		return fmt.Errorf("the X API needs a bearer token (--x-bearer or $X_BEARER_TOKEN)")
	}
	header := http.Header{"Authorization": {"Bearer " + x.Bearer}}
	query := "#" + strings.TrimPrefix(x.Tag, "#")
	since, until := c.window(x.Window)
	candidate := func(a *xAnswer) {
		for _, t := range a.Data {
			if t.ConversationID != "" && len(t.Refs) > 0 && !slices.Contains(st.Threads, t.ConversationID) {
				st.Threads = append(st.Threads, t.ConversationID)
			}
		}
	}
	search := func(q url.Values) (*xAnswer, bool, error) {
		for k, v := range xFields {
			q[k] = v
		}
		q.Set("max_results", fmt.Sprint(xPage))
		ans, ok, err := c.fetch(ctx, x.dir(), "search", x.endpoint()+"?"+q.Encode(), header)
		if err != nil || !ok {
			return nil, ok, err
		}
		var a xAnswer
		if err := json.Unmarshal(ans.Body, &a); err != nil {
			return nil, false, err
		}
		return &a, true, nil
	}

	// The window, page by page from its end, from where an earlier run
	// stopped (its next_token).
	for !st.Exhausted {
		q := url.Values{"query": {query}, "start_time": {since.UTC().Format(time.RFC3339)}, "end_time": {until.UTC().Format(time.RFC3339)}}
		if st.Cursor != "" {
			q.Set("next_token", st.Cursor)
		}
		a, ok, err := search(q)
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		if a.Meta.NewestID != "" && (st.Newest == "" || newerID(a.Meta.NewestID, st.Newest)) {
			st.Newest = a.Meta.NewestID
		}
		candidate(a)
		st.Cursor, st.Exhausted = a.Meta.NextToken, a.Meta.NextToken == ""
		var at time.Time
		if n := len(a.Data); n > 0 {
			at = a.Data[n-1].CreatedAt
		}
		c.progress(len(a.Data), at)
		if err := c.save(ctx, st); err != nil {
			return err
		}
	}
	// What came since the newest tweet seen.
	if st.Exhausted && st.Newest != "" {
		cursor := ""
		for {
			q := url.Values{"query": {query}, "since_id": {st.Newest}}
			if cursor != "" {
				q.Set("next_token", cursor)
			}
			a, ok, err := search(q)
			if err != nil {
				return err
			}
			if !ok || len(a.Data) == 0 {
				break
			}
			newest := st.Newest
			if a.Meta.NewestID != "" && newerID(a.Meta.NewestID, newest) {
				newest = a.Meta.NewestID
			}
			candidate(a)
			c.progress(len(a.Data), time.Time{})
			if cursor = a.Meta.NextToken; cursor == "" {
				st.Newest = newest // only once every page since the last one is kept
				if err := c.save(ctx, st); err != nil {
					return err
				}
				break
			}
		}
	}
	// Each conversation with answers, whole; one that fails stays for the
	// next run.
	for _, conv := range sortedOldestFirst(st.Threads) {
		cursor, whole := "", true
		for {
			q := url.Values{"query": {"conversation_id:" + conv}, "start_time": {since.UTC().Format(time.RFC3339)}}
			if cursor != "" {
				q.Set("next_token", cursor)
			}
			a, ok, err := search(q)
			if errors.Is(err, errGaveUp) {
				c.log.Warn("a conversation could not be fetched; the next run asks again", "conversation", conv, "err", err)
				whole = false
				break
			}
			if err != nil {
				return err
			}
			if !ok {
				whole = false
				break
			}
			c.progress(len(a.Data), time.Time{})
			if cursor = a.Meta.NextToken; cursor == "" {
				break
			}
		}
		if !whole {
			continue
		}
		st.Threads = slices.DeleteFunc(st.Threads, func(t string) bool { return t == conv })
		if err := c.save(ctx, st); err != nil {
			return err
		}
	}
	return nil
}
