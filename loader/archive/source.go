package archive

import "bufio"

// source hands out a stream one byte at a time while counting lines, and
// lets the CSV reader push back what it read ahead so that a record with an
// unbalanced quote costs only its own line.
type source struct {
	br      *bufio.Reader
	pending []byte // pushed-back bytes, read before br
	pos     int
	line    int // 1-based line of the next byte
}

func newSource(br *bufio.Reader) *source { return &source{br: br, line: 1} }

func (s *source) readByte() (byte, error) {
	var b byte
	if s.pos < len(s.pending) {
		b = s.pending[s.pos]
		s.pos++
		if s.pos == len(s.pending) {
			s.pending, s.pos = nil, 0
		}
	} else {
		var err error
		if b, err = s.br.ReadByte(); err != nil {
			return 0, err
		}
	}
	if b == '\n' {
		s.line++
	}
	return b, nil
}

func (s *source) peekByte() (byte, error) {
	if s.pos < len(s.pending) {
		return s.pending[s.pos], nil
	}
	p, err := s.br.Peek(1)
	if len(p) == 0 {
		return 0, err
	}
	return p[0], nil
}

// window returns the bytes that can be looked at without another read:
// the pushed-back ones, else what the buffer holds, filling it when it is
// empty. It is empty only with an error (io.EOF at the end). Scanners walk
// it in place and then advance: a call per byte was most of their cost.
func (s *source) window() ([]byte, error) {
	if s.pos < len(s.pending) {
		return s.pending[s.pos:], nil
	}
	if s.br.Buffered() == 0 {
		if _, err := s.br.Peek(1); err != nil {
			return nil, err
		}
	}
	w, _ := s.br.Peek(s.br.Buffered())
	return w, nil
}

// advance consumes the first n bytes of the window, whose newlines the
// caller has counted into line.
func (s *source) advance(n int) {
	if s.pos < len(s.pending) {
		s.pos += n
		if s.pos == len(s.pending) {
			s.pending, s.pos = nil, 0
		}
		return
	}
	s.br.Discard(n)
}

// unread puts b back in front of the stream; the next byte is then on line.
func (s *source) unread(b []byte, line int) {
	rest := s.pending[s.pos:]
	merged := make([]byte, 0, len(b)+len(rest))
	merged = append(merged, b...)
	merged = append(merged, rest...)
	s.pending, s.pos = merged, 0
	s.line = line
}
