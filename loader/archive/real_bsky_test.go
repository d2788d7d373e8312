package archive

// Bluesky files that real tools wrote (testdata/real/SOURCES.md says where
// each comes from). What each must give is worked out from the lexicons
// (app.bsky.feed.post, app.bsky.feed.repost, com.atproto.repo.getRecord and
// listRecords, Jetstream's event shape), reading the files with jq, and the
// repository exports with a separate reader (Python's cbor2 walking the
// tree as the repository spec describes), not from this package's output.

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"
)

const realBsky = "../../testdata/real/bsky/"

type realRead struct {
	format  Format
	posts   []*Post
	byID    map[string]*Post
	rejects []*Reject
	skipped map[string]int64 // by kind: a collection, "delete", "identity"...
	stats   Stats
}

// skipKind is what a skipped Bluesky record or event is.
func skipKind(reason string) string {
	if c, ok := strings.CutPrefix(reason, "not a post or repost: a "); ok {
		return strings.TrimSuffix(c, " record")
	}
	if rest, ok := strings.CutPrefix(reason, "a Jetstream "); ok {
		k, _, _ := strings.Cut(rest, " ")
		return k
	}
	return reason
}

func readReal(t *testing.T, name string) realRead {
	t.Helper()
	in, err := Open(realBsky+name, "")
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	defer in.Close()
	r, err := in.Reader(Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	out := realRead{format: in.Format, byID: map[string]*Post{}, skipped: map[string]int64{}}
	for {
		it, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		switch {
		case it.Reject != nil:
			out.rejects = append(out.rejects, it.Reject)
		case it.Skipped != nil:
			out.skipped[skipKind(it.Skipped.Reason)]++
		case it.Post != nil && !it.Duplicate:
			out.posts = append(out.posts, it.Post)
			out.byID[it.Post.ID] = it.Post
		}
	}
	out.stats = r.Stats()
	if s := out.stats; s.Read != s.Loaded+s.Rejected+s.Duplicates+s.Skipped {
		t.Errorf("%s: read %d != %d + %d + %d + %d", name, s.Read, s.Loaded, s.Rejected, s.Duplicates, s.Skipped)
	}
	return out
}

func (rr realRead) post(t *testing.T, id string) *Post {
	t.Helper()
	p := rr.byID[id]
	if p == nil {
		t.Fatalf("no post %s", id)
	}
	return p
}

func mustTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t
}

// A getRecord answer names its author only by the DID in its URI; a
// createdAt without a time zone (the Python SDK wrote such records in 2023)
// is UTC.
func TestRealBlueskyGetRecord(t *testing.T) {
	for _, tt := range []struct {
		file, id, author, text string
		at                     time.Time
		replyTo, replyAccount  string
		mentions               []string
	}{
		{"marshalx-atproto/post_record.json", "bsky:at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3k2yihcrp6f2c",
			"bsky:did:plc:kvwvcn5iqfooopmyzvb4qzba", "new text114", mustTime("2024-02-22T19:58:13.903293Z"), "", "", nil},
		{"marshalx-atproto/extended_post_record.json", "bsky:at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3k2yinh52ne2x",
			"bsky:did:plc:kvwvcn5iqfooopmyzvb4qzba", "regress test", mustTime("2023-07-21T01:33:51.481951Z"), "", "", nil},
		// shinyakato.dev answers himself and mentions @yui.bsky.social
		// (bytes 0-16 of the text, did:plc:4hqjfn7m6n5hno3doamuhgef).
		{"atproto-dart/getRecord.json", "bsky:at://did:plc:iijrtk7ocored6zuziwmqq3c/app.bsky.feed.post/3juqjtr23dk2h",
			"bsky:did:plc:iijrtk7ocored6zuziwmqq3c", "@yui.bsky.social /card", mustTime("2023-05-02T11:07:53.210Z"),
			"bsky:at://did:plc:iijrtk7ocored6zuziwmqq3c/app.bsky.feed.post/3juqjg3lgot2z", "bsky:did:plc:iijrtk7ocored6zuziwmqq3c",
			[]string{"bsky:yui.bsky.social"}},
	} {
		t.Run(tt.file, func(t *testing.T) {
			rr := readReal(t, tt.file)
			if rr.format != Bluesky || len(rr.rejects) != 0 || len(rr.posts) != 1 {
				t.Fatalf("format %s, %d posts, rejects %+v; want bsky, one post", rr.format, len(rr.posts), rr.rejects)
			}
			p := rr.post(t, tt.id)
			if p.Author.Key != tt.author || p.Author.NativeID != strings.TrimPrefix(tt.author, "bsky:") || p.Text != tt.text ||
				!p.CreatedAt.Equal(tt.at) || p.ReplyTo != tt.replyTo || p.ReplyToAccount != tt.replyAccount ||
				!slices.Equal(p.Mentions, tt.mentions) || p.Author.Name != "" || p.Author.Bio != "" {
				t.Errorf("got %+v", *p)
			}
		})
	}
}

// A listRecords page of one account's posts (did:plc:r64txawptxlk3hx6k7r2kyh3):
// 50 records, 31 replies (3 to the author's own posts), 8 quotes
// (app.bsky.embed.record or recordWithMedia), no mention or tag facet, and
// one "c# today" that is no hashtag.
func TestRealBlueskyListRecords(t *testing.T) {
	rr := readReal(t, "atproto-dart/listRecords.json")
	if rr.format != Bluesky || len(rr.rejects) != 0 || len(rr.posts) != 50 {
		t.Fatalf("format %s, %d posts, rejects %+v; want bsky, 50 posts", rr.format, len(rr.posts), rr.rejects)
	}
	const me = "bsky:did:plc:r64txawptxlk3hx6k7r2kyh3"
	replies, self, quotes := 0, 0, 0
	for _, p := range rr.posts {
		if p.Author.Key != me || len(p.Mentions) > 0 || len(p.Hashtags) > 0 || p.Author.Name != "" {
			t.Errorf("%s: author %s, mentions %v, hashtags %v", p.ID, p.Author.Key, p.Mentions, p.Hashtags)
		}
		if p.ReplyTo != "" {
			replies++
			// Each answer addresses the DID its parent's URI names.
			if want := "bsky:" + didOf(strings.TrimPrefix(p.ReplyTo, "bsky:")); p.ReplyToAccount != want {
				t.Errorf("%s answers %s: account %q, want %q", p.ID, p.ReplyTo, p.ReplyToAccount, want)
			}
			if p.ReplyToAccount == me {
				self++
			}
		}
		if p.Quotes != "" {
			quotes++
			if want := "bsky:" + didOf(strings.TrimPrefix(p.Quotes, "bsky:")); p.QuotesAccount != want {
				t.Errorf("%s quotes %s: account %q, want %q", p.ID, p.Quotes, p.QuotesAccount, want)
			}
		}
	}
	if replies != 31 || self != 3 || quotes != 8 {
		t.Errorf("%d replies (%d to self), %d quotes; want 31 (3), 8", replies, self, quotes)
	}
	p := rr.post(t, "bsky:at://did:plc:r64txawptxlk3hx6k7r2kyh3/app.bsky.feed.post/3jxz2waunzr25")
	if p.Quotes != "bsky:at://did:plc:5shzbeszmcw47rqzmse7kwry/app.bsky.feed.post/3jxyp3uqsb32j" ||
		p.QuotesAccount != "bsky:did:plc:5shzbeszmcw47rqzmse7kwry" || !p.CreatedAt.Equal(mustTime("2023-06-13T00:50:24.172Z")) {
		t.Errorf("the recordWithMedia quote: %+v", *p)
	}
}

// An AppView answer without the parent's view (searchPosts, a thread whose
// top parent is blocked) still knows whom a reply answers: the DID in the
// parent's URI. Of the #rstats search's replies, two name a parent whose
// author the post does not mention.
func TestRealBlueskyReplyTargets(t *testing.T) {
	rr := readReal(t, "atrrr/app.bsky.feed.searchPosts_bb16d.json")
	if len(rr.posts) != 100 || len(rr.rejects) != 0 {
		t.Fatalf("%d posts, rejects %+v; want 100", len(rr.posts), rr.rejects)
	}
	for _, p := range rr.posts {
		if p.ReplyTo != "" && p.ReplyToAccount == "" {
			t.Errorf("%s answers %s but addresses nobody", p.ID, p.ReplyTo)
		}
		if !slices.Contains(p.Hashtags, "rstats") {
			t.Errorf("%s: hashtags %v lack rstats (the search was for #rstats: a tag facet or the record's tags)", p.ID, p.Hashtags)
		}
	}
	for id, want := range map[string]string{
		"bsky:at://did:plc:aqr5h6q7clmeheft3sknegcl/app.bsky.feed.post/3lt3qzsmgzk2j": "bsky:did:plc:uwwrzbncf4uis7q4ef45svga",
		"bsky:at://did:plc:i5vtkept3kmcox6lvvdn2oas/app.bsky.feed.post/3lszdaezkbk22": "bsky:did:plc:f5dgmhcc375bl25d2q5eyc3d",
	} {
		if p := rr.post(t, id); p.ReplyToAccount != want {
			t.Errorf("%s: answers %q, want %q", id, p.ReplyToAccount, want)
		}
	}

	thread := readReal(t, "atproto-dart/getPostThread.json")
	// 58 threadViewPosts and one blockedPost (the top ancestor).
	if len(thread.posts) != 58 || len(thread.rejects) != 0 {
		t.Fatalf("thread: %d posts, rejects %+v; want 58", len(thread.posts), thread.rejects)
	}
	for _, p := range thread.posts {
		if p.ReplyTo != "" && p.ReplyToAccount == "" {
			t.Errorf("thread: %s answers %s but addresses nobody", p.ID, p.ReplyTo)
		}
	}
	top := thread.post(t, "bsky:at://did:plc:ndjumumbwkqbkww33ydrb65h/app.bsky.feed.post/3jui5anedoy2r")
	if top.ReplyToAccount != "bsky:did:plc:24lz3lshhmjsieafxih4exlw" {
		t.Errorf("the answer to the blocked post addresses %q", top.ReplyToAccount)
	}
}

// Repository exports (CAR). bnewbold's of 2025-03-10 holds 38 records: 23
// posts, a repost, and 14 others (a profile, 2 likes, 3 follows, a
// linkat board, a lexicon record, 5 lexicon schemas, a mushroom); the one
// Jetstream's corpus keeps holds 23 (6 posts, 3 reposts, 14 others), as its
// car_expected_records.tsv (goat repo ls) lists them.
func TestRealBlueskyRepoExports(t *testing.T) {
	bn := readReal(t, "indigo/bnewbold.robocracy.org.20250310005405.car")
	if bn.format != BlueskyRepo || len(bn.rejects) != 0 || len(bn.posts) != 24 || bn.stats.Skipped != 14 {
		t.Fatalf("format %s, %d posts, %d skipped, rejects %+v; want bsky-car, 24, 14", bn.format, len(bn.posts), bn.stats.Skipped, bn.rejects)
	}
	wantKinds := map[string]int64{"app.bsky.actor.profile": 1, "app.bsky.feed.like": 2, "app.bsky.graph.follow": 3, "blue.linkat.board": 1,
		"com.atproto.lexicon.record": 1, "com.atproto.lexicon.schema": 5, "net.bnewbold.demo.mushroom": 1}
	for k, n := range wantKinds {
		if bn.skipped[k] != n {
			t.Errorf("skipped %s: %d, want %d", k, bn.skipped[k], n)
		}
	}
	const me, uri = "bsky:did:plc:nhxcyu4ewwhl5pqil4dotqjo", "bsky:at://did:plc:nhxcyu4ewwhl5pqil4dotqjo/"
	for _, p := range bn.posts {
		if p.Author.Key != me {
			t.Errorf("%s: author %s", p.ID, p.Author.Key)
		}
	}
	for _, w := range []struct {
		rkey, at, replyTo, replyAccount, quotes, quotesAccount, reposts, repostsAccount string
		mentions                                                                        []string
	}{
		{rkey: "app.bsky.feed.post/3kly6hoz7is2v", at: "2024-02-22T04:44:48.360Z", mentions: []string{"bsky:jacob.gold"}},
		{rkey: "app.bsky.feed.post/3ktbn5b7zkc26", at: "2024-05-25T00:57:58.408Z", mentions: []string{"bsky:bnewbold.net"},
			quotes: uri + "app.bsky.feed.post/3kly7jzzyuk2v", quotesAccount: me},
		{rkey: "app.bsky.feed.post/3kyozfaqkgc23", at: "2024-08-01T23:47:45.977Z",
			replyTo: "bsky:at://did:plc:oio4hkxaop4ao4wz2pp3f4cr/app.bsky.feed.post/3ktbrpnp5x227", replyAccount: "bsky:did:plc:oio4hkxaop4ao4wz2pp3f4cr"},
		// Written with microseconds: still a datetime.
		{rkey: "app.bsky.feed.post/3kz4lf3n2es2j", at: "2024-08-07T09:14:24.452762Z"},
		{rkey: "app.bsky.feed.repost/3klyeqyfh3k26", at: "2024-02-22T06:37:22.782Z",
			reposts: "bsky:at://did:plc:xgs3qrwos3dwxmixoflcxrhu/app.bsky.feed.post/3kly6ksx2kk27", repostsAccount: "bsky:did:plc:xgs3qrwos3dwxmixoflcxrhu"},
	} {
		p := bn.post(t, uri+w.rkey)
		if !p.CreatedAt.Equal(mustTime(w.at)) || p.ReplyTo != w.replyTo || p.ReplyToAccount != w.replyAccount || p.Quotes != w.quotes ||
			p.QuotesAccount != w.quotesAccount || p.Reposts != w.reposts || p.RepostsAccount != w.repostsAccount || !slices.Equal(p.Mentions, w.mentions) {
			t.Errorf("%s: got %+v", w.rkey, *p)
		}
	}
	// The mention's text shows the handle behind its DID.
	if d := bn.post(t, uri+"app.bsky.feed.post/3kly6hoz7is2v").AccountDIDs["bsky:jacob.gold"]; d != "did:plc:tpg43qhh4lw4ksiffs4nbda3" {
		t.Errorf("jacob.gold's DID: %q", d)
	}

	js := readReal(t, "jetstream/repo.car")
	if js.format != BlueskyRepo || len(js.rejects) != 0 || len(js.posts) != 9 || js.stats.Skipped != 14 {
		t.Fatalf("jetstream repo: format %s, %d posts, %d skipped, rejects %+v; want bsky-car, 9, 14", js.format, len(js.posts), js.stats.Skipped, js.rejects)
	}
	// A 2023 export in repository version 2: 185 records, 116 of them posts
	// (2022-11 to 2023-04), none refused for its age.
	ps := readReal(t, "indigo/paul_staging.repo.car")
	if ps.format != BlueskyRepo || len(ps.rejects) != 0 || len(ps.posts) != 116 || ps.stats.Skipped != 69 {
		t.Errorf("paul_staging: format %s, %d posts, %d skipped, rejects %+v; want bsky-car, 116, 69", ps.format, len(ps.posts), ps.stats.Skipped, ps.rejects)
	}
}

// Jetstream events as production Jetstream v1 sent them: of 152 events, 17
// post and 15 repost creates are read; 105 likes, 6 follows, a block, 4
// deletes, 2 status updates, an identity and an account event are counted
// as skipped. The ten "golden" events hold one post and one repost.
func TestRealJetstream(t *testing.T) {
	rr := readReal(t, "jetstream/expected_v1.jsonl")
	if rr.format != Jetstream || len(rr.rejects) != 0 || len(rr.posts) != 32 || rr.stats.Skipped != 120 {
		t.Fatalf("format %s, %d posts, %d skipped, rejects %+v; want jetstream, 32, 120", rr.format, len(rr.posts), rr.stats.Skipped, rr.rejects)
	}
	for k, n := range map[string]int64{"app.bsky.feed.like": 105, "app.bsky.graph.follow": 6, "app.bsky.graph.block": 1, "delete": 4,
		"app.bsky.actor.status": 1, "fm.teal.alpha.actor.status": 1, "identity": 1, "account": 1} {
		if rr.skipped[k] != n {
			t.Errorf("skipped %s: %d, want %d", k, rr.skipped[k], n)
		}
	}
	p := rr.post(t, "bsky:at://did:plc:o2rolxey6s5k7d4lxcz3inl4/app.bsky.feed.post/3mptbyp7lu223")
	if p.Author.Key != "bsky:did:plc:o2rolxey6s5k7d4lxcz3inl4" || !p.CreatedAt.Equal(mustTime("2026-07-04T14:38:07.112Z")) ||
		p.ReplyTo != "bsky:at://did:plc:i5y2f3gtpjxs3qg6fwgb6jb4/app.bsky.feed.post/3mpt7u2vlgs2c" || p.ReplyToAccount != "bsky:did:plc:i5y2f3gtpjxs3qg6fwgb6jb4" {
		t.Errorf("a reply: %+v", *p)
	}
	p = rr.post(t, "bsky:at://did:plc:tn3hni2jpphsgl6amfbb7ja6/app.bsky.feed.post/3mptbypfywk2v")
	if !slices.Equal(p.Hashtags, []string{"howtotellaitoshutup", "indierebellion"}) {
		t.Errorf("tag facets: %v", p.Hashtags)
	}
	// An offset instead of Z.
	if p := rr.post(t, "bsky:at://did:plc:ybqkf2mtfbwx3qhga63mttja/app.bsky.feed.post/3mptbyoigog2b"); !p.CreatedAt.Equal(mustTime("2026-07-04T14:38:02Z")) {
		t.Errorf("createdAt +00:00: %v", p.CreatedAt)
	}
	p = rr.post(t, "bsky:at://did:plc:5er4dj3kkwyj4cy5gdnzn56w/app.bsky.feed.repost/3mptbypowzs2e")
	if p.Reposts != "bsky:at://did:plc:lthsfxxeghkgg44eummxtvbe/app.bsky.feed.post/3mpt6c57uy22u" || p.RepostsAccount != "bsky:did:plc:lthsfxxeghkgg44eummxtvbe" ||
		!p.CreatedAt.Equal(mustTime("2026-07-04T14:38:07.594Z")) || p.Text != "" {
		t.Errorf("a repost: %+v", *p)
	}

	g := readReal(t, "jetstream/golden_v1.jsonl")
	if len(g.posts) != 2 || len(g.rejects) != 0 || g.stats.Skipped != 8 {
		t.Errorf("golden: %d posts, %d skipped, rejects %+v; want 2, 8", len(g.posts), g.stats.Skipped, g.rejects)
	}
}

// Every real file is told by its content.
func TestRealBlueskyDetect(t *testing.T) {
	for name, want := range map[string]Format{
		"atrrr/app.bsky.feed.getPostThread_72827.json":            Bluesky,
		"atrrr/app.bsky.feed.getAuthorFeed_925c2.json":            Bluesky,
		"atrrr/app.bsky.feed.searchPosts_bb16d.json":              Bluesky,
		"atproto-dart/searchPosts.json":                           Bluesky,
		"atproto-dart/listRecords.json":                           Bluesky,
		"atproto-dart/getRecord.json":                             Bluesky,
		"marshalx-atproto/extended_post_record.json":              Bluesky,
		"marshalx-atproto/thread_view_post_with_embed_media.json": Bluesky,
		"indigo/bnewbold.robocracy.org.20250310005405.car":        BlueskyRepo,
		"indigo/paul_staging.repo.car":                            BlueskyRepo,
		"jetstream/repo.car":                                      BlueskyRepo,
		"jetstream/expected_v1.jsonl":                             Jetstream,
		"jetstream/golden_v1.jsonl":                               Jetstream,
	} {
		in, err := Open(realBsky+name, "")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if in.Format != want {
			t.Errorf("%s: %s, want %s", name, in.Format, want)
		}
		in.Close()
	}
}

// What is not a post is skipped, never rejected: a delete and an identity
// event in a Jetstream file, a like in a listRecords answer.
func TestBlueskySkippedNotRejected(t *testing.T) {
	for file, want := range map[string]map[string]int64{
		"bad/jetstream_bad.jsonl":    {"delete": 1, "identity": 1},
		"bad/bsky_records_bad.jsonl": {"app.bsky.feed.like": 1},
	} {
		items, _, err := readAll(t, fixture(file), "", Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int64{}
		for _, it := range items {
			if it.Skipped != nil {
				if it.Skipped.Source.Line < 1 || it.Skipped.Reason == "" {
					t.Errorf("%s: skipped without a line or a reason: %+v", file, *it.Skipped)
				}
				got[skipKind(it.Skipped.Reason)]++
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: skipped %v, want %v", file, got, want)
		}
	}
}
