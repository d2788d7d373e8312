package main

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"time"

	"github.com/peergraph/peergraph/profession"
)

func runReset(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
	fs := flag.NewFlagSet("reset", flag.ContinueOnError)
	fs.SetOutput(stderr)
	yes := fs.Bool("yes", false, "really delete everything in the database")
	if err := fs.Parse(args); err != nil {
		return &usageError{err.Error()}
	}
	if !*yes {
		return &usageError{"reset deletes every node in the database: say --yes"}
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	store, err := openStore(ctx, getenv, log, 30*time.Second, profession.DefaultTable(), nil)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))
	return store.DeleteAll(ctx)
}
