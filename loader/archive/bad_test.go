package archive

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestDetect(t *testing.T) {
	cases := map[string]Format{
		"x_search.jsonl":                X,
		"x_pages.json":                  X,
		"x_tweets.jsonl":                X,
		"tags_archive.csv":              TAGS,
		"mastodon_statuses.json":        Mastodon,
		"bsky_feed.json":                Bluesky,
		"bsky_thread.json":              Bluesky,
		"posts.jsonl":                   Neutral,
		"roster.csv":                    Roster,
		"catalogue.csv":                 Catalogue,
		"catalogue_tz.csv":              Catalogue,
		"bad/empty.json":                Empty,
		"bad/blank_lines.jsonl":         Empty,
		"bad/x_bom_crlf.jsonl":          X,
		"bad/x_truncated_page.json":     X,
		"bad/x_error_response.jsonl":    X,
		"bad/x_array_scalars.json":      X,
		"bad/mastodon_bad_fields.jsonl": Mastodon,
		"bad/bsky_bad_records.jsonl":    Bluesky,
		"bad/bsky_records_bad.jsonl":    Bluesky,
		"bad/jetstream_bad.jsonl":       Jetstream,
		"bad/bsky_repo_cut.car":         BlueskyRepo,
		"bad/posts_bad.jsonl":           Neutral,
		"bad/tags_bom_crlf.csv":         TAGS,
		"bad/tags_unknown_columns.csv":  TAGS,
		"bad/roster_bad.csv":            Roster,
		"bad/catalogue_bad.csv":         Catalogue,
	}
	for name, want := range cases {
		in, err := Open(fixture(name), "")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if in.Format != want {
			t.Errorf("%s: detected %q, want %q", name, in.Format, want)
		}
		in.Close()
	}
	// Detect itself leaves the bytes in place.
	br := bufio.NewReaderSize(strings.NewReader(`{"id":"1","author_id":"2","text":"hi"}`), 1<<16)
	if f, err := Detect(br); f != X || err != nil {
		t.Errorf("Detect = %q, %v", f, err)
	}
	if b, _ := br.Peek(1); len(b) != 1 || b[0] != '{' {
		t.Errorf("Detect consumed input")
	}
	for _, junk := range []string{"hello,world\n1,2\n", `{"foo":1}`, "\x00\x01\x02", "<html><body>rate limited</body></html>"} {
		if f, err := Detect(bufio.NewReader(strings.NewReader(junk))); err == nil {
			t.Errorf("Detect(%q) = %q, want an error", junk, f)
		}
	}
}

// TestBadInputs reads the bad-input corpus: every case accounts for every
// record, and every reject names its file and line.
func TestBadInputs(t *testing.T) {
	cases := []struct {
		file                   string
		force                  Format
		loaded, rejected, dups int64
		reasons                []string // each must appear in some reject
		lines                  []int    // lines of the rejects, in order, when given
		wantErr                error
	}{
		{file: "empty.json"},
		{file: "blank_lines.jsonl"},
		{file: "x_truncated_page.json", loaded: 4, rejected: 1, reasons: []string{"the file ends inside this record"}, lines: []int{68}},
		{file: "x_truncated_line.jsonl", loaded: 2, rejected: 1, reasons: []string{"line 2 ends inside a string"}, lines: []int{2}},
		{file: "x_truncated_midfile.json", loaded: 2, rejected: 2, reasons: []string{"a new record starts on line 15", "not in includes.users"}, lines: []int{3, 13}},
		{file: "x_wrong_types.jsonl", loaded: 1, rejected: 4, reasons: []string{"field id: got a JSON number, want a string",
			"field referenced_tweets: got a JSON string", "field created_at: got a JSON number", "field entities: got a JSON array"}},
		{file: "x_bad_timestamps.jsonl", loaded: 1, rejected: 4, reasons: []string{`"14/03/2024 20:01" is not an RFC 3339 time`,
			`"2024-02-30T20:01:05.000Z"`, `"2024-03-14T20:01:05"`, "created_at: missing"}},
		// A tweet whose author_id is not in includes.users (X leaves out
		// withheld and suspended users) is kept under the user id.
		{file: "x_missing_id_author.json", loaded: 2, rejected: 3, reasons: []string{"field id: missing", "field author_id: missing",
			`"50x" is not a tweet id`}, lines: []int{3, 12, 31}},
		{file: "x_invalid_utf8.jsonl", loaded: 1, rejected: 2, reasons: []string{"field text: invalid UTF-8", "field author.description: invalid UTF-8"}},
		{file: "x_duplicate_ids.jsonl", loaded: 2, dups: 2},
		{file: "x_self_reply.jsonl", loaded: 2},
		{file: "x_reply_unknown.jsonl", loaded: 1},
		{file: "x_error_response.jsonl", loaded: 1, rejected: 1, reasons: []string{"an X API error response"}, lines: []int{1}},
		// A lone "}" holds no record: it is skipped, not rejected.
		{file: "x_garbage_lines.jsonl", loaded: 2, rejected: 1, reasons: []string{"not JSON"}, lines: []int{2}},
		{file: "x_truncated_at_array.jsonl", loaded: 3, rejected: 1, reasons: []string{"line 2 ends before the record closes"}, lines: []int{2}},
		{file: "mastodon_cut_lines.jsonl", loaded: 4, rejected: 4, lines: []int{2, 3, 4, 6}},
		{file: "x_nul_bytes.jsonl", loaded: 1, rejected: 2, reasons: []string{"invalid character '\\x00'", "field text: contains a NUL byte"}},
		{file: "x_bom_crlf.jsonl", loaded: 2},
		{file: "x_array_scalars.json", loaded: 1, rejected: 3, reasons: []string{"bare JSON value"}, lines: []int{3, 4, 5}},
		{file: "mastodon_truncated_array.json", loaded: 2, rejected: 1, lines: []int{40}},
		{file: "mastodon_bad_fields.jsonl", loaded: 2, rejected: 4, reasons: []string{`acct "bob" has no domain`, `"yesterday"`,
			"field account: missing", "is not a status URI"}},
		{file: "mastodon_reblogs.jsonl", loaded: 2, rejected: 1, reasons: []string{"reblog: field account: missing"}},
		{file: "mastodon_wrong_types.jsonl", loaded: 1, rejected: 3, reasons: []string{"field mentions: got a JSON object",
			"field tags: got a JSON string", "field mentions[0]"}},
		{file: "bsky_bad_records.jsonl", loaded: 3, rejected: 5, reasons: []string{`"app.bsky.feed.like", want app.bsky.feed.post`,
			"is not the at:// URI of a post", `field record.createdAt: "2024-03-14 20:01"`, "reason.indexedAt", "field uri: missing"}},
		{file: "bsky_feed_truncated.json", loaded: 2, rejected: 1},
		// Deletes and identity events are skipped, not rejected.
		{file: "jetstream_bad.jsonl", loaded: 1, rejected: 7, reasons: []string{"field did: missing",
			`field commit.record.createdAt: "yesterday" is not a date and time`,
			`field commit.record.$type: "app.bsky.feed.like" in the app.bsky.feed.post collection`,
			"field commit.record: missing in a create", `field commit.operation: "frobnicate"`,
			`field commit.record.subject.uri: "https://bsky.app/profile/bob/post/1" is not the at:// URI of a post`, "ends inside a string"},
			lines: []int{2, 3, 4, 5, 6, 7, 10}},
		// A createdAt without time zone is UTC; a like is skipped.
		{file: "bsky_records_bad.jsonl", loaded: 2, rejected: 4, reasons: []string{"is not the at:// URI of a record",
			`field value.$type: "app.bsky.feed.like" in the app.bsky.feed.post collection`,
			`field value.createdAt: "21/07/2023 01:33" is not a date and time`, "value: field text: got a JSON number"},
			lines: []int{3, 4, 5, 7}},
		// The tree of a cut export cannot be walked: one reject says so.
		{file: "bsky_repo_cut.car", rejected: 1, reasons: []string{"repository export cut short"}, lines: []int{1}},
		{file: "posts_bad.jsonl", loaded: 2, rejected: 10, dups: 1, reasons: []string{"field id: missing", "is not platform:native-id",
			`but the id says "x"`, "is not a x account", "field mentions[1]", "field created_at: missing", "field mentions: got a JSON string"}},
		{file: "tags_unbalanced_quote.csv", loaded: 3, rejected: 1, reasons: []string{"never closes"}, lines: []int{3}},
		{file: "tags_quote_at_eof.csv", loaded: 1, rejected: 1, reasons: []string{"never closes"}, lines: []int{3}},
		{file: "tags_text_after_quote.csv", loaded: 1, rejected: 1, reasons: []string{"text after a closing quote"}, lines: []int{2}},
		{file: "tags_missing_columns.csv", force: TAGS, wantErr: ErrMissingColumns},
		{file: "tags_header_only.csv"},
		{file: "tags_unknown_columns.csv", loaded: 1},
		// A rounded reply id names no tweet, but the row is a good post
		// that still answers in_reply_to_screen_name.
		{file: "tags_excel_rounded.csv", loaded: 2, rejected: 1, reasons: []string{"status_url gives none"}},
		{file: "tags_bad_rows.csv", loaded: 3, rejected: 6, reasons: []string{"has 3 fields, want 18", `time "sometime" is not a date and time`,
			"from_user", "entities_str: invalid JSON", "field text: contains a NUL byte", "field text: invalid UTF-8"},
			lines: []int{3, 4, 5, 6, 7, 8}},
		{file: "tags_bom_crlf.csv", loaded: 2},
		{file: "tags_duplicates.csv", loaded: 2, dups: 1},
		{file: "roster_bad.csv", loaded: 2, rejected: 6, reasons: []string{`opted_out: "maybe"`, "write platform:handle",
			`unknown platform "myspace"`, "accounts: empty", "user@domain", "domain name"}},
		{file: "roster_missing_columns.csv", force: Roster, wantErr: ErrMissingColumns},
		{file: "catalogue_bad.csv", loaded: 2, rejected: 8, reasons: []string{"is neither RFC 3339", "clocks go forward",
			`duration: "an hour"`, `duration: "-5"`, "hashtag", "Mars/Olympus", "host:", "community: empty"}},
	}
	if len(cases) < 30 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			path := fixture("bad/" + c.file)
			items, st, err := readAll(t, path, c.force, Options{})
			if c.wantErr != nil {
				if !errors.Is(err, c.wantErr) {
					t.Fatalf("err = %v, want %v", err, c.wantErr)
				}
				if !strings.Contains(err.Error(), path) {
					t.Errorf("error %q does not name the file", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if st.Loaded != c.loaded || st.Rejected != c.rejected || st.Duplicates != c.dups {
				t.Errorf("loaded/rejected/duplicates = %d/%d/%d, want %d/%d/%d", st.Loaded, st.Rejected, st.Duplicates, c.loaded, c.rejected, c.dups)
				for _, it := range items {
					t.Log(show(it))
				}
			}
			if st.Read != st.Loaded+st.Rejected+st.Duplicates+st.Skipped || st.Read != int64(len(items)) {
				t.Errorf("stats %+v do not add up over %d items", st, len(items))
			}
			var reasons []string
			var lines []int
			for _, it := range items {
				if it.Duplicate && (it.FirstLine < 1 || it.FirstLine > it.Post.Source.Line) {
					t.Errorf("duplicate on line %d names line %d as its first sighting", it.Post.Source.Line, it.FirstLine)
				}
				if it.Reject == nil {
					continue
				}
				rj := it.Reject
				if rj.Source.File != path || rj.Source.Line < 1 || rj.Reason == "" || rj.Raw == "" {
					t.Errorf("reject without file, line, reason or text: %+v", *rj)
				}
				reasons = append(reasons, rj.Reason)
				lines = append(lines, rj.Source.Line)
			}
			for _, want := range c.reasons {
				found := false
				for _, r := range reasons {
					found = found || strings.Contains(r, want)
				}
				if !found {
					t.Errorf("no reject says %q; reasons: %q", want, reasons)
				}
			}
			if c.lines != nil && fmt.Sprint(lines) != fmt.Sprint(c.lines) {
				t.Errorf("reject lines %v, want %v", lines, c.lines)
			}
		})
	}
}

// readString reads an archive held in memory.
func readString(t *testing.T, name, data string, f Format, opts Options) ([]Item, Stats) {
	t.Helper()
	r, err := NewReaderOptions(name, strings.NewReader(data), f, opts)
	if err != nil {
		t.Fatal(err)
	}
	var items []Item
	for {
		it, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		items = append(items, it)
	}
	st := r.Stats()
	if st.Read != st.Loaded+st.Rejected+st.Duplicates+st.Skipped || st.Read != int64(len(items)) {
		t.Fatalf("%s: stats %+v over %d items", name, st, len(items))
	}
	return items, st
}

// A 10 MB line is read whole when it fits the record limit and rejected,
// with a bounded Raw, when it does not; either way reading goes on.
func TestLongLines(t *testing.T) {
	const size = 10 << 20
	big := strings.Repeat("nurse ", size/6)
	tweet := `{"id":"1","text":"` + big + `","author_id":"7","created_at":"2024-03-14T20:01:05Z","author":{"id":"7","username":"ann"}}`
	next := `{"id":"2","text":"after","author_id":"7","created_at":"2024-03-14T20:02:05Z","author":{"id":"7","username":"ann"}}`
	data := tweet + "\n" + next + "\n"

	items, st := readString(t, "long.jsonl", data, X, Options{})
	if st.Loaded != 2 || len(items[0].Post.Text) != len(big) || items[1].Post.Source.Line != 2 {
		t.Errorf("10 MB tweet within the limit: stats %+v", st)
	}

	items, st = readString(t, "long.jsonl", data, X, Options{MaxRecordBytes: 1 << 20})
	if st.Loaded != 1 || st.Rejected != 1 {
		t.Fatalf("10 MB tweet over a 1 MB limit: stats %+v", st)
	}
	if rj := items[0].Reject; rj == nil || len(rj.Raw) > rawKept+100 || !strings.Contains(rj.Reason, "over the 1048576-byte limit") ||
		!strings.Contains(rj.Raw, "more bytes not kept") || rj.Source.Line != 1 {
		t.Errorf("oversize reject: %.200v", items[0].Reject)
	}

	garbage := strings.Repeat("x", size) + "\n" + next + "\n"
	items, st = readString(t, "garbage.jsonl", garbage, X, Options{})
	if st.Loaded != 1 || st.Rejected != 1 || len(items[0].Reject.Raw) > rawKept+100 {
		t.Errorf("10 MB garbage line: stats %+v", st)
	}

	header := "id_str,from_user,text,created_at\n"
	csv := header + `1,ann,"` + big + `",Thu Mar 14 20:01:05 +0000 2024` + "\n2,bob,after,Thu Mar 14 20:02:05 +0000 2024\n"
	items, st = readString(t, "long.csv", csv, TAGS, Options{})
	if st.Loaded != 2 || len(items[0].Post.Text) != len(big) || items[1].Post.Source.Line != 3 {
		t.Errorf("10 MB CSV field: stats %+v", st)
	}
	items, st = readString(t, "long.csv", csv, TAGS, Options{MaxRecordBytes: 1 << 20})
	if st.Loaded != 1 || st.Rejected != 1 || items[0].Reject.Source.Line != 2 || items[1].Post.Source.Line != 3 {
		t.Errorf("10 MB CSV field over a 1 MB limit: stats %+v", st)
	}

	// A quote opened on line 2 that never closes in 10 MB of lines costs
	// line 2 only.
	var b strings.Builder
	b.WriteString(header + `1,ann,"unbalanced,Thu Mar 14 20:01:05 +0000 2024` + "\n")
	n := 0
	for b.Len() < size {
		n++
		fmt.Fprintf(&b, "%d,bob,line %d,Thu Mar 14 20:02:05 +0000 2024\n", n+1, n)
	}
	_, st = readString(t, "quote.csv", b.String(), TAGS, Options{MaxRecordBytes: 1 << 20})
	if st.Loaded != int64(n) || st.Rejected != 1 {
		t.Errorf("unbalanced quote before %d good rows: stats %+v", n, st)
	}
}

// A 10 GB JSON array is read an element at a time: the reader never holds
// more than one element, whatever the array's length.
func TestArrayStreams(t *testing.T) {
	const n = 20000
	pr, pw := io.Pipe()
	go func() {
		bw := bufio.NewWriter(pw)
		bw.WriteString("[")
		for i := 0; i < n; i++ {
			if i > 0 {
				bw.WriteString(",")
			}
			fmt.Fprintf(bw, `{"id":"%d","uri":"https://nurses.social/users/ann/statuses/%d","created_at":"2024-03-14T20:01:05.000Z","content":"<p>hi</p>","account":{"id":"1","username":"ann","acct":"ann","url":"https://nurses.social/@ann"}}`, i+1, i+1)
		}
		bw.WriteString("]")
		bw.Flush()
		pw.Close()
	}()
	r, err := NewReaderOptions("stream.json", pr, Mastodon, Options{MaxRecordBytes: 4096})
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := r.Next(); err != nil {
			break
		}
	}
	if st := r.Stats(); st.Loaded != n {
		t.Errorf("stats %+v, want %d loaded under a 4 KiB record limit", st, n)
	}
}

func TestStdin(t *testing.T) {
	raw, err := os.ReadFile(fixture("roster.csv"))
	if err != nil {
		t.Fatal(err)
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() { pw.Write(raw); pw.Close() }()
	old := os.Stdin
	os.Stdin = pr
	defer func() { os.Stdin = old }()
	items, st, err := readAll(t, "-", "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Loaded != 5 || items[0].Roster.Source.File != "stdin" {
		t.Errorf("stdin: stats %+v, first %s", st, show(items[0]))
	}
}

// Past MaxSeenIDs new ids are no longer remembered: repeats of them pass as
// new records (the loader's MERGE absorbs them), repeats of remembered ones
// are still caught.
func TestSeenIDsBound(t *testing.T) {
	var b strings.Builder
	for _, id := range []string{"1", "2", "3", "1", "3"} {
		fmt.Fprintf(&b, `{"id":"x:%s","author":"x:ann","created_at":"2024-03-14T20:01:05Z"}`+"\n", id)
	}
	_, st := readString(t, "seen.jsonl", b.String(), Neutral, Options{MaxSeenIDs: 2})
	if st.Loaded != 4 || st.Duplicates != 1 {
		t.Errorf("stats %+v, want 4 loaded and 1 duplicate", st)
	}
}

// A gzip stream cut short is an I/O failure, reported by Next with the
// file's name, after the records before the cut.
func TestCorruptGzip(t *testing.T) {
	raw, _ := os.ReadFile(fixture("x_search.jsonl"))
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write(raw)
	zw.Close()
	path := filepath.Join(t.TempDir(), "cut.jsonl.gz")
	os.WriteFile(path, zipped.Bytes()[:zipped.Len()-20], 0o644)
	items, _, err := readAll(t, path, "", Options{})
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("err = %v after %d items, want an error naming the file", err, len(items))
	}
}

var fuzzFormats = []Format{X, TAGS, Mastodon, Bluesky, Neutral, Roster, Catalogue, Jetstream, BlueskyRepo}

// FuzzReader runs every format over arbitrary bytes: no panic, and every
// record accounted for. Run it by hand: go test -fuzz FuzzReader -fuzztime 30s
func FuzzReader(f *testing.F) {
	for _, dir := range []string{fixtures, fixtures + "/bad"} {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if e.IsDir() {
				continue
			}
			raw, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil || len(raw) > 64<<10 {
				continue
			}
			for i, fm := range fuzzFormats {
				if strings.HasPrefix(e.Name(), string(fm)) || (fm == Bluesky && strings.HasPrefix(e.Name(), "bsky")) ||
					(fm == BlueskyRepo && strings.HasSuffix(e.Name(), ".car")) {
					f.Add(raw, byte(i))
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, which byte) {
		fm := fuzzFormats[int(which)%len(fuzzFormats)]
		hang := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("hang: format %s input %q", fm, data)) })
		defer hang.Stop()
		r, err := NewReaderOptions("fuzz", bytes.NewReader(data), fm, Options{MaxRecordBytes: 2048, MaxSeenIDs: 8})
		if err != nil {
			return // a CSV header that does not fit the format
		}
		lines := bytes.Count(data, []byte{'\n'}) + 1
		for n := 0; ; n++ {
			it, err := r.Next()
			if err != nil {
				break
			}
			set := 0
			for _, ok := range []bool{it.Post != nil, it.Roster != nil, it.Chat != nil, it.Reject != nil, it.Skipped != nil} {
				if ok {
					set++
				}
			}
			if set != 1 {
				t.Fatalf("item %d has %d parts set", n, set)
			}
			if rj := it.Reject; rj != nil && (rj.Source.File != "fuzz" || rj.Source.Line < 1 || rj.Source.Line > lines || rj.Reason == "") {
				t.Fatalf("reject %+v (of %d lines)", *rj, lines)
			}
			if p := it.Post; p != nil {
				if !strings.HasPrefix(p.ID, p.Platform+":") || !strings.HasPrefix(p.Author.Key, p.Platform+":") ||
					p.Author.Key != strings.ToLower(p.Author.Key) || p.Source.Line < 1 || p.Source.Line > lines {
					t.Fatalf("post %+v", *p)
				}
			}
		}
		st := r.Stats()
		if st.Read != st.Loaded+st.Rejected+st.Duplicates+st.Skipped {
			t.Fatalf("stats %+v", st)
		}
	})
}

func benchRead(b *testing.B, data []byte, f Format) {
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		r, err := NewReader("bench", bytes.NewReader(data), f)
		if err != nil {
			b.Fatal(err)
		}
		for {
			if _, err := r.Next(); err != nil {
				break
			}
		}
		if st := r.Stats(); st.Rejected > 0 {
			b.Fatalf("stats %+v", st)
		}
	}
}

func BenchmarkXPages(b *testing.B) {
	raw, _ := os.ReadFile(fixture("x_search.jsonl"))
	benchRead(b, bytes.Repeat(raw, 200), X)
}

func BenchmarkTAGS(b *testing.B) {
	raw, _ := os.ReadFile(fixture("tags_archive.csv"))
	header, rows, _ := bytes.Cut(raw, []byte("\n"))
	benchRead(b, append(append(header, '\n'), bytes.Repeat(rows, 500)...), TAGS)
}

func BenchmarkMastodon(b *testing.B) {
	raw, _ := os.ReadFile(fixture("mastodon_statuses.json"))
	benchRead(b, bytes.Repeat(raw, 100), Mastodon)
}
