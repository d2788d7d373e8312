// Package generate writes a synthetic world of health and care
// professionals' peer-support chats, modelled on the UK WeCommunities, in
// the archive formats the loader reads: X API v2 pages, TAGS sheets,
// Mastodon statuses and Bluesky posts, mixed as real archives are, with a
// roster and a chat catalogue. The same Config always writes the same bytes.
//
// Memory grows with members and chats, never with posts: posts are made a
// day at a time and streamed to buffered (and, for the big files, gzipped)
// writers.
package generate

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Config says what world to write. Zero knobs take their defaults.
type Config struct {
	Members int   // people and organisations taking part, besides the 16 community accounts
	Months  int   // how long the world runs, ending on End
	Seed    int64 // same seed, same bytes
	// End is the last day of the world; zero means 2026-11-01, a fixed date
	// so that output never depends on when it was made.
	End time.Time
	Out string // directory to write to; created if missing

	// ChatSize is the median number of participants in a chat (default 30).
	ChatSize int
	// PostsPerMember is the mean posts per member per month, chats and the
	// hashtags between them together (default 2). Chats take what they take;
	// the talk between chats makes up the rest.
	PostsPerMember float64
	// Compress gzips every post file; otherwise only the X API pages are
	// gzipped. Defaults to on from 10,000 members.
	Compress *bool

	// Later, when set, receives the posts from the day LaterFrom on (a UTC
	// midnight) instead of Out, in files of the same names, with a copy of
	// the catalogue and no roster: the same world collected in two parts,
	// e.g. its last month to bring into a graph of the months before it.
	Later     string
	LaterFrom time.Time

	// Acts, when set, is given each day's conversational acts as they are
	// made, and People the members once the world is written: the truth the
	// files were written from, for the analysis benchmark.
	Acts   func([]Act) error
	People func([]Person) error
}

// DefaultEnd is the last day of a world when Config.End is zero.
var DefaultEnd = time.Date(2026, time.November, 1, 0, 0, 0, 0, time.UTC)

// Summary says what was written.
type Summary struct {
	Members      int // as configured
	Hosts        int // community accounts, also in the roster
	Accounts     int // platform accounts of members and hosts
	Communities  int
	Chats        int
	Catalogued   int      // chats listed in catalogue.csv
	Uncatalogued []string // communities left out of the catalogue
	TagsArchive  []string // communities whose X posts come from TAGS sheets

	Posts      int // distinct posts
	Rows       int // post rows across files: Posts plus Duplicates
	Duplicates int // rows of posts already written to another file (TAGS and API both)
	ChatPosts  int
	Outside    int // posts between chats
	Replies    int
	Quotes     int
	Reposts    int // retweets and reblogs: endorsement, not conversation
	ByPlatform map[string]int
	ByFile     map[string]int // post rows per file

	Rostered, OptedOut, TwoAccounts int
	// What the world holds, as made (the loader should find the same).
	Unanswered          int // posted, never replied to, mentioned or quoted
	Lapsed              int // posted, silent for the lapse period before the end
	UnwelcomedNewcomers int // first chat in the last 150 days, no reply there
	WithinProfession    int // conversational ties between people of one profession
	CrossProfession     int // ... and of two

	Start, End time.Time
	Files      []string // names relative to Out, sorted; the later part's as <its folder's name>/<file>
	Bytes      int64
}

func (c *Config) defaults() error {
	if c.Members < 1 {
		return errors.New("generate: members must be at least 1")
	}
	if c.Months < 1 {
		return errors.New("generate: months must be at least 1")
	}
	if c.Out == "" {
		return errors.New("generate: no output directory")
	}
	if c.End.IsZero() {
		c.End = DefaultEnd
	}
	c.End = c.End.UTC()
	if c.ChatSize <= 0 {
		c.ChatSize = 30
	}
	if c.PostsPerMember <= 0 {
		c.PostsPerMember = 2
	}
	if c.Compress == nil {
		on := c.Members >= 10000
		c.Compress = &on
	}
	if c.Later != "" {
		if c.LaterFrom.IsZero() {
			return errors.New("generate: a later part needs the day it starts")
		}
		if filepath.Clean(c.Later) == filepath.Clean(c.Out) {
			return errors.New("generate: the later part needs a folder of its own")
		}
	}
	return nil
}

// Generate writes the world cfg describes into cfg.Out.
func Generate(ctx context.Context, cfg Config) (Summary, error) {
	if err := cfg.defaults(); err != nil {
		return Summary{}, err
	}
	for _, dir := range []string{cfg.Out, cfg.Later} {
		if dir == "" {
			continue
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return Summary{}, err
		}
		if err := clearOld(dir); err != nil {
			return Summary{}, err
		}
	}
	b := newBuilder(cfg)
	out := &outputs{b: b, dir: cfg.Out, compress: *cfg.Compress, tags: map[string]*tagsFile{}, rows: map[string]int{}}
	if cfg.Later != "" {
		out.laterFrom = cfg.LaterFrom.UnixMilli()
	}
	sink := out.day
	if cfg.Acts != nil {
		sink = func(posts []*post) error {
			if err := cfg.Acts(actsOf(posts)); err != nil {
				return err
			}
			return out.day(posts)
		}
	}
	e := newEngine(b, sink)
	err := e.run(ctx)
	if cerr := out.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return Summary{}, err
	}
	if err := out.roster(); err != nil {
		return Summary{}, err
	}
	if err := out.catalogue(cfg.Out); err != nil {
		return Summary{}, err
	}
	if cfg.Later != "" {
		if err := out.catalogue(cfg.Later); err != nil {
			return Summary{}, err
		}
	}
	if cfg.People != nil {
		if err := cfg.People(b.people()); err != nil {
			return Summary{}, err
		}
	}
	return out.summary(e), nil
}

// ownFiles are the names Generate writes. Files of an earlier, bigger
// world (x-pages-024 after a 12-month run) would otherwise be loaded with
// the new one.
var ownFiles = []string{"x-pages-*.jsonl.gz", "tags-*.csv", "tags-*.csv.gz", "mastodon-*.jsonl", "mastodon-*.jsonl.gz",
	"bsky-posts.jsonl", "bsky-posts.jsonl.gz", "roster.csv", "catalogue.csv"}

func clearOld(dir string) error {
	for _, pat := range ownFiles {
		old, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			return err
		}
		for _, f := range old {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	return nil
}

// outputs routes each finished day of posts to the files its platform and
// community archive it in.
type outputs struct {
	b        *builder
	dir      string // where post files open: Out, then Later from laterFrom on
	compress bool

	laterFrom int64 // Unix ms; 0: one part
	inLater   bool

	x      *outFile
	xMonth int
	tags   map[string]*tagsFile // by file name
	masto  [3]*outFile
	bsky   *outFile
	files  []*outFile
	rows   map[string]int
	dups   int
}

func (o *outputs) open(name string, compress bool) (*outFile, error) {
	return o.openIn(o.dir, name, compress)
}

func (o *outputs) openIn(dir, name string, compress bool) (*outFile, error) {
	f, err := createOut(dir, name, compress)
	if err != nil {
		return nil, err
	}
	if dir != o.b.cfg.Out {
		// Summary.ByFile tells the parts' files of the same name apart.
		f.name = filepath.Join(filepath.Base(dir), f.name)
	}
	o.files = append(o.files, f)
	return f, nil
}

// startLater closes the first part's post files: the days from here on
// open theirs in the later part's folder.
func (o *outputs) startLater() error {
	for _, f := range o.files {
		if !f.closed {
			if err := f.close(); err != nil {
				return err
			}
		}
	}
	o.x, o.xMonth, o.masto, o.bsky = nil, 0, [3]*outFile{}, nil
	o.tags = map[string]*tagsFile{}
	o.dir, o.inLater = o.b.cfg.Later, true
	return nil
}

// tagsIn lists the TAGS-archived communities whose hashtag a post carries:
// a TAGS sheet keeps every tweet its search matches, whatever chat it is from.
func (o *outputs) tagsIn(p *post) []int {
	var out []int
	segs := p.segs
	if p.kind == kRepost {
		return nil // TAGS sheets here were set to leave retweets out
	}
	for _, s := range segs {
		if s.kind != segTag {
			continue
		}
		for ci := range o.b.comms {
			c := &o.b.comms[ci]
			if c.tags && strings.EqualFold(c.tag, s.s) && !slices.Contains(out, ci) {
				out = append(out, ci)
			}
		}
	}
	return out
}

func (o *outputs) day(posts []*post) error {
	b := o.b
	first := posts[0].ms
	if o.laterFrom != 0 && !o.inLater && first >= o.laterFrom {
		if err := o.startLater(); err != nil {
			return err
		}
	}
	var api []*post
	for _, p := range posts {
		copies := 0
		switch p.plat {
		case onX:
			in := o.tagsIn(p)
			for _, ci := range in {
				if err := o.tagsRow(ci, p); err != nil {
					return err
				}
				copies++
			}
			// The X API collection covers every community but those kept
			// in TAGS sheets, and whatever those sheets cannot see: their
			// retweets and replies without the hashtag.
			if !b.comms[p.comm].tags || !slices.Contains(in, int(p.comm)) {
				api = append(api, p)
				copies++
			}
		case onMastodon:
			inst := b.comms[p.comm].inst
			if o.masto[inst] == nil {
				f, err := o.open("mastodon-"+instances[inst]+".jsonl", o.compress)
				if err != nil {
					return err
				}
				o.masto[inst] = f
			}
			if err := writeJSONLine(o.masto[inst], statusOf(b, p, inst)); err != nil {
				return err
			}
			o.masto[inst].rows++
			copies++
		case onBluesky:
			if o.bsky == nil {
				f, err := o.open("bsky-posts.jsonl", o.compress)
				if err != nil {
					return err
				}
				o.bsky = f
			}
			if err := writeJSONLine(o.bsky, postViewOf(b, p)); err != nil {
				return err
			}
			o.bsky.rows++
			copies++
		}
		if copies > 1 {
			o.dups += copies - 1
		}
	}
	if len(api) == 0 {
		return nil
	}
	// One file of X pages a month, as a monthly collection would save them.
	t := time.UnixMilli(first).UTC()
	month := (t.Year()-b.firstDay.Year())*12 + int(t.Month()-b.firstDay.Month()) + 1
	if o.x == nil || month != o.xMonth {
		// Posts come in time order, so last month's file is done.
		if o.x != nil {
			if err := o.x.close(); err != nil {
				return err
			}
		}
		f, err := o.open(fmt.Sprintf("x-pages-%03d.jsonl", month), true)
		if err != nil {
			return err
		}
		o.x, o.xMonth = f, month
	}
	return writeXPages(o.x, b, api, first/86400000)
}

func (o *outputs) tagsRow(ci int, p *post) error {
	c := &o.b.comms[ci]
	year := time.UnixMilli(p.ms).UTC().Year()
	name := "tags-" + strings.ToLower(c.tag) + "-" + strconv.Itoa(year) + ".csv"
	t := o.tags[name]
	if t == nil {
		// Last year's sheet for this community is done.
		prev := "tags-" + strings.ToLower(c.tag) + "-" + strconv.Itoa(year-1) + ".csv"
		if old := o.tags[prev]; old != nil && !old.out.closed {
			if err := old.out.close(); err != nil {
				return err
			}
		}
		f, err := o.open(name, o.compress)
		if err != nil {
			return err
		}
		if t, err = newTagsFile(f); err != nil {
			return err
		}
		o.tags[name] = t
	}
	return t.row(o.b, p)
}

func (o *outputs) close() error {
	var err error
	for _, f := range o.files {
		if f.closed {
			o.rows[f.name] = f.rows
			continue
		}
		if e := f.close(); err == nil {
			err = e
		}
		o.rows[f.name] = f.rows
	}
	return err
}

// professionWords are how a coordinator writes a profession in a roster:
// the loader maps these aliases to the canonical names.
var professionWords = [numProfessions][]string{
	nurse: {"Nurse", "Registered Nurse", "RN", "nurse"}, student: {"Student", "Student nurse", "student"},
	pharmacist: {"Pharmacist", "pharmacist"}, ahp: {"AHP", "Allied health professional", "Physiotherapist"},
	doctor: {"Doctor", "GP", "doctor"}, midwife: {"Midwife", "midwife"}, commissioner: {"Commissioner", "Manager", "commissioner/manager"},
	paramedic: {"Paramedic"}, scientist: {"Healthcare scientist", "Clinical scientist"},
	pharmTech: {"Pharmacy technician", "Pharmacy Technician"}, public: {"Patient", "Carer", "Public", "patient/carer/public"},
	organisation: {"Organisation", "organisation"},
}

func accountKeys(m *member, keepCase bool) []string {
	var ks []string
	if m.has[onX] {
		h := m.xHandle
		if !keepCase {
			h = strings.ToLower(h)
		}
		ks = append(ks, "x:"+h)
	}
	if m.has[onMastodon] {
		ks = append(ks, "mastodon:"+strings.ToLower(m.mUser)+"@"+instances[m.mInst])
	}
	if m.has[onBluesky] {
		ks = append(ks, "bsky:"+m.bHandle)
	}
	return ks
}

// roster writes the members the communities know: their accounts (tied
// together), profession as the coordinator wrote it, communities and
// whether they opted out. X handles keep the case people write them in.
func (o *outputs) roster() error {
	f, err := o.openIn(o.b.cfg.Out, "roster.csv", false)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	f.csv = w
	_ = w.Write([]string{"accounts", "name", "professions", "communities", "opted_out"})
	b := o.b
	order := make([]int, 0, len(b.members))
	for i := b.cfg.Members; i < len(b.members); i++ {
		order = append(order, i)
	}
	for i := 0; i < b.cfg.Members; i++ {
		order = append(order, i)
	}
	for _, i := range order {
		m := &b.members[i]
		if !m.is(flagRostered) {
			continue
		}
		var comms []string
		for _, c := range m.comms {
			comms = append(comms, b.comms[c].name)
		}
		words := professionWords[m.prof]
		prof := words[int(m.xID^m.mID)%len(words)]
		_ = w.Write([]string{strings.Join(accountKeys(m, true), ";"), m.name, prof, strings.Join(comms, ";"), strconv.FormatBool(m.is(flagOptedOut))})
		f.rows++
	}
	o.rows[f.name] = f.rows
	return f.close()
}

// catalogue writes the scheduled chats into dir, except for the
// communities that keep no catalogue.
func (o *outputs) catalogue(dir string) error {
	f, err := o.openIn(dir, "catalogue.csv", false)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	f.csv = w
	_ = w.Write([]string{"community", "hashtag", "topic", "host", "start", "duration"})
	b := o.b
	for i := range b.chats {
		ch := &b.chats[i]
		if !ch.catalog {
			continue
		}
		c := &b.comms[ch.comm]
		h := &b.members[ch.host]
		topic := strings.ToUpper(ch.topic.phrase[:1]) + ch.topic.phrase[1:]
		start := ch.start.In(londonZone(ch.start)).Format("2006-01-02T15:04:05-07:00")
		_ = w.Write([]string{c.name, "#" + c.tag, topic, "x:" + strings.ToLower(h.xHandle), start, "60m"})
		f.rows++
	}
	o.rows[f.name] = f.rows
	return f.close()
}

func (o *outputs) summary(e *engine) Summary {
	b := o.b
	s := Summary{Members: b.cfg.Members, Hosts: len(b.comms), Communities: len(b.comms), Chats: len(b.chats),
		Posts: e.st.posts, Replies: e.st.byKind[kReply], Quotes: e.st.byKind[kQuote], Reposts: e.st.byKind[kRepost], ChatPosts: e.st.chatPosts, Outside: e.st.outside, Duplicates: o.dups,
		WithinProfession: e.st.within, CrossProfession: e.st.cross,
		ByPlatform: map[string]int{}, ByFile: map[string]int{},
		Start: b.firstDay, End: b.firstDay.AddDate(0, 0, b.days)}
	for p, n := range e.st.byPlatform {
		s.ByPlatform[platformNames[p]] = n
	}
	for i := range b.comms {
		if b.comms[i].noCat {
			s.Uncatalogued = append(s.Uncatalogued, b.comms[i].name)
		}
		if b.comms[i].tags {
			s.TagsArchive = append(s.TagsArchive, b.comms[i].name)
		}
	}
	for i := range b.chats {
		if b.chats[i].catalog {
			s.Catalogued++
		}
	}
	lapseFrom := int32(b.days - b.silence)
	for i := range b.members {
		m := &b.members[i]
		n := 0
		for _, h := range m.has {
			if h {
				n++
			}
		}
		s.Accounts += n
		if m.is(flagHost) {
			continue
		}
		if m.is(flagRostered) {
			s.Rostered++
		}
		if m.is(flagOptedOut) {
			s.OptedOut++
		}
		if n > 1 {
			s.TwoAccounts++
		}
		if m.posts > 0 && m.answered == 0 {
			s.Unanswered++
		}
		if m.posts > 0 && m.last < lapseFrom {
			s.Lapsed++
		}
		if m.is(flagNewcomer) && m.is(flagChatDebut) && m.posts > 0 {
			s.UnwelcomedNewcomers++
		}
	}
	for _, f := range o.files {
		s.Files = append(s.Files, f.name)
		s.Bytes += f.bytes
		if f.name != "roster.csv" && f.name != "catalogue.csv" {
			s.ByFile[f.name] = f.rows
			s.Rows += f.rows
		}
	}
	slices.Sort(s.Files)
	return s
}
