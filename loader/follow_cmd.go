package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/peergraph/peergraph/loader/collect"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/profession"
)

// followConfig is what `loader collect --follow` was told.
type followConfig struct {
	dir, catalogue, rejects string
	every                   time.Duration
	table                   *profession.Table
	log                     *slog.Logger
	stdout                  io.Writer
}

// followChats follows the sources live and loads every batch of new
// answers as it comes: the catalogue first (so its chats exist, and what
// an earlier run kept but did not load), then each batch through the same
// ingest path as any load, with its refresh of the derived relationships,
// so that a server's read model takes the posts in at its next check.
func followChats(ctx context.Context, store *neo4jstore.Store, sources []collect.Source, cfg followConfig) error {
	var follow []collect.Follower
	for _, s := range sources {
		f, ok := s.(collect.Follower)
		if !ok {
			cfg.log.Warn("this source cannot be followed live; collect it afterwards", "query", s.Key())
			continue
		}
		follow = append(follow, f)
	}
	if len(follow) == 0 {
		return &usageError{"collect --follow: nothing to follow (every catalogued chat is over, or no Mastodon or Bluesky source was named)"}
	}
	pending, err := unloaded(cfg.dir)
	if err != nil {
		return err
	}
	if cfg.catalogue != "" || len(pending) > 0 {
		if _, err := loadCollected(ctx, store, cfg.dir, pending, cfg.catalogue, cfg.rejects, true, cfg.table, cfg.log); err != nil {
			return err
		}
	}
	if err := store.WarmUpLoads(ctx); err != nil {
		cfg.log.Warn("the load's statements could not be planned ahead; the first post waits for them", "err", err)
	}
	for _, f := range follow {
		cfg.log.Info("following", "query", f.Key())
	}
	err = collect.Follow(ctx, store, follow, collect.FollowOptions{
		Options: collect.Options{Dir: cfg.dir, Log: cfg.log},
		Every:   cfg.every,
		Answers: func(ctx context.Context, files []string) error {
			start := time.Now()
			ctx, done := finishOnStop(ctx, stopGrace)
			defer done()
			sum, err := loadCollected(ctx, store, cfg.dir, files, "", cfg.rejects, true, cfg.table, cfg.log)
			if err != nil {
				return fmt.Errorf("load what was followed: %w", err)
			}
			fmt.Fprintf(cfg.stdout, "follow: %d posts loaded (%d new, %d rejected) in %s\n", sum.Read, sum.Loaded, sum.Rejected, time.Since(start).Round(time.Millisecond))
			return nil
		},
	})
	if ctx.Err() != nil {
		return nil // stopped (Ctrl+C): everything kept was loaded
	}
	return err
}

// stopGrace is how long a batch under way may go on after the follow is
// stopped.
const stopGrace = 30 * time.Second

// finishOnStop is a context for a batch's load that a stop (ctx's end)
// does not cut short, unless the batch runs grace past it: a load stopped
// halfway would leave its professionals' derived ties unrefreshed until
// the next load, and a stopped follow should leave the graph as a load
// does.
func finishOnStop(ctx context.Context, grace time.Duration) (context.Context, context.CancelFunc) {
	loadCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	stop := context.AfterFunc(ctx, func() { time.AfterFunc(grace, cancel) })
	return loadCtx, func() {
		stop()
		cancel()
	}
}
