package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/loader/archive"
	"github.com/peergraph/peergraph/loader/ingest"
)

// baselineStatement is the yardstick: what a hand-written online load of
// the same posts does in one statement per batch — the author, the post
// with its text and time, and the post's replies, quotes, reposts and
// mentions, targets MERGEd by key so that order does not matter. No
// profiles, professionals, chats or derived relationships: everything the
// loader does beyond this is its overhead. It lives here, not in
// neo4jstore, because it is a measuring stick and not part of the service.
const baselineStatement = `
UNWIND $rows AS row
MERGE (a:Account {key: row.author})
MERGE (p:Post {id: row.id})
SET p.platform = row.platform, p.text = row.text, p.createdAt = row.createdAt
MERGE (a)-[:POSTED]->(p)
FOREACH (id IN row.replyTo | MERGE (t:Post {id: id}) MERGE (p)-[:REPLY_TO]->(t))
FOREACH (id IN row.quotes | MERGE (t:Post {id: id}) MERGE (p)-[:QUOTES]->(t))
FOREACH (id IN row.reposts | MERGE (t:Post {id: id}) MERGE (p)-[:REPOSTS]->(t))
FOREACH (key IN row.mentions | MERGE (m:Account {key: key}) MERGE (p)-[:MENTIONS]->(m))`

// bpost is a parsed post, as much as the baseline writes.
type bpost struct {
	id, author, platform, text string
	createdAt                  time.Time
	replyTo, quotes, reposts   string
	mentions                   []string
}

// parseWorld reads every post file of dir with the loader's own parsers,
// into memory, in the loader's file order; each file's batches are kept
// apart, as the loader's are.
func parseWorld(dir string, batch int) ([][]bpost, error) {
	files, err := ingest.Expand([]string{dir})
	if err != nil {
		return nil, err
	}
	var batches [][]bpost
	for _, path := range files {
		in, err := archive.Open(path, "")
		if err != nil {
			return nil, err
		}
		if in.Format == archive.Catalogue || in.Format == archive.Roster {
			in.Close()
			continue
		}
		r, err := in.Reader(archive.Options{})
		if err != nil {
			in.Close()
			return nil, err
		}
		cur := make([]bpost, 0, batch)
		for {
			item, err := r.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				in.Close()
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			p := item.Post
			if p == nil || item.Duplicate {
				continue
			}
			cur = append(cur, bpost{id: p.ID, author: p.Author.Key, platform: p.Platform, text: p.Text,
				createdAt: p.CreatedAt.UTC(), replyTo: p.ReplyTo, quotes: p.Quotes, reposts: p.Reposts, mentions: p.Mentions})
			if len(cur) == batch {
				batches = append(batches, cur)
				cur = make([]bpost, 0, batch)
			}
		}
		in.Close()
		if len(cur) > 0 {
			batches = append(batches, cur)
		}
	}
	return batches, nil
}

func opt(s string) []string {
	if s == "" {
		return []string{}
	}
	return []string{s}
}

func baselineRows(batch []bpost) []map[string]any {
	rows := make([]map[string]any, len(batch))
	for i, p := range batch {
		mentions := p.mentions
		if mentions == nil {
			mentions = []string{}
		}
		rows[i] = map[string]any{
			"id": p.id, "author": p.author, "platform": p.platform, "text": p.text, "createdAt": p.createdAt,
			"replyTo": opt(p.replyTo), "quotes": opt(p.quotes), "reposts": opt(p.reposts), "mentions": mentions,
		}
	}
	return rows
}

// runBaseline parses dir (not timed), then writes its posts with the
// baseline statement, one managed transaction per batch (timed).
func runBaseline(ctx context.Context, db neo4j.DriverWithContext, dir string, batch int, neo *procCPU) (*phaseResult, error) {
	parseStart := time.Now()
	batches, err := parseWorld(dir, batch)
	if err != nil {
		return nil, err
	}
	parsed := time.Since(parseStart)
	logf("baseline: parsed %d batches in %.1fs", len(batches), parsed.Seconds())

	sess := session(ctx, db)
	defer sess.Close(context.WithoutCancel(ctx))
	cpuStart := selfCPU()
	neoStart := neo.cpu()
	load0 := loadAvg()
	start := time.Now()
	for i, b := range batches {
		rows := baselineRows(b)
		_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
			res, err := tx.Run(ctx, baselineStatement, map[string]any{"rows": rows})
			if err != nil {
				return struct{}{}, err
			}
			_, err = res.Consume(ctx)
			return struct{}{}, err
		})
		if err != nil {
			return nil, fmt.Errorf("baseline batch %d: %w", i, err)
		}
		batches[i] = nil // let the collector have it
	}
	took := time.Since(start)
	r := &phaseResult{Seconds: took.Seconds(), CPUSeconds: selfCPU() - cpuStart, Neo4jCPU: neo.cpu() - neoStart,
		ParseSeconds: parsed.Seconds(), LoadAvg: [2]string{load0, loadAvg()}}
	if r.Graph, err = countGraph(ctx, db); err != nil {
		return nil, err
	}
	r.Posts = r.Graph.Posts
	r.PostsPerSecond = float64(r.Posts) / r.Seconds
	return r, nil
}

func selfCPU() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return tv(ru.Utime) + tv(ru.Stime)
}

func driverVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "github.com/neo4j/neo4j-go-driver/v5" {
				return d.Version
			}
		}
	}
	return ""
}

func neo4jVersion(ctx context.Context, db neo4j.DriverWithContext) string {
	res, err := neo4j.ExecuteQuery(ctx, db, "CALL dbms.components() YIELD name, versions, edition RETURN name + ' ' + versions[0] + ' ' + edition",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("system"))
	if err != nil || len(res.Records) == 0 {
		return "unknown"
	}
	s, _ := res.Records[0].Values[0].(string)
	return s
}
