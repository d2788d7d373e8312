package readmodel

import (
	"cmp"
	"slices"

	"github.com/peergraph/peergraph/domain"
)

// A professional's page shows their profession claims and communities
// beside their partners; the model holds all three, so the page is one
// read of memory, as current as the partners beside it.

// community is community c as an answer shows it: its members are every
// MEMBER_OF (opted-out professionals too: a count names no one), its
// chats every chat of it.
func (m *Model) community(c int32) *domain.Community {
	return &domain.Community{Name: m.communities.list[c], Hashtag: m.communityHashtag[c], Account: m.communityAccount[c],
		Members: len(m.members.row(c)), Chats: len(m.communityChats.row(c))}
}

// Communities is every community, by name.
func (m *Model) Communities() []*domain.Community {
	out := make([]*domain.Community, len(m.communities.list))
	for c := range m.communities.list {
		out[c] = m.community(int32(c))
	}
	slices.SortFunc(out, func(a, b *domain.Community) int { return cmp.Compare(a.Name, b.Name) })
	return out
}

// CommunitiesByName is the named communities the model knows, by name.
func (m *Model) CommunitiesByName(names []string) map[string]*domain.Community {
	out := make(map[string]*domain.Community, len(names))
	for _, name := range names {
		if c, ok := m.communities.lookup(name); ok {
			out[name] = m.community(c)
		}
	}
	return out
}

// ProfessionsAndCommunities is each known professional's profession claims
// (strongest first) and communities (by name), by id; opted-out
// professionals too, as by-id reads always were (the access rules decide
// who sees them).
func (m *Model) ProfessionsAndCommunities(ids []string) map[string]*domain.ProfessionsAndCommunities {
	out := make(map[string]*domain.ProfessionsAndCommunities, len(ids))
	for _, id := range ids {
		p, ok := m.people.lookup(id)
		if !ok {
			continue
		}
		pc := &domain.ProfessionsAndCommunities{}
		for _, c := range m.claims[p] {
			pc.Professions = append(pc.Professions, &c)
		}
		for _, c := range m.memberOf.row(p) {
			pc.Communities = append(pc.Communities, m.community(c))
		}
		slices.SortFunc(pc.Communities, func(a, b *domain.Community) int { return cmp.Compare(a.Name, b.Name) })
		out[id] = pc
	}
	return out
}
