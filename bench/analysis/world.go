package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/peergraph/peergraph/analysis"
	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/loader/generate"
)

// makeEdgeList generates a world (once per folder) and writes the
// projection the analysis step reads from Neo4j, built instead from the
// generator's own acts: directed pairs with their conversational acts, a
// pair kept when its first and last acts span part of the window (the
// window the store uses, neo4jstore's tieInWindow), opted-out members left
// out. nodes.tsv is "id<TAB>profession", edges.tsv "from<TAB>to<TAB>acts".
func makeEdgeList(ctx context.Context, dir string, members, months int, seed int64, window time.Duration) (nodes, edges string, err error) {
	nodes, edges = filepath.Join(dir, "nodes.tsv"), filepath.Join(dir, "edges.tsv")
	if _, err := os.Stat(edges); err == nil {
		return nodes, edges, nil
	}
	type tie struct {
		acts        int
		first, last time.Time
	}
	ties := map[[2]int]*tie{}
	var people []generate.Person
	cfg := generate.Config{Members: members, Months: months, Seed: seed, Out: filepath.Join(dir, "world"),
		Acts: func(acts []generate.Act) error {
			for _, a := range acts {
				if a.From == a.To {
					continue
				}
				k := [2]int{a.From, a.To}
				t := ties[k]
				if t == nil {
					t = &tie{first: a.At}
					ties[k] = t
				}
				t.acts++
				t.last = a.At
			}
			return nil
		},
		People: func(p []generate.Person) error { people = p; return nil },
	}
	sum, err := generate.Generate(ctx, cfg)
	if err != nil {
		return "", "", fmt.Errorf("generate: %w", err)
	}
	w := domain.Window{Since: sum.End.Add(-window), Until: sum.End}
	write := func(path string, f func(*bufio.Writer)) error {
		file, err := os.Create(path + ".tmp")
		if err != nil {
			return err
		}
		bw := bufio.NewWriter(file)
		f(bw)
		if err := bw.Flush(); err != nil {
			file.Close()
			return err
		}
		if err := file.Close(); err != nil {
			return err
		}
		return os.Rename(path+".tmp", path)
	}
	id := func(i int) string { return "m" + strconv.Itoa(i) }
	if err := write(nodes, func(bw *bufio.Writer) {
		for _, p := range people {
			if !p.OptedOut {
				fmt.Fprintf(bw, "%s\t%s\n", id(p.Index), p.Profession)
			}
		}
	}); err != nil {
		return "", "", err
	}
	// The edge list is written last: its presence says the world is ready.
	err = write(edges, func(bw *bufio.Writer) {
		for k, t := range ties {
			if people[k[0]].OptedOut || people[k[1]].OptedOut || t.last.Before(w.Since) || !t.first.Before(w.Until) {
				continue
			}
			fmt.Fprintf(bw, "%s\t%s\t%d\n", id(k[0]), id(k[1]), t.acts)
		}
	})
	return nodes, edges, err
}

// readGraph builds the in-memory graph from the TSV files: only nodes with
// a tie in the window, as the store's projection holds.
func readGraph(nodes, edges string) (*analysis.Graph, error) {
	prof := map[string]string{}
	if err := eachLine(nodes, func(f []string) error { prof[f[0]] = f[1]; return nil }); err != nil {
		return nil, err
	}
	b := analysis.NewBuilder()
	err := eachLine(edges, func(f []string) error {
		w, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return err
		}
		b.AddNode(f[0], prof[f[0]])
		b.AddNode(f[1], prof[f[1]])
		b.AddArc(f[0], f[1], w)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return b.Build()
}

func eachLine(path string, f func([]string) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		if err := f(strings.Split(sc.Text(), "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}
