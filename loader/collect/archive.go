package collect

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
)

// archiveDir keeps every answer as it came, one gzip file per request, in
// the platform's own format, so that `loader load` reads a collection
// again, a researcher can be given it, and nothing is lost with the
// database. Answers that cannot be read (an error page, a cut or
// malformed body, a 200 that carries an error) go under .bad/ beside them,
// with a note; the loader skips hidden folders.
type archiveDir struct {
	root string
	mu   sync.Mutex
	seq  int
	// Files are the answers written, in order; Bad the bad ones.
	Files []string
	Bad   []string
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// slug makes a query's name safe as a folder name.
func slug(s string) string {
	return strings.Trim(unsafeName.ReplaceAllString(strings.ToLower(s), "-"), "-")
}

// write keeps one good answer under dir (relative to the root), named by
// its time and a sequence number so that names sort in fetch order.
func (a *archiveDir) write(dir, kind string, ans Answer) (string, error) {
	a.mu.Lock()
	a.seq++
	seq := a.seq
	a.mu.Unlock()
	name := fmt.Sprintf("%s-%06d-%s.json.gz", ans.At.UTC().Format("20060102T150405.000Z"), seq, slug(kind))
	path := filepath.Join(a.root, dir, name)
	if err := writeGzip(path, ans.Body); err != nil {
		return "", err
	}
	a.mu.Lock()
	a.Files = append(a.Files, path)
	a.mu.Unlock()
	return path, nil
}

// writeBad keeps an answer that cannot be read, with a note saying what
// was asked and why it is bad.
func (a *archiveDir) writeBad(dir, kind string, ans Answer, why string) (string, error) {
	a.mu.Lock()
	a.seq++
	seq := a.seq
	a.mu.Unlock()
	base := filepath.Join(a.root, ".bad", dir, fmt.Sprintf("%s-%06d-%s", ans.At.UTC().Format("20060102T150405.000Z"), seq, slug(kind)))
	if err := writeGzip(base+".body.gz", ans.Body); err != nil {
		return "", err
	}
	note, _ := json.MarshalIndent(map[string]any{"url": ans.URL, "status": ans.Status, "why": why, "at": ans.At}, "", "  ")
	if err := os.WriteFile(base+".json", append(note, '\n'), 0o644); err != nil {
		return "", err
	}
	a.mu.Lock()
	a.Bad = append(a.Bad, base+".json")
	a.mu.Unlock()
	return base + ".json", nil
}

// writeGzip writes body gzipped, through a temporary file renamed into
// place, so that a killed collection never leaves a half-written answer.
func writeGzip(path string, body []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".partial-*")
	if err != nil {
		return err
	}
	zw := gzip.NewWriter(tmp)
	_, werr := zw.Write(body)
	if err := zw.Close(); werr == nil {
		werr = err
	}
	if err := tmp.Close(); werr == nil {
		werr = err
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, werr)
	}
	return os.Rename(tmp.Name(), path)
}
