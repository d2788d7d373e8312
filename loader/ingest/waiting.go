package ingest

import "hash/maphash"

// waitingSet records the posts that loaded posts name as the post they
// answer, quote or repost while the graph does not have it: when one of
// them arrives, the store links the posts waiting for it. Most targets
// arrive before the posts that name them, so asking the graph for waiting
// posts on every new post is wasted work; asking only for the ids this set
// holds is not. It is a Bloom filter of fixed size, so memory stays the
// same whatever the input: it may say an id waits when none does (a
// look-up for nothing), never the reverse (a post left unlinked).
type waitingSet struct {
	bits []uint64
	mask uint64
	seed maphash.Seed
	n    int
}

// waitingBits is the filter's size: 2^26 bits (8 MiB) keep wrong answers
// under 1 in 1,000 up to about two million waiting targets and under 1 in
// 20 at ten million, with three hashes.
const waitingBits = 1 << 26

func newWaitingSet() *waitingSet {
	return &waitingSet{bits: make([]uint64, waitingBits/64), mask: waitingBits - 1, seed: maphash.MakeSeed()}
}

// positions derives the three bit positions of id from one 64-bit hash
// (double hashing).
func (w *waitingSet) positions(id string) [3]uint64 {
	h := maphash.String(w.seed, id)
	h1, h2 := h, h>>33|h<<31|1
	return [3]uint64{h1 & w.mask, (h1 + h2) & w.mask, (h1 + 2*h2) & w.mask}
}

func (w *waitingSet) add(id string) {
	if w == nil {
		return
	}
	for _, p := range w.positions(id) {
		w.bits[p/64] |= 1 << (p % 64)
	}
	w.n++
}

// has says whether posts may be waiting for id; without a record, any may.
func (w *waitingSet) has(id string) bool {
	if w == nil {
		return true
	}
	for _, p := range w.positions(id) {
		if w.bits[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}
