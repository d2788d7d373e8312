package archive

import (
	"bytes"
	"fmt"
	"io"
)

// jsonUnit is one top-level JSON value of a file, or one element of a
// top-level array: the largest piece the reader ever holds in memory.
type jsonUnit struct {
	raw    []byte // at most maxRecord bytes
	line   int    // line of the first byte
	size   int64  // bytes the unit spans, kept or not
	broken string // why the value never closed; "" if it did
	junk   bool   // the text does not start a JSON value at all
}

func (u jsonUnit) cut() int64 { return u.size - int64(len(u.raw)) }

// shape is what the truncation heuristic knows about an open value's layout.
// Pretty-printers indent nested lines deeper than the value's own first
// line, so a line that starts a new '{' or '[' at the value's own column
// starts a sibling: the open value was cut short. (Files indented with zero
// spaces never set deeper and so never trip it.)
type shape struct {
	col         int  // column of the opening bracket
	atLineStart bool // nothing but indentation before the bracket
	line        int
	deeper      bool // some later line was indented deeper than col
}

func (sh *shape) startsSibling(indent int, b byte) bool {
	return (b == '{' || b == '[') && indent == sh.col && sh.atLineStart && sh.deeper
}

// jsonScanner cuts a stream into units without decoding them: concatenated
// values, JSONL and top-level arrays (streamed element by element) all come
// out the same way, so a 10 GB array costs one element of memory.
type jsonScanner struct {
	src     *source
	max     int
	buf     []byte
	inArray bool
	arr     shape
	col     int // column of the next byte
	indent  int // indentation of the current line, once known
	lineWs  bool
	horizon int // last line already given back once by a cut record
}

func newJSONScanner(src *source, max int) *jsonScanner {
	return &jsonScanner{src: src, max: max, lineWs: true}
}

func (s *jsonScanner) read() (byte, error) {
	b, err := s.src.readByte()
	if err != nil {
		return 0, err
	}
	if b == '\n' {
		s.col, s.indent, s.lineWs = 0, 0, true
	} else {
		s.column(b)
	}
	return b, nil
}

// column moves the position on the line past b, which is not a newline.
func (s *jsonScanner) column(b byte) {
	if s.lineWs {
		if b == ' ' || b == '\t' {
			s.indent++
		} else if b != '\r' {
			s.lineWs = false
		}
	}
	s.col++
}

// unread gives back the byte just read (never a newline).
func (s *jsonScanner) unread(b byte) {
	s.src.unread([]byte{b}, s.src.line)
	s.col--
	if s.col == s.indent {
		s.lineWs = true
	}
}

func (s *jsonScanner) keep(b byte, u *jsonUnit) {
	u.size++
	if len(s.buf) < s.max {
		s.buf = append(s.buf, b)
	}
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// next returns the next unit, io.EOF at the end, or an I/O error.
func (s *jsonScanner) next() (jsonUnit, error) {
	for {
		b, err := s.read()
		if err != nil {
			return jsonUnit{}, err
		}
		if isSpace(b) {
			continue
		}
		if s.inArray {
			switch b {
			case ',':
				continue
			case ']':
				s.inArray = false
				continue
			}
			first := s.col-1 == s.indent
			if first && s.src.line > s.arr.line {
				if s.indent > s.arr.col {
					s.arr.deeper = true
				}
				if b == '[' && s.arr.startsSibling(s.indent, b) {
					s.inArray = false // a new top-level array: the open one was cut short
				}
			}
		}
		switch {
		case !s.inArray && (b == ',' || b == ']' || b == '}'):
			// Debris of a container that was cut short: no record in it.
			continue
		case b == '[' && !s.inArray:
			s.inArray = true
			s.arr = shape{col: s.col - 1, atLineStart: s.col-1 == s.indent, line: s.src.line}
			continue
		case b == '{' || b == '[':
			return s.value(b)
		case s.inArray:
			return s.scalar(b)
		default:
			return s.junkLine(b)
		}
	}
}

// value reads an object or array whose first byte is first.
//
// A value whose first line holds more than its opening bracket is written
// one record a line (JSONL, minified pages). When such a value turns out
// cut short after running onto later lines, only its first line is the
// broken record: the later lines are given back and read again as records
// of their own. Lines given back once are not run onto again (horizon), so
// a file of nothing but cut lines is still read in linear time.
//
// It walks the source's buffer in place, doing per byte what read and keep
// do, and keeps what it walked a run at a time.
func (s *jsonScanner) value(first byte) (jsonUnit, error) {
	s.buf = s.buf[:0]
	u := jsonUnit{line: s.src.line}
	sh := shape{col: s.col - 1, atLineStart: s.col-1 == s.indent, line: s.src.line}
	s.keep(first, &u)
	stack := []byte{first}
	last := first // last significant byte outside strings
	content := false
	inStr, esc := false, false
	for {
		w, err := s.src.window()
		if err == io.EOF {
			return s.broken(u, sh, content, "the file ends inside this record", false), nil
		}
		if err != nil {
			return jsonUnit{}, err
		}
		// Every byte walked is kept but a newline or bracket that ends a
		// broken record; done hands over w[:i] and keeps w[:kept].
		i := 0
		done := func(kept int) {
			s.keepRun(w[:kept], &u)
			s.src.advance(i)
		}
		for i < len(w) {
			if inStr && !esc {
				// Strings are most of a JSON file: their plain bytes go in one
				// step. No string spans lines, so its line is not all blanks.
				j := i
				for j < len(w) && !strStop[w[j]] {
					j++
				}
				s.col += j - i
				if i = j; i == len(w) {
					break
				}
			}
			b := w[i]
			if inStr {
				i++
				if b == '\n' {
					s.src.line++
					s.col, s.indent, s.lineWs = 0, 0, true
					// JSON strings cannot hold a raw newline, not even after a
					// backslash: the record was cut here and the next line is a
					// fresh start.
					done(i - 1)
					return s.broken(u, sh, content, fmt.Sprintf("line %d ends inside a string", s.src.line-1), true), nil
				}
				s.col++
				if inStr, esc = stringByte(b, esc); !inStr {
					last = '"'
				}
				continue
			}
			if b == '\n' {
				i++
				s.src.line++
				s.col, s.indent, s.lineWs = 0, 0, true
				if content && sh.line <= s.horizon {
					done(i - 1)
					return s.broken(u, sh, content, fmt.Sprintf("line %d ends before the record closes", sh.line), true), nil
				}
				continue
			}
			if (b == '{' || b == '[') && s.col == s.indent && s.src.line > sh.line {
				// The first byte of a later line opens a value.
				top := stack[len(stack)-1]
				valid := (top == '[' && (last == '[' || last == ',')) || (top == '{' && last == ':')
				outer := s.inArray && s.indent < sh.col && s.arr.startsSibling(s.indent, b)
				if !valid || sh.startsSibling(s.indent, b) || outer {
					if outer {
						s.inArray = false
					}
					done(i) // b is left to be read again
					return s.broken(u, sh, content, fmt.Sprintf("a new record starts on line %d before this one closed", s.src.line), false), nil
				}
			}
			i++
			s.column(b)
			switch b {
			case ' ', '\t', '\r':
				continue
			}
			if s.src.line == sh.line {
				content = true
			} else if s.col-1 == s.indent && s.indent > sh.col {
				sh.deeper = true
			}
			switch b {
			case '"':
				inStr = true
			case '{', '[':
				stack = append(stack, b)
			case '}', ']':
				stack = stack[:len(stack)-1]
				if len(stack) == 0 {
					done(i)
					u.raw = s.buf
					return u, nil
				}
			}
			last = b
		}
		done(i)
	}
}

// strStop marks the bytes that end a run of plain string content.
var strStop = [256]bool{'"': true, '\\': true, '\n': true}

// keepRun is keep for a run of bytes.
func (s *jsonScanner) keepRun(run []byte, u *jsonUnit) {
	u.size += int64(len(run))
	if room := s.max - len(s.buf); room > 0 {
		s.buf = append(s.buf, run[:min(len(run), room)]...)
	}
}

// broken ends a value that never closed. atNewline says the newline that
// ended it was read but not kept.
func (s *jsonScanner) broken(u jsonUnit, sh shape, content bool, why string, atNewline bool) jsonUnit {
	u.broken, u.raw = why, s.buf
	nl := bytes.IndexByte(s.buf, '\n')
	if !content || nl < 0 || u.cut() > 0 {
		return u
	}
	rest := append([]byte(nil), s.buf[nl+1:]...)
	if atNewline {
		rest = append(rest, '\n')
	}
	s.horizon = max(s.horizon, s.src.line-1)
	s.src.unread(rest, sh.line+1)
	s.col, s.indent, s.lineWs = 0, 0, true
	u.raw = bytes.TrimRight(s.buf[:nl], "\r")
	u.size = int64(len(u.raw))
	u.broken = fmt.Sprintf("line %d ends before the record closes", sh.line)
	return u
}

// scalar reads a non-container array element, which no format accepts but
// which must still be accounted for.
func (s *jsonScanner) scalar(first byte) (jsonUnit, error) {
	s.buf = s.buf[:0]
	u := jsonUnit{line: s.src.line}
	s.keep(first, &u)
	inStr, esc := first == '"', false
	for {
		b, err := s.read()
		if err == io.EOF {
			if inStr {
				u.broken = "the file ends inside this record"
			}
			break
		}
		if err != nil {
			return jsonUnit{}, err
		}
		if inStr {
			if b == '\n' {
				u.broken = fmt.Sprintf("line %d ends inside a string", s.src.line-1)
				break
			}
			s.keep(b, &u)
			inStr, esc = stringByte(b, esc)
			continue
		}
		if b == ',' || b == ']' || b == '}' || isSpace(b) {
			if b != '\n' {
				s.unread(b)
			}
			break
		}
		s.keep(b, &u)
	}
	u.raw = s.buf
	return u, nil
}

// junkLine swallows the rest of a line that does not start a JSON value.
func (s *jsonScanner) junkLine(first byte) (jsonUnit, error) {
	s.buf = s.buf[:0]
	u := jsonUnit{line: s.src.line, junk: true}
	s.keep(first, &u)
	for {
		b, err := s.read()
		if err == io.EOF || b == '\n' {
			break
		}
		if err != nil {
			return jsonUnit{}, err
		}
		s.keep(b, &u)
	}
	u.raw = bytes.TrimRight(s.buf, "\r")
	return u, nil
}

// stringByte moves a JSON string's escape state past b, a byte inside the
// string other than a newline: whether the string is still open, and
// whether the next byte is escaped.
func stringByte(b byte, esc bool) (open, escNext bool) {
	switch {
	case esc:
		return true, false
	case b == '\\':
		return true, true
	case b == '"':
		return false, false
	}
	return true, false
}
