package profession

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a bio or a table entry, lower-cased and folded to
// plain letters, with where it sits in the text it came from so that
// evidence can quote the writer's own spelling.
type token struct {
	word       string
	start, end int // byte offsets into the source
	clause     int // tokens in different clauses never form one phrase
	dotJoined  bool
}

// runeClass decides what a character does to the words around it.
type runeClass int

const (
	classWord   runeClass = iota // part of a word
	classMark                    // a combining mark: stays inside the word, adds nothing
	classSoft                    // ends a word but not a clause: spaces, brackets, quotes
	classBreak                   // ends a clause: | , . ; : ! ? / • newline, emoji
	classApos                    // apostrophe: possessive 's is dropped
	classHyphen                  // soft between letters, a break when spaced like a dash
	classAmp                     // & reads as the word "and"
)

// tokenize splits s into words. With social set, the parts of a profile
// that name other things rather than describe the writer — hashtags,
// @mentions, URLs and bare domains — are treated as blank space.
func tokenize(s string, social bool) []token {
	blank := []span(nil)
	if social {
		blank = socialSpans(s)
	}
	var (
		toks    []token
		buf     strings.Builder
		start   = -1
		end     = 0
		clause  = 0
		dotNext = false // the next word follows a '.' glued to the previous one
	)
	flush := func() {
		if start < 0 {
			return
		}
		toks = append(toks, token{word: buf.String(), start: start, end: end, clause: clause, dotJoined: dotNext})
		buf.Reset()
		start = -1
		dotNext = false
	}
	bi := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		for bi < len(blank) && blank[bi].end <= i {
			bi++
		}
		if bi < len(blank) && blank[bi].start <= i {
			flush()
			dotNext = false
			i = blank[bi].end
			continue
		}
		f := fold(r)
		switch classify(f) {
		case classWord:
			if start < 0 {
				start = i
			}
			buf.WriteRune(f)
			end = i + size
		case classMark:
			if start >= 0 {
				end = i + size
			}
		case classSoft:
			flush()
		case classBreak:
			wasWord := start >= 0
			flush()
			if wasWord && f == '.' && abbreviations[toks[len(toks)-1].word] && isSpaceAt(s, i+size) {
				break // "Dr. of Philosophy" is one phrase
			}
			clause++
			// A dot glued between two words may be a domain ("nhs.uk");
			// remember it so dropDomains can find the whole name.
			dotNext = wasWord && f == '.' && i+size < len(s) && isWordAt(s, i+size)
		case classApos:
			if start >= 0 && possessiveAt(s, i+size) {
				flush()
				i += size + 1 // skip the apostrophe and the 's'
				continue
			}
			flush()
		case classHyphen:
			spaced := i == 0 || i+size >= len(s) || isSpaceBefore(s, i) || isSpaceAt(s, i+size)
			flush()
			if spaced {
				clause++
			}
		case classAmp:
			flush()
			toks = append(toks, token{word: "and", start: i, end: i + size, clause: clause})
		}
		i += size
	}
	flush()
	if social {
		toks = dropDomains(toks)
	}
	return toks
}

type span struct{ start, end int }

// socialSpans finds hashtags, mentions and URLs. A hashtag is a community
// or a topic the writer follows, not a claim about their job ("#WeNurses
// fan" is often a student or a patient); a mention names someone else
// (@NurseAnn is not the writer); a URL's words are a site's, not the
// writer's.
func socialSpans(s string) []span {
	var out []span
	prevWord := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case !prevWord && (r == '#' || r == '＃') && i+size < len(s) && isWordAt(s, i+size):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if c := classify(fold(r2)); c != classWord && c != classMark && r2 != '_' {
					break
				}
				j += n
			}
			out = append(out, span{i, j})
			i, prevWord = j, false
			continue
		case r == '@' || r == '＠':
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if c := classify(fold(r2)); c != classWord && c != classMark && !strings.ContainsRune("_.-@", r2) {
					break
				}
				j += n
			}
			j = trimTrailing(s, i+size, j, ".-")
			if j > i+size {
				out = append(out, span{i, j})
				i, prevWord = j, false
				continue
			}
		case !prevWord && hasURLPrefix(s[i:]):
			j := i
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if unicode.IsSpace(r2) || r2 == '|' {
					break
				}
				j += n
			}
			j = trimTrailing(s, i, j, ".,;:!?)]'\"")
			out = append(out, span{i, j})
			i, prevWord = j, false
			continue
		}
		prevWord = classify(fold(r)) == classWord
		i += size
	}
	return out
}

func hasURLPrefix(s string) bool {
	for _, p := range []string{"https://", "http://", "www."} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// trimTrailing gives back sentence punctuation that ended a mention or URL,
// so that "at @LeedsTH." still ends its clause.
func trimTrailing(s string, from, to int, cut string) int {
	for to > from {
		r, n := utf8.DecodeLastRuneInString(s[from:to])
		if !strings.ContainsRune(cut, r) {
			break
		}
		to -= n
	}
	return to
}

// abbreviations whose full stop does not end a clause.
var abbreviations = setOf("dr", "mr", "mrs", "ms", "prof", "st", "no", "rev")

// topLevel are the endings that make "nurses.co.uk" a web address rather
// than "Nurse.Mum.Runner", a bio written without spaces.
var topLevel = setOf("com", "org", "net", "uk", "io", "social", "app", "edu", "gov", "info",
	"ie", "eu", "online", "site", "blog", "nhs", "health", "scot", "wales", "cymru",
	"au", "nz", "ca", "us", "ly", "link", "page", "dev", "ee", "xyz")

// dropDomains removes bare domain names: runs of words glued by dots whose
// last word is a top-level domain.
func dropDomains(toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].dotJoined {
			j++
		}
		if j-i >= 2 && topLevel[toks[j-1].word] {
			i = j
			continue
		}
		out = append(out, toks[i:j]...)
		i = j
	}
	return out
}

func isWordAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return classify(fold(r)) == classWord
}

func isSpaceAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

func isSpaceBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r)
}

// possessiveAt reports whether an apostrophe is followed by a lone 's', so
// that "nurse's" and "RGN's" read as "nurse" and "rgn".
func possessiveAt(s string, i int) bool {
	if i >= len(s) || (s[i] != 's' && s[i] != 'S') {
		return false
	}
	return i+1 >= len(s) || !isWordAt(s, i+1)
}

func classify(r rune) runeClass {
	switch {
	case r == '&':
		return classAmp
	case r == '\'' || r == '’' || r == 'ʼ' || r == '‘' || r == '`' || r == '´':
		return classApos
	case r == '-' || r == '‐' || r == '‑' || r == '−':
		return classHyphen
	case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
		return classBreak
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return classWord
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		return classMark
	case unicode.IsSpace(r), strings.ContainsRune("()[]{}\"“”«»*_~+=<>^", r),
		r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff',
		unicode.Is(unicode.Variation_Selector, r):
		return classSoft
	}
	// Pipes, commas, full stops, slashes, bullets, dashes and emoji all
	// separate the items of a bio.
	return classBreak
}

// fold maps the many ways bios spell a letter — 𝐍𝐮𝐫𝐬𝐞, ｎｕｒｓｅ, ɴᴜʀsᴇ,
// Ⓝurse, café — to plain lower-case letters, so that styled text reads
// like typed text.
func fold(r rune) rune {
	switch {
	case r < 0x80:
		return unicode.ToLower(r)
	case r >= 0x1D400 && r <= 0x1D6A3: // mathematical alphanumeric letters
		o := (r - 0x1D400) % 52
		if o < 26 {
			return 'a' + o
		}
		return 'a' + o - 26
	case r >= 0x1D7CE && r <= 0x1D7FF: // mathematical digits
		return '0' + (r-0x1D7CE)%10
	case r >= 0xFF01 && r <= 0xFF5E: // fullwidth ASCII
		return unicode.ToLower(r - 0xFEE0)
	case r >= 0x24B6 && r <= 0x24CF: // circled capitals
		return 'a' + r - 0x24B6
	case r >= 0x24D0 && r <= 0x24E9: // circled small letters
		return 'a' + r - 0x24D0
	}
	if f, ok := foldTable[r]; ok {
		return f
	}
	return unicode.ToLower(r)
}

var foldTable = func() map[rune]rune {
	m := map[rune]rune{}
	add := func(from string, to rune) {
		for _, r := range from {
			m[r] = to
		}
	}
	// Letterlike symbols fill the holes in the mathematical alphabets.
	add("ℂ", 'c')
	add("ℊ", 'g')
	add("ℋℌℍℎ", 'h')
	add("ℐℑ", 'i')
	add("ℒ", 'l')
	add("ℳ", 'm')
	add("ℕ", 'n')
	add("ℴ", 'o')
	add("ℙ", 'p')
	add("ℚ", 'q')
	add("ℛℜℝ", 'r')
	add("ℤℨ", 'z')
	add("ℬ", 'b')
	add("ℭ", 'c')
	add("ℯℰ", 'e')
	add("ℱ", 'f')
	// Small capitals.
	add("ᴀ", 'a')
	add("ʙ", 'b')
	add("ᴄ", 'c')
	add("ᴅ", 'd')
	add("ᴇ", 'e')
	add("ꜰ", 'f')
	add("ɢ", 'g')
	add("ʜ", 'h')
	add("ɪ", 'i')
	add("ᴊ", 'j')
	add("ᴋ", 'k')
	add("ʟ", 'l')
	add("ᴍ", 'm')
	add("ɴ", 'n')
	add("ᴏ", 'o')
	add("ᴘ", 'p')
	add("ǫ", 'q')
	add("ʀ", 'r')
	add("ꜱ", 's')
	add("ᴛ", 't')
	add("ᴜ", 'u')
	add("ᴠ", 'v')
	add("ᴡ", 'w')
	add("ʏ", 'y')
	add("ᴢ", 'z')
	// Accented Latin letters, precomposed.
	add("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", 'a')
	add("çćĉċčÇĆĈĊČ", 'c')
	add("ďđĎĐ", 'd')
	add("èéêëēĕėęěÈÉÊËĒĔĖĘĚ", 'e')
	add("ĝğġģĜĞĠĢ", 'g')
	add("ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", 'i')
	add("ĺļľŀłĹĻĽĿŁ", 'l')
	add("ñńņňÑŃŅŇ", 'n')
	add("òóôõöøōŏőÒÓÔÕÖØŌŎŐ", 'o')
	add("ŕŗřŔŖŘ", 'r')
	add("śŝşšŚŜŞŠ", 's')
	add("ţťŧŢŤŦ", 't')
	add("ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", 'u')
	add("ýÿŷÝŸŶ", 'y')
	add("źżžŹŻŽ", 'z')
	return m
}()

// normalise reduces a name or alias to its words joined by single spaces,
// the key aliases are compared by: "  Speech & Language Therapist. " and
// "speech and language therapist" are the same.
func normalise(s string) string {
	toks := tokenize(s, false)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.word
	}
	return strings.Join(words, " ")
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
