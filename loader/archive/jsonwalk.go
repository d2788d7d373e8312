package archive

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// A held unit is split into members and elements without decoding it, so
// that one bad tweet costs that tweet and its line can be told.

type jmember struct {
	key string
	val []byte
	off int // offset of val within the walked buffer
}

func skipSpace(raw []byte, i int) int {
	for i < len(raw) && isSpace(raw[i]) {
		i++
	}
	return i
}

// skipValue returns the end of the value starting at raw[i], or ok=false if
// the buffer ends first. It delimits; json.Unmarshal validates later.
func skipValue(raw []byte, i int) (int, bool) {
	if i >= len(raw) {
		return i, false
	}
	switch raw[i] {
	case '"':
		return skipString(raw, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(raw); j++ {
			switch raw[j] {
			case '"':
				end, ok := skipString(raw, j)
				if !ok {
					return len(raw), false
				}
				j = end - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1, true
				}
			}
		}
		return len(raw), false
	default:
		j := i
		for j < len(raw) && !isSpace(raw[j]) && raw[j] != ',' && raw[j] != '}' && raw[j] != ']' {
			j++
		}
		return j, j < len(raw) || j > i
	}
}

func skipString(raw []byte, i int) (int, bool) {
	// The closing quote is the first one after an even run of backslashes
	// (each backslash escapes the byte after it); IndexByte finds quotes
	// far faster than a loop looks at every byte.
	for j := i + 1; j < len(raw); {
		q := bytes.IndexByte(raw[j:], '"')
		if q < 0 {
			break
		}
		q += j
		n := 0
		for q-1-n > i && raw[q-1-n] == '\\' {
			n++
		}
		if n%2 == 0 {
			return q + 1, true
		}
		j = q + 1
	}
	return len(raw), false
}

// walkObject lists the members of the object at raw[0]. When the buffer is
// cut short it returns the members that are whole, plus the key and offset
// of the member that is not (partialKey "" when the cut falls elsewhere).
func walkObject(raw []byte) (members []jmember, partialKey string, partialOff int, complete bool) {
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return nil, "", i, false
	}
	i = skipSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return nil, "", 0, true
	}
	for i < len(raw) {
		if raw[i] != '"' {
			return members, "", i, false
		}
		kend, ok := skipString(raw, i)
		if !ok {
			return members, "", i, false
		}
		key, ok := plainString(raw[i:kend])
		if !ok && json.Unmarshal(raw[i:kend], &key) != nil {
			return members, "", i, false
		}
		j := skipSpace(raw, kend)
		if j >= len(raw) || raw[j] != ':' {
			return members, "", i, false
		}
		j = skipSpace(raw, j+1)
		vend, ok := skipValue(raw, j)
		if !ok {
			return members, key, j, false
		}
		members = append(members, jmember{key: key, val: raw[j:vend], off: j})
		i = skipSpace(raw, vend)
		if i >= len(raw) {
			return members, "", i, false
		}
		switch raw[i] {
		case ',':
			i = skipSpace(raw, i+1)
		case '}':
			return members, "", 0, true
		default:
			return members, "", i, false
		}
	}
	return members, "", i, false
}

// plainString is the text of a quoted JSON string that needs no
// unescaping: ASCII without control characters or backslashes. Others are
// left to encoding/json.
func plainString(q []byte) (string, bool) {
	for _, c := range q[1 : len(q)-1] {
		if c < 0x20 || c == '\\' || c >= utf8.RuneSelf {
			return "", false
		}
	}
	return string(q[1 : len(q)-1]), true
}

// walkArray lists the elements of the array at raw[0] with their offsets;
// stop is where reading stopped when the array is cut short.
func walkArray(raw []byte) (elems []jmember, stop int, complete bool) {
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '[' {
		return nil, i, false
	}
	i = skipSpace(raw, i+1)
	if i < len(raw) && raw[i] == ']' {
		return nil, 0, true
	}
	for i < len(raw) {
		end, ok := skipValue(raw, i)
		if !ok || end == i {
			return elems, i, false
		}
		elems = append(elems, jmember{val: raw[i:end], off: i})
		i = skipSpace(raw, end)
		if i >= len(raw) {
			return elems, i, false
		}
		switch raw[i] {
		case ',':
			i = skipSpace(raw, i+1)
		case ']':
			return elems, 0, true
		default:
			return elems, i, false
		}
	}
	return elems, i, false
}

func member(ms []jmember, key string) *jmember {
	for i := range ms {
		if ms[i].key == key {
			return &ms[i]
		}
	}
	return nil
}

// lineMap turns offsets within a unit into file lines, counting each byte
// once as offsets only grow.
type lineMap struct {
	raw  []byte
	off  int
	line int
}

func newLineMap(raw []byte, line int) *lineMap { return &lineMap{raw: raw, line: line} }

func (m *lineMap) at(off int) int {
	if off < m.off {
		return m.line - bytes.Count(m.raw[off:m.off], []byte{'\n'})
	}
	if off > len(m.raw) {
		off = len(m.raw)
	}
	m.line += bytes.Count(m.raw[m.off:off], []byte{'\n'})
	m.off = off
	return m.line
}

// --- decoding with reasons a person can act on ---

// badUTF8 names the JSON field holding the first invalid UTF-8 byte, or ""
// when the text is valid. encoding/json would otherwise replace such bytes
// with U+FFFD without a word.
func badUTF8(raw []byte) string {
	if utf8.Valid(raw) {
		return ""
	}
	bad := 0
	for bad < len(raw) {
		r, n := utf8.DecodeRune(raw[bad:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		bad += n
	}
	return "field " + fieldAt(raw, bad) + ": invalid UTF-8"
}

// fieldAt returns the dotted path of the member whose text covers off.
func fieldAt(raw []byte, off int) string {
	type level struct {
		object    bool
		expectKey bool
		key       string
		index     int
	}
	var stack []level
	path := func() string {
		var parts []string
		for _, l := range stack {
			if l.object {
				if l.key != "" {
					parts = append(parts, l.key)
				}
			} else {
				parts = append(parts, fmt.Sprintf("[%d]", l.index))
			}
		}
		p := strings.Join(parts, ".")
		p = strings.ReplaceAll(p, ".[", "[")
		if p == "" {
			return "(top level)"
		}
		return p
	}
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '{':
			stack = append(stack, level{object: true, expectKey: true})
		case '[':
			stack = append(stack, level{})
		case '}', ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case ',':
			if n := len(stack); n > 0 {
				if stack[n-1].object {
					stack[n-1].expectKey = true
				} else {
					stack[n-1].index++
				}
			}
		case '"':
			end, _ := skipString(raw, i)
			n := len(stack)
			isKey := n > 0 && stack[n-1].object && stack[n-1].expectKey
			if off >= i && off < end {
				if isKey {
					return path() + " (a key)"
				}
				return path()
			}
			if isKey {
				var k string
				if json.Unmarshal(raw[i:end], &k) != nil {
					k = string(raw[i+1 : max(i+1, end-1)])
				}
				stack[n-1].key, stack[n-1].expectKey = k, false
			}
			i = end - 1
		}
	}
	return path()
}

// decodeReason explains a json.Unmarshal failure by field.
func decodeReason(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		field := te.Field
		if field == "" {
			field = "(top level)"
		}
		return fmt.Sprintf("field %s: got a JSON %s, want %s", field, te.Value, jsonKind(te.Type.Kind().String()))
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("invalid JSON at byte %d: %v", se.Offset, se)
	}
	return "invalid JSON: " + err.Error()
}

func jsonKind(k string) string {
	switch k {
	case "string":
		return "a string"
	case "slice":
		return "an array"
	case "struct", "map":
		return "an object"
	case "bool":
		return "true or false"
	case "int", "int64", "float64":
		return "a number"
	}
	return k
}
