package generate

import (
	"errors"
	"io"
	"path/filepath"
	"testing"

	"github.com/peergraph/peergraph/loader/archive"
)

// TestArchiveReadsEverything reads every generated file with the loader's
// own readers: nothing may be rejected, every post must come out, and every
// reply, quote and repost must name a post that was written.
func TestArchiveReadsEverything(t *testing.T) {
	dir := t.TempDir()
	s := generate(t, Config{Members: 150, Months: 24, Seed: 3, Out: dir})
	ids := map[string]bool{}
	kinds := map[string]map[string]bool{"reply": {}, "quote": {}, "repost": {}}
	var refs []string
	roster, chats, read := 0, 0, 0
	for _, name := range s.Files {
		in, err := archive.Open(filepath.Join(dir, name), "")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r, err := in.Reader(archive.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rejects := 0
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
				if rejects++; rejects <= 3 {
					t.Errorf("%s line %d rejected: %s\n%.300s", name, it.Reject.Source.Line, it.Reject.Reason, it.Reject.Raw)
				}
			case it.Post != nil:
				read++
				ids[it.Post.ID] = true
				for i, ref := range []string{it.Post.ReplyTo, it.Post.Quotes, it.Post.Reposts} {
					if ref != "" {
						refs = append(refs, ref)
						kinds[[]string{"reply", "quote", "repost"}[i]][it.Post.ID] = true
					}
				}
				if it.Post.Reposts == "" && it.Post.Author.Key == "" {
					t.Errorf("%s: post %s has no author", name, it.Post.ID)
				}
			case it.Roster != nil:
				roster++
			case it.Chat != nil:
				chats++
			}
		}
		in.Close()
		if rejects > 0 {
			t.Errorf("%s: %d rejects", name, rejects)
		}
	}
	if len(ids) != s.Posts {
		t.Errorf("archive read %d distinct posts (%d records), generator wrote %d", len(ids), read, s.Posts)
	}
	if len(kinds["reply"]) != s.Replies || len(kinds["quote"]) != s.Quotes || len(kinds["repost"]) != s.Reposts {
		t.Errorf("archive found %d replies, %d quotes, %d reposts; generator made %d, %d, %d",
			len(kinds["reply"]), len(kinds["quote"]), len(kinds["repost"]), s.Replies, s.Quotes, s.Reposts)
	}
	for _, ref := range refs {
		if !ids[ref] {
			t.Errorf("reference to %s, which no file holds", ref)
			break
		}
	}
	if roster != s.Rostered+s.Hosts || chats != s.Catalogued {
		t.Errorf("roster %d entries (want %d), catalogue %d chats (want %d)", roster, s.Rostered+s.Hosts, chats, s.Catalogued)
	}
}
