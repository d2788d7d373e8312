package ingest

// hashSet is a set of 64-bit hashes in one open-addressed table of 8 bytes
// a slot, kept between 3/8 and 3/4 full: 11 to 21 bytes a hash, where a Go
// map of the same keys measured 26 (the burst detector's set of every post
// of the 100k-member world: 123 MB as a map, 32 MB as this).
type hashSet struct {
	slots []uint64 // 0 is an empty slot; a hash of 0 is stored as 1
	n     int
}

// add puts h in the set and says whether it was there already.
func (s *hashSet) add(h uint64) (had bool) {
	h = max(h, 1)
	if 4*(s.n+1) > 3*len(s.slots) {
		s.grow()
	}
	i, found := s.slot(h)
	if !found {
		s.slots[i] = h
		s.n++
	}
	return found
}

// has says whether h is in the set.
func (s *hashSet) has(h uint64) bool {
	if len(s.slots) == 0 {
		return false
	}
	_, found := s.slot(max(h, 1))
	return found
}

// slot is where h is in the table, or the empty slot where it would go
// (linear probing from its low bits).
func (s *hashSet) slot(h uint64) (i uint64, found bool) {
	mask := uint64(len(s.slots) - 1)
	for i = h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return i, true
		case 0:
			return i, false
		}
	}
}

func (s *hashSet) grow() {
	old := s.slots
	s.slots = make([]uint64, max(2*len(old), 1024))
	s.n = 0
	for _, h := range old {
		if h != 0 {
			s.add(h)
		}
	}
}

func (s *hashSet) len() int { return s.n }
