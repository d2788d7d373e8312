package readmodel

import (
	"maps"
	"slices"

	"github.com/peergraph/peergraph/neo4jstore"
)

// A change names professionals and chats whose rows were written (the
// refresh's batches, opt-outs, profiles: neo4jstore's change log). A model
// takes it in by being built again from its own rows, less those the
// change replaces, plus the rows read afresh for it (Patch, then Apply):
// no read of the whole graph, and the same Finish as a model built from a
// snapshot, so a patched model is the model a snapshot at its version
// would give. The previous model is not touched: requests that hold it
// read it to the end.
//
// What a professional's rows are: its own fields and memberships, the
// ties it made (TALKED_WITH from it) and the acts of its posts. The ties
// and acts others made to it are theirs, and change when they are
// refreshed, which the refresh records too. A chat's rows: its own fields
// and communities, and every TOOK_PART of it. A professional a change
// names who is no longer in the graph keeps its place but nothing else,
// and is hidden as an opted-out one is.

// Patch starts a builder from model old without the rows of the
// professionals and chats named: Apply adds the rows read afresh for them,
// then Finish makes the new model.
func Patch(old *Model, professionals, chats []string) *Builder {
	b := &Builder{m: &Model{}, tieChatStart: []int32{0}, acts: newActsBuilder()}
	m := b.m
	m.communities = old.communities.clone()
	m.communityHashtag = slices.Clone(old.communityHashtag)
	m.communityAccount = slices.Clone(old.communityAccount)
	m.professions = old.professions.clone()
	m.people = old.people.clone()
	m.chats = old.chats.clone()
	m.topics = old.topics.clone()
	m.profession = slices.Clone(old.profession)
	m.optedOut = slices.Clone(old.optedOut)
	m.firstSeen = slices.Clone(old.firstSeen)
	m.lastSeen = slices.Clone(old.lastSeen)
	m.organisation = slices.Clone(old.organisation)
	m.name = slices.Clone(old.name)
	m.bio = slices.Clone(old.bio)
	m.location = slices.Clone(old.location)
	m.claims = slices.Clone(old.claims)
	m.chatStart = slices.Clone(old.chatStart)
	m.chatEnd = slices.Clone(old.chatEnd)
	m.chatHashtag = slices.Clone(old.chatHashtag)
	m.chatTopic = slices.Clone(old.chatTopic)

	changed := make([]bool, len(old.people.list))
	for _, id := range professionals {
		if p, ok := old.people.lookup(id); ok {
			changed[p] = true
			// Gone unless a row of its own comes.
			m.profession[p], m.optedOut[p] = -1, true
			m.firstSeen[p], m.lastSeen[p] = noFirst, noLast
			m.organisation[p], m.name[p], m.bio[p], m.location[p], m.claims[p] = false, "", "", "", nil
		}
	}
	chatChanged := make([]bool, len(old.chats.list))
	for _, id := range chats {
		if ch, ok := old.chats.lookup(id); ok {
			chatChanged[ch] = true
			m.chatStart[ch], m.chatEnd[ch], m.chatHashtag[ch], m.chatTopic[ch] = noStart, noStart, "", -1
		}
	}
	b.memberOfKeys, b.memberOfVals = keepRows(old.memberOf, changed)
	b.chatOfKeys, b.chatOfVals = keepRows(old.chatOf, chatChanged)
	for i, ch := range old.partChat {
		if !chatChanged[ch] {
			m.partChat = append(m.partChat, ch)
			m.partPerson = append(m.partPerson, old.partPerson[i])
			m.partPosts = append(m.partPosts, old.partPosts[i])
			m.partReceived = append(m.partReceived, old.partReceived[i])
			m.partFirst = append(m.partFirst, old.partFirst[i])
		}
	}
	for t, from := range old.tieFrom {
		if !changed[from] {
			b.tie(from, old.tieTo[t], old.tieConv[t], old.tieKinds[t], old.tieFirst[t], old.tieLast[t], old.tieChats.row(int32(t)))
		}
	}
	b.tiesInOrder = len(b.m.tieFrom) // kept in the model's order
	b.keepActs(old, changed)
	for a, p := range old.accounts.person {
		if !changed[p] {
			b.m.accounts.add(old.accounts.key[a], old.accounts.handle[a], old.accounts.local[a], p)
		}
	}
	return b
}

// keepRows lists c's rows but the changed ones as (row, item) pairs.
func keepRows(c csr, changed []bool) (keys, vals []int32) {
	for r := range int32(len(c.start) - 1) {
		if changed[r] {
			continue
		}
		for _, v := range c.row(r) {
			keys = append(keys, r)
			vals = append(vals, v)
		}
	}
	return keys, vals
}

// keepActs adds old's acts but those made by a changed professional, each
// with the communities it was counted in.
func (b *Builder) keepActs(old *Model, changed []bool) {
	ab := &b.acts
	n := len(old.actAt)
	ab.at, ab.from, ab.to, ab.group = make([]int64, 0, n), make([]int32, 0, n), make([]int32, 0, n), make([]int32, 0, n)
	ab.groupCommStart = slices.Grow(ab.groupCommStart, n)
	ab.groupCommItems = make([]int32, 0, len(old.communityActs.items))
	// Each act's communities: communityActs turned round.
	comms := buildCSR(len(old.actAt), old.communityActs.items, communityOfItems(old))
	// The lo end of each pair, from pairStart.
	lo := make([]int32, len(old.pairHi))
	for p := range len(old.pairStart) - 1 {
		for k := old.pairStart[p]; k < old.pairStart[p+1]; k++ {
			lo[k] = int32(p)
		}
	}
	for a, pair := range old.actPair {
		l, h := lo[pair>>1], old.pairHi[pair>>1]
		from, to := l, h
		if pair&1 != 0 {
			from, to = h, l
		}
		if changed[from] {
			continue
		}
		ab.add(old.actAt[a], from, to, int32(len(ab.groupCommStart)-1))
		ab.groupCommItems = append(ab.groupCommItems, comms.row(int32(a))...)
		ab.groupCommStart = append(ab.groupCommStart, int32(len(ab.groupCommItems)))
	}
	// They came oldest first, as the model held them.
	ab.inOrder = len(ab.at)
}

// communityOfItems is, for each entry of old.communityActs.items, the
// community whose row holds it.
func communityOfItems(old *Model) []int32 {
	out := make([]int32, len(old.communityActs.items))
	for c := range len(old.communityActs.start) - 1 {
		for k := old.communityActs.start[c]; k < old.communityActs.start[c+1]; k++ {
			out[k] = int32(c)
		}
	}
	return out
}

// Apply adds the rows read afresh for a change: communities and chats
// first, so that the acts that follow find their communities.
func (b *Builder) Apply(rows *neo4jstore.ChangedRows) {
	for _, c := range rows.Communities {
		b.Community(c)
	}
	for _, c := range rows.Chats {
		b.Chat(c)
	}
	for _, p := range rows.Parts {
		b.TookPart(p)
	}
	for _, p := range rows.Professionals {
		b.Professional(p)
	}
	for _, a := range rows.Accounts {
		b.account(a, b.person(a.Professional))
	}
	for _, t := range rows.Ties {
		b.Tie(t)
	}
	for _, a := range rows.Acts {
		b.Acts(a)
	}
}

// Knows says whether the model has a row of the professional: the rows a
// change names of someone it does not know are read with the change.
func (m *Model) Knows(id string) bool {
	_, ok := m.people.lookup(id)
	return ok
}

// KnowsChat says whether the model has chat id.
func (m *Model) KnowsChat(id string) bool {
	_, ok := m.chats.lookup(id)
	return ok
}

// at is m at a later version that changed none of its rows: it shares
// m's answers, which hold for it too.
func (m *Model) at(version string) *Model {
	cp := *m
	cp.Version = version
	return &cp
}

func (n names) clone() names {
	return names{list: slices.Clone(n.list), index: maps.Clone(n.index)}
}

// withOptOut is a copy of the model with one professional's opt-out set,
// at once, ahead of the change that will bring the same row; a
// professional the model does not know is left to that change.
func (m *Model) withOptOut(id string, optedOut bool) *Model {
	i, ok := m.people.lookup(id)
	if !ok {
		return m
	}
	cp := *m
	cp.optedOut = slices.Clone(m.optedOut)
	cp.optedOut[i] = optedOut
	cp.pools = newPools()
	cp.kept = newAnswers()
	return &cp
}
