package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/loader/generate"
	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// A bulk first load gives the graph an online load of the same files
// gives: the same fingerprint (every node, relationship and property), the
// same summary, rejects, report and exit status. The files are a generated
// world (X pages, TAGS sheets, Mastodon and Bluesky answers, roster,
// catalogue) and the real archives of testdata/real (Bluesky records keyed
// by DID, Mastodon aliases, X exports), so both the importer's share and
// the share written after it are exercised. The online load goes into the
// test database; the bulk load into a Neo4j the test starts itself, in a
// folder of its own, through the launcher (one import: it costs tens of
// seconds and a GiB of heap whatever the input).
func TestBulkLoadGivesTheOnlineGraph(t *testing.T) {
	storetest.MustOpen(t)
	world := t.TempDir()
	ctx := context.Background()
	if _, err := generate.Generate(ctx, generate.Config{Members: 150, Months: 2, Seed: 11, Out: world}); err != nil {
		t.Fatal(err)
	}
	inputs := []string{world, filepath.Join(realData, "x"), filepath.Join(realData, "mastodon"), filepath.Join(realData, "bsky")}

	online := loadWith(t, os.Getenv, append([]string{"--bulk=false"}, inputs...)...)
	if strings.Contains(online.stderr, "bulk importer") {
		t.Fatalf("the online load went through the importer:\n%s", online.stderr)
	}
	onlinePrint := storetest.OpenGraph(t).Fingerprint(t)

	own := storetest.MustStartNeo4j(t, filepath.Join(t.TempDir(), "neo4j"))
	getenv := func(k string) string {
		switch k {
		case "NEO4J_URI":
			return own.URI
		case "PEERGRAPH_DB_DIR":
			return own.Dir
		case "PEERGRAPH_DB_PORT":
			return own.Port
		case "PEERGRAPH_LAUNCHER":
			return own.Launcher
		case "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE":
			return ""
		}
		return os.Getenv(k)
	}
	bulk := loadWith(t, getenv, append([]string{"--bulk"}, inputs...)...)
	if !strings.Contains(bulk.stderr, "writing through Neo4j's bulk importer") {
		t.Fatalf("the bulk load did not go through the importer:\n%s", bulk.stderr)
	}
	// Both of the importer's shortcuts were taken: links between imported
	// posts, and accounts' rows folded into one an account.
	for _, stat := range []string{"links", "foldedAccountRows"} {
		m := regexp.MustCompile(` ` + stat + `=(\d+)`).FindStringSubmatch(bulk.stderr)
		if m == nil || m[1] == "0" {
			t.Errorf("the bulk load's %s = %v, want some:\n%s", stat, m, bulk.stderr)
		}
	}
	if bulk.summary.Path != "bulk" || bulk.summary.Steps["import"] == 0 {
		t.Errorf("summary path %q, steps %v: want the importer's", bulk.summary.Path, bulk.summary.Steps)
	}
	if bulk.summary.Database["bulk.link"].Calls == 0 || online.summary.Database["load.posts"].Calls == 0 {
		t.Errorf("database time: bulk %v, online %v: want the links after the import and the online batches counted",
			bulk.summary.Database, online.summary.Database)
	}
	bulkPrint := storetest.OpenGraphAt(t, neo4jstore.Config{URI: own.URI}).Fingerprint(t)

	if d := onlinePrint.Diff(bulkPrint); d != nil {
		t.Errorf("the bulk load's graph differs from the online load's:\n%s", strings.Join(d, "\n"))
	}
	if onlinePrint.Nodes["Post"] < 1000 || onlinePrint.Relationships["TALKED_WITH"] == 0 || onlinePrint.Stale != 0 {
		t.Errorf("the world loaded %d posts, %d ties, %d stale: too small a test", onlinePrint.Nodes["Post"],
			onlinePrint.Relationships["TALKED_WITH"], onlinePrint.Stale)
	}
	if online.code != bulk.code {
		t.Errorf("exit status %d online, %d bulk", online.code, bulk.code)
	}
	if a, b := summaryLines(online.stdout), summaryLines(bulk.stdout); a != b {
		t.Errorf("summaries differ:\nonline:\n%s\nbulk:\n%s", a, b)
	}
	for _, name := range []string{"rejects.jsonl", "rejects.report.jsonl"} {
		a, b := readFile(t, filepath.Join(online.dir, name)), readFile(t, filepath.Join(bulk.dir, name))
		if a != b {
			t.Errorf("%s differs:\nonline:\n%.2000s\nbulk:\n%.2000s", name, a, b)
		}
	}
	if online.summary.Refreshed != bulk.summary.Refreshed || online.summary.WaitingReplies != bulk.summary.WaitingReplies {
		t.Errorf("refreshed %+v and waiting %d online; %+v and %d bulk", online.summary.Refreshed, online.summary.WaitingReplies,
			bulk.summary.Refreshed, bulk.summary.WaitingReplies)
	}

	// Into a database that is no longer empty, the same command goes
	// online, and says why.
	again := loadWith(t, getenv, append([]string{"--bulk"}, world)...)
	if !strings.Contains(again.stderr, "the database is not empty") || strings.Contains(again.stderr, "writing through Neo4j's bulk importer") {
		t.Errorf("a second load did not go online for the reason that the database holds data:\n%s", again.stderr)
	}
}

type bulkTestLoad struct {
	code           int
	dir            string
	stdout, stderr string
	summary        ingest.Summary
}

// loadWith runs `loader load` in process with its own environment, its
// rejects, report and JSON summary in a fresh folder.
func loadWith(t *testing.T, getenv func(string) string, args ...string) bulkTestLoad {
	t.Helper()
	res := bulkTestLoad{dir: t.TempDir()}
	all := append([]string{"load", "--progress", "none", "--rejects", filepath.Join(res.dir, "rejects.jsonl"),
		"--summary", filepath.Join(res.dir, "summary.json")}, args...)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	var stdout, stderr bytes.Buffer
	res.code = run(ctx, all, getenv, &stdout, &stderr)
	res.stdout, res.stderr = stdout.String(), stderr.String()
	if b, err := os.ReadFile(filepath.Join(res.dir, "summary.json")); err == nil {
		if err := json.Unmarshal(b, &res.summary); err != nil {
			t.Fatalf("summary: %v", err)
		}
	}
	return res
}

// summaryLines is the printed summary without its times (the database's
// are by operation, which differ by path) and the files' folder.
func summaryLines(s string) string {
	s = regexp.MustCompile(`took [0-9a-zµ.]+`).ReplaceAllString(s, "took …")
	s = regexp.MustCompile(`(?m)^time in the database:.*\n`).ReplaceAllString(s, "")
	return regexp.MustCompile(`/tmp/[^ ]*/`).ReplaceAllString(s, "…/")
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return string(b)
}
