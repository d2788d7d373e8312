package archive

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync/atomic"

	_ "time/tzdata" // Europe/London must resolve on machines without a zoneinfo database
)

// detectBytes is how much of a file Detect looks at.
const detectBytes = 64 << 10

// Detect names the format of br from its first bytes without consuming
// them. It expects gzip and a byte order mark to be dealt with already (as
// Open and NewReader do). An input of nothing but whitespace is Empty.
// A first JSON record bigger than the 64 KiB it looks at is told by the
// substrings that window shows; Open and NewReader read such a record
// whole instead (detect), so that a file's format does not depend on the
// size of its first record.
func Detect(br *bufio.Reader) (Format, error) {
	head, err := peekHead(br)
	if err != nil {
		return "", err
	}
	return detectHead(head)
}

// detect is Detect for Open and NewReader. When the first JSON record it
// needs goes on past the window (a neutral post with a long bio, an X page),
// it reads on to that record's end, at most limit bytes, and tells the
// format by the record's keys; the reader it returns gives back what it
// read ahead. Only a record over the limit, which reading rejects anyway,
// falls back to the window's substrings.
func detect(br *bufio.Reader, limit int) (Format, *bufio.Reader, error) {
	head, err := peekHead(br)
	if err != nil {
		return "", br, err
	}
	trimmed := trimHead(head)
	if _, more := detectJSON(trimmed); len(head) < detectBytes || isCAR(head) || !isJSONStart(trimmed) || !more {
		f, err := detectHead(head)
		return f, br, err
	}
	// Read on, doubling, until the record is whole (or the input or the
	// limit ends); what was read is put back in front of the rest.
	ahead := make([]byte, 0, 2*detectBytes)
	f := Format("")
	for more := true; more && len(ahead) < limit; {
		want := min(max(2*len(ahead), 2*detectBytes), limit)
		ahead = slices.Grow(ahead, want-len(ahead))
		n, rerr := io.ReadFull(br, ahead[len(ahead):want])
		ahead = ahead[:len(ahead)+n]
		f, more = detectJSON(trimHead(ahead))
		if rerr != nil {
			break
		}
	}
	br = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(ahead), br), 64<<10)
	if f != "" {
		return f, br, nil
	}
	// head was br's buffer, which reading on has reused: the window is
	// the start of what was read.
	f, err = detectHead(ahead[:min(len(ahead), detectBytes)])
	return f, br, err
}

// peekHead is the window Detect looks at.
func peekHead(br *bufio.Reader) ([]byte, error) {
	head, err := br.Peek(detectBytes)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull && len(head) == 0 {
		// A stream cut short (a truncated gzip) is still told by what it
		// holds: reading it loads the records before the cut and reports
		// the error there.
		return nil, err
	}
	return head, nil
}

func trimHead(b []byte) []byte {
	return bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), " \t\r\n")
}

func isJSONStart(b []byte) bool { return len(b) > 0 && (b[0] == '{' || b[0] == '[') }

// detectHead tells the format from the window, JSON that its first record
// does not tell by telltale substrings.
func detectHead(head []byte) (Format, error) {
	if isCAR(head) { // binary: before any trimming (a CARv2 starts with a newline)
		return BlueskyRepo, nil
	}
	trimmed := trimHead(head)
	if len(trimmed) == 0 {
		return Empty, nil
	}
	if isXArchive(trimmed) {
		return XArchive, nil
	}
	if isEmptyList(trimmed) {
		// An API's answer for a page with nothing on it.
		return Empty, nil
	}
	if isJSONStart(trimmed) {
		f, _ := detectJSON(trimmed)
		if f == "" {
			f = guessJSON(trimmed)
		}
		if f != "" {
			return f, nil
		}
		return "", fmt.Errorf("cannot tell the format: JSON, but neither X, Mastodon, Bluesky nor neutral posts (force one)")
	}
	line := trimmed
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = bytes.TrimRight(line, "\r")
	cols := map[string]bool{}
	for _, c := range strings.Split(string(line), string(csvComma(line))) {
		cols[normColumn(c)] = true
	}
	switch {
	case cols["id_str"] && cols["from_user"]:
		return TAGS, nil
	case cols["id"] && cols["author_id"] && cols["created_at"] && cols["text"]:
		return XCSV, nil
	case cols["accounts"]:
		return Roster, nil
	case cols["community"] && cols["hashtag"] && cols["start"]:
		return Catalogue, nil
	}
	return "", fmt.Errorf("cannot tell the format from the first line %q (force one)", clip(string(line), 120))
}

// isEmptyList says whether b, with no leading space, is "[]" with space
// at most between and after.
func isEmptyList(b []byte) bool {
	t := bytes.TrimRight(b, " \t\r\n")
	return len(t) >= 2 && t[0] == '[' && t[len(t)-1] == ']' && len(bytes.TrimSpace(t[1:len(t)-1])) == 0
}

// csvComma tells a sheet saved as tab-separated values (as "Download as
// TSV" and Excel's "Text (Tab delimited)" write it) from a CSV by its header
// line: column names hold neither commas nor tabs.
func csvComma(header []byte) byte {
	if bytes.Count(header, []byte{'\t'}) > bytes.Count(header, []byte{','}) {
		return '\t'
	}
	return ','
}

func normColumn(c string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(c), `"`))
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// detectJSON classifies by the keys of the first object it finds, going
// into arrays and the well-known page wrappers. more says that head ends
// inside the object it needed to see, so that more of the input could
// tell.
func detectJSON(head []byte) (f Format, more bool) {
	obj := head
	for depth := 0; depth < 4; depth++ {
		i := skipSpace(obj, 0)
		if i >= len(obj) {
			return "", true
		}
		if obj[i] == '[' {
			obj = obj[skipSpace(obj, i+1):]
			continue
		}
		if obj[i] != '{' {
			break
		}
		end, ok := skipValue(obj, i)
		if !ok {
			return "", true
		}
		var keys map[string]json.RawMessage
		if json.Unmarshal(obj[i:end], &keys) != nil {
			break
		}
		if f := classify(keys); f != "" {
			return f, false
		}
		// A wrapper: look inside its list.
		inner := ""
		for _, k := range []string{"data", "feed", "posts", "statuses", "thread", "post"} {
			if _, ok := keys[k]; ok {
				inner = k
				break
			}
		}
		if inner == "" {
			break
		}
		obj = keys[inner]
	}
	return "", false
}

// guessJSON classifies JSON whose first record says nothing (an API error
// answer before the data) or is too large to read whole, by telltale
// substrings of the window.
func guessJSON(head []byte) Format {
	s := string(head)
	switch {
	case strings.Contains(s, `"OrderedCollection"`) && strings.Contains(s, `"orderedItems"`):
		return MastodonOutbox
	case strings.Contains(s, `"author_id"`) || strings.Contains(s, `"edit_history_tweet_ids"`):
		return X
	case strings.Contains(s, `"time_us"`) && strings.Contains(s, `"kind"`):
		return Jetstream
	case strings.Contains(s, `"at://`):
		return Bluesky
	case strings.Contains(s, `"in_reply_to_account_id"`) || strings.Contains(s, `"reblog"`):
		return Mastodon
	case strings.Contains(s, `"reply_to_account"`) || strings.Contains(s, `"author_name"`):
		return Neutral
	}
	return ""
}

func classify(keys map[string]json.RawMessage) Format {
	has := func(k string) bool { _, ok := keys[k]; return ok }
	str := func(k string) string {
		var s string
		json.Unmarshal(keys[k], &s)
		return s
	}
	switch {
	case has("orderedItems") || str("type") == "OrderedCollection" || (has("outbox") && has("preferredUsername")):
		// An account export's outbox, likes and bookmarks, and its actor
		// (the profile the outbox reads, which holds no posts itself).
		return MastodonOutbox
	case has("author_id") || has("edit_history_tweet_ids") || has("includes"):
		return X
	case has("did") && has("time_us") && has("kind"):
		return Jetstream
	case has("feed") || has("thread") || strings.HasPrefix(str("uri"), "at://") || has("indexedAt"):
		return Bluesky
	case has("post") && bytes.Contains(keys["post"], []byte(`"at://`)):
		return Bluesky
	case has("records") && bytes.Contains(keys["records"], []byte(`"at://`)):
		return Bluesky // a listRecords page
	case has("profiles") && bytes.Contains(keys["profiles"], []byte(`"did:`)),
		strings.HasPrefix(str("did"), "did:") && has("handle") && !has("uri"):
		return Bluesky // getProfiles, getProfile
	case has("in_reply_to_account_id") || has("reblog") || (has("account") && has("content")) || has("statuses"):
		return Mastodon
	case has("platform") || has("reply_to_account") || has("author_name"):
		return Neutral
	case has("data"):
		var d json.RawMessage = keys["data"]
		if bytes.Contains(d, []byte(`"text"`)) || bytes.Equal(bytes.TrimSpace(d), []byte("[]")) {
			return X
		}
	case has("meta") && bytes.Contains(keys["meta"], []byte("result_count")):
		return X
	}
	return ""
}

func newGzip(r io.Reader) (io.Reader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return zr, nil
}

// Input is an opened archive: decompressed, without a byte order mark, its
// format known. Read it through a Reader: NewReader(in.Name, in, in.Format).
type Input struct {
	Name   string
	Format Format // detected or forced; Empty for an empty file
	// Size is the file's size on disk (compressed size for gzip), -1 when
	// unknown (stdin, a pipe). Compare it with Consumed for progress.
	Size       int64
	Compressed bool

	br      *bufio.Reader
	counter *countingReader
	closer  io.Closer
}

// Open opens path ("-" for stdin) and detects its format unless force is
// set. Close the Input when done.
func Open(path string, force Format) (*Input, error) {
	in := &Input{Name: path, Size: -1}
	var f *os.File
	if path == "-" {
		in.Name, f = "stdin", os.Stdin
	} else {
		var err error
		if f, err = os.Open(path); err != nil {
			return nil, err
		}
		in.closer = f
	}
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		in.Size = st.Size()
	}
	in.counter = &countingReader{r: f}
	br, gz, err := prepare(in.counter)
	if err != nil {
		in.Close()
		return nil, fmt.Errorf("%s: %w", in.Name, err)
	}
	in.br, in.Compressed = br, gz
	if force != "" {
		if in.Format, err = ParseFormat(string(force)); err != nil {
			in.Close()
			return nil, err
		}
		return in, nil
	}
	if in.Format, in.br, err = detect(br, defaultMaxRecord); err != nil {
		in.Close()
		return nil, fmt.Errorf("%s: %w", in.Name, err)
	}
	return in, nil
}

// Read reads the decompressed content.
func (in *Input) Read(p []byte) (int, error) { return in.br.Read(p) }

// Consumed is how many bytes of the file have been read so far (compressed
// bytes for gzip), safe to call from another goroutine.
func (in *Input) Consumed() int64 { return in.counter.n.Load() }

// Close closes the file (not stdin).
func (in *Input) Close() error {
	if in.closer == nil {
		return nil
	}
	err := in.closer.Close()
	in.closer = nil
	return err
}

// Reader reads the input's records.
func (in *Input) Reader(opts Options) (*Reader, error) {
	return NewReaderOptions(in.Name, in.br, in.Format, opts)
}

type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
