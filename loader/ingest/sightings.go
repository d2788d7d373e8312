package ingest

import "hash/maphash"

// sightings remembers where a load created each post (file and line), so
// that a later file's copy of it, which the graph reports as one it had,
// is listed with its first sighting. Ids are kept as one 64-bit hash and
// up to maxSightings of them: a wrong or forgotten answer only makes a
// report line say "the graph had it already" or name the wrong earlier row;
// whether a row is a duplicate is the graph's to say. About 30 bytes an id.
type sightings struct {
	seed  maphash.Seed
	files []string
	index map[string]uint32
	m     map[uint64]sighting
}

type sighting struct{ file, line uint32 }

const maxSightings = 1 << 20

func newSightings() *sightings {
	return &sightings{seed: maphash.MakeSeed(), index: map[string]uint32{}, m: map[uint64]sighting{}}
}

// add remembers that id was created from file at line.
func (s *sightings) add(id, file string, line int) {
	if len(s.m) >= maxSightings {
		return
	}
	f, ok := s.index[file]
	if !ok {
		f = uint32(len(s.files))
		s.files = append(s.files, file)
		s.index[file] = f
	}
	s.m[maphash.String(s.seed, id)] = sighting{file: f, line: uint32(line)}
}

// first says where id was created in this load, if it was.
func (s *sightings) first(id string) (file string, line int, ok bool) {
	v, ok := s.m[maphash.String(s.seed, id)]
	if !ok {
		return "", 0, false
	}
	return s.files[v.file], int(v.line), true
}
