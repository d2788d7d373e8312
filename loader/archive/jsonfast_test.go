package archive

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"
)

// fastKind decodes one kind of record with the fast decoder, reporting
// whether it took it, and with encoding/json.
type fastKind struct {
	name   string
	decode func(d *fastDec, raw []byte) (fast bool, got any)
	std    func(raw []byte) (any, error)
}

var fastKinds = []fastKind{
	{"tweet", func(d *fastDec, raw []byte) (bool, any) {
		var t xTweet
		d.reset(raw)
		d.xTweet(&t)
		return d.done(), t
	}, func(raw []byte) (any, error) {
		var t xTweet
		err := json.Unmarshal(raw, &t)
		return t, err
	}},
	{"user", func(d *fastDec, raw []byte) (bool, any) {
		var u xUser
		d.reset(raw)
		d.xUser(&u)
		return d.done(), u
	}, func(raw []byte) (any, error) {
		var u xUser
		err := json.Unmarshal(raw, &u)
		return u, err
	}},
	{"status", func(d *fastDec, raw []byte) (bool, any) {
		var s mStatus
		d.reset(raw)
		d.mStatus(&s)
		return d.done(), s
	}, func(raw []byte) (any, error) {
		var s mStatus
		err := json.Unmarshal(raw, &s)
		return s, err
	}},
	{"includes", func(d *fastDec, raw []byte) (bool, any) {
		var users, tweets []json.RawMessage
		d.reset(raw)
		d.includes(&users, &tweets)
		return d.done(), [2][]json.RawMessage{users, tweets}
	}, func(raw []byte) (any, error) {
		var inc struct {
			Users  []json.RawMessage `json:"users"`
			Tweets []json.RawMessage `json:"tweets"`
		}
		err := json.Unmarshal(raw, &inc)
		return [2][]json.RawMessage{inc.Users, inc.Tweets}, err
	}},
}

// checkFast holds the fast decoder to its promise on raw: when it takes a
// value, encoding/json takes it too and decodes the same.
func checkFast(t *testing.T, d *fastDec, k fastKind, raw []byte) (fast bool) {
	t.Helper()
	fast, got := k.decode(d, raw)
	want, err := k.std(raw)
	if fast && err != nil {
		t.Errorf("%s %q: fast decoder took what encoding/json refuses (%v)", k.name, raw, err)
	}
	if fast && !reflect.DeepEqual(got, want) {
		t.Errorf("%s %q:\nfast %#v\nwant %#v", k.name, raw, got, want)
	}
	return fast
}

func TestFastDecoder(t *testing.T) {
	cases := []struct {
		kind string
		raw  string
		fast bool // taken by the fast decoder, not left to encoding/json
	}{
		{"tweet", `{"id":"1","text":"hi #WeNurses","author_id":"7","created_at":"2024-03-14T20:01:05.000Z","edit_history_tweet_ids":["1"]}`, true},
		{"tweet", `{"id":"1","entities":{"hashtags":[{"start":3,"end":12,"tag":"WeNurses"}],"mentions":[],"urls":[{"x":1.5e-3}]}}`, true},
		{"tweet", `{"id":"1","referenced_tweets":[{"type":"replied_to","id":"2"}],"note_tweet":{"text":"long","entities":null}}`, true},
		{"tweet", `{"id":"1","author":{"id":"7","username":"ann"},"public_metrics":{"like_count":0,"x":[true,false,null,-0.5E+2]}}`, true},
		{"tweet", `{"text":"caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \b\f\n\r\t é"}`, true},
		{"tweet", `{"text":null,"entities":null,"author":null,"referenced_tweets":null}`, true},
		{"tweet", ` { "id" : "1" } `, true},
		{"tweet", `{"text":"lone \ud800 half"}`, true},
		{"tweet", `{"text":"\udc00\ud83d\ude00"}`, true},
		{"tweet", `{"id":1}`, false},                     // a type error: encoding/json words it
		{"tweet", `{"ID":"1"}`, false},                   // matched by case folding
		{"tweet", `{"\u0069d":"1"}`, false},              // an escaped key
		{"tweet", `{"ıd":"1"}`, false},                   // a non-ASCII key
		{"tweet", `{"id":"1","id":"2"}`, false},          // a repeated member
		{"tweet", "{\"text\":\"\xff\"}", false},          // invalid UTF-8, which encoding/json replaces
		{"tweet", `{"text":"a` + "\n" + `"}`, false},     // a control character
		{"tweet", `{"text":"\x"}`, false},                // an unknown escape
		{"tweet", `{"x":01}`, false},                     // not a JSON number
		{"tweet", `{"x":1.}`, false},                     // not a JSON number
		{"tweet", `{"x":tru}`, false},                    // not a literal
		{"tweet", `{"id":"1",}`, false},                  // a trailing comma
		{"tweet", `{"id":"1"} x`, false},                 // text after the value
		{"tweet", `{"referenced_tweets":[null]}`, false}, // a null element
		{"tweet", `{"entities":{"hashtags":{"tag":"x"}}}`, false},
		{"status", `{"id":"1","uri":"https://nurses.social/users/ann/statuses/1","created_at":"2024-03-14T20:01:05.000Z","content":"<p>hi &amp; #x</p>",` +
			`"account":{"id":"1","username":"ann","acct":"ann","display_name":"Ann","note":"","url":"https://nurses.social/@ann","bot":false},` +
			`"mentions":[{"id":"2","username":"bob","acct":"bob@mstdn.scot","url":"https://mstdn.scot/@bob"}],"tags":[{"name":"wenurses","url":"u"}],` +
			`"reblog":null,"quote":{"quoted_status_id":"3"},"emojis":[],"card":null}`, true},
		{"status", `{"reblog":{"id":"2","account":null}}`, true},
		{"status", `{"mentions":[null]}`, false},
		{"status", `{"account":{"ID":"1"}}`, false},
		{"user", `{"id":"7","username":"ann","name":"Ann","description":"RGN","location":"Leeds","verified":false}`, true},
		{"user", `{"id":"7","Username":"ann"}`, false},
		{"includes", `{"users":[{"id":"7"},{"id":"8","username":"bob"}],"tweets":[{"id":"2","author_id":"8"}],"media":[]}`, true},
		{"includes", `{"users":[5]}`, false},
		{"includes", `{"users":[],"tweets":null}`, true},
	}
	var d fastDec
	for _, c := range cases {
		for _, k := range fastKinds {
			if k.name == c.kind && checkFast(t, &d, k, []byte(c.raw)) != c.fast {
				t.Errorf("%s %q: fast = %v, want %v", c.kind, c.raw, !c.fast, c.fast)
			}
		}
	}
}

// X and Mastodon records of the fixtures, mutated at random: whatever the fast decoder
// takes, encoding/json decodes the same.
func TestFastDecoderAgrees(t *testing.T) {
	var records [][]byte
	for _, name := range []string{"x_search.jsonl", "x_tweets.jsonl", "x_pages.json", "bad/x_wrong_types.jsonl", "bad/x_invalid_utf8.jsonl",
		"mastodon_statuses.json", "bad/mastodon_bad_fields.jsonl", "bad/mastodon_reblogs.jsonl", "bad/mastodon_wrong_types.jsonl"} {
		raw, err := os.ReadFile(fixture(name))
		if err != nil {
			t.Fatal(err)
		}
		var collect func(v []byte)
		collect = func(v []byte) {
			records = append(records, v)
			if ms, _, _, _ := walkObject(v); len(ms) > 0 {
				for _, m := range ms {
					collect(m.val)
				}
			}
			if es, _, _ := walkArray(v); len(es) > 0 {
				for _, e := range es {
					collect(e.val)
				}
			}
		}
		for _, line := range strings.Split(string(raw), "\n") {
			collect([]byte(line))
		}
		collect(raw)
	}
	inserts := []string{`"id":null,`, `"ID":"1",`, `"id":7,`, `"text":"\ud83d",`, `"entities":{"mentions":[{"username":"Bo"}]},`,
		`"author":{"id":"1"},`, `"x":[1,-2.5e3,{"a":null}],`, `"note_tweet":{"text":"\u00e9"},`, `"users":[{"id":"3"}],`,
		`"tweets":[{"id":"3","author_id":"4"}],`, `"account":{"acct":"a@b"},`, `"reblog":{"id":"1"},`, `"tags":[{"name":"X"}],`, "\"text\":\"\xc3\",", `"username":"a\"b",`, " ", "\n", `"`, `\`, `,`, `{`, `]`}
	rng := rand.New(rand.NewPCG(5, 8))
	var d fastDec
	fast := 0
	for n := 0; n < 20000; n++ {
		raw := []byte(string(records[rng.IntN(len(records))]))
		for range rng.IntN(3) {
			if len(raw) == 0 {
				break
			}
			i := rng.IntN(len(raw))
			switch rng.IntN(3) {
			case 0:
				raw = append(raw[:i:i], append([]byte(inserts[rng.IntN(len(inserts))]), raw[i:]...)...)
			case 1:
				raw = append(raw[:i:i], raw[min(len(raw), i+1+rng.IntN(8)):]...)
			case 2:
				bytes := "{}[]\":,0a\\ \x00\x80"
				raw[i] = bytes[rng.IntN(len(bytes))]
			}
		}
		for _, k := range fastKinds {
			if checkFast(t, &d, k, raw) {
				fast++
			}
		}
	}
	if fast < 1000 {
		t.Errorf("the fast decoder took only %d values", fast)
	}
}
