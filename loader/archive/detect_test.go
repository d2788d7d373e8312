package archive

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A first record bigger than the 64 KiB Detect looks at is told by its own
// keys, read whole, not by what its first 64 KiB happen to show: the format
// of a file does not depend on the size of its first record.
func TestDetectLargeFirstRecord(t *testing.T) {
	bio := strings.Repeat("Community pharmacist in Leeds, 20 years. ", 2500) // ~100 KiB
	// A bio quoting a Bluesky URI: a window that ends inside it shows
	// `"at://`, which the window's substrings take for Bluesky.
	tricky := `I am \"at://did:plc:ann\" there. ` + bio
	second := `{"id":"x:2","author":"x:bob","created_at":"2024-03-14T20:02:00Z","text":"second"}`
	cases := []struct {
		name, data string
		want       Format
	}{
		{"neutral, platform after a long bio", `{"id":"x:1","author":"x:ann","author_bio":"` + bio +
			`","platform":"x","created_at":"2024-03-14T20:01:00Z","text":"first"}` + "\n" + second + "\n", Neutral},
		{"neutral, a long bio quoting other formats' keys", `{"author_bio":"` + tricky +
			`","id":"x:1","author":"x:ann","platform":"x","created_at":"2024-03-14T20:01:00Z","text":"first"}` + "\n" + second + "\n", Neutral},
		{"neutral, an array whose first element is long", "[\n" + `{"author_bio":"` + bio +
			`","id":"x:1","author":"x:ann","platform":"x","created_at":"2024-03-14T20:01:00Z","text":"first"},` + "\n" + second + "\n]\n", Neutral},
		{"neutral, a bio of 600 KiB", `{"id":"x:1","author":"x:ann","author_bio":"` + strings.Repeat(bio, 6) +
			`","platform":"x","created_at":"2024-03-14T20:01:00Z","text":"first"}` + "\n" + second + "\n", Neutral},
		{"an X tweet whose text is long", `{"text":"` + bio + `","id":"1","author_id":"7","created_at":"2024-03-14T20:01:05Z",` +
			`"author":{"id":"7","username":"ann"}}` + "\n", X},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if len(c.data) < 2*detectBytes/3 {
				t.Fatalf("the case is too short to test anything: %d bytes", len(c.data))
			}
			// From a file, plain and gzipped (Open), and from a stream (NewReader).
			dir := t.TempDir()
			plain := filepath.Join(dir, "posts.jsonl")
			var gz bytes.Buffer
			zw := gzip.NewWriter(&gz)
			zw.Write([]byte(c.data))
			zw.Close()
			zipped := filepath.Join(dir, "posts.jsonl.gz")
			if err := os.WriteFile(plain, []byte(c.data), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(zipped, gz.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, path := range []string{plain, zipped} {
				items, st, err := readAll(t, path, "", Options{})
				if err != nil {
					t.Fatalf("%s: %v", filepath.Base(path), err)
				}
				checkLargeFirst(t, filepath.Base(path), items, st)
			}
			r, err := NewReader("stream", strings.NewReader(c.data), "")
			if err != nil {
				t.Fatalf("NewReader: %v", err)
			}
			if r.Format() != c.want {
				t.Errorf("NewReader detected %q, want %q", r.Format(), c.want)
			}
			in, err := Open(plain, "")
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			if in.Format != c.want {
				t.Errorf("Open detected %q, want %q", in.Format, c.want)
			}
		})
	}
}

// checkLargeFirst wants every record of a case read whole, on its line: what
// detection read ahead is read again.
func checkLargeFirst(t *testing.T, name string, items []Item, st Stats) {
	t.Helper()
	if st.Rejected != 0 || len(items) == 0 {
		t.Fatalf("%s: stats %+v", name, st)
	}
	first := items[0].Post
	if first == nil || first.ID != "x:1" || first.Source.Line != 1 && first.Source.Line != 2 {
		t.Errorf("%s: first record %+v", name, first)
	}
	if len(items) == 2 {
		if p := items[1].Post; p == nil || p.ID != "x:2" || p.Source.Line < 2 {
			t.Errorf("%s: second record %+v", name, p)
		}
	}
}

// A first record over the record limit is not read whole for detection:
// the window's substrings still tell an X page, as before.
func TestDetectRecordOverLimit(t *testing.T) {
	text := strings.Repeat("a", 200<<10)
	page := `{"data":[{"id":"1","author_id":"7","text":"` + text + `","created_at":"2024-03-14T20:01:05Z"}],` +
		`"includes":{"users":[{"id":"7","username":"ann"}]}}` + "\n"
	r, err := NewReaderOptions("page.json", strings.NewReader(page), "", Options{MaxRecordBytes: 100 << 10})
	if err != nil {
		t.Fatal(err)
	}
	if r.Format() != X {
		t.Errorf("detected %q, want x", r.Format())
	}
}
