package main

// Integration tests of `loader load` against a real Neo4j (NEO4J_URI; they
// skip without one unless PEERGRAPH_REQUIRE_NEO4J=1). The command runs in
// process through run(); the kill test runs it as a child process, which is
// this test binary re-executed (see TestMain).

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/peergraph/peergraph/loader/archive"
	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// runAsLoader makes the test binary behave as the loader command, so that
// the kill test can SIGKILL a real load without building a binary.
const runAsLoader = "PEERGRAPH_TEST_RUN_LOADER"

func TestMain(m *testing.M) {
	if os.Getenv(runAsLoader) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// fixture is the hand-made archive set whose every answer is known; its
// README says what each file holds and why.
const fixture = "../testdata/load"

// fixtureChat is the one catalogued chat: #WePh, 2024-03-28 20:00-21:00 UTC.
const fixtureChat = "weph-20240328T2000Z"

// rejectLine is one line of the rejects file.
type rejectLine struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Reason string `json:"reason"`
	Raw    string `json:"raw"`
}

type loadResult struct {
	code           int
	summary        ingest.Summary
	stdout, stderr string
	rejects        []rejectLine
	rejectsFile    string
}

// load runs `loader load` in process with a rejects file and a JSON
// summary in a fresh folder, and reads both back.
func load(t *testing.T, args ...string) loadResult {
	t.Helper()
	dir := t.TempDir()
	res := loadResult{rejectsFile: filepath.Join(dir, "rejects.jsonl")}
	summary := filepath.Join(dir, "summary.json")
	all := append([]string{"load", "--progress", "none", "--rejects", res.rejectsFile, "--summary", summary}, args...)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var stdout, stderr bytes.Buffer
	res.code = run(ctx, all, os.Getenv, &stdout, &stderr)
	res.stdout, res.stderr = stdout.String(), stderr.String()
	if b, err := os.ReadFile(summary); err == nil {
		if err := json.Unmarshal(b, &res.summary); err != nil {
			t.Fatalf("summary %s: %v", summary, err)
		}
	}
	res.rejects = readRejects(t, res.rejectsFile)
	return res
}

// mustLoad is load that expects exit status 0.
func mustLoad(t *testing.T, args ...string) loadResult {
	t.Helper()
	res := load(t, args...)
	if res.code != 0 {
		t.Fatalf("loader %v: exit status %d\nstdout:\n%s\nstderr:\n%s", args, res.code, res.stdout, res.stderr)
	}
	return res
}

// readRejects reads the rejects file strictly: every line one JSON object
// with exactly the fields file, line, reason and raw.
func readRejects(t *testing.T, path string) []rejectLine {
	t.Helper()
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []rejectLine
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		var r rejectLine
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("rejects line %d is not {file, line, reason, raw}: %v: %s", n, err, sc.Text())
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// checkAccounts asserts that the summary accounts for every row: each
// file's and the total's read = loaded + rejected + duplicates + skipped,
// and the totals are the files' sums.
func checkAccounts(t *testing.T, s ingest.Summary) {
	t.Helper()
	var read, loaded, rejected, dups, skipped int64
	for _, f := range s.Files {
		if f.Read != f.Loaded+f.Rejected+f.Duplicates+f.Skipped {
			t.Errorf("%s: read %d != loaded %d + rejected %d + duplicates %d + skipped %d", f.File, f.Read, f.Loaded, f.Rejected, f.Duplicates, f.Skipped)
		}
		read, loaded, rejected, dups, skipped = read+f.Read, loaded+f.Loaded, rejected+f.Rejected, dups+f.Duplicates, skipped+f.Skipped
	}
	if s.Read != read || s.Loaded != loaded || s.Rejected != rejected || s.Duplicates != dups || s.Skipped != skipped {
		t.Errorf("totals %d/%d/%d/%d/%d are not the files' sums %d/%d/%d/%d/%d",
			s.Read, s.Loaded, s.Rejected, s.Duplicates, s.Skipped, read, loaded, rejected, dups, skipped)
	}
	if s.Read != s.Loaded+s.Rejected+s.Duplicates+s.Skipped {
		t.Errorf("total: read %d != loaded %d + rejected %d + duplicates %d + skipped %d", s.Read, s.Loaded, s.Rejected, s.Duplicates, s.Skipped)
	}
}

func mustFingerprint(t *testing.T, s *neo4jstore.Store) storetest.Fingerprint {
	t.Helper()
	return storetest.OpenGraph(t).Fingerprint(t)
}

// at is a time on the evening of the fixture's chat, 2024-03-28, in UTC.
func at(hhmm string) time.Time {
	t, err := time.Parse("2006-01-02 15:04", "2024-03-28 "+hhmm)
	if err != nil {
		panic(err)
	}
	return t
}

func TestLoadFixtureSummary(t *testing.T) {
	storetest.MustOpen(t)
	res := mustLoad(t, fixture)
	s := res.summary
	checkAccounts(t, s)

	// Catalogues first, then rosters, then posts; within a phase, in name order.
	want := []struct {
		file                               string
		format                             archive.Format
		read, loaded, rejected, duplicates int64
	}{
		{"catalogue.csv", archive.Catalogue, 1, 1, 0, 0},
		{"roster.csv", archive.Roster, 4, 4, 0, 0},
		{"bsky_feed.json", archive.Bluesky, 2, 2, 0, 0},
		{"mastodon_statuses.json", archive.Mastodon, 2, 2, 0, 0},
		// A row Excel rounded is rejected; the sheet is read before the
		// X page, so the post both hold is loaded from the sheet...
		{"tags_weph.csv", archive.TAGS, 4, 3, 1, 0},
		// ... and is a duplicate in the page.
		{"x_page.json", archive.X, 8, 7, 0, 1},
	}
	if len(s.Files) != len(want) {
		t.Fatalf("summary has %d files, want %d: %+v", len(s.Files), len(want), s.Files)
	}
	for i, w := range want {
		f := s.Files[i]
		if filepath.Base(f.File) != w.file || f.Format != w.format || f.Read != w.read || f.Loaded != w.loaded ||
			f.Rejected != w.rejected || f.Duplicates != w.duplicates || f.Err != "" {
			t.Errorf("file %d = %s %s read %d loaded %d rejected %d duplicates %d %q; want %s %s %d %d %d %d",
				i, filepath.Base(f.File), f.Format, f.Read, f.Loaded, f.Rejected, f.Duplicates, f.Err,
				w.file, w.format, w.read, w.loaded, w.rejected, w.duplicates)
		}
	}
	if s.Read != 21 || s.Loaded != 19 || s.Rejected != 1 || s.Duplicates != 1 || s.ChatsDetected != 0 {
		t.Errorf("totals read %d loaded %d rejected %d duplicates %d, %d chats detected; want 21 19 1 1, none detected",
			s.Read, s.Loaded, s.Rejected, s.Duplicates, s.ChatsDetected)
	}
	if len(res.rejects) != 1 {
		t.Fatalf("rejects = %+v, want the rounded TAGS row", res.rejects)
	}
	if r := res.rejects[0]; filepath.Base(r.File) != "tags_weph.csv" || r.Line != 5 ||
		!strings.Contains(r.Reason, "not a tweet id") || !strings.HasPrefix(r.Raw, "1.773E+18,Dan_GP,") {
		t.Errorf("reject = %+v, want tags_weph.csv line 5, the rounded id, with its raw row", r)
	}
	if !strings.Contains(res.stdout, "rejected rows are in "+res.rejectsFile) {
		t.Errorf("stdout does not point at the rejects file:\n%s", res.stdout)
	}
	// Where the time went: the database's share, by kind of call.
	for _, op := range []string{"load.chats", "load.roster", "load.posts", "load.refreshProfessionals", "load.refreshChats"} {
		if got := s.Database[op]; got.Calls == 0 || got.Took <= 0 || got.Failed != 0 {
			t.Errorf("database time of %s = %+v, want its calls counted and timed", op, got)
		}
	}
	if !strings.Contains(res.stdout, "time in the database: ") || !strings.Contains(res.stdout, " load.posts ") {
		t.Errorf("stdout does not say where the database's time went:\n%s", res.stdout)
	}
}

func TestLoadFixtureGraph(t *testing.T) {
	store := storetest.MustOpen(t)
	mustLoad(t, fixture)
	ctx := context.Background()
	f := mustFingerprint(t, store)

	for label, want := range map[string]int64{
		"Post":         14, // 15 post rows read, one of them twice
		"Chat":         1,
		"Community":    3, // WePharmacists, and WeNurses and WeMidwives from the roster
		"Account":      10,
		"Professional": 9, // ann's two accounts are one professional
		"Stale":        0,
	} {
		if f.Nodes[label] != want {
			t.Errorf("%s nodes = %d, want %d", label, f.Nodes[label], want)
		}
	}
	for typ, want := range map[string]int64{
		"TALKED_WITH": 10,
		"TOOK_PART":   7,
		"IN":          13, // every post but kim's late answer
		"REPLY_TO":    7,  // not the reply to a post no archive holds
		"QUOTES":      1,
		"REPOSTS":     1,
		"MENTIONS":    9, // a repost mentions nobody
		"HOSTED":      1,
		"MEMBER_OF":   9, // 5 from the roster, and dan, bob, pat and olga by taking part
	} {
		if f.Relationships[typ] != want {
			t.Errorf("%s relationships = %d, want %d", typ, f.Relationships[typ], want)
		}
	}

	type tie struct {
		replies, mentions, quotes, reposts int
		first, last                        time.Time
		chats                              []string
	}
	chat := []string{fixtureChat}
	wantTies := []struct {
		what, from, to string
		tie
	}{
		{"a reply: the @mention of the account answered is not counted again",
			"x:ann_pharm", "x:wepharmacists", tie{replies: 1, first: at("20:02"), last: at("20:02"), chats: chat}},
		{"two replies, one from the X page and one from the TAGS sheet; carla's reply to herself makes no tie",
			"x:carla_rn", "x:ann_pharm", tie{replies: 2, first: at("20:05"), last: at("20:25"), chats: chat}},
		{"a quote", "x:dan_gp", "x:ann_pharm", tie{quotes: 1, first: at("20:10"), last: at("20:10"), chats: chat}},
		{"a repost alone: an endorsement, kept apart from conversation",
			"x:bob_nhs", "x:wepharmacists", tie{reposts: 1, first: at("20:12"), last: at("20:12"), chats: chat}},
		{"a reply to a post no archive holds still addresses its author",
			"x:dan_gp", "x:eve_chem", tie{replies: 1, first: at("20:15"), last: at("20:15"), chats: chat}},
		{"a mention", "x:ann_pharm", "x:dan_gp", tie{mentions: 1, first: at("20:20"), last: at("20:20"), chats: chat}},
		{"a mention in the same post, and an answer to carla's answer",
			"x:ann_pharm", "x:carla_rn", tie{replies: 1, mentions: 1, first: at("20:20"), last: at("20:27"), chats: chat}},
		{"a Mastodon reply", "mastodon:olga@nurses.social", "mastodon:pat@nurses.social",
			tie{replies: 1, first: at("20:31"), last: at("20:31"), chats: chat}},
		{"a mention from ann's Bluesky account is ann's",
			"x:ann_pharm", "bsky:kim.bsky.social", tie{mentions: 1, first: at("20:40"), last: at("20:40"), chats: chat}},
		{"a reply to ann's Bluesky account reaches ann; a day late, it is in no chat",
			"bsky:kim.bsky.social", "x:ann_pharm", tie{replies: 1, first: at("22:00").AddDate(0, 0, 1), last: at("22:00").AddDate(0, 0, 1), chats: []string{}}},
	}
	ids := []string{"x:ann_pharm", "x:wepharmacists", "x:carla_rn", "x:dan_gp", "x:bob_nhs", "x:eve_chem",
		"mastodon:olga@nurses.social", "mastodon:pat@nurses.social", "bsky:kim.bsky.social", "bsky:ann.bsky.social"}
	ties := storetest.OpenGraph(t).Ties(t, ids)
	got := map[[2]string]storetest.Tie{}
	for _, tt := range ties {
		if tt.From == tt.To {
			t.Errorf("a tie from %s to itself", tt.From)
		}
		got[[2]string{tt.From, tt.To}] = tt
	}
	for _, w := range wantTies {
		g, ok := got[[2]string{w.from, w.to}]
		if !ok {
			t.Errorf("%s: no tie %s -> %s", w.what, w.from, w.to)
			continue
		}
		have := tie{g.Replies, g.Mentions, g.Quotes, g.Reposts, g.FirstAt, g.LastAt, g.Chats}
		if have.replies != w.replies || have.mentions != w.mentions || have.quotes != w.quotes || have.reposts != w.reposts ||
			!have.first.Equal(w.first) || !have.last.Equal(w.last) || !slices.Equal(have.chats, w.chats) {
			t.Errorf("%s: %s -> %s = %+v, want %+v", w.what, w.from, w.to, have, w.tie)
		}
	}
	if len(ties) != len(wantTies) {
		t.Errorf("%d ties, want %d: %+v", len(ties), len(wantTies), ties)
	}

	parts := storetest.OpenGraph(t).Participation(t, fixtureChat)
	type part struct {
		posts, repliesReceived, mentionsReceived int
		role                                     string
	}
	wantParts := map[string]part{
		"x:wepharmacists": {1, 1, 0, "HOST"},
		// The post both archives hold counts once; her Bluesky post is hers
		// too; kim's answer came after the chat and its reply grace. Her
		// answer to carla's answer (both from the sheet, neither with a
		// hashtag, both read before the post they answer) joins the chat
		// two replies down.
		"x:ann_pharm": {4, 2, 0, "PARTICIPANT"},
		// Her answer to herself joins the chat through its parent, and so
		// does her answer from the sheet, which has no hashtag and came
		// before the post it answers.
		"x:carla_rn":                  {3, 1, 1, "PARTICIPANT"},
		"x:dan_gp":                    {2, 0, 1, "PARTICIPANT"},
		"x:bob_nhs":                   {1, 0, 0, "PARTICIPANT"},
		"mastodon:pat@nurses.social":  {1, 1, 0, "PARTICIPANT"},
		"mastodon:olga@nurses.social": {1, 0, 0, "PARTICIPANT"},
	}
	for _, p := range parts {
		w, ok := wantParts[p.Professional]
		if !ok {
			t.Errorf("unexpected participant %+v", p)
			continue
		}
		if g := (part{p.Posts, p.RepliesReceived, p.MentionsReceived, p.Role}); g != w {
			t.Errorf("TOOK_PART %s = %+v, want %+v", p.Professional, g, w)
		}
	}
	if len(parts) != len(wantParts) {
		t.Errorf("%d participants, want %d: %+v", len(parts), len(wantParts), parts)
	}

	// The roster ties an X and a Bluesky account to one professional.
	ann, err := storetest.ByHandle(t, store, "bsky:ann.bsky.social")
	if err != nil || ann == nil {
		t.Fatalf("ProfessionalByHandle(bsky:ann.bsky.social) = %v, %v", ann, err)
	}
	if ann.ID != "x:ann_pharm" || ann.Name != "Ann Shah" || ann.FirstSeen == nil || !ann.FirstSeen.Equal(at("20:02")) ||
		ann.LastSeen == nil || !ann.LastSeen.Equal(at("20:40")) {
		t.Errorf("ann = %+v, want x:ann_pharm, the roster's name, seen from 20:02 (X) to 20:40 (Bluesky)", ann)
	}
	accounts, err := store.AccountsOf(ctx, []string{"x:ann_pharm"})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, a := range accounts["x:ann_pharm"] {
		keys = append(keys, a.Key)
	}
	slices.Sort(keys)
	if !slices.Equal(keys, []string{"bsky:ann.bsky.social", "x:ann_pharm"}) {
		t.Errorf("ann's accounts = %v", keys)
	}
	claims := storetest.ProfessionsAndCommunities(t, store, "x:ann_pharm", "x:wepharmacists", "x:dan_gp", "mastodon:pat@nurses.social")
	for id, want := range map[string]string{
		"x:ann_pharm":                "pharmacist ROSTER",
		"x:wepharmacists":            "organisation ROSTER",
		"x:dan_gp":                   "doctor BIO", // "GP partner in Bradford"
		"mastodon:pat@nurses.social": "nurse BIO",  // "Practice nurse in Hull"
	} {
		got := ""
		if c := claims[id]; c != nil && len(c.Professions) > 0 {
			got = c.Professions[0].Profession + " " + string(c.Professions[0].Source)
		}
		if got != want {
			t.Errorf("%s's first profession claim = %q, want %q", id, got, want)
		}
	}
}

func TestLoadingTwiceChangesNothing(t *testing.T) {
	store := storetest.MustOpen(t)
	first := mustLoad(t, fixture)
	before := mustFingerprint(t, store)
	second := mustLoad(t, fixture)
	if d := before.Diff(mustFingerprint(t, store)); d != nil {
		t.Errorf("the second load changed the graph: %v", d)
	}
	checkAccounts(t, second.summary)
	if second.summary.Read != first.summary.Read || second.summary.Rejected != first.summary.Rejected {
		t.Errorf("second load read %d, rejected %d; first %d, %d",
			second.summary.Read, second.summary.Rejected, first.summary.Read, first.summary.Rejected)
	}
	for _, f := range second.summary.Files {
		switch f.Format {
		case archive.Catalogue, archive.Roster:
			// Chats and roster rows are written again (and count as loaded):
			// a corrected roster must be able to replace the old one.
			if f.Loaded != f.Read {
				t.Errorf("%s: loaded %d of %d", f.File, f.Loaded, f.Read)
			}
		default:
			if f.Loaded != 0 || f.Duplicates != f.Read-f.Rejected {
				t.Errorf("%s: loaded %d, duplicates %d of %d read (%d rejected); want every post a duplicate",
					f.File, f.Loaded, f.Duplicates, f.Read, f.Rejected)
			}
		}
	}
	if second.summary.Duplicates != 15 {
		t.Errorf("second load: %d duplicates, want all 15 post rows", second.summary.Duplicates)
	}
}

func TestLoadBadInputs(t *testing.T) {
	storetest.MustOpen(t)
	res := load(t, "../testdata/archive/bad")
	if res.code != 0 {
		t.Fatalf("exit status %d, want 0 (good rows among the bad were loaded)\n%s\n%s", res.code, res.stdout, res.stderr)
	}
	s := res.summary
	checkAccounts(t, s)
	if s.Loaded == 0 || s.Rejected == 0 {
		t.Fatalf("loaded %d, rejected %d: want both", s.Loaded, s.Rejected)
	}
	// Every rejected row is a line of the rejects file, and so is every
	// file that could not be read at all; nothing else is.
	perFile := map[string]int64{}
	for _, r := range res.rejects {
		perFile[r.File]++
		if r.Reason == "" || (r.Line < 1 && !strings.HasPrefix(r.Reason, "file not read: ")) {
			t.Errorf("reject without a reason or a line: %+v", r)
		}
	}
	var unreadable int64
	for _, f := range s.Files {
		want := f.Rejected
		if f.Err != "" {
			want++
			unreadable++
		}
		if perFile[f.File] != want {
			t.Errorf("%s: %d lines in the rejects file, want %d (rejected %d, error %q)", f.File, perFile[f.File], want, f.Rejected, f.Err)
		}
		delete(perFile, f.File)
	}
	for file, n := range perFile {
		t.Errorf("%d rejects for %s, which the summary does not name", n, file)
	}
	if int64(len(res.rejects)) != s.Rejected+unreadable {
		t.Errorf("%d reject lines, want %d rejected rows + %d unreadable files", len(res.rejects), s.Rejected, unreadable)
	}
}

func TestLoadNothingLoadable(t *testing.T) {
	storetest.MustOpen(t)
	allRejected := filepath.Join(t.TempDir(), "x_all_rejected.jsonl")
	if err := os.WriteFile(allRejected, []byte(
		`{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}`+"\n"+
			`{"data":[{"id":"12ab","text":"an id that is no tweet id","author_id":"1","created_at":"2024-03-14T20:01:05Z"}],"includes":{"users":[{"id":"1","username":"ann"}]}}`+"\n"),
		0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		args        []string
		wantRejects int
		wantReason  string // in the rejects file
	}{
		{"every row rejected", []string{allRejected}, 2, "an X API error response"},
		{"format not recognised", []string{"../testdata/archive/bad/tags_missing_columns.csv"}, 1, "file not read: "},
		{"a required column missing", []string{"--format", "roster", "../testdata/archive/bad/roster_missing_columns.csv"}, 1, "missing required columns for roster: accounts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := load(t, tt.args...)
			if res.code != 1 {
				t.Errorf("exit status %d, want 1", res.code)
			}
			if !strings.Contains(res.stderr, "nothing could be loaded") || !strings.Contains(res.stderr, res.rejectsFile) {
				t.Errorf("stderr does not say nothing could be loaded and where to look:\n%s", res.stderr)
			}
			if res.summary.Loaded != 0 {
				t.Errorf("loaded %d", res.summary.Loaded)
			}
			if len(res.rejects) != tt.wantRejects || !strings.Contains(res.rejects[0].Reason, tt.wantReason) {
				t.Errorf("rejects = %+v, want %d, the first saying %q", res.rejects, tt.wantRejects, tt.wantReason)
			}
		})
	}
}

func TestLoadCutShortGzip(t *testing.T) {
	storetest.MustOpen(t)
	// An X archive of 400 tweets, gzipped, whose second half never arrived:
	// about 26 KiB of JSON, less than format detection looks at, then an
	// unexpected EOF. The tweets before the cut are loaded, and the rejects
	// say where the file ended.
	var raw bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&raw, gzip.NoCompression) // so that the cut falls mid-stream
	for i := range 400 {
		fmt.Fprintf(zw, `{"id":"%d","text":"tweet %d #WePh","author_id":"7","created_at":"2024-03-14T20:%02d:00Z","author":{"id":"7","username":"ann","name":"Ann"}}`+"\n",
			1800000000000000000+i, i, i%60)
	}
	zw.Close()
	path := filepath.Join(t.TempDir(), "x_cut.jsonl.gz")
	if err := os.WriteFile(path, raw.Bytes()[:raw.Len()/2], 0o644); err != nil {
		t.Fatal(err)
	}
	res := load(t, path)
	if res.code != 0 {
		t.Fatalf("exit status %d, want 0: what was read before the cut is loaded\n%s", res.code, res.stderr)
	}
	checkAccounts(t, res.summary)
	f := res.summary.Files[0]
	if f.Err == "" || f.Loaded < 100 || f.Loaded >= 400 {
		t.Errorf("file summary %+v, want an error and the tweets before the cut loaded", f)
	}
	if len(res.rejects) != 1 || !strings.HasPrefix(res.rejects[0].Reason, "file ended early: ") || res.rejects[0].Line <= int(f.Read) {
		t.Errorf("rejects = %+v, want one saying the file ended early, after line %d", res.rejects, f.Read)
	}
}

// TestKilledLoadResumes kills a load at several points (SIGKILL: no
// cleanup runs), loads again, and wants the graph of a clean load.
func TestKilledLoadResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("kills and resumes loads of a generated world: about a minute")
	}
	store := storetest.MustOpen(t)
	world := filepath.Join(t.TempDir(), "world")
	var out, errs bytes.Buffer
	// 300 members for a month: about 3,000 posts in 31 chats, some found
	// from hashtag bursts, in every format, with threads across files.
	if code := run(context.Background(), []string{"generate", "--members", "300", "--months", "1", "--seed", "1", "--out", world}, os.Getenv, &out, &errs); code != 0 {
		t.Fatalf("generate: exit status %d: %s", code, errs.String())
	}
	// Smaller batches than the default, so that a kill falls between many commits.
	loadArgs := []string{"--batch", "250", world}

	start := time.Now()
	clean := mustLoad(t, loadArgs...)
	cleanPrint := mustFingerprint(t, store)
	t.Logf("clean load: %d rows, %d posts, %d chats found from bursts, in %s", clean.summary.Read, cleanPrint.Nodes["Post"],
		clean.summary.ChatsDetected, time.Since(start).Round(time.Millisecond))
	checkAccounts(t, clean.summary)
	if cleanPrint.Stale != 0 || cleanPrint.Nodes["Post"] < 2000 || cleanPrint.Relationships["TALKED_WITH"] == 0 {
		t.Fatalf("clean load: %d stale, %d posts, %d ties", cleanPrint.Stale, cleanPrint.Nodes["Post"], cleanPrint.Relationships["TALKED_WITH"])
	}
	again := mustLoad(t, loadArgs...)
	if d := cleanPrint.Diff(mustFingerprint(t, store)); d != nil {
		t.Errorf("loading the world again changed the graph: %v", d)
	}
	for _, f := range again.summary.Files {
		if f.Format != archive.Catalogue && f.Format != archive.Roster && f.Loaded != 0 {
			t.Errorf("loading the world again loaded %d rows of %s", f.Loaded, f.File)
		}
	}

	posts := cleanPrint.Nodes["Post"]
	graphNow := storetest.OpenGraph(t)
	count := func(label string) int64 {
		n, err := graphNow.CountNodes(context.Background(), label)
		if err != nil {
			t.Logf("count %s: %v", label, err)
		}
		return n
	}
	points := []struct {
		name string
		// kill says when to kill, once per poll, until true; refreshing
		// tells whether the load has said it is refreshing.
		kill func(refreshing bool) bool
	}{
		{"before any post, while chats and the roster load", func(bool) bool { return count("Professional") > 0 }},
		{"after 300 posts", func(bool) bool { return count("Post") >= 300 }},
		{"half-way through the posts", func(bool) bool { return count("Post") >= posts/2 }},
		{"as the refresh starts", func(refreshing bool) bool { return refreshing }},
		{"during the refresh, some professionals done", func() func(bool) bool {
			stale := int64(-1)
			return func(refreshing bool) bool {
				if !refreshing {
					return false
				}
				n := count("Stale")
				if stale < 0 {
					stale = n
				}
				return n < stale
			}
		}()},
	}
	for _, p := range points {
		t.Run(p.name, func(t *testing.T) {
			start := time.Now()
			storetest.MustReset(t, store)
			killed := killLoad(t, p.kill, loadArgs)
			partial := mustFingerprint(t, store)
			t.Logf("killed after %s with %d posts and %d stale marks in the graph", killed.Round(time.Millisecond), partial.Nodes["Post"], partial.Stale)
			if partial.Diff(cleanPrint) == nil {
				t.Errorf("the graph at the kill is already the clean one: the kill came too late to test anything")
			}
			resumed := mustLoad(t, loadArgs...)
			checkAccounts(t, resumed.summary)
			if resumed.summary.Read != clean.summary.Read || resumed.summary.Loaded+resumed.summary.Duplicates != clean.summary.Loaded+clean.summary.Duplicates {
				t.Errorf("resumed load read %d, loaded+duplicates %d; clean %d, %d", resumed.summary.Read,
					resumed.summary.Loaded+resumed.summary.Duplicates, clean.summary.Read, clean.summary.Loaded+clean.summary.Duplicates)
			}
			if d := cleanPrint.Diff(mustFingerprint(t, store)); d != nil {
				t.Errorf("killed and resumed, the graph differs from a clean load's:\n  %s", strings.Join(d, "\n  "))
			}
			t.Logf("%s", time.Since(start).Round(time.Millisecond))
		})
	}
}

// killLoad starts `loader load args` as a child process, polls kill every
// 20ms and SIGKILLs the child as soon as it says yes. It fails the test if
// the load ended by itself first, and returns how long it ran.
func killLoad(t *testing.T, kill func(refreshing bool) bool, args []string) time.Duration {
	t.Helper()
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], append([]string{"load", "--progress", "none", "--rejects", filepath.Join(dir, "rejects.jsonl")}, args...)...)
	cmd.Env = append(os.Environ(), runAsLoader+"=1")
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var stderr strings.Builder
	refreshing := make(chan struct{})
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	scanned := make(chan struct{})
	go func() {
		defer close(scanned)
		sc := bufio.NewScanner(pipe)
		seen := false
		for sc.Scan() {
			mu.Lock()
			fmt.Fprintln(&stderr, sc.Text())
			mu.Unlock()
			if !seen && strings.Contains(sc.Text(), "refreshing derived relationships") {
				seen = true
				close(refreshing)
			}
		}
	}()
	exited := make(chan error, 1)
	go func() {
		<-scanned // Wait must not close the pipe before it is read
		exited <- cmd.Wait()
	}()
	deadline := time.After(2 * time.Minute)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-exited:
			mu.Lock()
			defer mu.Unlock()
			t.Fatalf("the load ended by itself (%v) before the kill point\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
		case <-deadline:
			cmd.Process.Kill()
			t.Fatal("the kill point never came")
		case <-tick.C:
		}
		r := false
		select {
		case <-refreshing:
			r = true
		default:
		}
		if kill(r) {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	err = <-exited
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("the load ended with %v, not by SIGKILL", err)
	}
	return took
}
