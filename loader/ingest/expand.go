package ingest

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Expand turns the paths a user gave into files: a folder stands for the
// files in it (recursively, sorted, hidden ones, rejects files and .md
// notes skipped). Symbolic links are followed, to files and to folders
// (a folder given as a link too), because archives are often kept as links
// into a data store; a folder reached twice, through links or a loop, is
// read once. A link that leads nowhere is listed all the same, so that the
// load reports it as a file it could not read instead of leaving it out
// unsaid.
func Expand(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		files, err := filesUnder(p, map[string]bool{})
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		out = append(out, files...)
	}
	return out, nil
}

// filesUnder lists the files under dir, named through dir as the user
// gave it; seen holds the real paths of the folders walked already.
func filesUnder(dir string, seen map[string]bool) ([]string, error) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, err
	}
	if seen[real] {
		return nil, nil
	}
	var files []string
	err = filepath.WalkDir(real, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(real, path)
		if err != nil {
			return err
		}
		shown := filepath.Join(dir, rel)
		if path == real {
			seen[real] = true
			return nil
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if seen[path] {
				return filepath.SkipDir
			}
			seen[path] = true
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			st, err := os.Stat(path)
			switch {
			case err != nil:
				files = append(files, shown) // leads nowhere: the load says so
				return nil
			case st.IsDir():
				more, err := filesUnder(shown, seen)
				files = append(files, more...)
				return err
			case !st.Mode().IsRegular():
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		if !strings.HasPrefix(name, "rejects") && !strings.HasSuffix(name, ".md") {
			files = append(files, shown)
		}
		return nil
	})
	return files, err
}
