// Package profession knows the canonical professions of peergraph, the
// names people give them, and how to tell a profession from a profile bio.
//
// Everything comes from one table (default_table.csv, embedded): aliases
// resolve what a roster or a user typed, patterns with a confidence read
// bios. A deployment can load its own table in the same format; the rules
// that read context around a pattern (retired, aspiring, student, not,
// married to a) are fixed in code and described in README.md.
//
// A Table is immutable once built and safe for concurrent use.
package profession

import (
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Names the inference rules rely on. A table need not define Student; if it
// does not, "student nurse" is simply not a nurse.
const (
	Unknown = "unknown"
	Student = "student"
)

// Kinds of table row.
const (
	KindAlias   = "alias"
	KindPattern = "pattern"
)

// Header is the first row of a table file.
var Header = []string{"profession", "kind", "text", "confidence"}

// Profession is a canonical profession and the aliases that resolve to it,
// in table order.
type Profession struct {
	Name    string
	Aliases []string
}

// Row is one line of a table: an alias (Confidence unused) or a bio pattern.
type Row struct {
	Profession string
	Kind       string
	Text       string
	Confidence float64
	Line       int // where it was read, 0 if not read from a file
}

type pattern struct {
	profession string
	words      []string
	confidence float64
}

// Table is a set of professions with their aliases and bio patterns.
type Table struct {
	profs   []Profession
	aliases map[string]string // normalised alias → canonical name
	rows    []Row
	byFirst map[string][]*pattern // first word → patterns, longest first
}

//go:embed default_table.csv
var defaultCSV string

var defaultTable = sync.OnceValue(func() *Table {
	t, err := LoadTable(strings.NewReader(defaultCSV))
	if err != nil {
		panic("profession: embedded default_table.csv: " + err.Error())
	}
	return t
})

// DefaultTable is the table shipped with peergraph. It is shared: do not
// expect a fresh copy.
func DefaultTable() *Table { return defaultTable() }

// LineError is a problem with one line of a table file.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// LoadTable reads a table in the CSV format described in README.md: a
// header "profession,kind,text,confidence", then one alias or pattern a
// line; lines starting with '#' are comments. The first problem found is
// returned as a *LineError.
func LoadTable(r io.Reader) (*Table, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var rows []Row
	header := false
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				// Name the line the row starts on: an unclosed quote is
				// only noticed lines later.
				where := fmt.Sprintf("column %d", pe.Column)
				if pe.Line != pe.StartLine {
					where = fmt.Sprintf("line %d, column %d", pe.Line, pe.Column)
				}
				return nil, &LineError{Line: pe.StartLine, Err: fmt.Errorf("%w (at %s)", pe.Err, where)}
			}
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		if !header {
			if !isHeader(rec) {
				return nil, &LineError{Line: line, Err: fmt.Errorf("want the header %q first, got %q", strings.Join(Header, ","), strings.Join(rec, ","))}
			}
			header = true
			continue
		}
		row, err := parseRow(rec)
		if err != nil {
			return nil, &LineError{Line: line, Err: err}
		}
		row.Line = line
		rows = append(rows, row)
	}
	if !header {
		return nil, &LineError{Line: 1, Err: errors.New("empty table: want the header " + strings.Join(Header, ","))}
	}
	return build(rows)
}

func isHeader(rec []string) bool {
	if len(rec) != len(Header) {
		return false
	}
	for i, h := range Header {
		if !strings.EqualFold(strings.TrimSpace(rec[i]), h) {
			return false
		}
	}
	return true
}

func parseRow(rec []string) (Row, error) {
	if len(rec) != 3 && len(rec) != 4 {
		return Row{}, fmt.Errorf("want 4 fields (profession,kind,text,confidence), got %d", len(rec))
	}
	row := Row{
		Profession: strings.TrimSpace(rec[0]),
		Kind:       strings.ToLower(strings.TrimSpace(rec[1])),
		Text:       strings.TrimSpace(rec[2]),
	}
	conf := ""
	if len(rec) == 4 {
		conf = strings.TrimSpace(rec[3])
	}
	if row.Profession == "" {
		return Row{}, errors.New("profession is empty")
	}
	if row.Text == "" {
		return Row{}, errors.New("text is empty")
	}
	switch row.Kind {
	case KindAlias:
		if conf != "" {
			return Row{}, fmt.Errorf("alias %q has a confidence %q: only patterns have one", row.Text, conf)
		}
	case KindPattern:
		if conf == "" {
			return Row{}, fmt.Errorf("pattern %q has no confidence", row.Text)
		}
		c, err := strconv.ParseFloat(conf, 64)
		if err != nil {
			return Row{}, fmt.Errorf("confidence %q is not a number", conf)
		}
		// A pattern for unknown is a false friend ("doctor of philosophy"):
		// it claims its words so that shorter patterns cannot match inside
		// them, and makes no claim of its own.
		if row.Profession == Unknown {
			if c != 0 {
				return Row{}, fmt.Errorf("pattern %q for %s must have confidence 0 (it only blocks other patterns), got %s", row.Text, Unknown, conf)
			}
		} else if !(c > 0 && c <= 1) {
			return Row{}, fmt.Errorf("confidence %s of pattern %q is outside (0,1]", conf, row.Text)
		}
		row.Confidence = c
	default:
		return Row{}, fmt.Errorf("kind %q is neither %s nor %s", rec[1], KindAlias, KindPattern)
	}
	return row, nil
}

// build checks the rows as a whole and indexes them. Clashes are errors
// rather than last-one-wins because a table that resolves "rm" to two
// professions says nothing useful about either.
func build(rows []Row) (*Table, error) {
	t := &Table{aliases: map[string]string{}, rows: rows, byFirst: map[string][]*pattern{}}
	index := map[string]int{}       // canonical name → position in profs
	aliasLine := map[string]int{}   // normalised alias → its line; names have none
	seenPattern := map[string]Row{} // normalised pattern → its row
	for _, row := range rows {
		fail := func(format string, a ...any) error {
			return &LineError{Line: row.Line, Err: fmt.Errorf(format, a...)}
		}
		if _, ok := index[row.Profession]; !ok {
			key := normalise(row.Profession)
			if key == "" {
				return nil, fail("profession %q has no letters or digits", row.Profession)
			}
			if other, ok := t.aliases[key]; ok {
				return nil, fail("profession %q is already an alias of %q", row.Profession, other)
			}
			index[row.Profession] = len(t.profs)
			t.profs = append(t.profs, Profession{Name: row.Profession})
			t.aliases[key] = row.Profession
		}
		p := &t.profs[index[row.Profession]]
		key := normalise(row.Text)
		if key == "" {
			return nil, fail("text %q has no letters or digits", row.Text)
		}
		switch row.Kind {
		case KindAlias:
			if other, ok := t.aliases[key]; ok && other != row.Profession {
				if l := aliasLine[key]; l > 0 {
					return nil, fail("alias %q already resolves to %q (line %d)", row.Text, other, l)
				}
				return nil, fail("alias %q is the name of the profession %q", row.Text, other)
			}
			if l := aliasLine[key]; l > 0 {
				return nil, fail("alias %q repeats line %d", row.Text, l)
			}
			t.aliases[key] = row.Profession
			aliasLine[key] = row.Line
			p.Aliases = append(p.Aliases, row.Text)
		case KindPattern:
			toks := tokenize(row.Text, false)
			for _, tk := range toks[1:] {
				if tk.clause != toks[0].clause {
					return nil, fail("pattern %q crosses punctuation that separates the items of a bio, so it can never match", row.Text)
				}
			}
			if prev, ok := seenPattern[key]; ok {
				return nil, fail("pattern %q repeats line %d (%s)", row.Text, prev.Line, prev.Profession)
			}
			seenPattern[key] = row
			words := strings.Fields(key)
			pat := &pattern{profession: row.Profession, words: words, confidence: row.Confidence}
			t.byFirst[words[0]] = append(t.byFirst[words[0]], pat)
		}
	}
	if _, ok := index[Unknown]; !ok {
		if other, ok := t.aliases[Unknown]; ok {
			return nil, &LineError{Line: aliasLine[Unknown], Err: fmt.Errorf("alias %q of %q hides the profession %q", Unknown, other, Unknown)}
		}
		t.profs = append(t.profs, Profession{Name: Unknown})
		t.aliases[Unknown] = Unknown
	}
	for _, ps := range t.byFirst {
		// Longest first, so a phrase wins over the words inside it; stable,
		// so equal lengths keep table order.
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	}
	return t, nil
}

// Canonical resolves a profession as a roster or a user wrote it: any alias
// or canonical name, ignoring case and surrounding spaces and punctuation.
// "RGN" → "nurse", "Pharmacists" → "pharmacist"; anything else → "", false.
func (t *Table) Canonical(nameOrAlias string) (string, bool) {
	key := normalise(nameOrAlias)
	if key == "" {
		return "", false
	}
	name, ok := t.aliases[key]
	return name, ok
}

// Names lists the canonical professions in table order; unknown is always
// among them.
func (t *Table) Names() []string {
	out := make([]string, len(t.profs))
	for i, p := range t.profs {
		out[i] = p.Name
	}
	return out
}

// Professions lists the canonical professions with their aliases.
func (t *Table) Professions() []Profession {
	out := make([]Profession, len(t.profs))
	for i, p := range t.profs {
		out[i] = Profession{Name: p.Name, Aliases: append([]string(nil), p.Aliases...)}
	}
	return out
}

// Rows lists the table's rows in the order they were read.
func (t *Table) Rows() []Row { return append([]Row(nil), t.rows...) }

// WriteCSV writes the table in the format LoadTable reads, without the
// comments of the file it came from.
func (t *Table) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(Header); err != nil {
		return err
	}
	for _, r := range t.rows {
		conf := ""
		if r.Kind == KindPattern {
			conf = strconv.FormatFloat(r.Confidence, 'f', -1, 64)
		}
		if err := cw.Write([]string{r.Profession, r.Kind, r.Text, conf}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
