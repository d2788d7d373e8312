package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/loader/collect/collecttest"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// collectArgs collects the replayed instance's #rstats from January 2024
// to July 2025, the span of the recorded pages.
func collectArgs(srv *collecttest.Mastodon, archive string) []string {
	return []string{"collect", "--mastodon", srv.URL, "--tag", "rstats", "--since", "2024-01-01", "--until", "2025-07-01",
		"--archive", archive, "--rejects", filepath.Join(filepath.Dir(archive), "rejects.jsonl")}
}

func runLoader(ctx context.Context, t *testing.T, args ...string) (int, string) {
	t.Helper()
	var out, errOut strings.Builder
	code := run(ctx, args, os.Getenv, &out, &errOut)
	return code, out.String() + errOut.String()
}

// A collection loads what it fetched, and loading its archive afterwards
// into an empty graph gives the same graph: every answer was kept as it
// came. The thread of a post in the timeline comes too, with answers that
// do not carry the hashtag.
func TestCollectGivesTheGraphOfItsArchive(t *testing.T) {
	store := storetest.MustOpen(t)
	srv := collecttest.NewMastodon(t, realData)
	archive := filepath.Join(t.TempDir(), "archive")
	if code, out := runLoader(context.Background(), t, collectArgs(srv, archive)...); code != 0 {
		t.Fatalf("collect: exit %d\n%s", code, out)
	}
	collected := mustFingerprint(t, store)
	// The answers to the thread the timeline holds came through its context.
	for _, id := range []string{"mastodon:114027213608365869@fosstodon.org", "mastodon:114058233338164636@fosstodon.org"} {
		if rows := storetest.MustQuery(t, `MATCH (p:Post {id: $id})-[:REPLY_TO]->(:Post) RETURN p.id`, map[string]any{"id": id}); len(rows) != 1 {
			t.Errorf("%s, an answer in the thread, is not in the graph with its parent", id)
		}
	}
	if collected.Nodes["Post"] < 100 {
		t.Errorf("%d posts collected, want the timeline's 101 and the thread's answers", collected.Nodes["Post"])
	}

	storetest.MustReset(t, store)
	mustLoad(t, archive)
	loaded := mustFingerprint(t, store)
	if loaded.Digest != collected.Digest {
		t.Errorf("the archive loads to another graph than the collection gave:\ncollected %+v\nloaded    %+v", collected, loaded)
	}
}

// A collection killed at any point and run again ends in the same graph as
// one that ran through, whatever faults the platform threw in (a 429 with
// Retry-After, a 503, a body cut short, an HTML error page): nothing lost,
// nothing twice. A second run with nothing new fetches only to find that.
func TestCollectKilledAndRunAgain(t *testing.T) {
	store := storetest.MustOpen(t)
	clean := collecttest.NewMastodon(t, realData)
	if code, out := runLoader(context.Background(), t, collectArgs(clean, filepath.Join(t.TempDir(), "archive"))...); code != 0 {
		t.Fatalf("collect: exit %d\n%s", code, out)
	}
	want := mustFingerprint(t, store)

	for _, killAfter := range []int{2, 5, 9} {
		storetest.MustReset(t, store)
		srv := collecttest.NewMastodon(t, realData)
		srv.TooMany[1] = 1
		srv.ServerErr[3] = true
		srv.CutShort[4] = true
		srv.HTMLPage[12] = true // a context: kept under .bad/, asked again next run
		archive := filepath.Join(t.TempDir(), "archive")
		ctx, cancel := context.WithCancel(context.Background())
		go func() {
			for len(srv.Requests()) < killAfter {
				time.Sleep(5 * time.Millisecond)
			}
			cancel()
		}()
		runLoader(ctx, t, collectArgs(srv, archive)...)
		cancel()
		if code, out := runLoader(context.Background(), t, collectArgs(srv, archive)...); code != 0 {
			t.Fatalf("killed after %d requests, then rerun: exit %d\n%s", killAfter, code, out)
		}
		// The bad answer was asked again; once it came, the run ends clean.
		if code, out := runLoader(context.Background(), t, collectArgs(srv, archive)...); code != 0 {
			t.Fatalf("third run: exit %d\n%s", code, out)
		}
		got := mustFingerprint(t, store)
		if got.Digest != want.Digest {
			t.Errorf("killed after %d requests and rerun: another graph than an uninterrupted collection\ngot  %+v\nwant %+v", killAfter, got, want)
		}
		bad, _ := filepath.Glob(filepath.Join(archive, ".bad", "*", "*", "*", "*.json"))
		if len(bad) == 0 {
			t.Errorf("killed after %d: the HTML error page was not kept under .bad/", killAfter)
		}
	}

	// Nothing new: a rerun asks only for what came since.
	srv := collecttest.NewMastodon(t, realData)
	archive := filepath.Join(t.TempDir(), "archive")
	runLoader(context.Background(), t, collectArgs(srv, archive)...)
	before := len(srv.Requests())
	runLoader(context.Background(), t, collectArgs(srv, archive)...)
	again := srv.Requests()[before:]
	if len(again) != 1 || !strings.Contains(again[0].Query, "min_id=") {
		t.Errorf("a rerun with nothing new sent %+v, want one request for what is newer", again)
	}
}

// X's search, with a bearer token: the pages are kept as the API gave them
// and give the graph that loading them gives; a 429 waits for X's reset.
func TestCollectX(t *testing.T) {
	store := storetest.MustOpen(t)
	srv := collecttest.NewX(t, realData)
	srv.TooMany[1] = true
	archive := filepath.Join(t.TempDir(), "archive")
	args := []string{"collect", "--x", "--x-api", srv.URL, "--x-bearer", "test-bearer", "--tag", "obama",
		"--since", "2021-04-08T19:00:00Z", "--until", "2021-04-08T20:00:00Z", "--archive", archive,
		"--rejects", filepath.Join(t.TempDir(), "rejects.jsonl")}
	if code, out := runLoader(context.Background(), t, args...); code != 0 {
		t.Fatalf("collect: exit %d\n%s", code, out)
	}
	reqs := srv.Requests()
	if reqs[1].At.Sub(reqs[0].At) < time.Second {
		t.Errorf("asked again %s after a 429 whose reset was over a second away", reqs[1].At.Sub(reqs[0].At))
	}
	collected := mustFingerprint(t, store)
	if collected.Nodes["Post"] < 100 {
		t.Errorf("%d posts, want the page's 100 and what they reference", collected.Nodes["Post"])
	}
	storetest.MustReset(t, store)
	mustLoad(t, archive)
	if loaded := mustFingerprint(t, store); loaded.Digest != collected.Digest {
		t.Errorf("the archive loads to another graph than the collection gave")
	}
	// Without a token the command says so at once.
	if code, out := runLoader(context.Background(), t, "collect", "--x", "--x-bearer", "", "--tag", "obama"); code != 2 || !strings.Contains(out, "bearer") {
		t.Errorf("no token: exit %d, %s", code, out)
	}
}

// Bluesky's post search and threads, from the public AppView: the search
// page is kept as it came and gives the graph loading it gives; threads
// the AppView cannot show (400 NotFound) are given up, not asked again.
func TestCollectBluesky(t *testing.T) {
	store := storetest.MustOpen(t)
	srv := collecttest.NewBluesky(t, realData)
	archive := filepath.Join(t.TempDir(), "archive")
	args := []string{"collect", "--bsky", "--bsky-appview", srv.URL, "--tag", "rstats",
		"--since", "2025-07-01", "--until", "2025-07-05", "--archive", archive, "--rejects", filepath.Join(t.TempDir(), "rejects.jsonl")}
	if code, out := runLoader(context.Background(), t, args...); code != 0 {
		t.Fatalf("collect: exit %d\n%s", code, out)
	}
	collected := mustFingerprint(t, store)
	if collected.Nodes["Post"] < 100 {
		t.Errorf("%d posts, want the search page's 100", collected.Nodes["Post"])
	}
	threads := 0
	for _, r := range srv.Requests() {
		if strings.HasSuffix(r.Path, "getPostThread") {
			threads++
		}
	}
	if threads == 0 {
		t.Error("no thread was asked for, though the page holds answers")
	}
	profiles := 0
	for _, r := range srv.Requests() {
		if strings.HasSuffix(r.Path, "getProfiles") {
			profiles++
			if n := strings.Count(r.Query, "actors="); n == 0 || n > 25 {
				t.Errorf("getProfiles asked for %d actors", n)
			}
		}
	}
	if profiles < 2 {
		t.Errorf("%d getProfiles requests for the page's authors, want them asked 25 at a time", profiles)
	}
	before := len(srv.Requests())
	runLoader(context.Background(), t, args...)
	for _, r := range srv.Requests()[before:] {
		if strings.HasSuffix(r.Path, "getPostThread") {
			t.Errorf("a thread the AppView said it cannot show was asked again: %s", r.Query)
		}
	}
	storetest.MustReset(t, store)
	mustLoad(t, archive)
	if loaded := mustFingerprint(t, store); loaded.Digest != collected.Digest {
		t.Errorf("the archive loads to another graph than the collection gave:\ncollected %+v\nloaded    %+v", collected, loaded)
	}
}

// From a chat catalogue: each chat's window (with its grace) is collected
// from the platforms its row names, the catalogue is loaded with the
// answers, and the chat takes the posts of its hashtag in its hour.
func TestCollectFromCatalogue(t *testing.T) {
	storetest.MustOpen(t)
	srv := collecttest.NewBluesky(t, realData)
	dir := t.TempDir()
	cat := filepath.Join(dir, "chats.csv")
	if err := os.WriteFile(cat, []byte("community,hashtag,topic,host,start,duration,platforms\n"+
		"rstats,rstats,R on Bluesky,,2025-07-03T13:00:00Z,60,bsky\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"collect", "--catalogue", cat, "--bsky-appview", srv.URL,
		"--archive", filepath.Join(dir, "archive"), "--rejects", filepath.Join(dir, "rejects.jsonl")}
	if code, out := runLoader(context.Background(), t, args...); code != 0 {
		t.Fatalf("collect: exit %d\n%s", code, out)
	}
	search := srv.Requests()[0]
	if !strings.Contains(search.Query, "since=2025-07-03T12%3A45%3A00Z") || !strings.Contains(search.Query, "until=2025-07-03T14%3A15%3A00Z") {
		t.Errorf("the search asked for %s, want the chat's hour with 15 minutes either side", search.Query)
	}
	rows := storetest.MustQuery(t, `MATCH (p:Post)-[:IN]->(c:Chat {hashtag: 'rstats'}) RETURN count(p) AS n`, nil)
	if n := rows[0]["n"].(int64); n < 5 {
		t.Fatalf("%d posts in the catalogued chat, want the hour's", n)
	}
}
