package scoring

import "github.com/peergraph/peergraph/domain"

// PersistenceHorizons are the days within which a tie's recurrence is
// counted (tiePersistence).
var PersistenceHorizons = []int{30, 90, 180}

// DefaultMinProfessions is k when the question does not give it: a chat
// whose participants span 3 professions is multidisciplinary.
const DefaultMinProfessions = 3

// ChatMixOf classes a chat by how many professions its participants span
// (organisations and the unknown not counted as professions): one is
// single-profession, k or more multidisciplinary, any other count
// neither ("").
func ChatMixOf(professions, k int) domain.ChatMix {
	switch {
	case professions >= max(k, 2):
		return domain.MixMultiProfession
	case professions == 1:
		return domain.MixSingleProfession
	}
	return ""
}

// Share is recurred/observable, nil with nothing observable.
func Share(recurred, observable int) *float64 {
	if observable == 0 {
		return nil
	}
	s := float64(recurred) / float64(observable)
	return &s
}
