package ingest

import (
	"math/rand/v2"
	"testing"
)

func TestHashSetKeepsEachHashOnce(t *testing.T) {
	var s hashSet
	rng := rand.New(rand.NewPCG(1, 2))
	want := map[uint64]bool{0: false, 1: false} // 0 is stored as 1: both must still be told apart from the rest
	for range 100_000 {
		want[rng.Uint64()>>rng.IntN(64)] = false // small values too, which crowd the table's first slots
	}
	for h := range want {
		if s.has(h) && h != 0 && h != 1 {
			t.Fatalf("has(%d) before it was added", h)
		}
		if s.add(h) && h != 0 && h != 1 {
			t.Fatalf("add(%d) said it was there before it was added", h)
		}
	}
	for h := range want {
		if !s.has(h) || !s.add(h) {
			t.Fatalf("add(%d) a second time said it was new", h)
		}
	}
	if s.len() != len(want)-1 { // 0 and 1 are one entry
		t.Errorf("len = %d, want %d", s.len(), len(want)-1)
	}
	if 4*s.len() > 3*len(s.slots) {
		t.Errorf("%d hashes in %d slots: fuller than 3/4", s.len(), len(s.slots))
	}
}
