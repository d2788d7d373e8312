package ingest

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// A folder of archives, some of them links into a store elsewhere, as data
// tools keep them.
func TestExpandFollowsLinks(t *testing.T) {
	root := t.TempDir()
	store := filepath.Join(root, "store")
	archives := filepath.Join(root, "archives")
	for _, dir := range []string{store, filepath.Join(store, "mastodon"), archives, filepath.Join(archives, "x"), filepath.Join(archives, ".cache")} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(path string) {
		t.Helper()
		if err := os.WriteFile(path, []byte("{}\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(target, name); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(store, "tags.csv"))
	write(filepath.Join(store, "mastodon", "statuses.jsonl"))
	write(filepath.Join(archives, "x", "page1.json"))
	write(filepath.Join(archives, "notes.md"))
	write(filepath.Join(archives, "rejects.jsonl"))
	write(filepath.Join(archives, ".cache", "old.json"))
	link(filepath.Join(store, "tags.csv"), filepath.Join(archives, "tags.csv"))
	link(filepath.Join(store, "mastodon"), filepath.Join(archives, "mastodon"))
	link(filepath.Join(store, "gone.json"), filepath.Join(archives, "gone.json"))
	link(archives, filepath.Join(archives, "x", "loop"))
	link(archives, filepath.Join(root, "current"))

	want := func(dir string) []string {
		return []string{
			filepath.Join(dir, "gone.json"),
			filepath.Join(dir, "mastodon", "statuses.jsonl"),
			filepath.Join(dir, "tags.csv"),
			filepath.Join(dir, "x", "page1.json"),
		}
	}
	tests := []struct {
		name string
		arg  string
		want []string
	}{
		{"a folder with links to files and folders, one leading nowhere, one back up", archives, want(archives)},
		{"the folder given as a link", filepath.Join(root, "current"), want(filepath.Join(root, "current"))},
		{"a linked file given alone", filepath.Join(archives, "tags.csv"), []string{filepath.Join(archives, "tags.csv")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Expand([]string{tt.arg})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Expand(%s) =\n%q\nwant\n%q", tt.arg, got, tt.want)
			}
		})
	}
}
