package domain

import (
	"cmp"
	"slices"
)

// MixOf is the profession mix of a group of professionals, given each
// one's profession ("" counts as unknown): the counts, most first then by
// name, Blau's index 1 − Σ p² (the chance two members drawn at random
// differ in profession) and multidisciplinarity, the index over its
// maximum for the professions present, 1 − 1/k (0 with one profession).
func MixOf(professions []string) (mix []*ProfessionCount, blau, multidisciplinarity float64) {
	counts := map[string]int{}
	for _, p := range professions {
		if p == "" {
			p = "unknown"
		}
		counts[p]++
	}
	total := float64(len(professions))
	sq := 0.0
	for p, c := range counts {
		mix = append(mix, &ProfessionCount{Profession: p, Count: c})
		sq += (float64(c) / total) * (float64(c) / total)
	}
	slices.SortFunc(mix, func(a, b *ProfessionCount) int {
		if d := cmp.Compare(b.Count, a.Count); d != 0 {
			return d
		}
		return cmp.Compare(a.Profession, b.Profession)
	})
	if len(professions) == 0 {
		return []*ProfessionCount{}, 0, 0
	}
	blau = 1 - sq
	if len(counts) > 1 {
		multidisciplinarity = blau / (1 - 1/float64(len(counts)))
	}
	return mix, blau, multidisciplinarity
}
