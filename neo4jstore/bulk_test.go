package neo4jstore

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// The importer links an imported post to an imported target, as
// linkTargets would; every other target is left to linkTargets after the
// import: a target held back (a post read twice, or one naming a DID), one
// no file holds, or one whose author is not the account the row addresses
// (linkTargets takes the account from the target).
func TestBulkLoadLinksImportedPostsToImportedTargets(t *testing.T) {
	dir := t.TempDir()
	b, err := NewBulkLoad(dir, 1000)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 3, 1, 20, 0, 0, 0, time.UTC)
	post := func(id, author string, edit func(*PostRow)) PostRow {
		p := PostRow{ID: id, Platform: "x", Author: author, Text: id, CreatedAt: at}
		if edit != nil {
			edit(&p)
		}
		return p
	}
	accounts := []AccountRow{{Key: "x:ann", Platform: "x", Handle: "ann"}, {Key: "x:bob", Platform: "x", Handle: "bob"},
		{Key: "bsky:did:plc:carol", Platform: "bsky", Handle: "did:plc:carol"}}
	// The answer comes before the post it answers: links are made once
	// every post is read.
	b.Posts(PostBatch{Accounts: accounts, Posts: []PostRow{
		post("answer", "x:bob", func(p *PostRow) { p.ReplyTo, p.ReplyToAccount = "root", "x:ann" }),
		post("quote", "x:bob", func(p *PostRow) { p.Quotes, p.QuotesAccount = "root", "x:bob" }), // the row names the wrong author
		post("repost", "x:ann", func(p *PostRow) { p.Reposts, p.RepostsAccount = "held", "x:carol" }),
		post("orphan", "x:ann", func(p *PostRow) { p.ReplyTo = "never-read" }),
		post("both", "x:ann", func(p *PostRow) { p.ReplyTo, p.ReplyToAccount, p.Quotes = "answer", "x:bob", "held" }),
	}})
	b.Posts(PostBatch{Posts: []PostRow{
		post("root", "x:ann", nil),
		post("held", "bsky:did:plc:carol", nil), // names a DID: held back
		post("root", "x:ann", nil),              // read twice: the second copy is held back, the first imported
	}})
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}

	rels := func(name string) []string {
		t.Helper()
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
		if lines[0] != ":START_ID(Post),:END_ID(Post)" {
			t.Fatalf("%s: header %q", name, lines[0])
		}
		slices.Sort(lines[1:])
		return lines[1:]
	}
	if got, want := rels("reply_to.csv"), []string{`"answer","root"`, `"both","answer"`}; !slices.Equal(got, want) {
		t.Errorf("REPLY_TO for the importer = %q, want %q", got, want)
	}
	if got, want := rels("quotes.csv"), []string{`"quote","root"`}; !slices.Equal(got, want) {
		t.Errorf("QUOTES for the importer = %q, want %q", got, want)
	}
	if got := rels("reposts.csv"); len(got) != 0 {
		t.Errorf("REPOSTS for the importer = %q, want none (the target is held back)", got)
	}
	if b.Stats.Linked != 3 {
		t.Errorf("Stats.Linked = %d, want 3", b.Stats.Linked)
	}

	var toLink []string
	if err := eachImported(dir, 100, func(ids map[int][]string) error {
		toLink = append(toLink, ids[needsLinks]...)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(toLink)
	if want := []string{"both", "orphan", "quote", "repost"}; !slices.Equal(toLink, want) {
		t.Errorf("left to linkTargets: %q, want %q", toLink, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "targets.tsv")); !os.IsNotExist(err) {
		t.Errorf("the targets' scratch file is still there (%v)", err)
	}
	args := strings.Join(b.ImportArgs(), " ")
	for _, want := range []string{"--relationships=REPLY_TO=", "--relationships=QUOTES=", "--relationships=REPOSTS="} {
		if !strings.Contains(args, want) {
			t.Errorf("the importer's arguments lack %s: %s", want, args)
		}
	}
}

// What is left of consecutive batches for after the import is written as
// one batch, except where that could change the graph: a batch's posts
// must not see an account only a later batch makes, a batch naming a DID
// is written alone, and a post read twice is not twice in one batch.
func TestBulkLoadGroupsWhatIsLeftOfBatches(t *testing.T) {
	dir := t.TempDir()
	b, err := NewBulkLoad(dir, 1000)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 3, 1, 20, 0, 0, 0, time.UTC)
	acc := func(key string) AccountRow {
		platform, handle, _ := strings.Cut(key, ":")
		return AccountRow{Key: key, Platform: platform, Handle: handle}
	}
	// Aliased posts are held back; each batch below keeps its one post.
	held := func(id, author string, mentions ...string) PostRow {
		return PostRow{ID: id, Platform: "mastodon", Author: author, CreatedAt: at, Aliases: []string{"alias:" + id}, Mentions: mentions}
	}
	b.Posts(PostBatch{Accounts: []AccountRow{acc("mastodon:ann")}, Posts: []PostRow{held("1", "mastodon:ann")}})
	b.Posts(PostBatch{Accounts: []AccountRow{acc("mastodon:bob")}, Posts: []PostRow{held("2", "mastodon:bob")}})
	// Mentions an account no batch has made yet: its group ends with it.
	b.Posts(PostBatch{Posts: []PostRow{held("3", "mastodon:ann", "mastodon:cat")}})
	b.Posts(PostBatch{Accounts: []AccountRow{acc("mastodon:cat")}, Posts: []PostRow{held("4", "mastodon:cat")}})
	// Post 4 again: a new group.
	b.Posts(PostBatch{Posts: []PostRow{held("4", "mastodon:cat")}})
	b.Posts(PostBatch{Posts: []PostRow{held("5", "mastodon:cat")}})
	// A DID: alone.
	b.Posts(PostBatch{Accounts: []AccountRow{acc("bsky:did:plc:dan")}, Posts: []PostRow{held("6", "bsky:did:plc:dan")}})
	b.Posts(PostBatch{Posts: []PostRow{held("7", "mastodon:ann")}})
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}

	var got []string
	for _, r := range keptWrites(t, dir) {
		var ids []string
		for _, p := range r.Posts.Posts {
			ids = append(ids, p.ID)
		}
		for _, a := range r.Posts.Accounts {
			ids = append(ids, "@"+a.Key)
		}
		got = append(got, strings.Join(ids, " "))
	}
	want := []string{
		"1 2 3 @mastodon:ann @mastodon:bob",
		"4 @mastodon:cat",
		"4 5",
		"6 @bsky:did:plc:dan",
		"7",
	}
	if !slices.Equal(got, want) {
		t.Errorf("batches kept for after the import:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if b.Stats.Batches != len(want) {
		t.Errorf("Stats.Batches = %d, want %d", b.Stats.Batches, len(want))
	}
}

// An account's rows are folded into one, written after every batch: the
// first row's handle with the newest profile (the last of equals), as
// mergeAccounts would leave them. An account a held-back post names stays
// with its batches (its rows folded so far go with the batch that pins
// it), and so does a Bluesky account.
func TestBulkLoadFoldsAccountRows(t *testing.T) {
	dir := t.TempDir()
	b, err := NewBulkLoad(dir, 1000)
	if err != nil {
		t.Fatal(err)
	}
	day := func(d int) time.Time { return time.Date(2026, 3, d, 20, 0, 0, 0, time.UTC) }
	row := func(key, handle string, at time.Time, bio string) AccountRow {
		platform, _, _ := strings.Cut(key, ":")
		return AccountRow{Key: key, Platform: platform, Handle: handle, ProfileAt: at, Bio: bio}
	}
	heldBy := func(id, author string) PostRow {
		return PostRow{ID: id, Platform: "x", Author: author, CreatedAt: day(1), Aliases: []string{"alias:" + id}}
	}
	b.Posts(PostBatch{Accounts: []AccountRow{row("x:ann", "Ann", time.Time{}, ""), row("x:bob", "bob", day(1), "bob 1"),
		row("bsky:cat.example", "cat.example", day(1), "cat")}})
	b.Posts(PostBatch{Accounts: []AccountRow{row("x:ann", "ann", day(3), "ann 3"), row("x:bob", "bob", day(2), "bob 2")},
		Posts: []PostRow{heldBy("1", "x:bob")}})
	b.Posts(PostBatch{Accounts: []AccountRow{row("x:ann", "ann", day(2), "ann 2 (older)"), row("x:ann", "ann", day(3), "ann 3 again")}})
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}

	var got []string
	for _, r := range keptWrites(t, dir) {
		for _, a := range r.Posts.Accounts {
			got = append(got, a.Key+" "+a.Handle+" "+a.Bio)
		}
	}
	want := []string{
		"bsky:cat.example cat.example cat", // Bluesky: in place
		"x:bob bob bob 1",                  // pinned by post 1: what was folded, then its own row
		"x:bob bob bob 2",
		"x:ann Ann ann 3 again", // folded, last: the first row's handle, the last of the newest profiles
	}
	if !slices.Equal(got, want) {
		t.Errorf("account rows kept for after the import:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// keptWrites reads back what a bulk load kept for after the import.
func keptWrites(t *testing.T, dir string) []laterRow {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, "later.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var out []laterRow
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		var r laterRow
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}
