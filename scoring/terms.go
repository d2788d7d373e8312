package scoring

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/peergraph/peergraph/domain"
)

// stopWords are left out of a chat's top terms: English function words and
// the chat furniture (Q1, A1, "chat", "thanks") every chat has.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a about above after again against all also am an and any are aren't as at be because been
before being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
few for from further get got had hadn't has hasn't have haven't having he her here hers herself him himself his how i i'm if in
into is isn't it it's its itself just let's like me more most much my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that that's the their theirs them themselves then there these they
they're this those through to too under until up very was we we're were what when where which while who whom why will with
would you you're your yours yourself yourselves im ive youre dont cant thats one two really lot lots yes yeah well think know
chat tonight thanks thank everyone hello hi evening welcome great good many way see make need use used using`) {
		stopWords[w] = true
	}
}

// Terms counts the words of texts for a word cloud, most used first (ties
// alphabetically). Words are lower-cased; handles (@x), hashtags (#x), links,
// numbers, question and answer labels (q1, a2), words under three letters
// and stop words are left out.
func Terms(texts []string) []*domain.TermCount {
	counts := map[string]int{}
	for _, text := range texts {
		for _, field := range strings.Fields(strings.ToLower(text)) {
			if strings.HasPrefix(field, "@") || strings.HasPrefix(field, "#") || strings.Contains(field, "://") || strings.HasPrefix(field, "www.") {
				continue
			}
			for _, w := range strings.FieldsFunc(field, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
				w = strings.Trim(w, "'-")
				if len([]rune(w)) < 3 || stopWords[w] {
					continue
				}
				counts[w]++
			}
		}
	}
	out := make([]*domain.TermCount, 0, len(counts))
	for w, n := range counts {
		out = append(out, &domain.TermCount{Term: w, Count: n})
	}
	slices.SortFunc(out, func(a, b *domain.TermCount) int {
		if d := cmp.Compare(b.Count, a.Count); d != 0 {
			return d
		}
		return cmp.Compare(a.Term, b.Term)
	})
	return out
}
