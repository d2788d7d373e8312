package generate

import (
	"bufio"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func small(dir string, seed int64) Config {
	return Config{Members: 200, Months: 3, Seed: seed, Out: dir}
}

func generate(t *testing.T, cfg Config) Summary {
	t.Helper()
	s, err := Generate(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	return s
}

func hashes(t *testing.T, dir string, files []string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256(b)
		out[f] = hex.EncodeToString(h[:])
	}
	return out
}

func TestDeterministic(t *testing.T) {
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	// A file of an earlier, longer world goes; anything else stays.
	for _, f := range []string{"x-pages-099.jsonl.gz", "notes.txt"} {
		if err := os.WriteFile(filepath.Join(a, f), []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sa, sb := generate(t, small(a, 7)), generate(t, small(b, 7))
	if _, err := os.Stat(filepath.Join(a, "x-pages-099.jsonl.gz")); err == nil {
		t.Error("a stale x-pages file was left beside the new world")
	}
	if _, err := os.Stat(filepath.Join(a, "notes.txt")); err != nil {
		t.Error("Generate removed a file it does not own")
	}
	if strings.Join(sa.Files, ",") != strings.Join(sb.Files, ",") {
		t.Fatalf("files differ: %v vs %v", sa.Files, sb.Files)
	}
	ha, hb := hashes(t, a, sa.Files), hashes(t, b, sb.Files)
	for f, h := range ha {
		if hb[f] != h {
			t.Errorf("%s differs between two runs with the same seed", f)
		}
	}
	sc := generate(t, small(c, 8))
	hc := hashes(t, c, sc.Files)
	if hc["roster.csv"] == ha["roster.csv"] {
		t.Error("a different seed wrote the same roster")
	}
}

// rec is a post as the test reads it back, with accounts as keys.
type rec struct {
	id, author, file string
	at               time.Time
	replyTo          string // account key of the author answered
	mentions         []string
	tags             []string
	text             string
	repost           bool
}

func lines(t *testing.T, path string, fn func(line []byte)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		r = z
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		fn(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func readCSV(t *testing.T, path string, header []string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if strings.Join(rows[0], ",") != strings.Join(header, ",") {
		t.Fatalf("%s header = %v, want %v", path, rows[0], header)
	}
	return rows[1:]
}

// readPosts reads every post file back with nothing but encoding/json and
// encoding/csv, checking entity offsets on the way.
func readPosts(t *testing.T, dir string, s Summary) []rec {
	t.Helper()
	var out []rec
	for _, name := range s.Files {
		path := filepath.Join(dir, name)
		switch {
		case strings.HasPrefix(name, "x-pages-"):
			lines(t, path, func(line []byte) {
				var pg xPage
				if err := json.Unmarshal(line, &pg); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if pg.Meta.ResultCount != len(pg.Data) || len(pg.Data) > 100 || len(pg.Data) == 0 {
					t.Errorf("%s: page of %d tweets says %d", name, len(pg.Data), pg.Meta.ResultCount)
				}
				users := map[string]string{}
				for _, u := range pg.Includes.Users {
					users[u.ID] = "x:" + strings.ToLower(u.Username)
				}
				for _, tw := range pg.Data {
					at, err := time.Parse(time.RFC3339, tw.CreatedAt)
					if err != nil || users[tw.AuthorID] == "" {
						t.Fatalf("%s: tweet %s: bad time or unknown author", name, tw.ID)
					}
					r := rec{id: "x:" + tw.ID, author: users[tw.AuthorID], file: name, at: at, text: tw.Text}
					if tw.InReplyToUserID != "" {
						if r.replyTo = users[tw.InReplyToUserID]; r.replyTo == "" {
							t.Errorf("%s: tweet %s answers a user not in includes", name, tw.ID)
						}
					}
					for _, ref := range tw.ReferencedTweets {
						r.repost = r.repost || ref.Type == "retweeted"
					}
					runes := []rune(tw.Text)
					if tw.Entities != nil {
						for _, m := range tw.Entities.Mentions {
							if string(runes[m.Start:m.End]) != "@"+m.Username {
								t.Errorf("%s: mention %q at %d:%d in %q", name, m.Username, m.Start, m.End, tw.Text)
							}
							r.mentions = append(r.mentions, "x:"+strings.ToLower(m.Username))
						}
						for _, h := range tw.Entities.Hashtags {
							if string(runes[h.Start:h.End]) != "#"+h.Tag {
								t.Errorf("%s: hashtag %q at %d:%d in %q", name, h.Tag, h.Start, h.End, tw.Text)
							}
							r.tags = append(r.tags, strings.ToLower(h.Tag))
						}
					}
					out = append(out, r)
				}
			})
		case strings.HasPrefix(name, "tags-"):
			for _, row := range readCSV(t, path, tagsHeader) {
				at, err := time.Parse(time.RubyDate, row[3])
				if err != nil {
					t.Fatalf("%s: created_at %q: %v", name, row[3], err)
				}
				local, err := time.ParseInLocation("02/01/2006 15:04:05", row[4], londonZone(at))
				if err != nil || !local.Equal(at) {
					t.Errorf("%s: time %q is not created_at %q in UK time", name, row[4], row[3])
				}
				var ent v1Entities
				if err := json.Unmarshal([]byte(row[17]), &ent); err != nil {
					t.Fatalf("%s: entities_str: %v", name, err)
				}
				r := rec{id: "x:" + row[0], author: "x:" + strings.ToLower(row[1]), file: name, at: at, text: row[2]}
				if row[8] != "" {
					r.replyTo = "x:" + strings.ToLower(row[8])
				}
				for _, m := range ent.UserMentions {
					r.mentions = append(r.mentions, "x:"+strings.ToLower(m.ScreenName))
				}
				for _, h := range ent.Hashtags {
					r.tags = append(r.tags, strings.ToLower(h.Text))
				}
				out = append(out, r)
			}
		case strings.HasPrefix(name, "mastodon-"):
			serving := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(name, "mastodon-"), ".gz"), ".jsonl")
			full := func(acct string) string {
				if !strings.Contains(acct, "@") {
					acct += "@" + serving
				}
				return "mastodon:" + strings.ToLower(acct)
			}
			lines(t, path, func(line []byte) {
				var st mStatus
				if err := json.Unmarshal(line, &st); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				at, err := time.Parse(time.RFC3339, st.CreatedAt)
				if err != nil {
					t.Fatal(err)
				}
				r := rec{id: "mastodon:" + st.ID, author: full(st.Account.Acct), file: name, at: at, text: st.Content, repost: st.Reblog != nil}
				if !r.repost && !strings.HasPrefix(st.Content, "<p>") {
					t.Errorf("%s: content is not HTML: %q", name, st.Content)
				}
				for _, m := range st.Mentions {
					r.mentions = append(r.mentions, full(m.Acct))
					if st.InReplyToAccountID != nil && *st.InReplyToAccountID == m.ID {
						r.replyTo = full(m.Acct)
					}
				}
				if st.InReplyToAccountID != nil && r.replyTo == "" && *st.InReplyToAccountID == st.Account.ID {
					r.replyTo = r.author
				}
				for _, tg := range st.Tags {
					r.tags = append(r.tags, tg.Name)
				}
				out = append(out, r)
			})
		case strings.HasPrefix(name, "bsky-"):
			handles := map[string]string{}
			var parents []string
			start := len(out)
			lines(t, path, func(line []byte) {
				var pv bPost
				if err := json.Unmarshal(line, &pv); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				at, err := time.Parse(time.RFC3339, pv.Record.CreatedAt)
				if err != nil {
					t.Fatal(err)
				}
				handles[pv.Author.DID] = "bsky:" + pv.Author.Handle
				r := rec{id: "bsky:" + pv.URI, author: "bsky:" + pv.Author.Handle, file: name, at: at, text: pv.Record.Text}
				if !utf8.ValidString(pv.Record.Text) {
					t.Errorf("%s: text not UTF-8", name)
				}
				for _, f := range pv.Record.Facets {
					cover := pv.Record.Text[f.Index.ByteStart:f.Index.ByteEnd]
					switch ft := f.Features[0]; ft.Type {
					case "app.bsky.richtext.facet#mention":
						if !strings.HasPrefix(cover, "@") {
							t.Errorf("%s: mention facet covers %q", name, cover)
						}
						r.mentions = append(r.mentions, "bsky:"+cover[1:])
					case "app.bsky.richtext.facet#tag":
						if cover != "#"+ft.Tag {
							t.Errorf("%s: tag facet %q covers %q", name, ft.Tag, cover)
						}
						r.tags = append(r.tags, strings.ToLower(ft.Tag))
					}
				}
				p := ""
				if pv.Record.Reply != nil {
					p = pv.Record.Reply.Parent.URI
				}
				parents = append(parents, p)
				out = append(out, r)
			})
			for i, p := range parents {
				if p != "" {
					did, _, _ := strings.Cut(strings.TrimPrefix(p, "at://"), "/")
					out[start+i].replyTo = handles[did]
				}
			}
		}
	}
	return out
}

func TestSmallWorld(t *testing.T) {
	dir := t.TempDir()
	cfg := small(dir, 7)
	s := generate(t, cfg)
	if err := cfg.defaults(); err != nil {
		t.Fatal(err)
	}
	b := newBuilder(cfg) // the same world again, to know who is who

	if s.Communities != 16 || s.Hosts != 16 || len(b.comms) != 16 {
		t.Errorf("communities = %d, hosts = %d; want 16", s.Communities, s.Hosts)
	}
	// Twice a month, every community, an hour each at its own UK time.
	perMonth := map[string]int{}
	for _, ch := range b.chats {
		c := &b.comms[ch.comm]
		local := ch.start.In(londonZone(ch.start))
		if local.Weekday() != c.weekday || local.Hour() != c.hour || local.Minute() != c.minute {
			t.Errorf("%s chat at %v, want %v %02d:%02d UK", c.name, local, c.weekday, c.hour, c.minute)
		}
		perMonth[c.name+local.Format(" 2006-01")]++
	}
	full := b.firstDay.AddDate(0, 1, 0)
	for i := range b.comms {
		k := b.comms[i].name + time.Date(full.Year(), full.Month(), 1, 0, 0, 0, 0, time.UTC).Format(" 2006-01")
		if perMonth[k] != 2 {
			t.Errorf("%s: %d chats, want 2", k, perMonth[k])
		}
	}
	cat := readCSV(t, filepath.Join(dir, "catalogue.csv"), []string{"community", "hashtag", "topic", "host", "start", "duration"})
	if len(cat) != s.Catalogued || s.Catalogued == 0 || s.Catalogued >= s.Chats || len(s.Uncatalogued) != 2 {
		t.Errorf("catalogue has %d rows of %d chats (summary %d; uncatalogued %v)", len(cat), s.Chats, s.Catalogued, s.Uncatalogued)
	}
	for _, row := range cat {
		if _, err := time.Parse(time.RFC3339, row[4]); err != nil || row[5] != "60m" || !strings.HasPrefix(row[3], "x:") || !strings.HasPrefix(row[1], "#") {
			t.Errorf("catalogue row %v", row)
		}
	}

	posts := readPosts(t, dir, s)
	ids := map[string]bool{}
	for _, p := range posts {
		ids[p.id] = true
	}
	if len(posts) != s.Rows || len(ids) != s.Posts || s.Posts != s.ChatPosts+s.Outside {
		t.Errorf("read %d rows, %d posts; summary says %d rows, %d posts", len(posts), len(ids), s.Rows, s.Posts)
	}
	if s.Posts < 2000 || s.Posts > 20000 || s.Outside < s.Posts/10 {
		t.Errorf("posts = %d (%d outside chats), want 2,000 to 20,000 with a tenth outside", s.Posts, s.Outside)
	}
	for _, p := range []string{"x", "mastodon", "bsky"} {
		if s.ByPlatform[p] == 0 {
			t.Errorf("no posts on %s", p)
		}
	}

	who := map[string]int{}
	for i := range b.members {
		for _, k := range accountKeys(&b.members[i], false) {
			if j, dup := who[k]; dup {
				t.Errorf("members %d and %d share the account %s", j, i, k)
			}
			who[k] = i
		}
	}
	byAuthor := map[int][]rec{}
	answered := map[int]bool{}
	within, cross := 0, 0
	for _, p := range posts {
		a, ok := who[p.author]
		if !ok {
			t.Fatalf("post %s by unknown account %s", p.id, p.author)
		}
		byAuthor[a] = append(byAuthor[a], p)
		targets := p.mentions
		if p.replyTo != "" {
			targets = append(targets, p.replyTo)
		}
		if p.repost {
			continue
		}
		for _, k := range targets {
			o, ok := who[k]
			if !ok {
				t.Fatalf("post %s addresses unknown account %s", p.id, k)
			}
			if o == a {
				continue
			}
			answered[o] = true
			pa, po := b.members[a].prof, b.members[o].prof
			if pa == organisation || po == organisation {
				continue
			}
			if pa == po {
				within++
			} else {
				cross++
			}
		}
	}
	if cross >= within || s.CrossProfession >= s.WithinProfession || cross == 0 {
		t.Errorf("ties across professions %d (summary %d), within %d (summary %d): want fewer across, but some",
			cross, s.CrossProfession, within, s.WithinProfession)
	}

	// Hosts: each catalogued chat has its questions from its host, inside the hour.
	for _, row := range cat[:10] {
		start, _ := time.Parse(time.RFC3339, row[4])
		found := false
		for _, p := range byAuthor[who[row[3]]] {
			if strings.HasPrefix(p.text, "Q1 ") && !p.at.Before(start) && p.at.Before(start.Add(time.Hour)) {
				found = true
			}
		}
		if !found {
			t.Errorf("no Q1 from host %s in the chat at %s", row[3], row[4])
		}
	}

	// Heavy-tailed activity: a few members post a lot, many once or twice.
	counts := make([]int, 0, cfg.Members)
	few := 0
	for i := 0; i < cfg.Members; i++ {
		counts = append(counts, len(byAuthor[i]))
		if n := len(byAuthor[i]); n > 0 && n <= 2 {
			few++
		}
	}
	slices.Sort(counts)
	if med, top := counts[len(counts)/2], counts[len(counts)-1]; top < 5*med || few < cfg.Members/5 || counts[0] == 0 {
		t.Errorf("posts per member: median %d, top %d, %d with one or two, least %d", med, top, few, counts[0])
	}

	isolated, lapsed, two, newcomer := 0, 0, 0, 0
	lapseFrom := b.firstDay.AddDate(0, 0, b.days-b.silence)
	for i := 0; i < cfg.Members; i++ {
		m := &b.members[i]
		ps := byAuthor[i]
		if len(ps) == 0 {
			continue
		}
		if m.is(flagIsolated) {
			if answered[i] {
				t.Errorf("isolated member %s was answered", m.name)
			}
			isolated++
		}
		last := ps[0].at
		for _, p := range ps {
			if p.at.After(last) {
				last = p.at
			}
		}
		if m.is(flagLapsed) && last.Before(lapseFrom) {
			lapsed++
		}
		plats := map[string]bool{}
		for _, p := range ps {
			plats[p.author] = true
		}
		if len(plats) > 1 && m.is(flagRostered) {
			two++
		}
		if m.is(flagNewcomer) && m.is(flagChatDebut) {
			newcomer++
		}
	}
	if isolated == 0 || lapsed == 0 || two == 0 || newcomer == 0 {
		t.Errorf("isolated %d, lapsed %d, rostered with two accounts in use %d, unwelcomed newcomers %d: want each", isolated, lapsed, two, newcomer)
	}

	roster := readCSV(t, filepath.Join(dir, "roster.csv"), []string{"accounts", "name", "professions", "communities", "opted_out"})
	opted, multi := 0, 0
	for _, row := range roster {
		if row[4] == "true" {
			opted++
		}
		if strings.Contains(row[0], ";") {
			multi++
		}
	}
	if n := len(roster) - s.Hosts; n < cfg.Members/4 || n > cfg.Members*6/10 || opted == 0 || multi <= s.Hosts {
		t.Errorf("roster: %d members, %d opted out, %d with several accounts", n, opted, multi)
	}
}

func TestBadConfig(t *testing.T) {
	for _, c := range []Config{{Months: 1, Out: "x"}, {Members: 1, Out: "x"}, {Members: 1, Months: 1}} {
		if _, err := Generate(context.Background(), c); err == nil {
			t.Errorf("Generate(%+v) succeeded", c)
		}
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Generate(ctx, small(t.TempDir(), 1)); err == nil {
		t.Error("a cancelled Generate succeeded")
	}
}

// A world written in two parts holds the same posts as the world written in
// one: each file of the whole is its first part's lines, then the later
// part's (a CSV repeats its header), and the later part has the catalogue
// but no roster.
func TestLaterPart(t *testing.T) {
	whole, first, later := t.TempDir(), t.TempDir(), t.TempDir()
	sw := generate(t, small(whole, 7))
	cfg := small(first, 7)
	cfg.Later, cfg.LaterFrom = later, time.Date(2026, time.October, 2, 0, 0, 0, 0, time.UTC)
	generate(t, cfg)

	read := func(path string) []string {
		var out []string
		if _, err := os.Stat(path); err != nil {
			return nil // a part may have no file of a name
		}
		lines(t, path, func(l []byte) { out = append(out, string(l)) })
		return out
	}
	var firstRows, laterRows int
	for _, name := range sw.Files {
		want := read(filepath.Join(whole, name))
		a, b := read(filepath.Join(first, name)), read(filepath.Join(later, name))
		switch {
		case name == "roster.csv":
			if b != nil {
				t.Error("the later part has a roster")
			}
			b = nil
		case name == "catalogue.csv":
			if strings.Join(b, "\n") != strings.Join(want, "\n") {
				t.Error("the later part's catalogue differs from the whole world's")
			}
			b = nil
		case strings.Contains(name, ".csv") && len(a) > 0 && len(b) > 0:
			if b[0] != a[0] {
				t.Fatalf("%s: the parts' headers differ", name)
			}
			b = b[1:]
		}
		if !strings.Contains(name, "roster") && !strings.Contains(name, "catalogue") {
			firstRows += len(a)
			laterRows += len(b)
		}
		if got := append(a, b...); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: the two parts (%d + %d lines) are not the whole world's %d lines", name, len(a), len(b), len(want))
		}
	}
	if firstRows == 0 || laterRows == 0 {
		t.Errorf("posts split %d / %d lines: want both parts to hold some", firstRows, laterRows)
	}
	later2 := small(t.TempDir(), 7)
	later2.Later = later2.Out
	later2.LaterFrom = cfg.LaterFrom
	if _, err := Generate(context.Background(), later2); err == nil {
		t.Error("a later part in the first part's folder was accepted")
	}
}
