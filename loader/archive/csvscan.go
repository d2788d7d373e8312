package archive

import (
	"bytes"
	"fmt"
	"io"
)

// csvRecord is one CSV record with the text it came from.
type csvRecord struct {
	fields []string
	line   int    // physical line where the record starts
	raw    []byte // the record's text, at most max bytes
	cut    int64  // bytes of the record not kept in raw
	bad    string // why the record cannot be read; fields is then unusable
}

// csvReader reads RFC 4180 CSV, as Google Sheets and Excel write it, with
// two differences from encoding/csv that matter for archives: a record
// never holds more than max bytes, and a quote that never closes costs only
// the line it opened on. On such a quote (or a record spanning lines whose
// field count is wrong) the first line is rejected and reading resumes on
// the next line from what was read ahead. Each resumption skips a line with
// an odd number of quotes, so lines between two such lines are read once
// more at most: the work stays linear.
type csvReader struct {
	src   *source
	max   int
	comma byte // ',' or, for a sheet saved as tab-separated values, '\t'

	want   int // fields per record once the header is known; 0 before
	buf    []byte
	field  []byte
	fields []string
}

func newCSVReader(src *source, max int, comma byte) *csvReader {
	return &csvReader{src: src, max: max, comma: comma}
}

// read returns the next record, io.EOF at the end, or an I/O error; a
// record that cannot be read comes back with bad set.
func (c *csvReader) read() (csvRecord, error) {
	c.buf, c.field, c.fields = c.buf[:0], c.field[:0], c.fields[:0]
	rec := csvRecord{line: c.src.line}
	const (
		fieldStart = iota
		unquoted
		quoted
		quoteInQuoted // a '"' inside a quoted field: escape or the end
	)
	state := fieldStart
	lines := 1
	var cut int64
	emit := func() {
		c.fields = append(c.fields, string(c.field))
		c.field = c.field[:0]
	}
	for {
		if state == unquoted || state == quoted {
			c.takeRun(state == quoted)
		}
		b, err := c.src.readByte()
		if err == io.EOF {
			if len(c.buf) == 0 {
				return rec, io.EOF
			}
			if state == quoted {
				if lines > 1 {
					return c.resume(rec, "a quoted field opened on this line never closes")
				}
				rec.bad = "a quoted field never closes"
				return c.finish(rec, cut), nil
			}
			if state != quoteInQuoted {
				c.field = bytes.TrimSuffix(c.field, []byte{'\r'})
			}
			emit()
			break
		}
		if err != nil {
			return rec, err
		}
		if len(c.buf) >= c.max {
			if state == quoted && lines > 1 {
				c.buf = append(c.buf, b) // resume gives it back with the rest
				return c.resume(rec, fmt.Sprintf("a quoted field opened on this line runs past %d bytes", c.max))
			}
			// One physical line over the limit: drop the rest of it.
			cut++
			for b != '\n' {
				if b, err = c.src.readByte(); err != nil {
					break
				}
				cut++
			}
			rec.bad = fmt.Sprintf("line is over the %d-byte limit", c.max)
			rec.raw, rec.cut = c.buf, cut
			return rec, nil
		}
		c.buf = append(c.buf, b)
		if b == '\n' && state != quoted {
			if len(c.buf) == 1 || (len(c.buf) == 2 && c.buf[0] == '\r') {
				// A blank line is not a record (as encoding/csv has it).
				c.buf = c.buf[:0]
				rec.line = c.src.line
				continue
			}
			if state == unquoted || state == fieldStart {
				c.field = bytes.TrimSuffix(c.field, []byte{'\r'})
			}
			emit()
			break
		}
		switch state {
		case fieldStart:
			switch b {
			case '"':
				state = quoted
			case c.comma:
				emit()
			default:
				c.field = append(c.field, b)
				state = unquoted
			}
		case unquoted:
			if b == c.comma {
				emit()
				state = fieldStart
			} else {
				c.field = append(c.field, b)
			}
		case quoted:
			if b == '"' {
				state = quoteInQuoted
			} else {
				if b == '\n' {
					lines++
					c.field = bytes.TrimSuffix(c.field, []byte{'\r'})
				}
				c.field = append(c.field, b)
			}
		case quoteInQuoted:
			switch b {
			case '"':
				c.field = append(c.field, '"')
				state = quoted
			case c.comma:
				emit()
				state = fieldStart
			case '\r':
				// CRLF after a closing quote: the '\n' comes next.
			default:
				if lines > 1 {
					return c.resume(rec, "text after a closing quote")
				}
				rec.bad = fmt.Sprintf("text after a closing quote (%q)", b)
				for b != '\n' {
					if b, err = c.src.readByte(); err != nil {
						break
					}
					c.buf = append(c.buf, b)
				}
				return c.finish(rec, 0), nil
			}
		}
	}
	if c.want > 0 && len(c.fields) != c.want {
		// Even extra empty fields are refused: a comma too many shifts
		// every later column, and trailing empties would hide it.
		if lines > 1 {
			return c.resume(rec, fmt.Sprintf("a record starting here spans %d lines but has %d fields, want %d", lines, len(c.fields), c.want))
		}
		rec.bad = fmt.Sprintf("has %d fields, want %d", len(c.fields), c.want)
		return c.finish(rec, 0), nil
	}
	rec.fields = c.fields
	return c.finish(rec, cut), nil
}

// takeRun takes in one step the buffered bytes of a field that need no
// look (all but the comma or '"' and newlines), up to the record's limit: a call
// per byte was most of the reader's cost.
func (c *csvReader) takeRun(quoted bool) {
	w, err := c.src.window()
	if err != nil {
		return // readByte reports it
	}
	stop := c.comma
	if quoted {
		stop = '"'
	}
	w = w[:min(len(w), max(c.max-len(c.buf), 0))]
	n := 0
	for n < len(w) && w[n] != stop && w[n] != '\n' {
		n++
	}
	c.buf = append(c.buf, w[:n]...)
	c.field = append(c.field, w[:n]...)
	c.src.advance(n)
}

func (c *csvReader) finish(rec csvRecord, cut int64) csvRecord {
	rec.raw = bytes.TrimRight(c.buf, "\r\n")
	rec.cut = cut
	return rec
}

// resume rejects the first physical line of a record that could not be
// closed and gives back the rest to be read again as fresh records.
func (c *csvReader) resume(rec csvRecord, why string) (csvRecord, error) {
	nl := bytes.IndexByte(c.buf, '\n')
	rest := append([]byte(nil), c.buf[nl+1:]...)
	c.src.unread(rest, rec.line+1)
	rec.bad = why
	rec.raw = bytes.TrimRight(c.buf[:nl+1], "\r\n")
	rec.fields = nil
	return rec, nil
}
