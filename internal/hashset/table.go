// Package hashset keeps 64-bit hashes (of post ids, most often) in one
// open-addressed table, far smaller than a Go map of the same keys: a
// loader holds millions of them.
package hashset

// Table maps 64-bit hashes to values of type V in one open-addressed table
// of 8 bytes a slot plus V's size, kept between 3/8 and 3/4 full. As a set
// (V struct{}, which takes no room) it costs 11 to 21 bytes a hash, where a
// Go map of the same keys measured 26 (the burst detector's set of every
// post of the 100k-member world: 123 MB as a map, 32 MB as this).
type Table[V any] struct {
	keys []uint64 // 0 is an empty slot; a hash of 0 is stored as 1
	vals []V
	n    int
}

// Set is a Table without values.
type Set = Table[struct{}]

// Add puts h in the table, with V's zero value when it is new, and says
// whether it was there already. The pointer is to h's value, for the
// caller to read or set; it is good until the next Add.
func (t *Table[V]) Add(h uint64) (v *V, had bool) {
	h = max(h, 1)
	if 4*(t.n+1) > 3*len(t.keys) {
		t.grow()
	}
	i, found := t.slot(h)
	if !found {
		t.keys[i] = h
		t.n++
	}
	return &t.vals[i], found
}

// Get is h's value, and whether h is in the table.
func (t *Table[V]) Get(h uint64) (V, bool) {
	var zero V
	if len(t.keys) == 0 {
		return zero, false
	}
	i, found := t.slot(max(h, 1))
	if !found {
		return zero, false
	}
	return t.vals[i], true
}

// Has says whether h is in the table.
func (t *Table[V]) Has(h uint64) bool {
	_, found := t.Get(h)
	return found
}

// Len is how many hashes the table holds.
func (t *Table[V]) Len() int { return t.n }

// slot is where h is in the table, or the empty slot where it would go
// (linear probing from its low bits).
func (t *Table[V]) slot(h uint64) (i uint64, found bool) {
	mask := uint64(len(t.keys) - 1)
	for i = h & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case h:
			return i, true
		case 0:
			return i, false
		}
	}
}

func (t *Table[V]) grow() {
	keys, vals := t.keys, t.vals
	size := max(2*len(keys), 1024)
	t.keys, t.vals, t.n = make([]uint64, size), make([]V, size), 0
	for i, h := range keys {
		if h != 0 {
			v, _ := t.Add(h)
			*v = vals[i]
		}
	}
}
