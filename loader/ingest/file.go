package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/loader/archive"
	"github.com/peergraph/peergraph/neo4jstore"
)

// load is the state of one Run.
type load struct {
	store       Store
	opts        Options
	rejects     *rejectWriter
	report      *reportWriter
	assigner    *Assigner
	communities map[string]string // hashtag -> community name
	written     writtenAccounts
	waiting     *waitingSet // targets posts in the graph wait for; set before the posts phase
	roster      rosterBook  // the load's roster rows, written once all are read
	chats       chatBook    // the load's catalogue rows; only the reading goroutine touches it
	sightings   *sightings  // where this load created its posts; only the writing goroutine touches it
}

// writtenAccounts remembers the accounts this load has written: that the
// graph has them, each with its professional, and the newest profile time
// sent for each with a fingerprint of that profile. An account row with no
// profile, or with a profile older than the newest, changes nothing in the
// graph (the newest profile wins), so it is not sent. A newer copy of the
// profile last sent (most rows of a busy author's later posts) would only
// move the account's profile time on; writing that for every author of
// every batch cost a property write and an exclusive lock on each, so the
// newest such copy is held and sent once, when the posts have all been
// read (or when too many are held). The newest profile still wins, in
// whatever order rows come; a load killed before it sends them leaves older
// profile times, which the next load (it sends every account's first row
// again) moves on. It is only ever used by the goroutine that writes, and
// forgets what it sent when it grows past its bound, so memory stays small
// whatever the input.
type writtenAccounts struct {
	sent map[string]sentProfile
	held map[string]neo4jstore.AccountRow
}

type sentProfile struct {
	newest int64 // newest ProfileAt sent or held (unix ns; 0 for none)
	hash   int64 // neo4jstore.ProfileHash of the profile last sent
}

const (
	maxWrittenAccounts = 1 << 18
	maxHeldAccounts    = 1 << 14
)

// changing keeps the rows that may change something now, and holds newer
// copies of profiles already sent.
func (w *writtenAccounts) changing(rows []neo4jstore.AccountRow) []neo4jstore.AccountRow {
	if w.sent == nil {
		w.sent, w.held = map[string]sentProfile{}, map[string]neo4jstore.AccountRow{}
	}
	out := rows[:0]
	for _, r := range rows {
		s, ok := w.sent[r.Key]
		at := r.ProfileAt.UnixNano()
		switch {
		case !ok:
		case r.ProfileAt.IsZero() || at < s.newest:
			continue
		case neo4jstore.ProfileHash(r) == s.hash:
			s.newest = at
			w.sent[r.Key] = s
			w.held[r.Key] = r
			continue
		}
		delete(w.held, r.Key) // this row is at least as new
		out = append(out, r)
	}
	return out
}

// record notes rows once the graph has them.
func (w *writtenAccounts) record(rows []neo4jstore.AccountRow) {
	if len(w.sent) > maxWrittenAccounts {
		clear(w.sent)
	}
	for _, r := range rows {
		var at int64
		if !r.ProfileAt.IsZero() {
			at = r.ProfileAt.UnixNano()
		}
		if old, ok := w.sent[r.Key]; !ok || at >= old.newest {
			w.sent[r.Key] = sentProfile{newest: at, hash: neo4jstore.ProfileHash(r)}
		}
	}
}

// takeHeld hands over the held rows, in key order.
func (w *writtenAccounts) takeHeld() []neo4jstore.AccountRow {
	out := make([]neo4jstore.AccountRow, 0, len(w.held))
	for _, r := range w.held {
		out = append(out, r)
	}
	clear(w.held)
	slices.SortFunc(out, func(a, b neo4jstore.AccountRow) int { return strings.Compare(a.Key, b.Key) })
	return out
}

// flushHeld sends the held profiles, a batch at a time.
func (l *load) flushHeld(ctx context.Context) error {
	rows := l.written.takeHeld()
	for len(rows) > 0 {
		n := min(len(rows), l.opts.BatchSize)
		if _, err := l.store.WritePostBatch(ctx, neo4jstore.PostBatch{Accounts: rows[:n]}); err != nil {
			return fmt.Errorf("profiles: %w", err)
		}
		l.written.record(rows[:n])
		rows = rows[n:]
	}
	return nil
}

// file loads one input, in batches that never span files so that each
// batch's outcome is accounted to its file.
func (l *load) file(ctx context.Context, in input) (FileSummary, error) {
	fs := FileSummary{File: in.path, Format: in.format}
	src, err := archive.Open(in.path, in.format)
	if err != nil {
		fs.Err = err.Error()
		l.rejects.write(archive.Reject{Source: archive.Source{File: in.path}, Reason: "file not read: " + fs.Err})
		return fs, nil
	}
	defer src.Close()
	r, err := src.Reader(archive.Options{})
	if err != nil {
		// A whole-file error (a CSV without its required columns) is named
		// in the rejects too, as classify does for a file it cannot open.
		fs.Err = err.Error()
		l.rejects.write(archive.Reject{Source: archive.Source{File: in.path}, Reason: "file not read: " + fs.Err})
		l.opts.Log.Warn("cannot read file", "file", in.path, "err", err)
		return fs, nil
	}
	l.opts.Progress.File(in.path, src.Consumed)

	// The file is read on a goroutine of its own, a batch ahead of the one
	// being written, so that parsing and Neo4j's writing overlap (there are
	// two cores); three batches at most are held. Only the writer (this
	// goroutine) touches the assigner and the communities, which only
	// catalogue and roster batches change and only post rows read: a file
	// holds one kind of row. (Writing two batches at once does not pay:
	// batches of one file share authors, mentioned accounts and chats, and
	// Neo4j's locks on them serialise the transactions or deadlock them.)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	const inFlight = 3
	free, full := make(chan *batch, inFlight), make(chan *batch, inFlight)
	for range inFlight {
		free <- newBatch(l.opts.BatchSize)
	}
	var read FileSummary // the reader's counts, merged once it is done
	go func() {
		defer close(full)
		l.read(ctx, in, r, &read, free, full)
	}()
	var werr error
	for b := range full {
		if werr == nil {
			if werr = l.flush(ctx, b, &fs); werr != nil {
				werr = fmt.Errorf("load %s: %w", in.path, werr)
				cancel() // the reader stops at its next batch
			}
		}
		b.reset()
		free <- b
	}
	fs.Read, fs.Rejected, fs.Duplicates, fs.Skipped, fs.Err = read.Read, read.Rejected, fs.Duplicates+read.Duplicates, read.Skipped, read.Err
	fs.Loaded += read.Loaded // roster rows, written after every roster is read
	fs.Overlaps = read.Overlaps
	return fs, werr
}

// read turns one file's rows into batches and hands each full one to the
// writer, taking empty ones from free; it stops early when ctx ends.
func (l *load) read(ctx context.Context, in input, r *archive.Reader, fs *FileSummary, free <-chan *batch, full chan<- *batch) {
	b := <-free
	send := func() bool {
		select {
		case full <- b:
		case <-ctx.Done():
			return false
		}
		select {
		case b = <-free:
			return true
		case <-ctx.Done():
			return false
		}
	}
	for {
		item, err := r.Next()
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			// An I/O error ends this file, not the load: what was read stays loaded.
			fs.Err = err.Error()
			l.rejects.write(archive.Reject{Source: archive.Source{File: in.path, Line: r.Line()}, Reason: "file ended early: " + fs.Err})
			l.opts.Log.Warn("file ended early", "file", in.path, "line", r.Line(), "err", err)
			break
		}
		fs.Read++
		l.opts.Progress.Row()
		switch {
		case item.Reject != nil:
			fs.Rejected++
			l.rejects.write(*item.Reject)
		case item.Skipped != nil:
			fs.Skipped++
		case item.Duplicate:
			fs.Duplicates++
			p := item.Post
			b.notes = append(b.notes, ReportLine{Kind: ReportDuplicate, File: p.Source.File, Line: p.Source.Line, ID: p.ID,
				Reason:  fmt.Sprintf("the file has this post already, on line %d", item.FirstLine),
				Earlier: &ReportRef{File: p.Source.File, Line: item.FirstLine, ID: p.ID}})
		case item.Chat != nil:
			l.readChat(item.Chat, b, fs)
		case item.Roster != nil:
			l.readRoster(item.Roster, b, fs)
		case item.Post != nil:
			b.addPost(l.postRow(item.Post), item.Post.Source, l.accountRows(item.Post))
		case item.Profile != nil:
			b.addAccount(l.profileRow(item.Profile))
			b.profiles++
		}
		if b.full() && !send() {
			return
		}
	}
	if !b.empty() {
		select {
		case full <- b:
		case <-ctx.Done():
		}
	}
}

// readChat settles a catalogue row against the load's earlier ones: a
// repeat is a duplicate, a conflicting row a reject, and an overlap with
// another chat is reported while the chat is loaded.
func (l *load) readChat(c *archive.CatalogueEntry, b *batch, fs *FileSummary) {
	row := l.chatRow(c)
	v := l.chats.add(row, c.Source)
	switch {
	case v.duplicateOf != nil:
		fs.Duplicates++
		b.notes = append(b.notes, repeatedRow("catalogue", c.Source, row.ID, *v.duplicateOf))
		return
	case v.reject != "":
		fs.Rejected++
		l.rejects.write(archive.Reject{Source: c.Source, Reason: v.reject, Raw: c.Raw})
		return
	}
	for _, o := range v.overlaps {
		b.notes = append(b.notes, ReportLine{Kind: ReportOverlap, File: c.Source.File, Line: c.Source.Line, ID: row.ID,
			Reason: overlapReason(row, o), Earlier: &ReportRef{File: o.src.File, Line: o.src.Line, ID: o.row.ID}})
	}
	if len(v.overlaps) > 0 {
		fs.Overlaps++
	}
	b.chats = append(b.chats, row)
}

// repeatedRow is the report's line for a row of a catalogue or roster
// (what) at src that repeats the row for id at first.
func repeatedRow(what string, src archive.Source, id string, first archive.Source) ReportLine {
	return ReportLine{Kind: ReportDuplicate, File: src.File, Line: src.Line, ID: id,
		Reason:  fmt.Sprintf("repeats the %s row of %s line %d", what, first.File, first.Line),
		Earlier: &ReportRef{File: first.File, Line: first.Line, ID: id}}
}

// readRoster settles a roster row against the load's earlier ones (see
// rosterBook); accepted rows are written once every roster is read.
func (l *load) readRoster(e *archive.RosterEntry, b *batch, fs *FileSummary) {
	row, rej := l.rosterRow(e)
	if rej != nil {
		fs.Rejected++
		l.rejects.write(*rej)
		return
	}
	v := l.roster.add(row, e.Source)
	switch {
	case v.duplicateOf != nil:
		fs.Duplicates++
		b.notes = append(b.notes, repeatedRow("roster", e.Source, row.ID, *v.duplicateOf))
	case v.reject != "":
		fs.Rejected++
		l.rejects.write(archive.Reject{Source: e.Source, Reason: v.reject, Raw: e.Raw})
	default:
		fs.Loaded++
	}
}

// writeRoster writes the load's accepted roster rows, a batch at a time,
// and reports the rows whose opted-out flag the graph did not take.
func (l *load) writeRoster(ctx context.Context) (overridden int64, err error) {
	rows := l.roster.accepted()
	for start := 0; start < len(rows); start += l.opts.BatchSize {
		batch := rows[start:min(start+l.opts.BatchSize, len(rows))]
		overrides, err := l.store.WriteRosterRows(ctx, batch)
		if err != nil {
			return overridden, err
		}
		for _, o := range overrides {
			src := l.roster.source(o.ID)
			reason := fmt.Sprintf("the row says opted_out false, but %s stays opted out: an earlier roster or the professional of one of its accounts opted them out, and a roster never opts anyone back in (they do, through the API)", o.ID)
			switch {
			case o.OptedOut && o.Chosen:
				reason = fmt.Sprintf("the row says opted_out false, but %s chose through the API to opt out, and their own choice wins", o.ID)
			case !o.OptedOut:
				reason = fmt.Sprintf("the row says opted_out true, but %s chose through the API to take part, and their own choice wins", o.ID)
			}
			l.report.write(ReportLine{Kind: ReportOptOut, File: src.File, Line: src.Line, ID: o.ID, Reason: reason})
			overridden++
		}
		for _, r := range batch {
			for _, name := range r.Communities {
				if tag := neo4jstore.GuessHashtag(name); tag != "" {
					if _, ok := l.communities[tag]; !ok {
						l.communities[tag] = name
					}
				}
			}
		}
	}
	return overridden, nil
}

// flush writes a batch; rows that reach the graph count as loaded, posts
// the graph already had as duplicates. The report is written here only,
// so that its lines come in the order of the batches.
func (l *load) flush(ctx context.Context, b *batch, fs *FileSummary) error {
	for _, n := range b.notes {
		l.report.write(n)
	}
	if len(b.chats) > 0 {
		if err := l.store.WriteChats(ctx, b.chats); err != nil {
			return err
		}
		for _, c := range b.chats {
			l.assigner.Add(Window{ID: c.ID, Hashtag: c.Hashtag, StartsAt: c.StartsAt, EndsAt: c.EndsAt})
			if _, ok := l.communities[c.Hashtag]; !ok {
				l.communities[c.Hashtag] = c.Community
			}
		}
		fs.Loaded += int64(len(b.chats))
	}
	if len(b.posts) > 0 || b.profiles > 0 {
		if len(l.written.held) >= maxHeldAccounts {
			if err := l.flushHeld(ctx); err != nil {
				return err
			}
		}
		accounts := l.written.changing(b.accountList())
		res, err := l.store.WritePostBatch(ctx, neo4jstore.PostBatch{
			Accounts: accounts, Posts: b.posts, ReplyGrace: l.opts.ReplyGrace, Waiting: l.waiting.has})
		if err != nil {
			return err
		}
		l.written.record(accounts)
		for _, id := range res.Unresolved {
			l.waiting.add(id)
		}
		fs.Loaded += int64(res.Created + b.profiles)
		fs.Duplicates += int64(len(b.posts) - res.Created)
		l.noteDuplicates(b, res.Had)
	}
	return nil
}

// noteDuplicates lists the batch's posts the graph had, naming where this
// load created each, and remembers where it created the others.
func (l *load) noteDuplicates(b *batch, had []string) {
	hadSet := make(map[string]bool, len(had))
	for _, id := range had {
		hadSet[id] = true
	}
	for i, p := range b.posts {
		src := b.sources[i]
		if !hadSet[p.ID] {
			l.sightings.add(p.ID, src.File, src.Line)
			continue
		}
		delete(hadSet, p.ID) // a batch repeat is listed once
		line := ReportLine{Kind: ReportDuplicate, File: src.File, Line: src.Line, ID: p.ID,
			Reason: "the graph had this post already, from an earlier load"}
		if f, n, ok := l.sightings.first(p.ID); ok {
			line.Reason = fmt.Sprintf("this load has this post already, from %s line %d", f, n)
			line.Earlier = &ReportRef{File: f, Line: n, ID: p.ID}
		}
		l.report.write(line)
	}
}

// chatRow turns a catalogue entry into a chat.
func (l *load) chatRow(c *archive.CatalogueEntry) neo4jstore.ChatRow {
	return neo4jstore.ChatRow{
		ID:        ChatID(c.Hashtag, c.Start),
		Community: c.Community,
		Hashtag:   c.Hashtag,
		Topic:     c.Topic,
		Host:      c.Host,
		StartsAt:  c.Start.UTC(),
		EndsAt:    c.Start.Add(c.Duration).UTC(),
		Source:    "catalogue",
	}
}

// rosterRow canonicalises a roster entry's professions; a profession the
// table does not know rejects the row, so that a typo is fixed rather than
// silently made "unknown".
func (l *load) rosterRow(e *archive.RosterEntry) (neo4jstore.RosterRow, *archive.Reject) {
	row := neo4jstore.RosterRow{Name: e.Name, Accounts: e.Accounts, Communities: e.Communities, OptedOut: e.OptedOut}
	if len(e.Accounts) == 0 {
		return row, &archive.Reject{Source: e.Source, Reason: "accounts: no account", Raw: e.Raw}
	}
	row.ID = e.Accounts[0]
	for _, p := range e.Professions {
		name, ok := l.opts.Professions.Canonical(p)
		if !ok {
			reason := fmt.Sprintf("professions: unknown profession %q", p)
			if e.OptedOut {
				reason += "; the row opts out " + strings.Join(e.Accounts, ", ") + ", which " + optOutWaits
			}
			return row, &archive.Reject{Source: e.Source, Reason: reason, Raw: e.Raw}
		}
		row.Professions = appendUnique(row.Professions, name)
	}
	return row, nil
}

// postRow assigns a post to a chat by hashtag and time; an answer without
// a chat hashtag is put into its parent's chat by the store.
func (l *load) postRow(p *archive.Post) neo4jstore.PostRow {
	return neo4jstore.PostRow{
		ID: p.ID, Platform: p.Platform, Author: p.Author.Key, Text: p.Text, CreatedAt: p.CreatedAt.UTC(),
		ReplyTo: p.ReplyTo, ReplyToAccount: p.ReplyToAccount, Quotes: p.Quotes, QuotesAccount: p.QuotesAccount,
		Reposts: p.Reposts, RepostsAccount: p.RepostsAccount,
		Mentions: p.Mentions, Hashtags: p.Hashtags, Aliases: p.Aliases,
		Chat: l.assigner.Assign(p.Hashtags, p.CreatedAt),
	}
}

// accountRows are the author, with the profile and what its bio suggests,
// and every account the post addresses.
func (l *load) accountRows(p *archive.Post) []neo4jstore.AccountRow {
	inf := l.opts.Professions.Infer(p.Author.Bio)
	author := neo4jstore.AccountRow{
		Key: p.Author.Key, Platform: p.Platform, Handle: handleOf(p.Author.Key),
		Name: p.Author.Name, Bio: p.Author.Bio, Location: p.Author.Location, ProfileAt: p.CreatedAt.UTC(),
		Profession: inf.Profession, Confidence: inf.Confidence, Evidence: inf.Evidence,
	}
	if p.Platform == "bsky" && strings.HasPrefix(p.Author.NativeID, "did:") {
		author.DID = p.Author.NativeID
	}
	if p.Author.Handle == "" && p.Author.Name == "" && p.Author.Bio == "" && p.Author.Location == "" {
		// An author known only by an id (a Bluesky record names its author
		// by DID) comes with no profile: it must not replace one.
		author.ProfileAt = time.Time{}
	}
	rows := []neo4jstore.AccountRow{author}
	for _, key := range addressed(p) {
		rows = append(rows, neo4jstore.AccountRow{Key: key, Platform: domain.AccountFromKey(key).Platform, Handle: handleOf(key),
			DID: p.AccountDIDs[key]})
	}
	return rows
}

// profileRow is an account's profile read without a post, with what its
// bio suggests.
func (l *load) profileRow(p *archive.Profile) neo4jstore.AccountRow {
	inf := l.opts.Professions.Infer(p.Author.Bio)
	row := neo4jstore.AccountRow{
		Key: p.Author.Key, Platform: p.Platform, Handle: handleOf(p.Author.Key),
		Name: p.Author.Name, Bio: p.Author.Bio, Location: p.Author.Location, ProfileAt: p.At,
		Profession: inf.Profession, Confidence: inf.Confidence, Evidence: inf.Evidence,
	}
	if p.Platform == "bsky" && strings.HasPrefix(p.Author.NativeID, "did:") {
		row.DID = p.Author.NativeID
	}
	return row
}

func addressed(p *archive.Post) []string {
	keys := append([]string(nil), p.Mentions...)
	for _, k := range []string{p.ReplyToAccount, p.QuotesAccount, p.RepostsAccount} {
		if k != "" {
			keys = append(keys, k)
		}
	}
	return keys
}

func handleOf(key string) string { return domain.AccountFromKey(key).Handle }

func appendUnique(list []string, s string) []string {
	for _, v := range list {
		if v == s {
			return list
		}
	}
	return append(list, s)
}

// batch gathers rows until it is worth a transaction.
type batch struct {
	size     int
	chats    []neo4jstore.ChatRow
	posts    []neo4jstore.PostRow
	sources  []archive.Source // each post's file and line
	notes    []ReportLine     // report lines of the rows read into this batch
	accounts map[string]neo4jstore.AccountRow
	order    []string
	profiles int // profiles read without a post (Bluesky's getProfiles)
}

func newBatch(size int) *batch {
	return &batch{size: size, accounts: map[string]neo4jstore.AccountRow{}}
}

func (b *batch) full() bool {
	return len(b.posts) >= b.size || len(b.chats) >= b.size || len(b.notes) >= b.size || b.profiles >= b.size
}

func (b *batch) empty() bool {
	return len(b.posts) == 0 && len(b.chats) == 0 && len(b.notes) == 0 && b.profiles == 0
}

func (b *batch) reset() {
	b.chats, b.posts, b.sources, b.notes = b.chats[:0], b.posts[:0], b.sources[:0], b.notes[:0]
	b.profiles = 0
	clear(b.accounts)
	b.order = b.order[:0]
}

// addPost adds a post and its accounts; an account seen twice in a batch
// keeps its newest profile.
func (b *batch) addPost(p neo4jstore.PostRow, src archive.Source, accounts []neo4jstore.AccountRow) {
	b.posts = append(b.posts, p)
	b.sources = append(b.sources, src)
	for _, a := range accounts {
		b.addAccount(a)
	}
}

// addAccount keeps an account of the batch, with its newest profile.
func (b *batch) addAccount(a neo4jstore.AccountRow) {
	old, seen := b.accounts[a.Key]
	if !seen {
		b.order = append(b.order, a.Key)
		b.accounts[a.Key] = a
		return
	}
	if a.ProfileAt.After(old.ProfileAt) {
		b.accounts[a.Key] = a
	}
}

func (b *batch) accountList() []neo4jstore.AccountRow {
	out := make([]neo4jstore.AccountRow, 0, len(b.order))
	for _, k := range b.order {
		out = append(out, b.accounts[k])
	}
	return out
}
