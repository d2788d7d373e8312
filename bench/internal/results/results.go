// Package results writes a benchmark's results: NAME.json (the figures,
// for bench/all to read) and NAME.md (the same for people) into a folder.
package results

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// Write writes v as dir/name.json and markdown as dir/name.md.
func Write(dir, name string, v any, markdown string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := WriteJSON(filepath.Join(dir, name+".json"), v); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, name+".md"), []byte(markdown), 0o644)
}

// WriteJSON writes v as indented JSON to path: a step's figures that have
// no Markdown of their own.
func WriteJSON(path string, v any) error {
	js, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, append(js, '\n'), 0o644)
}

// ReadJSON reads a step's figures from path into v; an error names the
// file.
func ReadJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
