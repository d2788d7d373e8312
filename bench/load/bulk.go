package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// bulkResult is the bulk first load beside Neo4j's importer alone on the
// same files (the limit of the bulk path).
type bulkResult struct {
	Loader *phaseResult `json:"loader"`
	// Steps are the bulk load's own (read, stop, import, start, online,
	// refresh), in seconds.
	Steps map[string]float64 `json:"steps"`
	// ImporterSeconds is `db.sh import` alone on the files the bulk load
	// wrote, with Neo4j stopped (as in the bulk load).
	ImporterSeconds float64   `json:"importerSeconds"`
	ImporterLoadAvg [2]string `json:"importerLoadAvg"`
	CSVMB           float64   `json:"csvMB"`
}

// bulkRun is `loader load --bulk` into the launcher's instance in
// --db-dir, its importer files written into (a new) files.
func bulkRun(work string, o options) (how loadRun, files string, err error) {
	launcher, err := filepath.Abs(filepath.Join("neo4j-launcher", "db.sh"))
	if err != nil {
		return how, "", err
	}
	u, err := url.Parse(os.Getenv("NEO4J_URI"))
	if err != nil {
		return how, "", err
	}
	files = filepath.Join(work, "bulk")
	if err := os.RemoveAll(files); err != nil {
		return how, "", err
	}
	env := []string{"PEERGRAPH_LAUNCHER=" + launcher, "PEERGRAPH_DB_DIR=" + o.dbDir, "PEERGRAPH_DB_PORT=" + u.Port()}
	return loadRun{args: []string{"--bulk", "--bulk-dir", files}, env: env}, files, nil
}

// runBulk loads the world with `loader load --bulk` into the empty
// database of the launcher's instance in --db-dir, then runs the importer
// alone on the files it wrote into a scratch store, and adds both to res;
// the instance's database is left holding the bulk load's graph.
func runBulk(ctx context.Context, loader, work, dir string, o options, db neo4j.DriverWithContext, res *result) error {
	how, files, err := bulkRun(work, o)
	if err != nil {
		return err
	}
	logf("bulk: loading %s through the importer", dir)
	settleDisk()
	r, err := runLoader(ctx, loader, work, dir, o, db, nil, how)
	if err != nil {
		return err
	}
	b := &bulkResult{Loader: r, Steps: map[string]float64{}}
	if m, ok := r.Summary.(map[string]any); ok {
		if steps, ok := m["Steps"].(map[string]any); ok {
			for k, v := range steps {
				if ns, ok := v.(float64); ok {
					b.Steps[k] = ns / 1e9
				}
			}
		}
	}
	if path, _ := r.Summary.(map[string]any)["Path"].(string); path != "bulk" {
		return fmt.Errorf("the bulk run went online (see %s)", filepath.Join(work, "loader.log"))
	}
	logf("bulk: %d posts in %.1fs, peak RSS %.0f MB; steps %v", r.Posts, r.Seconds, r.PeakRSSMB, b.Steps)

	args, err := os.ReadFile(filepath.Join(files, "import-args.txt"))
	if err != nil {
		return err
	}
	for _, name := range []string{"accounts.csv", "chats.csv", "posts.csv", "posted.csv", "mentions.csv", "in.csv", "reply_to.csv", "quotes.csv", "reposts.csv"} {
		if st, err := os.Stat(filepath.Join(files, name)); err == nil {
			b.CSVMB += float64(st.Size()) / (1 << 20)
		}
	}
	// The importer alone writes a store of its own, beside the instance's:
	// the bulk load's graph stays, for --keep and the steps after it (the
	// API is measured on it). Neo4j is stopped meanwhile all the same, as
	// it is during the bulk load's import.
	scratch := filepath.Join(work, "importer-alone")
	if err := os.RemoveAll(scratch); err != nil {
		return err
	}
	defer os.RemoveAll(scratch)
	if err := dbsh(ctx, o.dbDir, "stop"); err != nil {
		return err
	}
	settleDisk()
	logf("bulk: the importer alone on the same files, into %s", scratch)
	load0 := loadAvg()
	start := time.Now()
	ierr := dbsh(ctx, scratch, "import", strings.Fields(string(args))...)
	b.ImporterSeconds = time.Since(start).Seconds()
	b.ImporterLoadAvg = [2]string{load0, loadAvg()}
	if err := dbsh(ctx, o.dbDir, "start"); err != nil {
		return err
	}
	if ierr != nil {
		return ierr
	}
	logf("bulk: importer alone %.1fs", b.ImporterSeconds)
	res.Bulk = b
	return nil
}
