package neo4jstore

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/internal/hashset"
)

// A bulk first load writes the bulk of a load into an empty database
// through Neo4j's importer, and the rest through the loader's own
// statements, so that no rule of write.go or refresh.go has a second copy.
//
// The importer writes the posts that need no rule beyond their row: a post
// read for the first time, that names no Bluesky DID (resolveDIDs), carries
// no alias and names no target by one (nameAliases, resolveAliases), with
// its POSTED, MENTIONS and IN (the chat the loader assigned), the accounts
// those name and the chats; and the REPLY_TO, QUOTES and REPOSTS between
// two such posts, which is all linkTargets would do for them when the row
// already names the target's author as the account it addresses. Everything
// else is kept, in the order the load read it, and written after the
// import by the statements an online load runs (FinishBulkLoad): chats,
// rosters, every batch's accounts (newest profile, professions from bios,
// DID folding) with the posts held back (repeats, DIDs, aliases), then
// linkTargets for the imported posts whose targets the importer could not
// link (a target held back or not read, or an addressed account other than
// the target's author), inheritChats for the imported answers without a
// chat (chats passed down reply threads), and the refresh (TALKED_WITH,
// TOOK_PART, MEMBER_OF, first and last seen) over everything.

// BulkLoad collects a first load's rows: the importer's CSV files and the
// rows kept for the statements that follow the import. Its methods take
// rows in the order a load writes them (chats, roster, then post batches);
// the first error is kept and returned by Close.
type BulkLoad struct {
	dir  string
	seed maphash.Seed
	err  error

	accounts, chats, posts, posted, mentions, in *csvFile
	replyTo, quotes, reposts                     *csvFile
	later                                        *bufio.Writer
	laterFile                                    *os.File
	imported                                     *bufio.Writer // ids of imported posts that need linking or fixing
	importedFile                                 *os.File
	// targets lists each imported post's targets (kind, post, target,
	// addressed account), resolved once every post is read (linkImported).
	targets     *bufio.Writer
	targetsFile *os.File

	// created holds each account key the load has made so far, with the
	// properties its first writer gives it (ON CREATE): a chat's host and a
	// roster's account take theirs from the key, an author or a mentioned
	// account from its row. written says which are in the accounts file.
	created map[string]accountProps
	written map[string]bool
	chatIDs map[string]bool
	authors map[string]bool // of the imported posts
	// seen holds the posts read so far (64-bit hashes of their ids), each
	// with its author's number in authorKeys plus one when the importer
	// writes it, 0 when it was held back.
	seen       hashset.Table[int32]
	authorNum  map[string]int32
	authorKeys []string

	// group gathers kept batches into one write (keepBatch), of at most
	// groupMax accounts and as many posts; groupIDs are its posts' ids.
	group    PostBatch
	groupIDs map[string]bool
	groupMax int

	// folded holds one row an account for the accounts whose rows need
	// not be written with their batch (foldAccounts), in the order first
	// seen; pinned are the accounts whose rows must be.
	folded    map[string]*AccountRow
	foldOrder []string
	pinned    map[string]bool

	Stats BulkStats
}

type accountProps struct{ platform, handle string }

// BulkStats counts what a bulk load sent where.
type BulkStats struct {
	Imported int // posts written by the importer
	HeldBack int // posts written after it, by the online statements
	Accounts int // accounts in the importer's files
	Mentions int
	InChat   int
	Linked   int // REPLY_TO, QUOTES and REPOSTS in the importer's files
	Folded   int // account rows folded into one an account (foldAccounts)
	Batches  int // batches kept for the online statements (after grouping)
	CSVBytes int64
}

// csvFile writes one of the importer's files: quoted strings (an empty
// string stays one), empty fields for nulls.
type csvFile struct {
	f    *os.File
	w    *bufio.Writer
	path string
}

func newCSV(dir, name, header string) (*csvFile, error) {
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	c := &csvFile{f: f, w: bufio.NewWriterSize(f, 1<<20), path: path}
	c.w.WriteString(header)
	c.w.WriteByte('\n')
	return c, nil
}

// row writes fields, each already formatted by csvStr, strs or a literal.
func (c *csvFile) row(fields ...string) {
	for i, f := range fields {
		if i > 0 {
			c.w.WriteByte(',')
		}
		c.w.WriteString(f)
	}
	c.w.WriteByte('\n')
}

func (c *csvFile) close() (int64, error) {
	if err := c.w.Flush(); err != nil {
		c.f.Close()
		return 0, fmt.Errorf("%s: %w", c.path, err)
	}
	st, err := c.f.Stat()
	if err != nil {
		c.f.Close()
		return 0, err
	}
	return st.Size(), c.f.Close()
}

// csvStr quotes a string for the importer; "" stays an empty string.
func csvStr(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// opt is a string that is null when empty, as nullable writes it.
func opt(s string) string {
	if s == "" {
		return ""
	}
	return csvStr(s)
}

// arrayDelimiter separates the items of a list field: a control character
// no handle, key or hashtag holds.
const arrayDelimiter = "\x1f"

// strs is a list of strings; the importer cannot write an empty list, so
// FinishBulkLoad sets those (fixLists).
func strs(list []string) string {
	for _, s := range list {
		if strings.Contains(s, arrayDelimiter) {
			// Never in a key or a hashtag; refuse rather than split one.
			panic(fmt.Sprintf("list item %q holds the importer's array delimiter", s))
		}
	}
	if len(list) == 0 {
		return ""
	}
	return csvStr(strings.Join(list, arrayDelimiter))
}

// zoned writes a time as the driver sends a Go time: its instant with its
// zone (the loader's times are UTC).
func zoned(t time.Time) string {
	at := t.Format("2006-01-02T15:04:05.999999999Z07:00")
	if zone := t.Location().String(); zone != "" && zone != "Local" {
		return at + "[" + zone + "]"
	}
	return at
}

// NewBulkLoad starts a bulk load's files in dir (made if missing); the
// rows kept for after the import are written in batches of up to
// batchSize posts and as many accounts.
func NewBulkLoad(dir string, batchSize int) (*BulkLoad, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	b := &BulkLoad{dir: dir, seed: maphash.MakeSeed(), created: map[string]accountProps{}, written: map[string]bool{},
		chatIDs: map[string]bool{}, authors: map[string]bool{}, authorNum: map[string]int32{},
		groupIDs: map[string]bool{}, groupMax: max(batchSize, 1), folded: map[string]*AccountRow{}, pinned: map[string]bool{}}
	files := []struct {
		to           **csvFile
		name, header string
	}{
		{&b.accounts, "accounts.csv", "key:ID(Account),platform,handle,local"},
		{&b.chats, "chats.csv", "id:ID(Chat)"},
		{&b.posts, "posts.csv", "id:ID(Post),platform,text,createdAt:datetime,hashtags:string[],replyToId,replyToAccount," +
			"quotesId,quotesAccount,repostsId,repostsAccount,mentions:string[]"},
		{&b.posted, "posted.csv", ":START_ID(Account),:END_ID(Post)"},
		{&b.mentions, "mentions.csv", ":START_ID(Post),:END_ID(Account)"},
		{&b.in, "in.csv", ":START_ID(Post),:END_ID(Chat)"},
		{&b.replyTo, "reply_to.csv", ":START_ID(Post),:END_ID(Post)"},
		{&b.quotes, "quotes.csv", ":START_ID(Post),:END_ID(Post)"},
		{&b.reposts, "reposts.csv", ":START_ID(Post),:END_ID(Post)"},
	}
	for _, f := range files {
		c, err := newCSV(dir, f.name, f.header)
		if err != nil {
			b.Close()
			return nil, err
		}
		*f.to = c
	}
	var err error
	if b.laterFile, err = os.Create(filepath.Join(dir, "later.jsonl")); err != nil {
		b.Close()
		return nil, err
	}
	b.later = bufio.NewWriterSize(b.laterFile, 1<<20)
	if b.importedFile, err = os.Create(filepath.Join(dir, "imported.tsv")); err != nil {
		b.Close()
		return nil, err
	}
	b.imported = bufio.NewWriterSize(b.importedFile, 1<<20)
	if b.targetsFile, err = os.Create(filepath.Join(dir, "targets.tsv")); err != nil {
		b.Close()
		return nil, err
	}
	b.targets = bufio.NewWriterSize(b.targetsFile, 1<<20)
	return b, nil
}

// laterRow is one write kept for after the import, in the load's order.
type laterRow struct {
	Chats  []ChatRow   `json:",omitempty"`
	Roster []RosterRow `json:",omitempty"`
	Posts  *PostBatch  `json:",omitempty"`
}

func (b *BulkLoad) keep(r laterRow) {
	if b.err != nil {
		return
	}
	line, err := json.Marshal(r)
	if err != nil {
		b.err = err
		return
	}
	b.later.Write(line)
	b.later.WriteByte('\n')
}

// keyProps is what a chat's host or a roster's account is made with.
func keyProps(key string) accountProps {
	platform, handle, _ := strings.Cut(key, ":")
	return accountProps{platform: platform, handle: handle}
}

// Chats takes a batch of chats: each is a node of the import, written in
// full after it (mergeChats).
func (b *BulkLoad) Chats(rows []ChatRow) {
	b.keepFolded() // (none unless chats come after posts)
	b.flushGroup()
	for _, r := range rows {
		if !b.chatIDs[r.ID] {
			b.chatIDs[r.ID] = true
			b.chats.row(csvStr(r.ID))
		}
		if r.Host != "" {
			if _, ok := b.created[r.Host]; !ok {
				b.created[r.Host] = keyProps(r.Host)
			}
		}
	}
	b.keep(laterRow{Chats: rows})
}

// Roster takes a batch of roster rows, written after the import
// (mergeRoster).
func (b *BulkLoad) Roster(rows []RosterRow) {
	b.keepFolded() // (none unless a roster comes after posts)
	b.flushGroup()
	for _, r := range rows {
		for _, key := range r.Accounts {
			if _, ok := b.created[key]; !ok {
				b.created[key] = keyProps(key)
			}
		}
	}
	b.keep(laterRow{Roster: rows})
}

// plain says whether the importer may write a post read for the first
// time: one that needs no rule beyond its row.
func plain(p PostRow) bool {
	if len(p.Aliases) > 0 {
		return false
	}
	for _, t := range []string{p.ReplyTo, p.Quotes, p.Reposts} {
		if strings.HasPrefix(t, aliasPrefix) {
			return false
		}
	}
	return !namesDIDKey(p)
}

// namesDIDKey says whether a post names an account by a Bluesky DID: as
// its author, an account it addresses or a mention.
func namesDIDKey(p PostRow) bool {
	return slices.ContainsFunc(append([]string{p.Author, p.ReplyToAccount, p.QuotesAccount, p.RepostsAccount}, p.Mentions...),
		func(k string) bool { return strings.HasPrefix(k, didKeyPrefix) })
}

// Posts takes a batch of accounts and posts: the plain posts go to the
// importer, the batch's accounts and its other posts to the online
// statements (keepBatch).
func (b *BulkLoad) Posts(batch PostBatch) {
	if b.err != nil {
		return
	}
	for _, a := range batch.Accounts {
		if _, ok := b.created[a.Key]; !ok {
			b.created[a.Key] = accountProps{platform: a.Platform, handle: a.Handle}
		}
	}
	var held []PostRow
	for _, p := range batch.Posts {
		author, again := b.seen.Add(maphash.String(b.seed, p.ID))
		_, known := b.created[p.Author]
		if again || !known || !plain(p) {
			held = append(held, p)
			continue
		}
		*author = b.authorNumber(p.Author) + 1
		b.importPost(p)
	}
	b.Stats.HeldBack += len(held)
	kept := batch
	kept.Posts = held
	kept.Waiting = nil
	kept.Accounts = b.foldAccounts(batch.Accounts, held)
	b.keepBatch(kept)
}

// foldAccounts takes a batch's account rows and gives back those that must
// be written with the batch; the others are folded into one row an account
// (written once every file is read, by Close). A load sends an account
// again each time its profile changes (1.6 million rows for 118,687
// accounts in the 100k world), and mergeAccounts leaves of them only what
// the first row creates (the account's handle and platform, the
// professional named after it) and the newest profile (the last of the
// rows with the newest profile time): the folded row is that. Rows stay
// with their batch when the account may not move: a held-back post of
// this batch or an earlier one names it as author or mention (it must be
// in the graph then, and only then: folded rows are written last), or it
// is a Bluesky account (resolveDIDs and foldDIDAccounts read the graph as
// the batches before left it). An account pinned after some of its rows
// were folded has them written with the batch that pins it.
func (b *BulkLoad) foldAccounts(rows []AccountRow, held []PostRow) []AccountRow {
	var out []AccountRow
	pin := func(key string) {
		if b.pinned[key] {
			return
		}
		b.pinned[key] = true
		if f, ok := b.folded[key]; ok {
			out = append(out, *f)
			delete(b.folded, key)
		}
	}
	for _, p := range held {
		pin(p.Author)
		for _, k := range p.Mentions {
			pin(k)
		}
	}
	for _, a := range rows {
		if b.pinned[a.Key] || a.DID != "" || a.Platform == "bsky" || strings.HasPrefix(a.Key, "bsky:") {
			out = append(out, a)
			continue
		}
		f, ok := b.folded[a.Key]
		if !ok {
			first := a
			b.folded[a.Key] = &first
			b.foldOrder = append(b.foldOrder, a.Key)
			b.Stats.Folded++
			continue
		}
		b.Stats.Folded++
		if !a.ProfileAt.IsZero() && !a.ProfileAt.Before(f.ProfileAt) {
			// The newest profile, on the first row's account.
			f.Name, f.Bio, f.Location, f.ProfileAt = a.Name, a.Bio, a.Location, a.ProfileAt
			f.Profession, f.Confidence, f.Evidence = a.Profession, a.Confidence, a.Evidence
		}
	}
	return out
}

// keepFolded keeps the folded accounts as batches of their own, in the
// order first seen: at Close, once every file is read, and before a batch
// of chats or roster rows, which the online load writes after them.
func (b *BulkLoad) keepFolded() {
	var rows []AccountRow
	for _, key := range b.foldOrder {
		if f, ok := b.folded[key]; ok {
			rows = append(rows, *f)
		}
	}
	for len(rows) > 0 {
		n := min(len(rows), b.groupMax)
		b.keepBatch(PostBatch{Accounts: rows[:n]})
		rows = rows[n:]
	}
	b.folded, b.foldOrder = map[string]*AccountRow{}, nil
}

// keepBatch keeps a batch's accounts and held-back posts for after the
// import. What is left of a batch is small (a few dozen accounts and
// posts), and each of WritePostBatch's transactions costs tens of
// milliseconds whatever its size, so consecutive batches are written as
// one where that cannot change the graph: their accounts first, then their
// posts. So a batch's posts must see no account that only a later batch
// makes (which createPosts would then find as an author or a mention where
// the online load did not): a batch whose posts name an account not made
// yet ends its group. A batch that names a Bluesky DID is written alone
// (resolveDIDs and foldDIDAccounts read the graph as the batches before
// it left it), and a post read twice is never in one group twice.
func (b *BulkLoad) keepBatch(kept PostBatch) {
	if len(kept.Accounts) == 0 && len(kept.Posts) == 0 {
		return
	}
	if namesDID(kept) {
		b.flushGroup()
		b.group = kept
		b.flushGroup()
		return
	}
	if len(b.group.Posts)+len(kept.Posts) > b.groupMax || len(b.group.Accounts)+len(kept.Accounts) > b.groupMax ||
		slices.ContainsFunc(kept.Posts, func(p PostRow) bool { return b.groupIDs[p.ID] }) {
		b.flushGroup()
	}
	b.group.ReplyGrace = kept.ReplyGrace
	b.group.Accounts = append(b.group.Accounts, kept.Accounts...)
	b.group.Posts = append(b.group.Posts, kept.Posts...)
	for _, p := range kept.Posts {
		b.groupIDs[p.ID] = true
	}
	if slices.ContainsFunc(kept.Posts, b.namesUnmade) {
		b.flushGroup()
	}
}

// flushGroup writes the kept batches gathered so far as one.
func (b *BulkLoad) flushGroup() {
	if len(b.group.Accounts) == 0 && len(b.group.Posts) == 0 {
		return
	}
	g := b.group
	b.keep(laterRow{Posts: &g})
	b.Stats.Batches++
	b.group = PostBatch{}
	clear(b.groupIDs)
}

// namesUnmade says whether a post names, as its author or a mention, an
// account the load has not made so far.
func (b *BulkLoad) namesUnmade(p PostRow) bool {
	if _, ok := b.created[p.Author]; !ok {
		return true
	}
	return slices.ContainsFunc(p.Mentions, func(k string) bool { _, ok := b.created[k]; return !ok })
}

// namesDID says whether a batch's accounts or posts name a Bluesky DID.
func namesDID(batch PostBatch) bool {
	for _, a := range batch.Accounts {
		if a.DID != "" || strings.HasPrefix(a.Key, didKeyPrefix) {
			return true
		}
	}
	return slices.ContainsFunc(batch.Posts, namesDIDKey)
}

// Flags of an imported post that the statements after the import need.
const (
	needsLinks    = 1 << iota // it answers, quotes or reposts a post
	needsLists                // the importer left out an empty list
	needsChatDown             // an answer without a chat of its own
)

func (b *BulkLoad) importPost(p PostRow) {
	b.account(p.Author)
	b.authors[p.Author] = true
	b.posts.row(csvStr(p.ID), csvStr(p.Platform), csvStr(p.Text), zoned(p.CreatedAt), strs(p.Hashtags),
		opt(p.ReplyTo), opt(p.ReplyToAccount), opt(p.Quotes), opt(p.QuotesAccount), opt(p.Reposts), opt(p.RepostsAccount),
		strs(p.Mentions))
	b.posted.row(csvStr(p.Author), csvStr(p.ID))
	for _, key := range distinct(p.Mentions) {
		// createPosts links only accounts the graph has by then.
		if _, ok := b.created[key]; ok {
			b.account(key)
			b.mentions.row(csvStr(p.ID), csvStr(key))
			b.Stats.Mentions++
		}
	}
	if p.Chat != "" && b.chatIDs[p.Chat] {
		b.in.row(csvStr(p.ID), csvStr(p.Chat))
		b.Stats.InChat++
	}
	for _, t := range [...]struct {
		kind            byte
		target, account string
	}{{replyTarget, p.ReplyTo, p.ReplyToAccount}, {quoteTarget, p.Quotes, p.QuotesAccount}, {repostTarget, p.Reposts, p.RepostsAccount}} {
		if t.target != "" {
			b.target(t.kind, p.ID, t.target, t.account)
		}
	}
	var flags int
	if len(p.Hashtags) == 0 || len(p.Mentions) == 0 {
		flags |= needsLists
	}
	if p.ReplyTo != "" && p.Chat == "" {
		flags |= needsChatDown
	}
	if flags != 0 {
		b.flag(flags, p.ID)
	}
	b.Stats.Imported++
}

// flag lists an imported post for the statements after the import.
func (b *BulkLoad) flag(flags int, id string) {
	b.imported.WriteString(strconv.Itoa(flags))
	b.imported.WriteByte('\t')
	b.imported.WriteString(id)
	b.imported.WriteByte('\n')
}

// The kinds of target a post names, in targets.tsv.
const (
	replyTarget  = 'r'
	quoteTarget  = 'q'
	repostTarget = 's'
)

// target keeps an imported post's target for linkImported. A field holding
// a tab or a line break cannot be kept in the file: the post is left to
// linkTargets.
func (b *BulkLoad) target(kind byte, id, target, account string) {
	if strings.ContainsAny(id+target+account, "\t\n") {
		b.flag(needsLinks, id)
		return
	}
	b.targets.WriteByte(kind)
	for _, f := range []string{id, target, account} {
		b.targets.WriteByte('\t')
		b.targets.WriteString(f)
	}
	b.targets.WriteByte('\n')
}

// authorNumber numbers the imported posts' authors, for seen.
func (b *BulkLoad) authorNumber(key string) int32 {
	n, ok := b.authorNum[key]
	if !ok {
		n = int32(len(b.authorKeys))
		b.authorNum[key] = n
		b.authorKeys = append(b.authorKeys, key)
	}
	return n
}

// linkImported writes, once every post is read, the REPLY_TO, QUOTES and
// REPOSTS from an imported post to an imported target, as linkTargets would
// make them; and lists for linkTargets each imported post with a target
// the importer cannot link (held back, or not read), or whose row
// addresses another account than the target's author (linkTargets takes
// the account from the target).
func (b *BulkLoad) linkImported() error {
	if err := b.targets.Flush(); err != nil {
		return err
	}
	if _, err := b.targetsFile.Seek(0, io.SeekStart); err != nil {
		return err
	}
	rels := map[byte]*csvFile{replyTarget: b.replyTo, quoteTarget: b.quotes, repostTarget: b.reposts}
	sc := bufio.NewScanner(b.targetsFile)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var lastFlagged string
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 4 || len(fields[0]) != 1 || rels[fields[0][0]] == nil {
			return fmt.Errorf("targets.tsv: bad line %q", sc.Text())
		}
		id, target, account := fields[1], fields[2], fields[3]
		author, ok := b.seen.Get(maphash.String(b.seed, target))
		if ok && author > 0 {
			rels[fields[0][0]].row(csvStr(id), csvStr(target))
			b.Stats.Linked++
			if b.authorKeys[author-1] == account {
				continue
			}
		}
		if id != lastFlagged {
			b.flag(needsLinks, id)
			lastFlagged = id
		}
	}
	return sc.Err()
}

// account puts an account in the importer's files once, with the
// properties its first writer gave it.
func (b *BulkLoad) account(key string) {
	if b.written[key] {
		return
	}
	b.written[key] = true
	p := b.created[key]
	b.accounts.row(csvStr(key), csvStr(p.platform), csvStr(p.handle), csvStr(domain.LocalHandle(key)))
	b.Stats.Accounts++
}

// Close links the imported posts, finishes the files and returns the first
// error met.
func (b *BulkLoad) Close() error {
	if b.later != nil {
		b.keepFolded()
		b.flushGroup()
	}
	if b.err == nil && b.targets != nil && b.imported != nil {
		if err := b.linkImported(); err != nil {
			b.err = fmt.Errorf("links between imported posts: %w", err)
		}
	}
	for _, c := range []*csvFile{b.accounts, b.chats, b.posts, b.posted, b.mentions, b.in, b.replyTo, b.quotes, b.reposts} {
		if c == nil {
			continue
		}
		n, err := c.close()
		b.Stats.CSVBytes += n
		if err != nil && b.err == nil {
			b.err = err
		}
	}
	for _, f := range []struct {
		w *bufio.Writer
		f *os.File
	}{{b.later, b.laterFile}, {b.imported, b.importedFile}, {b.targets, b.targetsFile}} {
		if f.f == nil {
			continue
		}
		if err := f.w.Flush(); err != nil && b.err == nil {
			b.err = err
		}
		if err := f.f.Close(); err != nil && b.err == nil {
			b.err = err
		}
	}
	if b.err == nil {
		b.err = b.writeAuthors()
	}
	if b.targetsFile != nil {
		os.Remove(b.targetsFile.Name())
	}
	b.seen, b.created, b.written, b.authors, b.authorNum, b.authorKeys = hashset.Table[int32]{}, nil, nil, nil, nil, nil
	return b.err
}

// writeAuthors lists the imported posts' authors, whose professionals
// FinishBulkLoad marks for the refresh as createPosts does.
func (b *BulkLoad) writeAuthors() error {
	f, err := os.Create(filepath.Join(b.dir, "authors.txt"))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for key := range b.authors {
		w.WriteString(key)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// ImportArgs are the importer's arguments for the files (after
// `neo4j-admin database import full neo4j`).
func (b *BulkLoad) ImportArgs() []string {
	f := func(name string) string { return filepath.Join(b.dir, name) }
	return []string{
		"--nodes=Account=" + f("accounts.csv"),
		"--nodes=Chat=" + f("chats.csv"),
		"--nodes=Post=" + f("posts.csv"),
		"--relationships=POSTED=" + f("posted.csv"),
		"--relationships=MENTIONS=" + f("mentions.csv"),
		"--relationships=IN=" + f("in.csv"),
		"--relationships=REPLY_TO=" + f("reply_to.csv"),
		"--relationships=QUOTES=" + f("quotes.csv"),
		"--relationships=REPOSTS=" + f("reposts.csv"),
		"--array-delimiter=" + arrayDelimiter,
		"--multiline-fields=true",
		"--overwrite-destination=true",
		// Bad rows would be a bug here: none is skipped, and the report
		// goes beside the files, not into the working folder.
		"--report-file=" + f("import.report"),
	}
}
