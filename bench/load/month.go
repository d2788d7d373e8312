package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/loader/generate"
)

// A month into the graph (issue 22): the nightly or monthly top-up of a
// graph that already holds a community's history. The world is generated
// in two parts, its last month apart (generate.Config.Later); the months
// before it are loaded with the loader, the store is copied, and the last
// month is brought in twice from that same graph: by the loader, and by
// the same-work baseline (samework.go, into: answers put into chats and
// derived ties rewritten for what the month touched). Each starts on a
// Neo4j just restarted on the store, so neither has a warmer cache.

// monthResult is the month's figures.
type monthResult struct {
	Before   worldInfo    `json:"before"` // the months before, loaded first
	Month    worldInfo    `json:"month"`  // the last month's files
	From     string       `json:"from"`   // its first day
	Base     *phaseResult `json:"base"`   // loading the months before (the loader, for the record)
	Loader   *phaseResult `json:"loader"` // the month, by the loader
	SameWork *phaseResult `json:"sameWork"`
	Ratio    float64      `json:"ratioToSameWork"` // loader posts/s over the same-work baseline's
}

// ensureParts generates the world in two parts once: the months before its
// last, and its last month.
func ensureParts(ctx context.Context, data string, members, months int, seed int64) (before, month worldInfo, from time.Time, err error) {
	dir, err := filepath.Abs(filepath.Join(data, fmt.Sprintf("world-%dx%d-s%d-parts", members, months, seed)))
	if err != nil {
		return before, month, from, err
	}
	// The last month: from the day after the same date a month before the
	// world's last day (2026-10-02 to 2026-11-01).
	from = generate.DefaultEnd.AddDate(0, -1, 1)
	first, last := filepath.Join(dir, "before"), filepath.Join(dir, "month")
	cfg := generate.Config{Members: members, Months: months, Seed: seed, Out: first, Later: last, LaterFrom: from}
	if _, err := generateOnce(ctx, dir, cfg, fmt.Sprintf("%d members × %d months (seed %d) in two parts, the last from %s",
		members, months, seed, from.Format("2006-01-02"))); err != nil {
		return before, month, from, err
	}
	before = worldInfo{Members: members, Months: months, Seed: seed, Dir: first}
	month = worldInfo{Members: members, Months: months, Seed: seed, Dir: last}
	if err := before.countFiles(); err != nil {
		return before, month, from, err
	}
	return before, month, from, month.countFiles()
}

// runMonth measures the month (needs --db-dir: the store is copied).
func runMonth(ctx context.Context, loader, work string, o options, db neo4j.DriverWithContext, res *result) error {
	before, month, from, err := ensureParts(ctx, o.data, o.members, o.months, o.seed)
	if err != nil {
		return err
	}
	m := &monthResult{Before: before, Month: month, From: from.Format("2006-01-02")}
	if err := reset(ctx, loader, work, o.dbDir); err != nil {
		return err
	}
	logf("month: loading the months before it (%s)", before.Dir)
	if m.Base, err = runLoader(ctx, loader, work, before.Dir, o, db, nil, onlineRun); err != nil {
		return err
	}
	m.Before.Posts = int(m.Base.Posts)
	logf("month: the months before, %d posts in %.1fs", m.Base.Posts, m.Base.Seconds)

	data := filepath.Join(o.dbDir, "data")
	kept := filepath.Join(o.dbDir, "data.before-month")
	if err := dbsh(ctx, o.dbDir, "stop"); err != nil {
		return err
	}
	os.RemoveAll(kept)
	if out, err := exec.CommandContext(ctx, "cp", "-a", data, kept).CombinedOutput(); err != nil {
		return fmt.Errorf("copying the store: %v\n%s", err, out)
	}
	if err := dbsh(ctx, o.dbDir, "start"); err != nil {
		return err
	}
	settleDisk()
	postsBefore := m.Base.Graph.Posts

	logf("month: the loader on %s", month.Dir)
	if m.Loader, err = runLoader(ctx, loader, work, month.Dir, o, db, neo4jProcess(o.pidFile()), onlineRun); err != nil {
		return err
	}
	m.Loader.Posts = m.Loader.Graph.Posts - postsBefore
	m.Loader.PostsPerSecond = float64(m.Loader.Posts) / m.Loader.Seconds
	m.Month.Posts = int(m.Loader.Posts)
	logf("month: the loader, %d posts in %.1fs (%.0f posts/s; write %.1fs, refresh %.1fs)",
		m.Loader.Posts, m.Loader.Seconds, m.Loader.PostsPerSecond, m.Loader.WriteSeconds, m.Loader.RefreshSeconds)

	// Back to the graph of the months before, for the baseline.
	if err := dbsh(ctx, o.dbDir, "stop"); err != nil {
		return err
	}
	if err := os.RemoveAll(data); err != nil {
		return err
	}
	if err := os.Rename(kept, data); err != nil {
		return err
	}
	if err := dbsh(ctx, o.dbDir, "start"); err != nil {
		return err
	}
	// A driver of its own: the store is back at an older transaction than
	// the bookmarks db holds from counting the loader's graph, and a read
	// with those would wait for a version this store never reaches.
	restored, err := openDB(ctx)
	if err != nil {
		return err
	}
	defer restored.Close(context.WithoutCancel(ctx))
	settleDisk()
	logf("month: the same-work baseline on %s", month.Dir)
	if m.SameWork, err = runSameWork(ctx, restored, month.Dir, o.batch, replyGrace, neo4jProcess(o.pidFile()), true); err != nil {
		return err
	}
	logf("month: the same-work baseline, %d posts in %.1fs (%.0f posts/s; write %.1fs, derived ties %.1fs)",
		m.SameWork.Posts, m.SameWork.Seconds, m.SameWork.PostsPerSecond, m.SameWork.WriteSeconds, m.SameWork.RefreshSeconds)
	if m.SameWork.PostsPerSecond > 0 {
		m.Ratio = m.Loader.PostsPerSecond / m.SameWork.PostsPerSecond
	}
	res.Month = m
	return nil
}
