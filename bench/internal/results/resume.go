package results

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// A whole `make bench` takes hours at 100k members on two cores, longer
// than a working session; a run stopped part-way resumes where it stopped,
// but only on the code it started on, so that every figure of the table
// is measured on one version of the code.

// Code is the version of the code a figure was measured on: the last
// commit that changed anything but results, prose and tests, and whether the
// work tree then held changes beyond those (a dirty tree never resumes:
// it names no version).
type Code struct {
	Commit string `json:"commit"`
	Dirty  bool   `json:"dirty,omitempty"`
}

// notCode is what a commit may change and leave the measured code as it
// was: the results themselves, prose, tests and their data, and CI.
var notCode = []string{".", ":(exclude)bench/results", ":(exclude)*.md", ":(exclude)docs",
	":(exclude)*_test.go", ":(exclude)testdata", ":(exclude).ci"}

// CodeVersion says which version of the code the work tree holds.
func CodeVersion(ctx context.Context) (Code, error) {
	out, err := exec.CommandContext(ctx, "git", append([]string{"log", "-1", "--format=%H", "--"}, notCode...)...).Output()
	if err != nil {
		return Code{}, fmt.Errorf("git log: %w", err)
	}
	c := Code{Commit: strings.TrimSpace(string(out))}
	status, err := exec.CommandContext(ctx, "git", append([]string{"status", "--porcelain", "--untracked-files=normal", "--"}, notCode...)...).Output()
	if err != nil {
		return Code{}, fmt.Errorf("git status: %w", err)
	}
	c.Dirty = len(strings.TrimSpace(string(status))) > 0
	return c, nil
}

// Same says whether a figure measured on o may stand beside one measured
// on c.
func (c Code) Same(o Code) bool {
	return c.Commit != "" && c.Commit == o.Commit && !c.Dirty && !o.Dirty
}

func (c Code) String() string {
	if c.Commit == "" {
		return "unknown"
	}
	s := c.Commit[:min(len(c.Commit), 12)]
	if c.Dirty {
		s += " with uncommitted changes"
	}
	return s
}

// Graph is what a benchmark's Neo4j holds, as the last step that loaded it
// left it: the world and the code that loaded it. A step that changes the
// graph forgets it first, so a resumed run knows when to load it again.
type Graph struct {
	World string `json:"world"` // e.g. "100000x24 seed 1"
	Code  Code   `json:"code"`
}

func graphPath(dbDir string) string { return filepath.Join(dbDir, "bench-graph.json") }

// ReadGraph says what the Neo4j in dbDir holds; the zero Graph when
// nothing says.
func ReadGraph(dbDir string) (Graph, error) {
	var g Graph
	err := ReadJSON(graphPath(dbDir), &g)
	if errors.Is(err, fs.ErrNotExist) {
		return Graph{}, nil
	}
	return g, err
}

// WriteGraph records what the Neo4j in dbDir now holds.
func WriteGraph(dbDir string, g Graph) error { return WriteJSON(graphPath(dbDir), g) }

// ForgetGraph records that the Neo4j in dbDir holds nothing known.
func ForgetGraph(dbDir string) error {
	if err := os.Remove(graphPath(dbDir)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}
