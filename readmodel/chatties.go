package readmodel

import "slices"

// CrossProfessionTies counts a chat's cross-profession ties for its
// summary: the distinct pairs of its participants, of different
// professions (no profession is the class "unknown", as in
// professionLinks), with a conversational tie made in the chat — a
// TALKED_WITH either way that lists the chat and holds a reply, mention or
// quote. 0 for a chat the model does not hold (yet).
//
// It is the model's because it reads every tie of every participant: in
// Cypher the largest chats of the 100k-member world took 120–270 ms for
// this count alone (the chat question's p99), here microseconds.
func (m *Model) CrossProfessionTies(chatID string) int {
	ch, ok := m.chats.lookup(chatID)
	if !ok {
		return 0
	}
	parts := m.chatParts.row(ch)
	people := make([]int32, len(parts))
	for i, pt := range parts {
		people[i] = m.partPerson[pt]
	}
	slices.Sort(people)
	people = slices.Compact(people)
	var pairs []uint64
	for _, a := range people {
		for _, t := range m.out.row(a) {
			b := m.tieTo[t]
			if m.tieConv[t] == 0 || m.linkClass(a) == m.linkClass(b) {
				continue
			}
			if _, took := slices.BinarySearch(people, b); !took || !slices.Contains(m.tieChats.row(t), ch) {
				continue
			}
			lo, hi := min(a, b), max(a, b)
			pairs = append(pairs, uint64(lo)<<32|uint64(hi))
		}
	}
	slices.Sort(pairs)
	return len(slices.Compact(pairs))
}
