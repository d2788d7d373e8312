// Command loader loads community archives into the peergraph graph, and
// writes synthetic worlds for demos and benchmarks.
//
//	loader load [flags] PATH...        load files or folders ("-" for stdin)
//	loader collect [flags]             fetch hashtags from the platforms, keep the answers, load them
//	loader generate --members N ...    write a synthetic world in the real formats
//	loader reset --yes                 empty the database
//	loader analyze [flags]             compute the graph measures of a window and write them back
//	loader export --format F --out P   write a window's projection with its measures
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `usage:
  loader load [flags] PATH...       load archives (files, folders, "-" for stdin)
  loader collect [flags]            fetch hashtags from the platforms into an archive folder and load them:
                                    --tag WeNurses --mastodon nurses.social --since 2026-03-01
  loader generate [flags]           write a synthetic world: --members N --months M --seed S --out DIR
  loader reset --yes                delete everything in the database
  loader analyze [flags]            compute centrality, communities, brokerage and structural holes of a
                                    window (--since, --until, --community) and write them back
  loader export [flags]             write a window's tie graph with its measures: --format graphml|gexf|csv --out PATH

Run "loader COMMAND -h" for a command's flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr))
}

// run returns the exit status: non-zero only when nothing could be loaded,
// more rows were rejected than --max-rejected allows, Neo4j could not be
// reached, or the command line is wrong.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "load":
		err = runLoad(ctx, args[1:], getenv, stdout, stderr)
	case "collect":
		err = runCollect(ctx, args[1:], getenv, stdout, stderr)
	case "generate":
		err = runGenerate(ctx, args[1:], stdout, stderr)
	case "reset":
		err = runReset(ctx, args[1:], getenv, stderr)
	case "analyze":
		err = runAnalyze(ctx, args[1:], getenv, stdout, stderr)
	case "export":
		err = runExport(ctx, args[1:], getenv, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "loader: unknown command %q\n%s", args[0], usage)
		return 2
	}
	var usageErr *usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &usageErr):
		fmt.Fprintln(stderr, "loader:", err)
		return 2
	default:
		fmt.Fprintln(stderr, "loader:", err)
		return 1
	}
}

type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }
