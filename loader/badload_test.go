package main

// Loads of bad input on purpose, against a real Neo4j: conflicting roster
// rows, repeated and overlapping catalogue rows, repeated posts, a first
// record over 64 KiB; the report of duplicates; --dry-run and
// --max-rejected.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/peergraph/peergraph/loader/archive"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// conflicts is a hand-made set of conflicting and repeated rows; its
// README says what each file holds and what the load must say of it.
const conflicts = "../testdata/load_conflicts"

// A load gives the same graph, and the same summary, whatever its batch
// size: the rows a batch holds never decide what the graph says.
func TestLoadSameGraphWhateverTheBatch(t *testing.T) {
	store := storetest.MustOpen(t)
	var base loadResult
	var baseGraph storetest.Fingerprint
	for i, batch := range []string{"1000", "1", "2", "3"} {
		storetest.MustReset(t, store)
		res := mustLoad(t, "--batch", batch, conflicts)
		checkAccounts(t, res.summary)
		f := mustFingerprint(t, store)
		if i == 0 {
			base, baseGraph = res, f
			continue
		}
		if d := baseGraph.Diff(f); d != nil {
			t.Errorf("--batch %s gives another graph than --batch 1000:\n  %s", batch, strings.Join(d, "\n  "))
		}
		if len(res.summary.Files) != len(base.summary.Files) {
			t.Fatalf("--batch %s: %d files, --batch 1000: %d", batch, len(res.summary.Files), len(base.summary.Files))
		}
		for j, fs := range res.summary.Files {
			if fs != base.summary.Files[j] {
				t.Errorf("--batch %s: %+v, with --batch 1000 %+v", batch, fs, base.summary.Files[j])
			}
		}
		if !slices.Equal(res.rejects, base.rejects) {
			t.Errorf("--batch %s rejects %+v, with --batch 1000 %+v", batch, res.rejects, base.rejects)
		}
	}
}

// The same on a generated world, in every format, with members of two
// accounts, threads across files and chats found from bursts.
func TestGeneratedWorldSameWhateverTheBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a generated world twice: about a minute")
	}
	store := storetest.MustOpen(t)
	world := filepath.Join(t.TempDir(), "world")
	var out, errs bytes.Buffer
	if code := run(context.Background(), []string{"generate", "--members", "300", "--months", "1", "--seed", "3", "--out", world}, os.Getenv, &out, &errs); code != 0 {
		t.Fatalf("generate: exit status %d: %s", code, errs.String())
	}
	var first storetest.Fingerprint
	for i, batch := range []string{"1000", "97"} {
		storetest.MustReset(t, store)
		res := mustLoad(t, "--batch", batch, world)
		checkAccounts(t, res.summary)
		f := mustFingerprint(t, store)
		if i == 0 {
			first = f
			continue
		}
		if d := first.Diff(f); d != nil {
			t.Errorf("--batch %s gives another graph than --batch 1000:\n  %s", batch, strings.Join(d, "\n  "))
		}
	}
}

// reportLine is one line of the report beside the rejects file.
type reportLine struct {
	Kind    string `json:"kind"`
	File    string `json:"file"`
	Line    int    `json:"line"`
	ID      string `json:"id"`
	Reason  string `json:"reason"`
	Earlier *struct {
		File string `json:"file"`
		Line int    `json:"line"`
		ID   string `json:"id"`
	} `json:"earlier"`
}

// readReport reads the report strictly: every line one JSON object with
// the documented fields only.
func readReport(t *testing.T, path string) []reportLine {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("report: %v", err)
	}
	var out []reportLine
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		var l reportLine
		if err := dec.Decode(&l); err != nil {
			t.Fatalf("report line %d: %v: %s", n, err, sc.Text())
		}
		if l.Kind == "" || l.File == "" || l.Line < 1 || l.ID == "" || l.Reason == "" {
			t.Errorf("report line %d lacks a field: %s", n, sc.Text())
		}
		out = append(out, l)
	}
	return out
}

// reportFile is where the loader puts the report beside a rejects file.
func reportFile(rejects string) string {
	return strings.TrimSuffix(rejects, ".jsonl") + ".report.jsonl"
}

// where is "file:line" with the file's base name.
func where(file string, line int) string { return fmt.Sprintf("%s:%d", filepath.Base(file), line) }

func TestLoadConflictingRows(t *testing.T) {
	store := storetest.MustOpen(t)
	res := mustLoad(t, conflicts)
	s := res.summary
	checkAccounts(t, s)
	want := []struct {
		file                                         string
		format                                       archive.Format
		read, loaded, rejected, duplicates, overlaps int64
	}{
		// Line 3 repeats line 2, line 4 overlaps it, line 5 describes its
		// chat otherwise.
		{"catalogue.csv", archive.Catalogue, 5, 3, 1, 1, 1},
		// Lines 3 and 4 name accounts line 2 named; line 5 repeats line 2.
		{"roster.csv", archive.Roster, 5, 2, 2, 1, 0},
		// Line 5 repeats line 3.
		{"posts_a.jsonl", archive.Neutral, 6, 5, 0, 1, 0},
		// A first line of 74 KiB is told by its keys; line 2 repeats
		// posts_a.jsonl line 1.
		{"posts_b_long_bio.jsonl", archive.Neutral, 2, 1, 0, 1, 0},
	}
	if len(s.Files) != len(want) {
		t.Fatalf("summary has %d files, want %d: %+v", len(s.Files), len(want), s.Files)
	}
	for i, w := range want {
		f := s.Files[i]
		if filepath.Base(f.File) != w.file || f.Format != w.format || f.Read != w.read || f.Loaded != w.loaded ||
			f.Rejected != w.rejected || f.Duplicates != w.duplicates || f.Overlaps != w.overlaps || f.Err != "" {
			t.Errorf("file %d = %+v, want %+v", i, f, w)
		}
	}

	// Every conflicting row is a reject naming the row that won.
	wantRejects := []struct {
		at   string
		says []string
	}{
		{"catalogue.csv:5", []string{"is already in", "catalogue.csv line 2", `topic "Isolation in community pharmacy" there, "Another topic" here`, "the first row for a chat wins"}},
		{"roster.csv:3", []string{"x:ann_pharm already named by", "roster.csv line 2", `name "Ann Shah" there, "Ann S." here`,
			"professions pharmacist there, nurse here", "opted_out false there, true here", "the first row naming an account wins",
			"this row's opt-out is kept all the same: the professional of line 2 is opted out"}},
		{"roster.csv:4", []string{"mastodon:ann@pharm.social already named by", "roster.csv line 2", `name "Ann Shah" there, "Bob Lee" here`}},
	}
	if len(res.rejects) != len(wantRejects) {
		t.Fatalf("rejects = %+v, want %d", res.rejects, len(wantRejects))
	}
	for i, w := range wantRejects {
		r := res.rejects[i]
		if where(r.File, r.Line) != w.at || r.Raw == "" {
			t.Errorf("reject %d at %s (raw %q), want %s", i, where(r.File, r.Line), r.Raw, w.at)
		}
		for _, say := range w.says {
			if !strings.Contains(r.Reason, say) {
				t.Errorf("reject at %s says %q, not %q", w.at, r.Reason, say)
			}
		}
	}
	if strings.Contains(res.rejects[2].Reason, "opt-out") {
		t.Errorf("a row that does not opt out says something of an opt-out: %q", res.rejects[2].Reason)
	}

	// Duplicates and the overlap are listed, each naming the earlier row.
	report := readReport(t, reportFile(res.rejectsFile))
	wantReport := []struct{ kind, at, id, earlier string }{
		{"duplicate", "catalogue.csv:3", "weph-20240328T2000Z", "catalogue.csv:2"},
		{"overlap", "catalogue.csv:4", "weph-20240328T2030Z", "catalogue.csv:2"},
		{"duplicate", "roster.csv:5", "mastodon:ann@pharm.social", "roster.csv:2"},
		{"duplicate", "posts_a.jsonl:5", "x:1773100000000000101", "posts_a.jsonl:3"},
		{"duplicate", "posts_b_long_bio.jsonl:2", "x:1773100000000000100", "posts_a.jsonl:1"},
	}
	if len(report) != len(wantReport) {
		t.Fatalf("report = %+v, want %d lines", report, len(wantReport))
	}
	for i, w := range wantReport {
		l := report[i]
		earlier := ""
		if l.Earlier != nil {
			earlier = where(l.Earlier.File, l.Earlier.Line)
		}
		if l.Kind != w.kind || where(l.File, l.Line) != w.at || l.ID != w.id || earlier != w.earlier {
			t.Errorf("report line %d = %s %s %s earlier %s (%s); want %s %s %s earlier %s",
				i, l.Kind, where(l.File, l.Line), l.ID, earlier, l.Reason, w.kind, w.at, w.id, w.earlier)
		}
	}
	if !strings.Contains(report[1].Reason, "2024-03-28 20:30–21:30 UTC overlaps") || !strings.Contains(report[1].Reason, "of the same hashtag and community") {
		t.Errorf("overlap reason %q", report[1].Reason)
	}
	if !strings.Contains(res.stdout, "duplicates, overlapping chats and opt-outs settled otherwise are listed in "+reportFile(res.rejectsFile)) ||
		!strings.Contains(res.stdout, "1 catalogue chats overlap") {
		t.Errorf("stdout does not point at the report:\n%s", res.stdout)
	}

	// The graph: the first row won Ann and both her accounts, with her
	// profession only, and her opt-out from the rejected row stands.
	ann, err := storetest.ResolveHandle(t, store, "mastodon:ann@pharm.social")
	if err != nil || ann == nil {
		t.Fatalf("ResolveHandle(mastodon:ann@pharm.social) = %v, %v", ann, err)
	}
	if ann.ID != "x:ann_pharm" || ann.Name != "Ann Shah" || !ann.OptedOut {
		t.Errorf("ann = %+v, want x:ann_pharm, Ann Shah, opted out", ann)
	}
	claims := storetest.ProfessionsAndCommunities(t, store, "x:ann_pharm", "x:bob_nhs")
	if claims["x:ann_pharm"] == nil {
		t.Fatal("no professions or communities for x:ann_pharm")
	}
	var annClaims []string
	for _, c := range claims["x:ann_pharm"].Professions {
		if c.Source == "ROSTER" {
			annClaims = append(annClaims, c.Profession)
		}
	}
	if !slices.Equal(annClaims, []string{"pharmacist"}) {
		t.Errorf("ann's roster professions = %v, want the first row's only", annClaims)
	}
	for _, c := range claims["x:bob_nhs"].ProfessionsOrNone() {
		if c.Source == "ROSTER" {
			t.Errorf("bob has a roster profession %s from a rejected row", c.Profession)
		}
	}
	f := mustFingerprint(t, store)
	if f.Nodes["Chat"] != 3 || f.Nodes["Post"] != 6 || f.Stale != 0 {
		t.Errorf("%d chats, %d posts, %d stale; want 3 chats (one per distinct catalogue chat), 6 posts, none stale",
			f.Nodes["Chat"], f.Nodes["Post"], f.Stale)
	}

	// A later roster saying Ann is not opted out does not opt her back in,
	// and the report says so at its row.
	later := filepath.Join(t.TempDir(), "roster_later.csv")
	if err := os.WriteFile(later, []byte("accounts,name,professions,communities,opted_out\n"+
		"x:carla_rn,Carla Jones,Nurse,WePharmacists,false\n"+
		"\"x:ann_pharm;mastodon:ann@pharm.social\",Ann Shah,Pharmacist,WePharmacists,false\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res = mustLoad(t, later)
	if res.summary.OptOutsSettled != 1 || res.summary.Loaded != 2 {
		t.Errorf("later roster: %d opt-outs settled otherwise, %d loaded; want 1, 2", res.summary.OptOutsSettled, res.summary.Loaded)
	}
	report = readReport(t, reportFile(res.rejectsFile))
	if len(report) != 1 || report[0].Kind != "opt-out" || where(report[0].File, report[0].Line) != "roster_later.csv:3" ||
		report[0].ID != "x:ann_pharm" || !strings.Contains(report[0].Reason, "a roster never opts anyone back in") {
		t.Errorf("later roster's report = %+v, want line 3 kept opted out", report)
	}
	if ann, err := storetest.ResolveHandle(t, store, "x:ann_pharm"); err != nil || ann == nil || !ann.OptedOut {
		t.Errorf("a later roster opted Ann back in: %+v, %v", ann, err)
	}
}

// The report lists the posts a load did not load because the graph had
// them, whether from an earlier file of the load or an earlier load.
func TestLoadReportsDuplicatesOfEarlierLoads(t *testing.T) {
	storetest.MustOpen(t)
	first := mustLoad(t, fixture)
	report := readReport(t, reportFile(first.rejectsFile))
	// T2 is in the TAGS sheet (line 2) and the X page: the page's copy is a
	// duplicate of the sheet's row.
	if len(report) != 1 || report[0].ID != "x:1773000000000000002" || filepath.Base(report[0].File) != "x_page.json" ||
		report[0].Earlier == nil || where(report[0].Earlier.File, report[0].Earlier.Line) != "tags_weph.csv:2" {
		t.Errorf("report of the first load = %+v, want T2 in x_page.json naming tags_weph.csv line 2", report)
	}
	second := mustLoad(t, fixture)
	report = readReport(t, reportFile(second.rejectsFile))
	if int64(len(report)) != second.summary.Duplicates || second.summary.Duplicates != 15 {
		t.Errorf("second load: %d report lines for %d duplicates, want 15", len(report), second.summary.Duplicates)
	}
	ids := map[string]int{}
	for _, l := range report {
		ids[l.ID]++
		if l.Kind != "duplicate" || !strings.Contains(l.Reason, "the graph had this post already") && l.Earlier == nil {
			t.Errorf("second load: %+v", l)
		}
	}
	// T2 again: in the sheet the graph had it, and in the page it repeats
	// the sheet's row.
	if ids["x:1773000000000000002"] != 2 || len(ids) != 14 {
		t.Errorf("second load lists %v, want 14 posts, T2 twice", ids)
	}
}

// A dry run reads and checks as a load does, with the same summary,
// rejects and report, writes nothing and needs no Neo4j.
func TestLoadDryRun(t *testing.T) {
	store := storetest.MustOpen(t)
	for _, dir := range []string{conflicts, fixture, "../testdata/archive/bad", realData} {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			storetest.MustReset(t, store)
			dry := load(t, "--dry-run", dir)
			real := load(t, dir)
			if dry.code != real.code {
				t.Errorf("dry run exit status %d, the load's %d", dry.code, real.code)
			}
			if !dry.summary.DryRun || real.summary.DryRun {
				t.Errorf("DryRun = %v in the dry run's summary, %v in the load's", dry.summary.DryRun, real.summary.DryRun)
			}
			checkAccounts(t, dry.summary)
			if len(dry.summary.Files) != len(real.summary.Files) {
				t.Fatalf("dry run: %d files, load: %d", len(dry.summary.Files), len(real.summary.Files))
			}
			for i, f := range dry.summary.Files {
				if f != real.summary.Files[i] {
					t.Errorf("dry run %+v, load %+v", f, real.summary.Files[i])
				}
			}
			if d, r := dry.summary, real.summary; d.Read != r.Read || d.Loaded != r.Loaded || d.Rejected != r.Rejected ||
				d.Duplicates != r.Duplicates || d.Skipped != r.Skipped || d.Overlaps != r.Overlaps ||
				d.ChatsDetected != r.ChatsDetected || d.WaitingReplies != r.WaitingReplies {
				t.Errorf("dry run totals %+v, the load's %+v", d, r)
			}
			if !slices.Equal(dry.rejects, real.rejects) {
				t.Errorf("dry run rejects differ from the load's:\n%+v\n%+v", dry.rejects, real.rejects)
			}
			dr, rr := readReport(t, reportFile(dry.rejectsFile)), readReport(t, reportFile(real.rejectsFile))
			if !reflect.DeepEqual(dr, rr) {
				t.Errorf("dry run report differs from the load's:\n%+v\n%+v", dr, rr)
			}
			if !strings.Contains(dry.stdout, "nothing was written") {
				t.Errorf("the dry run does not say nothing was written:\n%s", dry.stdout)
			}
		})
	}

	// Nothing written, with Neo4j there; and Neo4j is not needed at all.
	storetest.MustReset(t, store)
	mustLoad(t, "--dry-run", fixture)
	if f := mustFingerprint(t, store); len(f.Nodes) != 0 && f.Nodes["Post"]+f.Nodes["Account"]+f.Nodes["Chat"] != 0 {
		t.Errorf("a dry run wrote to the graph: %v", f.Nodes)
	}
	nowhere := func(k string) string {
		if k == "NEO4J_URI" {
			return "bolt://127.0.0.1:1"
		}
		return os.Getenv(k)
	}
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"load", "--dry-run", "--neo4j-wait", "1s", "--progress", "none",
		"--rejects", filepath.Join(dir, "rejects.jsonl"), fixture}, nowhere, &stdout, &stderr)
	if code != 0 || !strings.Contains(stdout.String(), "nothing was written") {
		t.Errorf("dry run without Neo4j: exit status %d\n%s\n%s", code, stdout.String(), stderr.String())
	}
}

// --max-rejected fails a load that rejects more than it allows, before
// anything is written; at or under the limit, the load goes on.
func TestLoadMaxRejected(t *testing.T) {
	store := storetest.MustOpen(t)
	dry := mustLoad(t, "--dry-run", "../testdata/archive/bad")
	rejected := dry.summary.Rejected + int64(dry.summary.Unreadable)
	read := dry.summary.Read + int64(dry.summary.Unreadable)
	if rejected < 10 || read == 0 {
		t.Fatalf("the bad corpus rejects %d of %d rows: too few to test a limit", rejected, read)
	}
	share := 100 * float64(rejected) / float64(read)
	tests := []struct {
		limit string
		fail  bool
	}{
		{fmt.Sprint(rejected - 1), true},
		{fmt.Sprint(rejected), false},
		{fmt.Sprintf("%.1f%%", share-1), true},
		{fmt.Sprintf("%.1f%%", share+1), false},
		{"0", true},
	}
	for _, tt := range tests {
		t.Run(tt.limit, func(t *testing.T) {
			storetest.MustReset(t, store)
			res := load(t, "--max-rejected", tt.limit, "../testdata/archive/bad")
			f := mustFingerprint(t, store)
			if !tt.fail {
				if res.code != 0 || f.Nodes["Post"] == 0 {
					t.Errorf("exit status %d, %d posts: want the load done\n%s", res.code, f.Nodes["Post"], res.stderr)
				}
				return
			}
			if res.code != 1 || !strings.Contains(res.stderr, "too many rows rejected") || !strings.Contains(res.stderr, "nothing was written") {
				t.Errorf("exit status %d, stderr:\n%s\nwant 1, too many rows rejected, nothing written", res.code, res.stderr)
			}
			if f.Nodes["Post"]+f.Nodes["Account"]+f.Nodes["Chat"]+f.Nodes["Professional"] != 0 {
				t.Errorf("a load over its limit wrote %v", f.Nodes)
			}
			if int64(len(res.rejects)) != rejected {
				t.Errorf("%d rejects listed, want all %d", len(res.rejects), rejected)
			}
		})
	}
	if res := load(t, "--max-rejected", "lots", fixture); res.code != 2 {
		t.Errorf("--max-rejected lots: exit status %d, want 2 (usage)", res.code)
	}
}
