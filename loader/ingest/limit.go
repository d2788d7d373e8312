package ingest

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// RejectLimit is how many rejected rows a load may have and still succeed,
// as Neo4j's import has --bad-tolerance and PostgreSQL's COPY REJECT_LIMIT:
// a count ("100": more than 100 rejected rows fail the load) or a share of
// the rows read ("5%": more than 5% fail it). A file that cannot be read at
// all counts as one row read and rejected. The zero value sets no limit.
// It is a flag.Value.
type RejectLimit struct {
	set   bool
	share bool
	count int64   // when !share
	ratio float64 // when share, in [0, 1]
}

// ErrTooManyRejected is returned when a load rejects more rows than its
// RejectLimit allows.
var ErrTooManyRejected = errors.New("too many rows rejected")

// Set reads "100" or "5%" (or "2.5%").
func (l *RejectLimit) Set(s string) error {
	s = strings.TrimSpace(s)
	if pct, ok := strings.CutSuffix(s, "%"); ok {
		v, err := strconv.ParseFloat(strings.TrimSpace(pct), 64)
		if err != nil || v < 0 || v > 100 {
			return fmt.Errorf("%q is not a share between 0%% and 100%%", s)
		}
		*l = RejectLimit{set: true, share: true, ratio: v / 100}
		return nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return fmt.Errorf("%q is neither a count of rows (100) nor a share of the rows read (5%%)", s)
	}
	*l = RejectLimit{set: true, count: n}
	return nil
}

func (l *RejectLimit) String() string {
	switch {
	case l == nil || !l.set:
		return ""
	case l.share:
		return strconv.FormatFloat(l.ratio*100, 'f', -1, 64) + "%"
	}
	return strconv.FormatInt(l.count, 10)
}

// IsSet says whether a limit was given.
func (l RejectLimit) IsSet() bool { return l.set }

// Check returns ErrTooManyRejected, saying by how much, when s rejected
// more than the limit allows; nil otherwise.
func (l RejectLimit) Check(s *Summary) error {
	if !l.set || s == nil {
		return nil
	}
	rejected, read := s.Rejected+int64(s.Unreadable), s.Read+int64(s.Unreadable)
	if l.share {
		if read == 0 || float64(rejected) <= l.ratio*float64(read) {
			return nil
		}
		return fmt.Errorf("%w: %d of %d rows (%.1f%%), over --max-rejected %s", ErrTooManyRejected,
			rejected, read, 100*float64(rejected)/float64(read), l.String())
	}
	if rejected <= l.count {
		return nil
	}
	return fmt.Errorf("%w: %d rows, over --max-rejected %s", ErrTooManyRejected, rejected, l.String())
}
