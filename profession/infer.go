package profession

import (
	"html"
	"math"
	"sort"
	"strings"
)

// Inference is what a bio says about its writer's profession. Evidence is
// the part of the bio that decided it, as the writer spelled it, including
// any word that changed its meaning ("Retired nurse", "aspiring pharmacist").
type Inference struct {
	Profession string
	Confidence float64
	Evidence   string
}

// Multipliers and fixed confidences of the context rules. They are in code,
// not in the table, because they apply to every profession alike.
const (
	formerFactor   = 0.6 // retired, former, ex-: still that profession, less surely
	aspiringFactor = 0.6 // aspiring X: a student, but less surely than "student X"
	studyingConf   = 0.7 // studying X: a student whatever X's own weight
	pluralStudents = 0.3 // "X students": usually about the students one teaches
	window         = 4   // how far back a context word may sit
)

var (
	formerWords   = setOf("retired", "retd", "rtd", "former", "formerly", "ex", "previously", "was", "used")
	aspiringWords = setOf("aspiring", "future", "wannabe", "prospective", "want", "wants", "hoping", "hopeful", "training")
	studyingWords = setOf("studying")
	negationWords = setOf("not", "non", "never")
	// relationWords followed by an article or "my" tie the profession to
	// someone or somewhere else: "married to a nurse", "mum of a medic",
	// "trustee for a charity", "data scientist at an NHS trust".
	relationWords = setOf("of", "to", "with", "for", "at", "in")
	articles      = setOf("a", "an", "my")
	// stopWords end the backward search: what comes before them describes
	// something else ("ex-nurse and pharmacist", "nurse turned commissioner").
	stopWords    = setOf("and", "or", "now", "currently", "turned", "but", "also", "then", "plus", "who", "which", "while", "whilst")
	studentWords = setOf("student", "undergraduate", "undergrad")
	afterFormer  = setOf("turned", "retired", "retd", "rtd")
)

// Infer reads a profile bio and names the profession it most likely
// describes: the candidate with the highest confidence, the earliest in the
// text on a tie. A bio that says nothing recognisable is unknown with
// confidence 0.
func (t *Table) Infer(bio string) Inference {
	all := t.InferAll(bio)
	if len(all) == 0 {
		return Inference{Profession: Unknown}
	}
	return all[0]
}

// InferAll lists every profession the bio suggests, each with its best
// evidence, strongest first. Evidence does not add up: a bio that says
// "nurse" three times is no more a nurse than one that says it once.
func (t *Table) InferAll(bio string) []Inference {
	src := html.UnescapeString(bio) // X returns "&amp;" in bios
	toks := tokenize(src, true)
	matches := t.match(toks)
	owned := make([]bool, len(toks))
	for _, m := range matches {
		for i := m.from; i < m.to; i++ {
			owned[i] = true
		}
	}
	haveStudent := t.aliases[Student] == Student

	type best struct {
		inf   Inference
		start int
	}
	byProf := map[string]best{}
	relEnd := -1 // end of the last match dropped as someone else's profession
	for _, m := range matches {
		if m.pat.profession == Unknown {
			continue
		}
		c, v := readContext(toks, owned, m, relEnd)
		if v == relation {
			relEnd = m.to
		}
		if v != claimed {
			continue
		}
		if c.profession == Student && m.pat.profession != Student && !haveStudent {
			continue
		}
		c.confidence = math.Round(c.confidence*100) / 100
		if c.confidence <= 0 {
			continue
		}
		start := toks[c.from].start
		if b, ok := byProf[c.profession]; ok && (b.inf.Confidence > c.confidence || b.inf.Confidence == c.confidence && b.start <= start) {
			continue
		}
		byProf[c.profession] = best{
			inf:   Inference{Profession: c.profession, Confidence: c.confidence, Evidence: evidence(src, start, toks[c.to-1].end)},
			start: start,
		}
	}
	list := make([]best, 0, len(byProf))
	for _, b := range byProf {
		list = append(list, b)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].inf.Confidence != list[j].inf.Confidence {
			return list[i].inf.Confidence > list[j].inf.Confidence
		}
		if list[i].start != list[j].start {
			return list[i].start < list[j].start
		}
		return list[i].inf.Profession < list[j].inf.Profession // only for a stable order
	})
	out := make([]Inference, len(list))
	for i, b := range list {
		out[i] = b.inf
	}
	return out
}

type match struct {
	pat      *pattern
	from, to int // token range
}

// match finds patterns leftmost-longest without overlap, within a clause.
// Longest wins so that "consultant nurse" is a nurse, not a consultant
// (doctor) and a nurse, and so that a false friend such as "doctor who"
// hides the "doctor" inside it.
func (t *Table) match(toks []token) []match {
	var out []match
	for i := 0; i < len(toks); {
		var found *pattern
		for _, p := range t.byFirst[toks[i].word] {
			if fits(p.words, toks, i) {
				found = p
				break
			}
		}
		if found == nil {
			i++
			continue
		}
		out = append(out, match{pat: found, from: i, to: i + len(found.words)})
		i += len(found.words)
	}
	return out
}

func fits(words []string, toks []token, i int) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].word != w || toks[i+k].clause != toks[i].clause {
			return false
		}
	}
	return true
}

type claim struct {
	profession string
	confidence float64
	from, to   int // token range of the evidence
}

// verdict is what the context words make of a match.
type verdict int

const (
	claimed  verdict = iota
	negated          // "not a doctor"
	relation         // "married to a doctor": someone else is the doctor
)

// evidence quotes the bio from start to end, closing a bracket the quote
// opened so that "Nurse (retired)" reads whole.
func evidence(src string, start, end int) string {
	if strings.Count(src[start:end], "(") > strings.Count(src[start:end], ")") && strings.HasPrefix(src[end:], ")") {
		end++
	}
	return src[start:end]
}

// readContext applies the rules that read the words around a match.
// relEnd is where the last match dropped as a relation ended, so that "mum
// to a nurse and a doctor" drops the doctor too.
func readContext(toks []token, owned []bool, m match, relEnd int) (claim, verdict) {
	c := claim{profession: m.pat.profession, confidence: m.pat.confidence, from: m.from, to: m.to}
	clause := toks[m.from].clause
	same := func(i int) bool { return i >= 0 && i < len(toks) && toks[i].clause == clause }
	toStudent := func(conf float64) {
		if c.profession != Student {
			c.profession = Student
			c.confidence = conf
		}
	}

	// "student X" and "X student": a student, as sure as X itself was.
	back := m.from - 1
	if same(back) {
		switch w := toks[back].word; {
		case studentWords[w]:
			toStudent(c.confidence)
			c.from = back
			back--
		case w == "students":
			toStudent(math.Min(c.confidence, pluralStudents))
			c.from = back
			back--
		}
	}
	if next := m.to; same(next) {
		switch w := toks[next].word; {
		case studentWords[w]:
			toStudent(c.confidence)
			c.to = next + 1
		case w == "students":
			toStudent(math.Min(c.confidence, pluralStudents))
			c.to = next + 1
		case w == "in" && same(next+1) && toks[next+1].word == "training":
			toStudent(c.confidence)
			c.to = next + 2
		case afterFormer[w]:
			c.confidence *= formerFactor
			c.to = next + 1
		}
	}

	// Backward: the nearest context word within the window decides.
	for i := back; i > back-window && same(i); i-- {
		w := toks[i].word
		if (w == "and" || w == "or") && i == relEnd && onlyArticles(toks[i+1:back+1]) {
			return c, relation
		}
		if stopWords[w] || owned[i] {
			break
		}
		switch {
		case negationWords[w]:
			if same(i+1) && (toks[i+1].word == "just" || toks[i+1].word == "only") {
				return c, claimed // "not just a nurse" is a nurse
			}
			return c, negated
		case relationWords[w] && same(i+1) && articles[toks[i+1].word] && i+1 < m.from:
			return c, relation
		case formerWords[w]:
			c.confidence *= formerFactor
		case aspiringWords[w]:
			c.profession = Student
			c.confidence *= aspiringFactor
		case studyingWords[w]:
			toStudent(studyingConf)
			c.confidence = math.Max(c.confidence, studyingConf)
		default:
			continue
		}
		c.from = i
		break
	}
	return c, claimed
}

func onlyArticles(toks []token) bool {
	for _, t := range toks {
		if !articles[t.word] {
			return false
		}
	}
	return true
}
