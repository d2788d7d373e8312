// Package ties holds the conversational ties, chat participation,
// memberships and conversational acts of the whole graph in memory (a read
// model), and answers from them the questions that read thousands of ties
// or millions of posts a request: connectors, suggestPeers,
// isolatedMembers and professionLinks. The answers are scored with the same
// rank functions as neo4jstore's Cypher path (or, for connectors and
// professionLinks, counted as they count, and tested against them), on the
// same rows, so they are the same answers; ReadModel serves them only while the model is as new as
// the graph's data version, and sends the questions to the Cypher path
// otherwise.
package ties

import (
	"cmp"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/peergraph/peergraph/neo4jstore"
)

// Missing times compare as Cypher's null does: never in a window.
const (
	noLast  = math.MinInt64 // a missing lastAt/lastSeen: never >= since
	noFirst = math.MaxInt64 // a missing firstAt/firstSeen: never < until
	noStart = math.MinInt64 // a missing chat start: checked explicitly
)

func nanos(t time.Time, missing int64) int64 {
	if t.IsZero() {
		return missing
	}
	return t.UnixNano()
}

// csr is an adjacency in compressed sparse row form: the items of row i are
// items[start[i]:start[i+1]].
type csr struct {
	start []int32
	items []int32
}

func (c csr) row(i int32) []int32 { return c.items[c.start[i]:c.start[i+1]] }

// buildCSR groups vals by keys (rows 0..n-1), keeping their order within a
// row.
func buildCSR(n int, keys, vals []int32) csr {
	c := csr{start: make([]int32, n+1), items: make([]int32, len(vals))}
	for _, k := range keys {
		c.start[k+1]++
	}
	for i := 1; i <= n; i++ {
		c.start[i] += c.start[i-1]
	}
	next := slices.Clone(c.start[:n])
	for i, k := range keys {
		c.items[next[k]] = vals[i]
		next[k]++
	}
	return c
}

// names interns strings to dense int32 indices.
type names struct {
	list  []string
	index map[string]int32
}

func (n *names) intern(s string) int32 {
	if i, ok := n.index[s]; ok {
		return i
	}
	if n.index == nil {
		n.index = map[string]int32{}
	}
	i := int32(len(n.list))
	n.list = append(n.list, s)
	n.index[s] = i
	return i
}

func (n *names) lookup(s string) (int32, bool) {
	i, ok := n.index[s]
	return i, ok
}

// Model is one snapshot of the graph's derived relationships. It is never
// changed once built (an opt-out makes a copy), so requests read it without
// locks.
type Model struct {
	// Version is the graph's data version the snapshot was read at.
	Version string
	// Built is when the model was finished, Took how long the read and
	// build took.
	Built time.Time
	Took  time.Duration

	communities names
	professions names

	// Professionals, by index.
	people     names
	profession []int32 // into professions; -1 for none
	optedOut   []bool
	firstSeen  []int64
	lastSeen   []int64
	memberOf   csr // professional → communities
	members    csr // community → professionals

	// Chats, by index.
	chats          names
	chatStart      []int64
	chatTopic      []int32 // into topics; -1 for none or ""
	chatSize       []int32 // how many took part
	chatOf         csr     // chat → communities
	topics         names
	topicChats     csr // topic → chats
	communityChats csr // community → chats

	// TOOK_PART, by part index; parts of a professional and of a chat.
	partChat     []int32
	partPerson   []int32
	partPosts    []int32
	partReceived []int32
	partsOf      csr // professional → parts
	chatParts    csr // chat → parts

	// TALKED_WITH, by tie index.
	tieFrom, tieTo []int32
	tieConv        []int32 // replies + mentions + quotes
	tieFirst       []int64
	tieLast        []int64
	tieChats       csr // tie → chats
	out, in        csr // professional → ties made, received
	// profession → ties with an end in it, the latest lastAt first, so
	// that a window's ties are a prefix of a row.
	byProfession csr

	// Conversational acts (links.go).
	actAt         []int64
	actPair       []int32
	pairStart     []int32 // by professional
	pairHi        []int32
	communityActs csr
	// The classes professionLinks counts by (the professions and
	// "unknown"), and their order by name.
	linkNames    []string
	linkOrder    []int32
	unknownClass int32

	// scratch pools the buffers of the connectors count (brokerScratch),
	// sized by this model.
	scratch     *sync.Pool
	linkScratch *sync.Pool // of *linkScratch
	peerScratch *sync.Pool // of *peerScratch
}

// Size says how big a model is, for the logs.
type Size struct {
	Professionals, Chats, Parts, Ties int
	// Acts are the conversational acts, Pairs the pairs of professionals
	// they are between.
	Acts, Pairs int
	// Bytes is an estimate of the memory the model holds.
	Bytes int64
}

// Size counts the model.
func (m *Model) Size() Size {
	n, c, p, t := int64(len(m.people.list)), int64(len(m.chats.list)), int64(len(m.partChat)), int64(len(m.tieFrom))
	// Per professional: id string header and map entry (~64), profession,
	// opt-out, seen times, CSR offsets (~40); per part 4 int32 and two CSR
	// entries; per tie 3 int32, 2 int64, chats, and 3 adjacency entries.
	// Per act its time and pair, and an entry a community its post is
	// in; per pair its hi end.
	a, pairs := int64(len(m.actAt)), int64(len(m.pairHi))
	bytes := n*(64+40) + c*128 + p*(16+8) + t*(12+16+12) + int64(len(m.tieChats.items))*4 +
		a*12 + int64(len(m.communityActs.items))*4 + pairs*4
	for _, s := range m.people.list {
		bytes += int64(len(s))
	}
	return Size{Professionals: int(n), Chats: int(c), Parts: int(p), Ties: int(t), Acts: int(a), Pairs: int(pairs), Bytes: bytes}
}

// Builder makes a Model from a snapshot's rows (it is a
// neo4jstore.SnapshotSink); Finish makes the model.
type Builder struct {
	m *Model
	// Row-ordered pairs turned into CSR by Finish.
	memberOfKeys, memberOfVals []int32
	chatOfKeys, chatOfVals     []int32
	tieChatStart               []int32
	tieChatItems               []int32
	acts                       actsBuilder
}

var _ neo4jstore.SnapshotSink = (*Builder)(nil)

// NewBuilder starts an empty model.
func NewBuilder() *Builder {
	b := &Builder{}
	b.Begin()
	return b
}

// Begin forgets every row received so far.
func (b *Builder) Begin() {
	*b = Builder{m: &Model{}, tieChatStart: []int32{0}, acts: actsBuilder{postChatStart: []int32{0}}}
}

// Community adds a community by name.
func (b *Builder) Community(name string) { b.m.communities.intern(name) }

// person returns a professional's index, adding one the snapshot did not
// list (a row about someone deleted while the snapshot was read).
func (b *Builder) person(id string) int32 {
	m := b.m
	if i, ok := m.people.lookup(id); ok {
		return i
	}
	i := m.people.intern(id)
	m.profession = append(m.profession, -1)
	m.optedOut = append(m.optedOut, false)
	m.firstSeen = append(m.firstSeen, noFirst)
	m.lastSeen = append(m.lastSeen, noLast)
	return i
}

func (b *Builder) chat(id string) int32 {
	m := b.m
	if i, ok := m.chats.lookup(id); ok {
		return i
	}
	i := m.chats.intern(id)
	m.chatStart = append(m.chatStart, noStart)
	m.chatTopic = append(m.chatTopic, -1)
	m.chatSize = append(m.chatSize, 0)
	return i
}

// Professional adds a professional.
func (b *Builder) Professional(p neo4jstore.SnapshotProfessional) {
	m := b.m
	i := b.person(p.ID)
	if p.Profession != "" {
		m.profession[i] = m.professions.intern(p.Profession)
	}
	m.optedOut[i] = p.OptedOut
	m.firstSeen[i] = nanos(p.FirstSeen, noFirst)
	m.lastSeen[i] = nanos(p.LastSeen, noLast)
	for _, c := range p.Communities {
		b.memberOfKeys = append(b.memberOfKeys, i)
		b.memberOfVals = append(b.memberOfVals, m.communities.intern(c))
	}
}

// Chat adds a chat.
func (b *Builder) Chat(c neo4jstore.SnapshotChat) {
	m := b.m
	i := b.chat(c.ID)
	m.chatStart[i] = nanos(c.StartsAt, noStart)
	if c.Topic != "" {
		m.chatTopic[i] = m.topics.intern(c.Topic)
	}
	for _, name := range c.Communities {
		b.chatOfKeys = append(b.chatOfKeys, i)
		b.chatOfVals = append(b.chatOfVals, m.communities.intern(name))
	}
}

// TookPart adds a TOOK_PART.
func (b *Builder) TookPart(p neo4jstore.SnapshotPart) {
	m := b.m
	ch := b.chat(p.Chat)
	m.partPerson = append(m.partPerson, b.person(p.Professional))
	m.partChat = append(m.partChat, ch)
	m.partPosts = append(m.partPosts, int32(p.Posts))
	m.partReceived = append(m.partReceived, int32(p.Received))
	m.chatSize[ch]++
}

// Tie adds a TALKED_WITH.
func (b *Builder) Tie(t neo4jstore.SnapshotTie) {
	m := b.m
	m.tieFrom = append(m.tieFrom, b.person(t.From))
	m.tieTo = append(m.tieTo, b.person(t.To))
	m.tieConv = append(m.tieConv, int32(t.Conversational))
	m.tieFirst = append(m.tieFirst, nanos(t.FirstAt, noFirst))
	m.tieLast = append(m.tieLast, nanos(t.LastAt, noLast))
	for _, c := range t.Chats {
		b.tieChatItems = append(b.tieChatItems, b.chat(c))
	}
	b.tieChatStart = append(b.tieChatStart, int32(len(b.tieChatItems)))
}

// Finish makes the model, tagged with the data version the rows were read at.
func (b *Builder) Finish(version string) *Model {
	m := b.m
	m.Version = version
	n, nc, nch := len(m.people.list), len(m.communities.list), len(m.chats.list)
	m.memberOf = buildCSR(n, b.memberOfKeys, b.memberOfVals)
	m.members = buildCSR(nc, b.memberOfVals, b.memberOfKeys)
	m.chatOf = buildCSR(nch, b.chatOfKeys, b.chatOfVals)
	m.communityChats = buildCSR(nc, b.chatOfVals, b.chatOfKeys)
	var topicKeys, topicVals []int32
	for ch, t := range m.chatTopic {
		if t >= 0 {
			topicKeys = append(topicKeys, t)
			topicVals = append(topicVals, int32(ch))
		}
	}
	m.topicChats = buildCSR(len(m.topics.list), topicKeys, topicVals)
	partIdx := make([]int32, len(m.partChat))
	for i := range partIdx {
		partIdx[i] = int32(i)
	}
	m.partsOf = buildCSR(n, m.partPerson, partIdx)
	m.chatParts = buildCSR(nch, m.partChat, partIdx)
	m.tieChats = csr{start: b.tieChatStart, items: b.tieChatItems}
	m.orderTiesByLast()
	tieIdx := make([]int32, len(m.tieFrom))
	for i := range tieIdx {
		tieIdx[i] = int32(i)
	}
	m.out = buildCSR(n, m.tieFrom, tieIdx)
	m.in = buildCSR(n, m.tieTo, tieIdx)
	var profKeys, profVals []int32
	for t := range m.tieFrom {
		pf, pt := m.profession[m.tieFrom[t]], m.profession[m.tieTo[t]]
		if pf >= 0 {
			profKeys = append(profKeys, pf)
			profVals = append(profVals, int32(t))
		}
		if pt >= 0 && pt != pf {
			profKeys = append(profKeys, pt)
			profVals = append(profVals, int32(t))
		}
	}
	m.byProfession = buildCSR(len(m.professions.list), profKeys, profVals)
	b.finishActs()
	m.scratch = &sync.Pool{}
	m.peerScratch = &sync.Pool{}
	m.Built = time.Now()
	b.m = nil
	return m
}

// orderTiesByLast renumbers the ties, the latest lastAt first, so that
// the ties a window can hold are a prefix of every list of ties built in
// tie order (byProfession), and that prefix is read front to back.
func (m *Model) orderTiesByLast() {
	// Sorted with its key beside it: the sort reads one array, not two.
	type keyed struct {
		last int64
		tie  int32
	}
	keys := make([]keyed, len(m.tieFrom))
	for i, last := range m.tieLast {
		keys[i] = keyed{last, int32(i)}
	}
	slices.SortFunc(keys, func(p, q keyed) int {
		if d := cmp.Compare(q.last, p.last); d != 0 {
			return d
		}
		return cmp.Compare(p.tie, q.tie)
	})
	order := make([]int32, len(keys))
	for i, k := range keys {
		order[i] = k.tie
	}
	from, to, conv := make([]int32, len(order)), make([]int32, len(order)), make([]int32, len(order))
	first, last := make([]int64, len(order)), make([]int64, len(order))
	chats := csr{start: make([]int32, 1, len(order)+1), items: make([]int32, 0, len(m.tieChats.items))}
	for i, t := range order {
		from[i], to[i], conv[i] = m.tieFrom[t], m.tieTo[t], m.tieConv[t]
		first[i], last[i] = m.tieFirst[t], m.tieLast[t]
		chats.items = append(chats.items, m.tieChats.row(t)...)
		chats.start = append(chats.start, int32(len(chats.items)))
	}
	m.tieFrom, m.tieTo, m.tieConv, m.tieFirst, m.tieLast, m.tieChats = from, to, conv, first, last, chats
}

// withOptOut is a copy of the model with one professional's opt-out set; a
// professional the model does not know is left to the next build.
func (m *Model) withOptOut(id string, optedOut bool) *Model {
	i, ok := m.people.lookup(id)
	if !ok {
		return m
	}
	cp := *m
	cp.optedOut = slices.Clone(m.optedOut)
	cp.optedOut[i] = optedOut
	return &cp
}
