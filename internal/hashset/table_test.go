package hashset

import (
	"math/rand/v2"
	"testing"
)

func TestSetKeepsEachHashOnce(t *testing.T) {
	var s Set
	rng := rand.New(rand.NewPCG(1, 2))
	want := map[uint64]bool{0: false, 1: false} // 0 is stored as 1: both must still be told apart from the rest
	for range 100_000 {
		want[rng.Uint64()>>rng.IntN(64)] = false // small values too, which crowd the table's first slots
	}
	for h := range want {
		if s.Has(h) && h != 0 && h != 1 {
			t.Fatalf("Has(%d) before it was added", h)
		}
		if _, had := s.Add(h); had && h != 0 && h != 1 {
			t.Fatalf("Add(%d) said it was there before it was added", h)
		}
	}
	for h := range want {
		if _, had := s.Add(h); !s.Has(h) || !had {
			t.Fatalf("Add(%d) a second time said it was new", h)
		}
	}
	if s.Len() != len(want)-1 { // 0 and 1 are one entry
		t.Errorf("Len = %d, want %d", s.Len(), len(want)-1)
	}
	if 4*s.Len() > 3*len(s.keys) {
		t.Errorf("%d hashes in %d slots: fuller than 3/4", s.Len(), len(s.keys))
	}
}

func TestTableKeepsEachValueThroughGrowth(t *testing.T) {
	var tab Table[int32]
	rng := rand.New(rand.NewPCG(3, 4))
	want := map[uint64]int32{}
	for i := range int32(50_000) {
		h := rng.Uint64()
		want[h] = i
		v, had := tab.Add(h)
		if had {
			t.Fatalf("Add(%d) said it was there before it was added", h)
		}
		*v = i
	}
	for h, i := range want {
		if got, ok := tab.Get(h); !ok || got != i {
			t.Fatalf("Get(%d) = %d, %v; want %d", h, got, ok, i)
		}
	}
	if got, ok := tab.Get(12345); ok {
		t.Errorf("Get of a hash never added = %d, true", got)
	}
	// Add of a hash already there leaves its value for the caller to read.
	for h, i := range want {
		if v, had := tab.Add(h); !had || *v != i {
			t.Fatalf("Add(%d) again = %d, %v; want %d, true", h, *v, had, i)
		}
		break
	}
}
