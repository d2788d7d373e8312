package archive

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"strings"
	"time"
)

// Item is one record read from an archive: exactly one of Post, Profile,
// Roster, Chat, Reject or Skipped is set. Duplicate marks a Post whose id this file
// already produced; it is set alongside Post so the caller can still look
// at it, with FirstLine, the line where the file first had it. Skipped is
// a record that is sound but not a post of a public conversation (a direct
// message in an account export, a like), left out on purpose: its reason
// says why.
type Item struct {
	Post      *Post
	Profile   *Profile
	Roster    *RosterEntry
	Chat      *CatalogueEntry
	Reject    *Reject
	Skipped   *Reject
	Duplicate bool
	FirstLine int
}

// Stats accounts for every record a Reader has returned:
// Read == Loaded + Rejected + Duplicates + Skipped at all times.
type Stats struct {
	Read       int64
	Loaded     int64
	Rejected   int64
	Duplicates int64
	Skipped    int64
}

// Options bound what a Reader holds in memory. The zero value means the
// defaults below.
type Options struct {
	// MaxRecordBytes caps one record: a JSON value (an X page counts as one),
	// a JSONL line or a CSV record. Larger ones are rejected, their first
	// 64 KiB kept. Default 16 MiB.
	MaxRecordBytes int
	// MaxSeenIDs caps the per-file memory of post ids used to flag
	// duplicates (about 40 bytes an id). Past it, ids not yet remembered are
	// no longer checked; the loader's MERGE still makes a repeat harmless.
	// Default 1<<20.
	MaxSeenIDs int
	// MaxRepoBytes caps a Bluesky repository export (CAR), which is read
	// whole (see bskyrepo.go). Default 1 GiB.
	MaxRepoBytes int
	// Zone reads local times that carry no offset: the catalogue's starts
	// and the TAGS "time" column. Default Europe/London.
	Zone *time.Location
}

const (
	defaultMaxRecord = 16 << 20
	defaultMaxSeen   = 1 << 20
	rawKept          = 64 << 10 // bytes of a rejected record kept in Reject.Raw
	maxUsers         = 1 << 17  // X users remembered across pages
)

func (o Options) withDefaults() Options {
	if o.MaxRecordBytes <= 0 {
		o.MaxRecordBytes = defaultMaxRecord
	}
	if o.MaxRepoBytes <= 0 {
		o.MaxRepoBytes = defaultMaxRepo
	}
	if o.MaxSeenIDs <= 0 {
		o.MaxSeenIDs = defaultMaxSeen
	}
	if o.Zone == nil {
		o.Zone = london
	}
	return o
}

var london = mustZone("Europe/London")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // time/tzdata is embedded, so this cannot fail
	}
	return loc
}

// Reader yields the records of one archive file one at a time.
type Reader struct {
	name   string
	format Format
	opts   Options
	src    *source

	queue []Item
	qpos  int
	stats Stats
	seen  *idSet
	done  bool

	js  *jsonScanner
	csv *csvReader
	ap  *outboxReader
	xa  *xArchive      // what a file of the X personal archive holds
	col map[string]int // CSV column positions by lowercased name
	// dayFirst is the order of day and month in the dates of a sheet's
	// locale, once a date has shown it: 1 day first, 2 month first.
	dayFirst int
	tagsHeld []csvRecord // rows whose date waits for that order
	header   []string    // CSV column names by position

	repo *repoReader // a Bluesky repository export (CAR)

	xUsers     map[string]xUser    // X users seen in earlier pages
	userText   map[[2]uint64]xUser // includes.users decoded, by text (a zero xUser for one not usable)
	fd         fastDec
	mastoLocal map[string]string // Mastodon instance-local status id -> post id
	// mastoInstance is the web host of the Mastodon instance whose API
	// wrote the file, known from the first local account it shows; until
	// then its posts are held (mastoHeld) so that they can be given
	// aliases on that instance.
	mastoInstance string
	mastoHeld     []heldStatus
}

// NewReader reads r, which holds an archive in format f; f == "" detects
// it. Gzip and a UTF-8 byte order mark are handled here, so r can be a raw
// file. A CSV whose header lacks a required column fails here, before any
// row is read.
func NewReader(name string, r io.Reader, f Format) (*Reader, error) {
	return NewReaderOptions(name, r, f, Options{})
}

// NewReaderOptions is NewReader with explicit memory bounds.
func NewReaderOptions(name string, r io.Reader, f Format, opts Options) (*Reader, error) {
	br, _, err := prepare(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	opts = opts.withDefaults()
	if f == "" {
		if f, br, err = detect(br, opts.MaxRecordBytes); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	if _, err := ParseFormat(string(f)); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	rd := &Reader{name: name, format: f, opts: opts, src: newSource(br)}
	rd.seen = newIDSet(rd.opts.MaxSeenIDs)
	switch f {
	case Empty:
		rd.done = true
	case BlueskyRepo:
		rd.repo = &repoReader{src: br}
	case MastodonOutbox:
		rd.ap = newOutboxReader(name, br)
	case TAGS, XCSV, Roster, Catalogue:
		rd.csv = newCSVReader(rd.src, rd.opts.MaxRecordBytes, headerComma(br))
		if err := rd.readHeader(); err != nil {
			return nil, err
		}
	case XArchive:
		rd.xa = skipXArchivePrefix(rd.src, name)
		rd.js = newJSONScanner(rd.src, rd.opts.MaxRecordBytes)
	default:
		rd.js = newJSONScanner(rd.src, rd.opts.MaxRecordBytes)
		rd.xUsers = map[string]xUser{}
		rd.userText = map[[2]uint64]xUser{}
		rd.mastoLocal = map[string]string{}
	}
	return rd, nil
}

// Format is the format being read.
func (r *Reader) Format() Format { return r.format }

// Name is the file name used in rejects and errors.
func (r *Reader) Name() string { return r.name }

// Stats accounts for the records returned so far.
func (r *Reader) Stats() Stats { return r.stats }

// Line is the line the reader has reached, for progress reports.
func (r *Reader) Line() int { return r.src.line }

// Next returns the next record, io.EOF after the last one, or an error that
// is an I/O failure (a read error, a corrupt gzip stream); bad content is
// never an error, it is an Item with Reject set.
func (r *Reader) Next() (Item, error) {
	for r.qpos >= len(r.queue) {
		if r.done {
			return Item{}, io.EOF
		}
		r.queue, r.qpos = r.queue[:0], 0
		var err error
		switch {
		case r.repo != nil:
			err = r.fillRepo()
		case r.js != nil:
			err = r.fillJSON()
		case r.ap != nil:
			err = r.fillOutbox()
		default:
			err = r.fillCSV()
		}
		if err == io.EOF {
			r.done = true
			r.releaseHeld() // the file never said which instance wrote it
			r.releaseTags() // nor which order its dates are in
			continue
		}
		if err != nil {
			return Item{}, fmt.Errorf("%s line %d: %w", r.name, r.src.line, err)
		}
	}
	it := r.queue[r.qpos]
	r.queue[r.qpos] = Item{}
	r.qpos++
	r.stats.Read++
	switch {
	case it.Reject != nil:
		r.stats.Rejected++
	case it.Skipped != nil:
		r.stats.Skipped++
	case it.Duplicate:
		r.stats.Duplicates++
	default:
		r.stats.Loaded++
	}
	return it, nil
}

func (r *Reader) fillJSON() error {
	u, err := r.js.next()
	if err != nil {
		return err
	}
	switch {
	case u.junk:
		r.reject(u.line, "not JSON: the line does not start an object or array", u.raw, u.cut())
	case u.raw[0] != '{' && u.raw[0] != '[':
		r.reject(u.line, "not a JSON object: records are objects, this is a bare JSON value", u.raw, 0)
	case u.cut() > 0:
		r.reject(u.line, fmt.Sprintf("record is %d bytes, over the %d-byte limit", u.size, r.opts.MaxRecordBytes), u.raw, u.cut())
	default:
		switch r.format {
		case X:
			r.xUnit(u)
		case Mastodon:
			r.mastoUnit(u)
		case Bluesky:
			r.bskyUnit(u)
		case Neutral:
			r.neutralUnit(u)
		case XArchive:
			r.xArchiveUnit(u)
		case Jetstream:
			r.jetstreamUnit(u)
		}
	}
	return nil
}

// decodeObject decodes a record that must be a JSON object into v, or
// rejects it saying why not (not an object, bad UTF-8, a field of the wrong
// type) and returns false.
func (r *Reader) decodeObject(raw []byte, line int, v any) bool {
	if len(raw) == 0 || raw[0] != '{' {
		r.reject(line, "not a JSON object", raw, 0)
		return false
	}
	if bad := badUTF8(raw); bad != "" {
		r.reject(line, bad, raw, 0)
		return false
	}
	if err := json.Unmarshal(raw, v); err != nil {
		r.reject(line, decodeReason(err), raw, 0)
		return false
	}
	return true
}

// skip records a sound record that is left out on purpose.
func (r *Reader) skip(line int, reason string) {
	r.queue = append(r.queue, Item{Skipped: &Reject{Source: Source{File: r.name, Line: line}, Reason: reason}})
}

func (r *Reader) reject(line int, reason string, raw []byte, cut int64) {
	r.queue = append(r.queue, Item{Reject: &Reject{
		Source: Source{File: r.name, Line: line},
		Reason: reason,
		Raw:    keepRaw(raw, cut),
	}})
}

// keepRaw keeps the start of a rejected record and says how much was left
// out, so a reject file stays readable whatever the input.
func keepRaw(raw []byte, cut int64) string {
	if len(raw) > rawKept {
		cut += int64(len(raw) - rawKept)
		raw = raw[:rawKept]
	}
	s := string(raw)
	if cut > 0 {
		s += fmt.Sprintf("\n[... %d more bytes not kept]", cut)
	}
	return s
}

func (r *Reader) emitPost(p *Post, line int) {
	p.Source = Source{File: r.name, Line: line}
	first, dup := r.seen.add(p.ID, line)
	r.queue = append(r.queue, Item{Post: p, Duplicate: dup, FirstLine: first})
}

// each walks the elements of an array held in raw (at offset base within
// the unit), rejecting as one record whatever follows a cut.
func (r *Reader) each(raw []byte, base int, lm *lineMap, broken string, fn func(elem []byte, line int)) {
	elems, stop, complete := walkArray(raw)
	for _, e := range elems {
		fn(e.val, lm.at(base+e.off))
	}
	if !complete {
		why := broken
		if why == "" {
			why = "malformed array"
		}
		rest := raw[stop:]
		if len(rest) > 0 || len(elems) == 0 {
			r.reject(lm.at(base+stop), fmt.Sprintf("cut short (%s): everything from here on could not be read", why), rest, 0)
		}
	}
}

// idSet remembers post ids by two independent 64-bit hashes, so a false
// duplicate needs a 128-bit collision, each with the line it was first
// seen on, so that a duplicate names it.
type idSet struct {
	seeds [2]maphash.Seed
	m     map[[2]uint64]int
	max   int
}

func newIDSet(max int) *idSet {
	return &idSet{seeds: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}, m: map[[2]uint64]int{}, max: max}
}

// key is the pair of hashes of b that stands for it.
func (s *idSet) key(b []byte) [2]uint64 {
	return [2]uint64{maphash.Bytes(s.seeds[0], b), maphash.Bytes(s.seeds[1], b)}
}

// add remembers id, seen on line; for an id seen before, it says so and
// gives the line of the first sighting.
func (s *idSet) add(id string, line int) (first int, dup bool) {
	k := [2]uint64{maphash.String(s.seeds[0], id), maphash.String(s.seeds[1], id)}
	if first, ok := s.m[k]; ok {
		return first, true
	}
	if len(s.m) < s.max {
		s.m[k] = line
	}
	return 0, false
}

// ErrMissingColumns is returned by NewReader for a CSV whose header lacks a
// required column: no row of such a file can be read.
var ErrMissingColumns = errors.New("missing required columns")

// Format names an input format.
type Format string

const (
	X         Format = "x"         // X API v2 pages or tweets, JSON or JSONL
	TAGS      Format = "tags"      // Martin Hawksey's TAGS Archive sheet as CSV (or tab-separated)
	Mastodon  Format = "mastodon"  // Mastodon API Status objects
	Bluesky   Format = "bsky"      // Bluesky PostViews and feed items
	Neutral   Format = "posts"     // peergraph's neutral posts JSONL (NEUTRAL_FORMAT.md)
	Roster    Format = "roster"    // roster CSV
	Catalogue Format = "catalogue" // chat catalogue CSV
	// Empty is what Detect says of an input with nothing but whitespace: it
	// reads as zero records.
	Empty Format = "empty"
)

// Formats read from the tools' own outputs.
const (
	XCSV           Format = "twarc-csv"       // twarc-csv's CSV of X API v2 tweets (`twarc2 csv`)
	XArchive       Format = "x-archive"       // a file of the X personal archive (data/tweets.js, Grailbird's months)
	MastodonOutbox Format = "mastodon-outbox" // a Mastodon account export's outbox.json (ActivityPub)
)
const (
	BlueskyRepo Format = "bsky-car"  // a Bluesky repository export (com.atproto.sync.getRepo, CAR)
	Jetstream   Format = "jetstream" // Bluesky Jetstream events, JSON lines
)

// Formats lists the formats a caller can force.
var Formats = []Format{X, XCSV, XArchive, TAGS, Mastodon, MastodonOutbox, Bluesky, BlueskyRepo, Jetstream, Neutral, Roster, Catalogue}

// ParseFormat reads a format name as a user would type it.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	switch f {
	case "twitter":
		return X, nil
	case "bluesky":
		return Bluesky, nil
	case "neutral", "jsonl":
		return Neutral, nil
	case "chats":
		return Catalogue, nil
	case "twarc", "twarc_csv", "xcsv":
		return XCSV, nil
	case "outbox", "activitypub":
		return MastodonOutbox, nil
	case "x-personal-archive", "grailbird", "tweets.js":
		return XArchive, nil
	case "car", "bsky-repo":
		return BlueskyRepo, nil
	}
	for _, k := range Formats {
		if f == k {
			return f, nil
		}
	}
	if f == Empty {
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q (want one of x, twarc-csv, x-archive, tags, mastodon, mastodon-outbox, bsky, bsky-car, jetstream, posts, roster, catalogue)", s)
}

// headerComma is the field separator of the CSV in br, told from its first
// non-blank line without consuming it.
func headerComma(br *bufio.Reader) byte {
	head, _ := br.Peek(detectBytes)
	head = bytes.TrimLeft(head, " \t\r\n")
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	return csvComma(head)
}

// prepare buffers r, gunzips it when it starts with gzip's magic bytes
// (whatever the file is called) and drops a UTF-8 byte order mark.
func prepare(r io.Reader) (*bufio.Reader, bool, error) {
	br, ok := r.(*bufio.Reader)
	if !ok || br.Size() < 64<<10 {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	gz := false
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := newGzip(br)
		if err != nil {
			return nil, false, err
		}
		br, gz = bufio.NewReaderSize(zr, 64<<10), true
	}
	if bom, _ := br.Peek(3); len(bom) == 3 && bom[0] == 0xef && bom[1] == 0xbb && bom[2] == 0xbf {
		br.Discard(3)
	}
	return br, gz, nil
}
