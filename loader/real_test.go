package main

// Loads of files that real tools and APIs wrote (testdata/real, see
// SOURCES.md there), checked against what the platforms' documented
// formats say the graph must hold.

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

const realData = "../testdata/real"

// mastoStatus is what the oracle reads of a Mastodon API Status.
type mastoStatus struct {
	ID          string       `json:"id"`
	URI         string       `json:"uri"`
	InReplyToID string       `json:"in_reply_to_id"`
	Reblog      *mastoStatus `json:"reblog"`
}

// mastoPostID is a status's post id by the rule in loader/archive/doc.go:
// a Mastodon uri https://HOST/users/NAME/statuses/ID (or, since 4.5,
// https://HOST/ap/users/ACCOUNT-ID/statuses/ID) is "mastodon:ID@HOST",
// any other uri is kept whole.
func mastoPostID(t *testing.T, uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	if parts[0] == "ap" { // Mastodon 4.5: /ap/users/ACCOUNT-ID/statuses/ID
		parts = parts[1:]
	}
	if len(parts) >= 4 && parts[0] == "users" && parts[2] == "statuses" {
		return "mastodon:" + parts[3] + "@" + u.Hostname()
	}
	return "mastodon:" + uri
}

// mastoFile is an API answer and the instance whose API wrote it (the host
// of the recorded request, in SOURCES.md).
type mastoFile struct {
	path, instance string
}

// readStatuses reads a Mastodon API answer: a list of statuses, one
// status, or a thread's context.
func readStatuses(t *testing.T, path string) []mastoStatus {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var list []mastoStatus
	if json.Unmarshal(raw, &list) == nil {
		return list
	}
	var ctx struct{ Ancestors, Descendants []mastoStatus }
	if err := json.Unmarshal(raw, &ctx); err == nil && (ctx.Ancestors != nil || ctx.Descendants != nil) {
		return append(ctx.Ancestors, ctx.Descendants...)
	}
	var one mastoStatus
	if err := json.Unmarshal(raw, &one); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return []mastoStatus{one}
}

// mastoReplyLinks is the REPLY_TO the files must give together: a status
// answers the status whose id on the same instance is its in_reply_to_id,
// when that status is in one of the files (a reblog holds its status whole).
func mastoReplyLinks(t *testing.T, files []mastoFile) map[string]string {
	t.Helper()
	byLocal := map[string]string{} // instance/id -> post id
	var all []struct {
		instance string
		st       mastoStatus
	}
	for _, f := range files {
		for _, st := range readStatuses(t, f.path) {
			for _, s := range []*mastoStatus{&st, st.Reblog} {
				if s == nil {
					continue
				}
				byLocal[f.instance+"/"+s.ID] = mastoPostID(t, s.URI)
				all = append(all, struct {
					instance string
					st       mastoStatus
				}{f.instance, *s})
			}
		}
	}
	links := map[string]string{}
	for _, s := range all {
		if parent, ok := byLocal[s.instance+"/"+s.st.InReplyToID]; ok && s.st.InReplyToID != "" {
			links[mastoPostID(t, s.st.URI)] = parent
		}
	}
	return links
}

// graphReplyLinks reads every REPLY_TO between Mastodon posts.
func graphReplyLinks(t *testing.T) map[string]string {
	t.Helper()
	got := map[string]string{}
	for _, row := range storetest.MustQuery(t, `
MATCH (c:Post {platform: 'mastodon'})-[:REPLY_TO]->(p:Post)
RETURN c.id AS child, p.id AS parent`, nil) {
		got[row["child"].(string)] = row["parent"].(string)
	}
	return got
}

func compareLinks(t *testing.T, got, want map[string]string) {
	t.Helper()
	for c, p := range want {
		if got[c] != p {
			t.Errorf("%s should answer %s, the graph has %q", c, p, got[c])
		}
	}
	for c, p := range got {
		if _, ok := want[c]; !ok {
			t.Errorf("%s answers %s in the graph, which no file says", c, p)
		}
	}
}

// A thread's context (GET /api/v1/statuses/:id/context) loads as the
// statuses it holds, each linked to the status it answers; the thread read
// in two answers (the root's context, then a reply's) links whatever order
// the loads come in.
func TestRealMastodonContexts(t *testing.T) {
	rtoot := filepath.Join(realData, "mastodon", "rtoot")
	for _, order := range [][]string{
		{"get_context_with_token.json", "get_context_with_ancesters.json", "get_context_default.json"},
		{"get_context_default.json", "get_context_with_ancesters.json", "get_context_with_token.json"},
	} {
		t.Run(strings.Join(order, "+"), func(t *testing.T) {
			store := storetest.MustOpen(t)
			_ = store
			var files []mastoFile
			for _, name := range order {
				instance := "fosstodon.org"
				if name == "get_context_default.json" {
					instance = "mastodon.social"
				}
				files = append(files, mastoFile{filepath.Join(rtoot, name), instance})
				res := mustLoad(t, filepath.Join(rtoot, name))
				if res.summary.Rejected != 0 {
					t.Errorf("%s: %d rejected: %+v", name, res.summary.Rejected, res.rejects)
				}
			}
			want := mastoReplyLinks(t, files)
			// 16 answers to answers in the mastodon.social thread (the
			// other 43 answer the status asked for, which is not in its
			// context), and the fosstodon thread's 3 answers, 2 of them to
			// the root that only the other context holds.
			if len(want) != 19 {
				t.Fatalf("the files give %d reply links, want 16 + 3", len(want))
			}
			compareLinks(t, graphReplyLinks(t), want)
		})
	}
}

// A timeline lists newest first, so a reply comes before the status it
// answers, in the same page or an earlier one. The real thread's statuses,
// listed newest first as a timeline would, in two pages loaded one after
// the other, link as the thread in its own order does: through each
// status's id on the instance that served it, for parents on other servers.
func TestRealMastodonNewestFirst(t *testing.T) {
	path := filepath.Join(realData, "mastodon", "rtoot", "get_context_default.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var thread struct{ Ancestors, Descendants []json.RawMessage }
	if err := json.Unmarshal(raw, &thread); err != nil {
		t.Fatal(err)
	}
	statuses := append(thread.Ancestors, thread.Descendants...)
	slices.SortFunc(statuses, func(a, b json.RawMessage) int {
		var x, y struct {
			CreatedAt string `json:"created_at"`
		}
		json.Unmarshal(a, &x)
		json.Unmarshal(b, &y)
		return strings.Compare(y.CreatedAt, x.CreatedAt)
	})
	dir := t.TempDir()
	half := len(statuses) / 2
	pages := [][]json.RawMessage{statuses[:half], statuses[half:]}
	store := storetest.MustOpen(t)
	_ = store
	var last loadResult
	for i, page := range pages {
		b, err := json.Marshal(page)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, fmt.Sprintf("page%d.json", i+1))
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
		last = mustLoad(t, name)
	}
	want := mastoReplyLinks(t, []mastoFile{{path, "mastodon.social"}})
	compareLinks(t, graphReplyLinks(t), want)
	// Every reply in the thread answers the status asked for (not in the
	// answer) or one of the answer's own: only the former still wait.
	waiting := 0
	for _, st := range readStatuses(t, path) {
		if _, linked := want[mastoPostID(t, st.URI)]; !linked && st.InReplyToID != "" {
			waiting++
		}
	}
	if last.summary.WaitingReplies != int64(waiting) {
		t.Errorf("the summary says %d replies wait for their parent, want %d", last.summary.WaitingReplies, waiting)
	}
}

// Every real file at once, as a user would give a folder that mixes them:
// each is told by its content, every row is accounted for, none rejected.
func TestRealFolderLoadsInOneCommand(t *testing.T) {
	storetest.MustOpen(t)
	res := mustLoad(t, realData)
	checkAccounts(t, res.summary)
	if res.summary.Rejected != 0 {
		t.Errorf("%d rows rejected: %+v", res.summary.Rejected, res.rejects)
	}
	formats := map[string]string{
		"x/twarc-csv/":                "x",
		"x/twarc-csv-output/":         "twarc-csv",
		"x/personal-archive-":         "x-archive",
		"x/grailbird-":                "x-archive",
		"mastodon/rtoot/":             "mastodon",
		"mastodon/mastodonpy/":        "mastodon",
		"mastodon/export-dealingwith": "mastodon-outbox",
		"bsky/atrrr/":                 "bsky",
		"bsky/atproto-dart/":          "bsky",
		"bsky/marshalx-atproto/":      "bsky",
		"bsky/indigo/":                "bsky-car",
		"bsky/jetstream/repo.car":     "bsky-car",
		"bsky/jetstream/expected_v1":  "jetstream",
		"bsky/jetstream/golden_v1":    "jetstream",
	}
	for _, f := range res.summary.Files {
		if f.Err != "" {
			t.Errorf("%s not read: %s", f.File, f.Err)
		}
		rel, _ := filepath.Rel(realData, f.File)
		for prefix, want := range formats {
			if strings.HasPrefix(filepath.ToSlash(rel), prefix) && string(f.Format) != want {
				t.Errorf("%s read as %s, want %s", rel, f.Format, want)
			}
		}
	}
	if len(res.summary.Files) < 29 || res.summary.Loaded < 4000 {
		t.Errorf("%d files, %d rows loaded: the folder is not the one expected", len(res.summary.Files), res.summary.Loaded)
	}
}

// The same 100 tweets as twarc2 kept the search's pages, as `twarc2
// flatten` wrote them and as twarc-csv's CSV give the same ties: the
// flattened file inlines in_reply_to_user and the referenced tweets'
// authors, which the pages keep in includes.
func TestRealTwarcFormsGiveTheSameTies(t *testing.T) {
	dir := filepath.Join(realData, "x")
	ties := func(file string) (string, int64, map[[2]string]bool) {
		t.Helper()
		store := storetest.MustOpen(t)
		mustLoad(t, filepath.Join(dir, file))
		f := mustFingerprint(t, store)
		pairs := map[[2]string]bool{}
		for _, row := range storetest.MustQuery(t, `MATCH (a:Professional)-[:TALKED_WITH]->(b:Professional) RETURN a.id AS a, b.id AS b`, nil) {
			pairs[[2]string{row["a"].(string), row["b"].(string)}] = true
		}
		return f.Parts["TALKED_WITH"], f.Relationships["TALKED_WITH"], pairs
	}
	pages, n, pagePairs := ties("twarc-csv/noflat.jsonl")
	if n < 50 {
		t.Fatalf("the pages give %d ties; the fixture should give dozens", n)
	}
	flat, nFlat, _ := ties("twarc-csv/flat.jsonl")
	if flat != pages {
		t.Errorf("the flattened tweets give %d ties, the pages %d, and not the same ones", nFlat, n)
	}
	_, nCSV, csvPairs := ties("twarc-csv-output/noflat.csv")
	// twarc-csv leaves out the user a tweet answers when it answers no
	// tweet (the mention stays, so the pair does), and writes a
	// retweet's entities from the retweeted tweet: the pairs agree.
	for p := range pagePairs {
		if !csvPairs[p] {
			t.Errorf("the CSV lacks the tie %s -> %s", p[0], p[1])
		}
	}
	if nCSV != n {
		t.Errorf("the CSV gives %d ties, the pages %d", nCSV, n)
	}
}
