package readmodel

import (
	"cmp"
	"slices"
	"sync"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
)

// Builder makes a Model from rows: a whole snapshot's (NewBuilder, then
// the rows as neo4jstore.ReadSnapshot streams them), or a model's own
// rows less those a change replaces, then the rows read afresh for it
// (Patch). Finish makes the model either way, so a model kept current by
// changes is built by the same code as one built from scratch.
type Builder struct {
	m *Model
	// Row-ordered pairs turned into CSR by Finish.
	memberOfKeys, memberOfVals []int32
	chatOfKeys, chatOfVals     []int32
	tieChatStart               []int32
	tieChatItems               []int32
	acts                       actsBuilder
	// tiesInOrder is how many of the first ties are known to be ordered
	// latest lastAt first (a patched model's kept ties).
	tiesInOrder int
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
	*b = Builder{m: &Model{}, tieChatStart: []int32{0}, acts: newActsBuilder()}
}

// Community adds a community, or gives one its fields.
func (b *Builder) Community(c neo4jstore.SnapshotCommunity) {
	m := b.m
	i := b.community(c.Name)
	m.communityHashtag[i], m.communityAccount[i] = c.Hashtag, c.Account
}

// community returns a community's index, adding one with no fields known
// (a community a membership or chat names before its own row).
func (b *Builder) community(name string) int32 {
	m := b.m
	i := m.communities.intern(name)
	for int(i) >= len(m.communityHashtag) {
		m.communityHashtag = append(m.communityHashtag, "")
		m.communityAccount = append(m.communityAccount, "")
	}
	return i
}

// person returns a professional's index, adding one the rows did not list
// (a row about someone deleted while the snapshot was read, or someone a
// change's rows name for the first time), with nothing known of them
// until a row of their own.
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
	m.organisation = append(m.organisation, false)
	m.name = append(m.name, "")
	m.bio = append(m.bio, "")
	m.location = append(m.location, "")
	m.claims = append(m.claims, nil)
	return i
}

func (b *Builder) chat(id string) int32 {
	m := b.m
	if i, ok := m.chats.lookup(id); ok {
		return i
	}
	i := m.chats.intern(id)
	m.chatStart = append(m.chatStart, noStart)
	m.chatEnd = append(m.chatEnd, noStart)
	m.chatHashtag = append(m.chatHashtag, "")
	m.chatTopic = append(m.chatTopic, -1)
	return i
}

// Professional adds a professional.
func (b *Builder) Professional(p neo4jstore.SnapshotProfessional) {
	m := b.m
	i := b.person(p.ID)
	m.profession[i] = -1
	if p.Profession != "" {
		m.profession[i] = m.professions.intern(p.Profession)
	}
	m.optedOut[i] = p.OptedOut
	m.firstSeen[i] = nanos(p.FirstSeen, noFirst)
	m.lastSeen[i] = nanos(p.LastSeen, noLast)
	m.organisation[i] = p.Kind == string(domain.KindOrganisation)
	m.name[i], m.bio[i], m.location[i] = p.Name, p.Bio, p.Location
	m.claims[i] = slices.Clone(p.Claims)
	slices.SortFunc(m.claims[i], func(a, b domain.ProfessionClaim) int { return domain.CompareClaims(&a, &b) })
	for _, c := range p.Communities {
		b.memberOfKeys = append(b.memberOfKeys, i)
		b.memberOfVals = append(b.memberOfVals, b.community(c))
	}
}

// Chat adds a chat.
func (b *Builder) Chat(c neo4jstore.SnapshotChat) {
	m := b.m
	i := b.chat(c.ID)
	m.chatStart[i] = nanos(c.StartsAt, noStart)
	m.chatEnd[i] = nanos(c.EndsAt, noStart)
	m.chatHashtag[i] = c.Hashtag
	m.chatTopic[i] = -1
	if c.Topic != "" {
		m.chatTopic[i] = m.topics.intern(c.Topic)
	}
	for _, name := range c.Communities {
		b.chatOfKeys = append(b.chatOfKeys, i)
		b.chatOfVals = append(b.chatOfVals, b.community(name))
	}
	b.acts.chatCommunities = nil // the acts' look-up of chats is out of date
}

// TookPart adds a TOOK_PART.
func (b *Builder) TookPart(p neo4jstore.SnapshotPart) {
	m := b.m
	m.partPerson = append(m.partPerson, b.person(p.Professional))
	m.partChat = append(m.partChat, b.chat(p.Chat))
	m.partPosts = append(m.partPosts, int32(p.Posts))
	m.partReceived = append(m.partReceived, int32(p.Received))
	m.partFirst = append(m.partFirst, nanos(p.FirstAt, noFirst))
}

// Tie adds a TALKED_WITH.
func (b *Builder) Tie(t neo4jstore.SnapshotTie) {
	chats := make([]int32, len(t.Chats))
	for i, c := range t.Chats {
		chats[i] = b.chat(c)
	}
	b.tie(b.person(t.From), b.person(t.To), int32(t.Conversational), kindsOf(t), nanos(t.FirstAt, noFirst), nanos(t.LastAt, noLast), chats)
}

func (b *Builder) tie(from, to, conv int32, kinds tieKinds, first, last int64, chats []int32) {
	m := b.m
	m.tieFrom = append(m.tieFrom, from)
	m.tieTo = append(m.tieTo, to)
	m.tieConv = append(m.tieConv, conv)
	m.tieKinds = append(m.tieKinds, kinds)
	m.tieFirst = append(m.tieFirst, first)
	m.tieLast = append(m.tieLast, last)
	b.tieChatItems = append(b.tieChatItems, chats...)
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
	m.chatSize, m.chatPosts = make([]int32, nch), make([]int32, nch)
	for i, ch := range m.partChat {
		partIdx[i] = int32(i)
		m.chatSize[ch]++
		m.chatPosts[ch] += m.partPosts[i]
	}
	m.newestChatEnd = newestOf(m.chatEnd)
	m.partsOf = buildCSR(n, m.partPerson, partIdx)
	m.chatParts = buildCSR(nch, m.partChat, partIdx)
	m.tieChats = csr{start: b.tieChatStart, items: b.tieChatItems}
	m.orderTiesByLast(min(b.tiesInOrder, len(m.tieFrom)))
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
	m.accounts.index()
	m.pools = newPools()
	m.kept = newAnswers()
	m.Built = time.Now()
	b.m = nil
	return m
}

// orderTiesByLast renumbers the ties, the latest lastAt first, so that
// the ties a window can hold are a prefix of every list of ties built in
// tie order (byProfession), and that prefix is read front to back. The
// first inOrder ties are known to be in that order already.
func (m *Model) orderTiesByLast(inOrder int) {
	// Sorted with its key beside it: the sort reads one array, not two.
	type keyed struct {
		last int64
		tie  int32
	}
	keys := make([]keyed, len(m.tieFrom))
	for i, last := range m.tieLast {
		keys[i] = keyed{last, int32(i)}
	}
	byLast := func(p, q keyed) int {
		if d := cmp.Compare(q.last, p.last); d != 0 {
			return d
		}
		return cmp.Compare(p.tie, q.tie)
	}
	// A patched model's kept ties come in their order: only the ties read
	// for the change are sorted, then merged in.
	slices.SortFunc(keys[inOrder:], byLast)
	if inOrder > 0 && inOrder < len(keys) {
		keys = mergeSorted(keys[:inOrder], keys[inOrder:], byLast)
	}
	order := make([]int32, len(keys))
	for i, k := range keys {
		order[i] = k.tie
	}
	from, to, conv := make([]int32, len(order)), make([]int32, len(order)), make([]int32, len(order))
	kinds := make([]tieKinds, len(order))
	first, last := make([]int64, len(order)), make([]int64, len(order))
	chats := csr{start: make([]int32, 1, len(order)+1), items: make([]int32, 0, len(m.tieChats.items))}
	for i, t := range order {
		from[i], to[i], conv[i], kinds[i] = m.tieFrom[t], m.tieTo[t], m.tieConv[t], m.tieKinds[t]
		first[i], last[i] = m.tieFirst[t], m.tieLast[t]
		chats.items = append(chats.items, m.tieChats.row(t)...)
		chats.start = append(chats.start, int32(len(chats.items)))
	}
	m.tieFrom, m.tieTo, m.tieConv, m.tieKinds, m.tieFirst, m.tieLast, m.tieChats = from, to, conv, kinds, first, last, chats
}

// pools hold the buffers of the questions' counts, sized by the model
// they belong to, so that a request allocates nothing in proportion to
// the graph.
type pools struct {
	brokers, links, peers sync.Pool
}

func newPools() *pools { return &pools{} }
