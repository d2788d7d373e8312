package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/peergraph/peergraph/loader/generate"
)

func runGenerate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("generate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg generate.Config
	fs.IntVar(&cfg.Members, "members", 3000, "members in the world")
	fs.IntVar(&cfg.Months, "months", 12, "months of chats, ending at --end")
	fs.Int64Var(&cfg.Seed, "seed", 1, "the same seed writes the same files")
	end := fs.String("end", "2026-11-01", "last day of the world (YYYY-MM-DD)")
	fs.StringVar(&cfg.Out, "out", "", "folder to write into")
	fs.StringVar(&cfg.Later, "later", "", "folder for the posts from --later-from on (same file names, with a copy of the catalogue): the world in two parts, e.g. its last month to load into a graph of the months before it")
	laterFrom := fs.String("later-from", "", "first day (YYYY-MM-DD, UTC) of the posts written into --later")
	if err := fs.Parse(args); err != nil {
		return &usageError{err.Error()}
	}
	if cfg.Out == "" {
		return &usageError{"generate: --out is required"}
	}
	t, err := time.Parse("2006-01-02", *end)
	if err != nil {
		return &usageError{"--end: " + err.Error()}
	}
	cfg.End = t
	if *laterFrom != "" {
		if cfg.LaterFrom, err = time.Parse("2006-01-02", *laterFrom); err != nil {
			return &usageError{"--later-from: " + err.Error()}
		}
	}
	if (cfg.Later == "") != (*laterFrom == "") {
		return &usageError{"generate: --later and --later-from go together"}
	}
	start := time.Now()
	sum, err := generate.Generate(ctx, cfg)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %d members (%d accounts), %d communities, %d chats, %d posts into %s in %s\n",
		sum.Members, sum.Accounts, sum.Communities, sum.Chats, sum.Posts, cfg.Out, time.Since(start).Round(time.Millisecond))
	return nil
}
