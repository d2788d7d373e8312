package archive

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// Pretty-printed pages concatenated, some cut at random: every tweet of a
// whole page is still loaded.
func TestPrettyPagesCut(t *testing.T) {
	for seed := uint64(0); seed < 60; seed++ {
		rng := rand.New(rand.NewPCG(seed, 3))
		var b strings.Builder
		want := map[string]bool{}
		for p := 0; p < 40; p++ {
			var data []map[string]any
			for k := 0; k < 3; k++ {
				id := fmt.Sprint(p*10 + k + 1)
				data = append(data, map[string]any{"id": id, "text": "t [x] {y} \"q\" " + id, "author_id": "7", "created_at": "2024-03-14T20:01:05.000Z",
					"entities": map[string]any{"hashtags": []any{map[string]any{"tag": "WeNurses", "start": 0, "end": 9}}}})
			}
			page := map[string]any{"data": data, "includes": map[string]any{"users": []any{map[string]any{"id": "7", "username": "ann"}}}, "meta": map[string]any{"result_count": 3}}
			raw, _ := json.MarshalIndent(page, "", []string{"  ", "    ", "\t"}[seed%3])
			s := string(raw)
			if rng.IntN(4) == 0 {
				s = s[:1+rng.IntN(len(s)-2)]
			} else {
				for _, d := range data {
					want[d["id"].(string)] = true
				}
			}
			b.WriteString(s + "\n")
		}
		items, _ := readString(t, "pages.json", b.String(), X, Options{})
		for _, it := range items {
			if it.Post != nil {
				delete(want, strings.TrimPrefix(it.Post.ID, "x:"))
			}
		}
		if len(want) > 0 {
			t.Errorf("seed %d: %d tweets of whole pages lost", seed, len(want))
		}
	}
}

// Cut records at random places among good ones: every good record is still
// loaded and every cut one is one reject.
func TestNoRowLost(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var jsonl strings.Builder
	var good, cut int64
	for i := 0; i < 3000; i++ {
		line := fmt.Sprintf(`{"id":"%d","uri":"https://nurses.social/users/ann/statuses/%d","created_at":"2024-03-14T20:01:05.000Z",`+
			`"content":"<p>status %d, with \"quotes\" and [brackets] {braces}</p>","account":{"id":"1","username":"ann","acct":"ann",`+
			`"url":"https://nurses.social/@ann"},"mentions":[{"id":"2","username":"bob","acct":"bob@mstdn.scot","url":"https://mstdn.scot/@bob"}],"tags":[{"name":"wenurses"}]}`, i, i, i)
		if rng.IntN(10) < 3 {
			line = line[:1+rng.IntN(len(line)-2)]
			cut++
		} else {
			good++
		}
		jsonl.WriteString(line + "\n")
	}
	_, st := readString(t, "cut.jsonl", jsonl.String(), Mastodon, Options{})
	if st.Loaded != good || st.Rejected != cut {
		t.Errorf("JSONL: stats %+v, want %d loaded and %d rejected", st, good, cut)
	}

	var csv strings.Builder
	csv.WriteString("id_str,from_user,text,created_at\n")
	good, cut = 0, 0
	for i := 0; i < 3000; i++ {
		text := fmt.Sprintf(`"tweet %d, with ""quotes""
and a second line"`, i)
		if rng.IntN(10) < 2 {
			text = strings.TrimSuffix(text, `"`) // the closing quote is lost
			cut++
		} else {
			good++
		}
		fmt.Fprintf(&csv, "%d,ann,%s,Thu Mar 14 20:01:05 +0000 2024\n", i+1, text)
	}
	items, st := readString(t, "cut.csv", csv.String(), TAGS, Options{})
	// A lost quote costs the line it opened on; the second physical line of
	// that record is then read as a row of its own and rejected too.
	if st.Loaded != good || st.Rejected != 2*cut {
		t.Errorf("CSV: stats %+v, want %d loaded and %d rejected", st, good, 2*cut)
	}
	for _, it := range items {
		if it.Post != nil && !strings.HasSuffix(it.Post.Text, "second line") {
			t.Fatalf("row merged with another: %q", it.Post.Text)
		}
	}
}
