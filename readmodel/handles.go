package readmodel

import (
	"slices"
	"strings"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
)

// accountIndex holds every account with the handles it is found by, so
// that a handle names a professional without a read of Neo4j: the
// questions name their subject by handle, and keep answering while Neo4j
// does not.
type accountIndex struct {
	key, handle, local []string
	person             []int32
	byKey              map[string]int32   // key → account
	byBare             map[string][]int32 // handle or local handle → accounts
}

func (x *accountIndex) add(key, handle, local string, person int32) {
	x.key = append(x.key, key)
	x.handle = append(x.handle, handle)
	x.local = append(x.local, local)
	x.person = append(x.person, person)
}

// index makes the look-ups once every account is in.
func (x *accountIndex) index() {
	x.byKey = make(map[string]int32, len(x.key))
	x.byBare = make(map[string][]int32, 2*len(x.key))
	for a, key := range x.key {
		x.byKey[key] = int32(a)
		x.byBare[x.handle[a]] = append(x.byBare[x.handle[a]], int32(a))
		if x.local[a] != x.handle[a] {
			x.byBare[x.local[a]] = append(x.byBare[x.local[a]], int32(a))
		}
	}
}

func (b *Builder) account(a neo4jstore.SnapshotAccount, p int32) {
	b.m.accounts.add(a.Key, a.Handle, a.Local, p)
}

// maxHandleMatches bounds the professionals a bare handle is reported
// ambiguous between.
const maxHandleMatches = 20

// ByHandle finds the professional behind a handle: an account key
// (x:carla), or a bare handle (carla, @carla) matched against every
// account's handle and local handle. A bare handle of several
// professionals is ambiguous, and the error lists their matching account
// keys. Opted-out professionals are found only withOptedOut (for the
// access rules and for opting back in, never for naming anyone); nil when
// no one is found.
func (m *Model) ByHandle(handle string, withOptedOut bool) (*domain.Professional, error) {
	q, err := domain.ParseHandle(handle)
	if err != nil {
		return nil, err
	}
	x := &m.accounts
	var found []int32
	if q.Key != "" {
		if a, ok := x.byKey[q.Key]; ok {
			found = append(found, a)
		}
	} else {
		found = x.byBare[q.Bare]
	}
	type match struct {
		p    int32
		keys []string
	}
	var matches []match
	for _, a := range found {
		p := x.person[a]
		if m.optedOut[p] && !withOptedOut {
			continue
		}
		i := slices.IndexFunc(matches, func(mt match) bool { return mt.p == p })
		if i < 0 {
			matches = append(matches, match{p: p})
			i = len(matches) - 1
		}
		matches[i].keys = append(matches[i].keys, x.key[a])
	}
	slices.SortFunc(matches, func(a, b match) int { return strings.Compare(m.people.list[a.p], m.people.list[b.p]) })
	matches = matches[:min(len(matches), maxHandleMatches)]
	switch len(matches) {
	case 0:
		return nil, nil
	case 1:
		return m.professional(matches[0].p), nil
	}
	var candidates []string
	for _, mt := range matches {
		candidates = append(candidates, mt.keys...)
	}
	slices.Sort(candidates)
	return nil, &domain.Error{Code: domain.EAMBIGUOUS, Field: "handle", Candidates: candidates,
		Message: "handle: " + q.Bare + " matches several professionals; name the platform, one of: " + strings.Join(candidates, ", ")}
}
