package archive

import (
	"encoding/json"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// fastDec decodes the records read most often (X tweets and users) in one
// walk, where json.Unmarshal scans each value twice: once to validate it and
// once to decode it. It takes only plainly well-formed input: a value that
// encoding/json would reject, coerce (invalid UTF-8, a surrogate half),
// decode by a case-folded key, merge (a repeated key) or fail on (a wrong
// type) makes it give up, and the caller decodes that value with
// json.Unmarshal instead, so results and error texts are encoding/json's.
type fastDec struct {
	data  []byte
	i     int
	depth int
	fail  bool
	buf   []byte // unescaping space, reused
}

// maxFastDepth bounds nesting; deeper values go to encoding/json, which has
// its own limit and error for them.
const maxFastDepth = 1000

func (d *fastDec) reset(data []byte) {
	d.data, d.i, d.depth, d.fail = data, 0, 0, false
}

// done reports whether the whole input was one value and nothing went wrong.
func (d *fastDec) done() bool {
	d.ws()
	return !d.fail && d.i == len(d.data)
}

func (d *fastDec) ws() {
	for d.i < len(d.data) {
		switch d.data[d.i] {
		case ' ', '\t', '\r', '\n':
			d.i++
		default:
			return
		}
	}
}

// next is the next significant byte, not consumed; 0 at the end.
func (d *fastDec) next() byte {
	d.ws()
	if d.i >= len(d.data) {
		return 0
	}
	return d.data[d.i]
}

func (d *fastDec) expect(c byte) bool {
	if d.next() != c {
		d.fail = true
		return false
	}
	d.i++
	return true
}

func (d *fastDec) literal(lit string) {
	if len(d.data)-d.i < len(lit) || string(d.data[d.i:d.i+len(lit)]) != lit {
		d.fail = true
		return
	}
	d.i += len(lit)
}

// null consumes a null if one comes next.
func (d *fastDec) null() bool {
	if d.next() != 'n' {
		return false
	}
	d.literal("null")
	return true
}

// enter opens an object or array: true when it has contents to read, the
// caller then leaving it with d.depth--; false for a null (which leaves
// the target as it is, as encoding/json does), an empty one, or a failure
// (d.fail is set).
func (d *fastDec) enter(open, close byte) bool {
	if d.fail || d.null() || !d.expect(open) {
		return false
	}
	if d.depth+1 > maxFastDepth {
		d.fail = true
		return false
	}
	if d.next() == close {
		d.i++
		return false
	}
	d.depth++
	return true
}

// more reads what follows a member or an element: true after a comma
// (another comes), false after the closing bracket or on a failure.
func (d *fastDec) more(close byte) bool {
	switch d.next() {
	case ',':
		d.i++
		return true
	case close:
		d.i++
		return false
	}
	d.fail = true
	return false
}

// object walks the members of an object (or a null, which leaves the
// target as it is, as encoding/json does). Each member named in names is
// handed to field by index; others are checked and skipped.
func (d *fastDec) object(names []string, field func(k int)) {
	if !d.enter('{', '}') {
		return
	}
	defer func() { d.depth-- }()
	var seen uint64
	for !d.fail {
		key, ok := d.plainKey()
		if !ok || !d.expect(':') {
			d.fail = true
			return
		}
		k := -1
		for j, n := range names {
			if string(key) == n {
				k = j
				break
			}
		}
		switch {
		case k >= 0 && seen&(1<<k) != 0:
			d.fail = true // encoding/json merges a repeated member into the first
			return
		case k >= 0:
			seen |= 1 << k
			field(k)
		default:
			for _, n := range names {
				if asciiEqualFold(key, n) {
					d.fail = true // encoding/json takes a key that differs by case
					return
				}
			}
			d.skip()
		}
		if !d.more('}') {
			return
		}
	}
}

// plainKey reads an object key that needs no unescaping and is ASCII, the
// only keys whose match against a field name is plain byte comparison.
func (d *fastDec) plainKey() ([]byte, bool) {
	if d.next() != '"' {
		return nil, false
	}
	start := d.i + 1
	for j := start; j < len(d.data); j++ {
		c := d.data[j]
		if c == '"' {
			d.i = j + 1
			return d.data[start:j], true
		}
		if c < 0x20 || c == '\\' || c >= utf8.RuneSelf {
			return nil, false
		}
	}
	return nil, false
}

func asciiEqualFold(a []byte, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// array walks the elements of an array (or a null), elem reading each.
func (d *fastDec) array(elem func()) {
	if !d.enter('[', ']') {
		return
	}
	defer func() { d.depth-- }()
	for !d.fail {
		elem()
		if !d.more(']') {
			return
		}
	}
}

// structs walks an array of objects: a null element, which encoding/json
// would decode as a zero element, is left to it.
func (d *fastDec) structs(elem func()) {
	d.array(func() {
		if d.next() != '{' {
			d.fail = true
			return
		}
		elem()
	})
}

// str decodes a string (a null leaves dst as it is).
func (d *fastDec) str(dst *string) {
	if d.fail || d.null() {
		return
	}
	if d.next() != '"' {
		d.fail = true
		return
	}
	start := d.i + 1
	j := start
	for j < len(d.data) {
		c := d.data[j]
		if c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf {
			break
		}
		j++
	}
	if j < len(d.data) && d.data[j] == '"' {
		*dst = string(d.data[start:j])
		d.i = j + 1
		return
	}
	d.unquote(dst, start, j)
}

// unquote decodes a string with escapes or non-ASCII text from start, the
// first plain run ending at j.
func (d *fastDec) unquote(dst *string, start, j int) {
	b := append(d.buf[:0], d.data[start:j]...)
	for j < len(d.data) {
		c := d.data[j]
		switch {
		case c == '"':
			*dst = string(b)
			d.buf, d.i = b, j+1
			return
		case c < 0x20:
			d.fail = true
			return
		case c == '\\':
			if j+1 >= len(d.data) {
				d.fail = true
				return
			}
			switch e := d.data[j+1]; e {
			case '"', '\\', '/':
				b, j = append(b, e), j+2
			case 'b':
				b, j = append(b, '\b'), j+2
			case 'f':
				b, j = append(b, '\f'), j+2
			case 'n':
				b, j = append(b, '\n'), j+2
			case 'r':
				b, j = append(b, '\r'), j+2
			case 't':
				b, j = append(b, '\t'), j+2
			case 'u':
				// As encoding/json: a surrogate pair is one rune, a lone
				// half is U+FFFD.
				r := hex4(d.data[j:])
				if r < 0 {
					d.fail = true
					return
				}
				j += 6
				if utf16.IsSurrogate(r) {
					if dec := utf16.DecodeRune(r, hex4(d.data[j:])); dec != unicode.ReplacementChar {
						j += 6
						b = utf8.AppendRune(b, dec)
						break
					}
					r = unicode.ReplacementChar
				}
				b = utf8.AppendRune(b, r)
			default:
				d.fail = true
				return
			}
		case c < utf8.RuneSelf:
			b, j = append(b, c), j+1
		default:
			r, n := utf8.DecodeRune(d.data[j:])
			if r == utf8.RuneError && n == 1 {
				d.fail = true // encoding/json would put U+FFFD in its place
				return
			}
			b, j = append(b, d.data[j:j+n]...), j+n
		}
	}
	d.fail = true
}

// hex4 reads "\uXXXX" at the start of s, -1 if it is not one.
func hex4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// skip checks and passes over any value, as encoding/json's scanner would
// accept it.
func (d *fastDec) skip() {
	switch c := d.next(); {
	case d.fail:
	case c == '{':
		d.skipObject()
	case c == '[':
		d.array(d.skip)
	case c == '"':
		d.skipString()
	case c == 't':
		d.literal("true")
	case c == 'f':
		d.literal("false")
	case c == 'n':
		d.literal("null")
	case c == '-' || '0' <= c && c <= '9':
		d.skipNumber()
	default:
		d.fail = true
	}
}

func (d *fastDec) skipObject() {
	if !d.enter('{', '}') {
		return
	}
	defer func() { d.depth-- }()
	for !d.fail {
		if d.next() != '"' {
			d.fail = true
			return
		}
		d.skipString()
		if !d.expect(':') {
			return
		}
		d.skip()
		if !d.more('}') {
			return
		}
	}
}

func (d *fastDec) skipString() {
	for j := d.i + 1; j < len(d.data); j++ {
		switch c := d.data[j]; {
		case c == '"':
			d.i = j + 1
			return
		case c < 0x20:
			d.fail = true
			return
		case c == '\\':
			if j+1 >= len(d.data) {
				d.fail = true
				return
			}
			switch d.data[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j++
			case 'u':
				if hex4(d.data[j:]) < 0 {
					d.fail = true
					return
				}
				j += 5
			default:
				d.fail = true
				return
			}
		}
	}
	d.fail = true
}

// skipNumber passes over a number as JSON writes them:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (d *fastDec) skipNumber() {
	s, i := d.data, d.i
	digits := func() bool {
		n := i
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		return i > n
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case !digits():
		d.fail = true
		return
	}
	if i < len(s) && s[i] == '.' {
		i++
		if !digits() {
			d.fail = true
			return
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if !digits() {
			d.fail = true
			return
		}
	}
	d.i = i
}

// --- the X records ---

var (
	xUserFields    = []string{"id", "username", "name", "description", "location"}
	xTweetFields   = []string{"id", "text", "author_id", "created_at", "conversation_id", "in_reply_to_user_id", "referenced_tweets", "entities", "note_tweet", "author", "in_reply_to_user"}
	xEntityFields  = []string{"mentions", "hashtags"}
	xNoteFields    = []string{"text", "entities"}
	xRefFields     = []string{"type", "id", "author_id", "author"}
	xIncludeFields = []string{"users", "tweets"}
	idFields       = []string{"id", "author_id"}
	usernameField  = []string{"username"}
	tagField       = []string{"tag"}
)

func (d *fastDec) xUser(u *xUser) {
	d.object(xUserFields, func(k int) {
		switch k {
		case 0:
			d.str(&u.ID)
		case 1:
			d.str(&u.Username)
		case 2:
			d.str(&u.Name)
		case 3:
			d.str(&u.Description)
		case 4:
			d.str(&u.Location)
		}
	})
}

func (d *fastDec) xEntities(e *xEntities) {
	d.object(xEntityFields, func(k int) {
		switch k {
		case 0:
			if d.next() == '[' {
				e.Mentions = []xMention{} // encoding/json makes [] an empty slice, not nil
			}
			d.structs(func() {
				e.Mentions = append(e.Mentions, xMention{})
				m := &e.Mentions[len(e.Mentions)-1]
				d.object(usernameField, func(int) { d.str(&m.Username) })
			})
		case 1:
			if d.next() == '[' {
				e.Hashtags = []xHashtag{}
			}
			d.structs(func() {
				e.Hashtags = append(e.Hashtags, xHashtag{})
				h := &e.Hashtags[len(e.Hashtags)-1]
				d.object(tagField, func(int) { d.str(&h.Tag) })
			})
		}
	})
}

// entities decodes a pointer-to-entities member: null leaves it nil.
func (d *fastDec) entities(dst **xEntities) {
	if d.next() == '{' {
		*dst = new(xEntities)
		d.xEntities(*dst)
		return
	}
	d.object(nil, nil) // a null, or a failure
}

func (d *fastDec) xTweet(t *xTweet) {
	d.object(xTweetFields, func(k int) {
		switch k {
		case 0:
			d.str(&t.ID)
		case 1:
			d.str(&t.Text)
		case 2:
			d.str(&t.AuthorID)
		case 3:
			d.str(&t.CreatedAt)
		case 4:
			d.str(&t.ConversationID)
		case 5:
			d.str(&t.InReplyToUserID)
		case 6:
			if d.next() == '[' {
				t.ReferencedTweets = []xRef{}
			}
			d.structs(func() {
				t.ReferencedTweets = append(t.ReferencedTweets, xRef{})
				r := &t.ReferencedTweets[len(t.ReferencedTweets)-1]
				d.object(xRefFields, func(k int) {
					switch k {
					case 0:
						d.str(&r.Type)
					case 1:
						d.str(&r.ID)
					case 2:
						d.str(&r.AuthorID)
					case 3:
						d.user(&r.Author)
					}
				})
			})
		case 7:
			d.entities(&t.Entities)
		case 8:
			if d.next() != '{' {
				d.object(nil, nil)
				return
			}
			t.NoteTweet = new(xNote)
			d.object(xNoteFields, func(k int) {
				if k == 0 {
					d.str(&t.NoteTweet.Text)
				} else {
					d.entities(&t.NoteTweet.Entities)
				}
			})
		case 9:
			d.user(&t.Author)
		case 10:
			d.user(&t.InReplyToUser)
		}
	})
}

// user decodes a pointer-to-user member: null leaves it nil.
func (d *fastDec) user(dst **xUser) {
	if d.next() != '{' {
		d.object(nil, nil)
		return
	}
	*dst = new(xUser)
	d.xUser(*dst)
}

// decodeXTweet is json.Unmarshal(raw, t) for a zero t.
func (d *fastDec) decodeXTweet(raw []byte, t *xTweet) error {
	d.reset(raw)
	if d.xTweet(t); d.done() {
		return nil
	}
	*t = xTweet{}
	return json.Unmarshal(raw, t)
}

// decodeXUser is json.Unmarshal(raw, u) for a zero u.
func (d *fastDec) decodeXUser(raw []byte, u *xUser) error {
	d.reset(raw)
	if d.xUser(u); d.done() {
		return nil
	}
	*u = xUser{}
	return json.Unmarshal(raw, u)
}

// decodeIDs is json.Unmarshal(raw, &{ID, AuthorID}) for a zero pair.
func (d *fastDec) decodeIDs(raw []byte, id, author *string) error {
	d.reset(raw)
	d.object(idFields, func(k int) {
		if k == 0 {
			d.str(id)
		} else {
			d.str(author)
		}
	})
	if d.done() {
		return nil
	}
	*id, *author = "", ""
	var t struct {
		ID       string `json:"id"`
		AuthorID string `json:"author_id"`
	}
	err := json.Unmarshal(raw, &t)
	*id, *author = t.ID, t.AuthorID
	return err
}

// decodeIncludes is json.Unmarshal into an X page's includes, its users and
// tweets kept undecoded. The elements share raw's bytes.
func (d *fastDec) decodeIncludes(raw []byte, users, tweets *[]json.RawMessage) error {
	d.reset(raw)
	if d.includes(users, tweets); d.done() {
		return nil
	}
	*users, *tweets = nil, nil
	var inc struct {
		Users  []json.RawMessage `json:"users"`
		Tweets []json.RawMessage `json:"tweets"`
	}
	err := json.Unmarshal(d.data, &inc)
	*users, *tweets = inc.Users, inc.Tweets
	return err
}

func (d *fastDec) includes(users, tweets *[]json.RawMessage) {
	raw := d.data
	d.object(xIncludeFields, func(k int) {
		list := users
		if k == 1 {
			list = tweets
		}
		if d.next() == '[' {
			*list = []json.RawMessage{}
		}
		d.structs(func() {
			start := d.i
			d.skip()
			*list = append(*list, raw[start:d.i])
		})
	})
}

// --- the Mastodon records ---

var (
	mStatusFields  = []string{"id", "uri", "created_at", "in_reply_to_id", "in_reply_to_account_id", "content", "account", "mentions", "tags", "reblog", "quote"}
	mAccountFields = []string{"id", "username", "acct", "display_name", "note", "url"}
	mMentionFields = []string{"id", "username", "acct", "url"}
	nameField      = []string{"name"}
)

// rawValue takes a member's value undecoded, as json.RawMessage does (a
// null as the bytes "null"). It shares d.data's bytes.
func (d *fastDec) rawValue(dst *json.RawMessage) {
	d.next()
	start := d.i
	d.skip()
	*dst = d.data[start:d.i]
}

func (d *fastDec) mStatus(s *mStatus) {
	d.object(mStatusFields, func(k int) {
		switch k {
		case 0:
			d.str(&s.ID)
		case 1:
			d.str(&s.URI)
		case 2:
			d.str(&s.CreatedAt)
		case 3:
			d.str(&s.InReplyToID)
		case 4:
			d.str(&s.InReplyToAccountID)
		case 5:
			d.str(&s.Content)
		case 6:
			if d.next() != '{' {
				d.object(nil, nil)
				return
			}
			a := new(mAccount)
			s.Account = a
			d.object(mAccountFields, func(k int) {
				d.str([...]*string{&a.ID, &a.Username, &a.Acct, &a.DisplayName, &a.Note, &a.URL}[k])
			})
		case 7:
			if d.next() == '[' {
				s.Mentions = []mMention{}
			}
			d.structs(func() {
				s.Mentions = append(s.Mentions, mMention{})
				m := &s.Mentions[len(s.Mentions)-1]
				d.object(mMentionFields, func(k int) {
					d.str([...]*string{&m.ID, &m.Username, &m.Acct, &m.URL}[k])
				})
			})
		case 8:
			if d.next() == '[' {
				s.Tags = []mTag{}
			}
			d.structs(func() {
				s.Tags = append(s.Tags, mTag{})
				t := &s.Tags[len(s.Tags)-1]
				d.object(nameField, func(int) { d.str(&t.Name) })
			})
		case 9:
			d.rawValue(&s.Reblog)
		case 10:
			d.rawValue(&s.Quote)
		}
	})
}

// decodeMStatus is json.Unmarshal(raw, s) for a zero s.
func (d *fastDec) decodeMStatus(raw []byte, s *mStatus) error {
	d.reset(raw)
	if d.mStatus(s); d.done() {
		return nil
	}
	*s = mStatus{}
	return json.Unmarshal(raw, s)
}
