package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/loader/collect/collecttest"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// followRun is a `loader collect --follow` running in the background on a
// catalogue whose chat (community RStats, #rstats) is on now.
type followRun struct {
	archive string
	cancel  context.CancelFunc
	done    chan string // the command's output, once it ends
	code    int
}

func startFollow(t *testing.T, platform ...string) *followRun {
	t.Helper()
	dir := t.TempDir()
	cat := filepath.Join(dir, "chats.csv")
	start := time.Now().UTC().Add(-5 * time.Minute).Format(time.RFC3339)
	if err := os.WriteFile(cat, []byte("community,hashtag,topic,host,start,duration\nRStats,rstats,R tonight,,"+start+",60\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f := &followRun{archive: filepath.Join(dir, "archive"), done: make(chan string, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	f.cancel = cancel
	args := append([]string{"collect", "--follow", "--catalogue", cat, "--every", "500ms", "--archive", f.archive,
		"--rejects", filepath.Join(dir, "rejects.jsonl")}, platform...)
	go func() {
		var out strings.Builder
		f.code = run(ctx, args, os.Getenv, &out, &out)
		f.done <- out.String()
	}()
	t.Cleanup(f.stop)
	return f
}

// stop ends the follow as Ctrl+C would, and says what it wrote.
func (f *followRun) stop() {
	f.cancel()
	select {
	case out := <-f.done:
		f.done <- out
	case <-time.After(60 * time.Second):
	}
}

func (f *followRun) output() string {
	out := <-f.done
	f.done <- out
	return out
}

// chatPostTimes are the creation times of the posts in the #rstats chat.
func chatPostTimes(t *testing.T) map[int64]bool {
	rows := storetest.MustQuery(t, `MATCH (p:Post)-[:IN]->(:Chat {hashtag: 'rstats'}) RETURN p.createdAt AS at`, nil)
	out := map[int64]bool{}
	for _, r := range rows {
		if at, ok := r["at"].(time.Time); ok {
			out[at.UnixMilli()] = true
		}
	}
	return out
}

// awaitInGraph waits until every post the replay will serve is in the
// chat in the graph, and gives each post's delay from being served to
// being found there (found by polling every 100 ms).
func awaitInGraph(t *testing.T, posts []collecttest.Served, served func() map[string]collecttest.Served, within time.Duration) []time.Duration {
	t.Helper()
	found := map[string]time.Time{}
	deadline := time.Now().Add(within)
	for len(found) < len(posts) && time.Now().Before(deadline) {
		in := chatPostTimes(t)
		for _, p := range posts {
			if _, ok := found[p.ID]; !ok && in[p.At.UnixMilli()] {
				found[p.ID] = time.Now()
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	var delays []time.Duration
	s := served()
	for _, p := range posts {
		at, ok := found[p.ID]
		if !ok {
			t.Errorf("%s (%s, appearing %s) never reached the graph (served: %v)", p.ID, p.Author, p.At.Format(time.TimeOnly), s[p.ID].Served.Format(time.TimeOnly))
			continue
		}
		delays = append(delays, at.Sub(s[p.ID].Served))
	}
	slices.Sort(delays)
	return delays
}

func describeDelays(d []time.Duration) string {
	if len(d) == 0 {
		return "none"
	}
	return fmt.Sprintf("n=%d p50=%s max=%s", len(d), d[len(d)/2].Round(time.Millisecond), d[len(d)-1].Round(time.Millisecond))
}

// A chat followed on Mastodon's hashtag stream: each status the stream
// sends (the five #rstats statuses rtoot recorded on fosstodon.org, played
// at their pace, 3000 times faster) is kept in the archive and loaded into
// the chat while the follow goes on; stopped, the archive loads to the
// same graph the follow made.
func TestFollowMastodonStream(t *testing.T) {
	store := storetest.MustOpen(t)
	// Late enough for the follow to have opened the stream.
	replay, err := collecttest.NewMastodonLive(realData, time.Now().Add(15*time.Second), 3000, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(replay)
	t.Cleanup(srv.Close)
	f := startFollow(t, "--mastodon", srv.URL)
	delays := awaitInGraph(t, replay.Posts(), replay.ServedPosts, 60*time.Second)
	t.Logf("served to graph: %s", describeDelays(delays))
	updates, _ := filepath.Glob(filepath.Join(f.archive, "mastodon", "*", "*", "*-stream-update.json.gz"))
	if len(updates) != len(replay.Posts()) {
		t.Errorf("%d statuses kept from the stream, want its %d updates (requests: %+v)", len(updates), len(replay.Posts()), replay.Requests())
	}
	f.stop()
	t.Logf("follow said:\n%s", f.output())
	if f.code != 0 {
		t.Fatalf("follow ended with %d:\n%s", f.code, f.output())
	}
	sameGraphFromArchive(t, store, f.archive)
}

// An instance that streams only to signed-in users (401): the follow polls
// the tag timeline from the newest status seen instead.
func TestFollowMastodonPolls(t *testing.T) {
	storetest.MustOpen(t)
	replay, err := collecttest.NewMastodonLive(realData, time.Now().Add(3*time.Second), 3000, nil)
	if err != nil {
		t.Fatal(err)
	}
	replay.RefuseStream = true
	srv := httptest.NewServer(replay)
	t.Cleanup(srv.Close)
	f := startFollow(t, "--mastodon", srv.URL)
	delays := awaitInGraph(t, replay.Posts(), replay.ServedPosts, 60*time.Second)
	t.Logf("served to graph: %s", describeDelays(delays))
	polls := 0
	for _, r := range replay.Requests() {
		if strings.HasPrefix(r.Path, "/api/v1/timelines/tag/") && strings.Contains(r.Query, "min_id=") {
			polls++
		}
	}
	if polls < 2 {
		t.Errorf("%d polls of the timeline with min_id after the stream was refused", polls)
	}
	f.stop()
	t.Logf("follow said:\n%s", f.output())
	if f.code != 0 {
		t.Fatalf("follow ended with %d:\n%s", f.code, f.output())
	}
}

// A chat followed on Bluesky by polling the post search: the posts atrrr
// recorded from 22:40 to 23:10 on 2 July 2025, among them drbixby's post
// and jenrichmondphd's answer to it twenty minutes later, played 300 times
// faster. The answer reaches the graph as a reply to the post it answers,
// and the derived TOOK_PART counts it as a reply received.
func TestFollowBluesky(t *testing.T) {
	store := storetest.MustOpen(t)
	from := time.Date(2025, 7, 2, 22, 40, 0, 0, time.UTC)
	replay, err := collecttest.NewBlueskyLive(realData, []collecttest.Span{{From: from, To: from.Add(30 * time.Minute)}}, time.Now().Add(3*time.Second), 300, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(replay)
	t.Cleanup(srv.Close)
	f := startFollow(t, "--bsky", "--bsky-appview", srv.URL)
	delays := awaitInGraph(t, replay.Posts(), replay.ServedPosts, 60*time.Second)
	t.Logf("served to graph: %s", describeDelays(delays))
	var answer collecttest.Served
	for _, p := range replay.Posts() {
		if strings.HasPrefix(p.Author, "jenrichmondphd") && p.Reply != "" {
			answer = p
		}
	}
	if answer.ID == "" {
		t.Fatal("the replay has no answer of jenrichmondphd's")
	}
	rows := storetest.MustQuery(t, `MATCH (:Post {id: $answer})-[:REPLY_TO]->(q:Post {id: $parent})<-[:POSTED]-(:Account)-[:OF]->(p:Professional)-[tp:TOOK_PART]->(:Chat {hashtag: 'rstats'})
		RETURN tp.repliesReceived AS n`, map[string]any{"answer": "bsky:" + answer.ID, "parent": "bsky:" + answer.Reply})
	if len(rows) != 1 || rows[0]["n"].(int64) < 1 {
		t.Errorf("jenrichmondphd's answer is not in the graph as a reply received in the chat: %v", rows)
	}
	f.stop()
	t.Logf("follow said:\n%s", f.output())
	if f.code != 0 {
		t.Fatalf("follow ended with %d:\n%s", f.code, f.output())
	}
	sameGraphFromArchive(t, store, f.archive)
}

// sameGraphFromArchive checks that the archive a follow kept (with the
// catalogue) loads into an empty graph as the graph the follow made.
func sameGraphFromArchive(t *testing.T, store *neo4jstore.Store, archive string) {
	t.Helper()
	followed := mustFingerprint(t, store)
	cat := filepath.Join(filepath.Dir(archive), "chats.csv")
	storetest.MustReset(t, store)
	mustLoad(t, cat, archive)
	if loaded := mustFingerprint(t, store); loaded.Digest != followed.Digest {
		t.Errorf("the archive loads to another graph than the follow made:\nfollowed %+v\nloaded   %+v", followed, loaded)
	}
}

// A batch under way when the follow is stopped goes on (its load is not
// cut short halfway, leaving derived ties unrefreshed), for a grace.
func TestFinishOnStop(t *testing.T) {
	follow, stop := context.WithCancel(context.Background())
	load, done := finishOnStop(follow, 50*time.Millisecond)
	defer done()
	stop()
	if load.Err() != nil {
		t.Fatal("the batch's load was cut short by the stop")
	}
	select {
	case <-load.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("the batch's load went on past its grace")
	}
	// Ended by its own end, with the follow still going.
	follow2, stop2 := context.WithCancel(context.Background())
	defer stop2()
	load2, done2 := finishOnStop(follow2, time.Hour)
	done2()
	if load2.Err() == nil || follow2.Err() != nil {
		t.Errorf("done ends the batch's context alone: %v, %v", load2.Err(), follow2.Err())
	}
}
