package generate

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

type postKind uint8

const (
	kPost postKind = iota
	kReply
	kQuote
	kRepost
)

type post struct {
	seq    uint64
	ms     int64
	plat   platform
	kind   postKind
	author int32
	comm   uint8
	chat   int32 // -1 between chats
	parent *post // the post replied to
	root   *post // the first post of the thread
	ref    *post // the post quoted or reposted
	segs   []seg
	id     uint64 // X and Mastodon
	rkey   string // Bluesky
}

// stats are counted while posts are made, so that the summary and the tests
// can see the world that was written without reading it back.
type stats struct {
	posts, chatPosts, outside int
	byKind                    [4]int
	byPlatform                [numPlatforms]int
	within, cross             int // conversational ties between people
}

// engine makes posts a day at a time and hands each finished day to the
// writers. Only the current day's posts (and replies that spill past
// midnight) are held, so memory does not grow with the number of posts.
type engine struct {
	b       *builder
	r       *rand.Rand
	seq     uint64
	pending []*post
	st      stats
	sink    func([]*post) error
}

func newEngine(b *builder, sink func([]*post) error) *engine {
	return &engine{b: b, r: rand.New(rand.NewPCG(uint64(b.cfg.Seed), 0x706f737473)), sink: sink}
}

func (e *engine) dayMs(d int32) int64 {
	return e.b.firstDay.UnixMilli() + int64(d)*86400000
}

func (e *engine) run(ctx interface{ Err() error }) error {
	e.planAmbient()
	for d := int32(0); d < int32(e.b.days); d++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		e.hostNotices(d)
		for _, mi := range e.b.debuts[d] {
			m := &e.b.members[mi]
			for _, ci := range m.comms {
				if _, ok := e.platformFor(m, &e.b.comms[ci], d); ok {
					e.thread(int(ci), d, mi)
					break
				}
			}
		}
		for ci := range e.b.comms {
			c := &e.b.comms[ci]
			n := poisson(e.r, c.ambient/2.6)
			for i := 0; i < n; i++ {
				e.thread(ci, d, -1)
			}
		}
		for _, chi := range e.b.chatDays[d] {
			e.runChat(&e.b.chats[chi])
		}
		if err := e.flush(e.dayMs(d + 1)); err != nil {
			return err
		}
	}
	return e.flush(math.MaxInt64)
}

func (e *engine) flush(before int64) error {
	slices.SortFunc(e.pending, func(a, b *post) int {
		if c := cmp.Compare(a.ms, b.ms); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	n := sort.Search(len(e.pending), func(i int) bool { return e.pending[i].ms >= before })
	if n == 0 {
		return nil
	}
	done := e.pending[:n]
	if err := e.sink(done); err != nil {
		return err
	}
	rest := make([]*post, len(e.pending)-n)
	copy(rest, e.pending[n:])
	e.pending = rest
	return nil
}

// planAmbient sets how much each community talks between chats: what the
// configured rate of posts per member-month leaves after the chats, shared
// by how active each community's members are, and never less than a sixth
// of the chat traffic so that chat assignment always has something to sort.
func (e *engine) planAmbient() {
	b := e.b
	var chatPosts float64
	for i := range b.chats {
		ch := &b.chats[i]
		c := &b.comms[ch.comm]
		k := math.Min(float64(ch.size), 0.6*float64(len(c.members))+float64(len(ch.debuts)))
		chatPosts += k*4.6 + 8
	}
	target := b.cfg.PostsPerMember * float64(b.cfg.Members) * float64(b.cfg.Months)
	ambient := math.Max(target-chatPosts, chatPosts/6)
	var total float64
	for i := range b.comms {
		if n := len(b.comms[i].cum); n > 0 {
			total += b.comms[i].cum[n-1]
		}
	}
	for i := range b.comms {
		c := &b.comms[i]
		if n := len(c.cum); n > 0 && total > 0 {
			c.ambient = ambient * c.cum[n-1] / total / float64(b.days)
		}
	}
}

func (e *engine) newPost(plat platform, kind postKind, author int32, ms int64, comm int, chat int32) *post {
	e.seq++
	// Real timestamps carry milliseconds; replies are always seconds later
	// than their parents, so this never reorders a thread.
	ms += int64(e.r.IntN(1000))
	p := &post{seq: e.seq, ms: ms, plat: plat, kind: kind, author: author, comm: uint8(comm), chat: chat}
	switch plat {
	case onX:
		p.id = tweetID(ms, e.seq)
	case onMastodon:
		p.id = mastodonID(ms, e.seq)
	case onBluesky:
		p.rkey = tid(ms, e.seq)
	}
	p.root = p
	e.pending = append(e.pending, p)
	m := &e.b.members[author]
	m.posts++
	d := int32((ms - e.dayMs(0)) / 86400000)
	if m.first < 0 {
		m.first = d
	}
	m.last = max(m.last, d)
	e.st.posts++
	e.st.byPlatform[plat]++
	e.st.byKind[kind]++
	if chat >= 0 {
		e.st.chatPosts++
	} else {
		e.st.outside++
	}
	return p
}

func (e *engine) reply(to *post, author int32, ms int64, segs []seg) *post {
	ms = max(ms, to.ms+2000)
	p := e.newPost(to.plat, kReply, author, ms, int(to.comm), to.chat)
	p.parent, p.root, p.segs = to, to.root, segs
	e.tie(author, to.author)
	return p
}

// tie counts a conversational tie from a to b. Community accounts and
// organisations are left out: the homophily that matters is between people.
func (e *engine) tie(a, b int32) {
	ma, mb := &e.b.members[a], &e.b.members[b]
	mb.answered++
	if a == b || ma.prof == organisation || mb.prof == organisation {
		return
	}
	if ma.prof == mb.prof {
		e.st.within++
	} else {
		e.st.cross++
	}
}

// noReply says whether nobody answers m: the isolated never get an answer,
// and newcomers get none until their first chat is over.
func (e *engine) noReply(mi int32) bool {
	m := &e.b.members[mi]
	return m.is(flagIsolated) || m.is(flagNewcomer) && !m.attended
}

// platformFor picks where m posts in community c on day d: X until the
// community opens elsewhere, then whichever of their accounts they favour.
func (e *engine) platformFor(m *member, c *community, d int32) (platform, bool) {
	var opts [numPlatforms]platform
	n := 0
	for p := onMastodon; p < numPlatforms; p++ {
		if m.has[p] && c.runsOn(p, d) {
			opts[n] = p
			n++
		}
	}
	if m.has[onX] && (n == 0 || e.r.Float64() < 0.55) {
		return onX, true
	}
	if n == 0 {
		return 0, false
	}
	return opts[e.r.IntN(n)], true
}

// draw picks an active member of c, weighted by activity, that ok accepts.
func (e *engine) draw(c *community, tries int, ok func(mi int32, m *member) bool) int32 {
	n := len(c.cum)
	if n == 0 {
		return -1
	}
	total := c.cum[n-1]
	for t := 0; t < tries; t++ {
		j := sort.SearchFloat64s(c.cum, e.r.Float64()*total)
		if j >= n {
			j = n - 1
		}
		mi := c.members[j]
		if ok(mi, &e.b.members[mi]) {
			return mi
		}
	}
	return -1
}

// activeOn says whether m takes part on day d. A member's debut only makes
// sure they post at least once; they may be drawn before it.
func (e *engine) activeOn(m *member, d int32) bool {
	return m.join <= d && d < m.leave
}

// quiet says whether ms is far enough from any chat of community ci that a
// post there cannot be mistaken for chat traffic.
func (e *engine) quiet(ci int, ms int64) bool {
	d := int32((ms - e.dayMs(0)) / 86400000)
	for dd := d - 1; dd <= d+1; dd++ {
		for _, chi := range e.b.chatDays[dd] {
			ch := &e.b.chats[chi]
			if ch.comm != ci {
				continue
			}
			s := ch.start.UnixMilli()
			if ms > s-2*3600000 && ms < s+3*3600000 {
				return false
			}
		}
	}
	return true
}

func (e *engine) ambientTime(ci int, d int32) (int64, bool) {
	for t := 0; t < 6; t++ {
		// Daytime and evening, UK: 07:00 to 23:00 UTC.
		ms := e.dayMs(d) + int64(7*3600+e.r.IntN(16*3600))*1000
		if e.quiet(ci, ms) {
			return ms, true
		}
	}
	return 0, false
}

// thread makes a conversation between chats: a post with the community's
// hashtag, and the replies and reposts it draws. author < 0 draws one.
func (e *engine) thread(ci int, d int32, author int32) {
	c := &e.b.comms[ci]
	if author < 0 {
		author = e.draw(c, 30, func(mi int32, m *member) bool {
			if !e.activeOn(m, d) || m.is(flagNewcomer) && !m.attended || m.posts == 0 && m.is(flagChatDebut) {
				return false
			}
			_, ok := e.platformFor(m, c, d)
			return ok
		})
		if author < 0 {
			return
		}
	}
	m := &e.b.members[author]
	plat, ok := e.platformFor(m, c, d)
	if !ok {
		return
	}
	ms, ok := e.ambientTime(ci, d)
	for t := 0; !ok && m.posts == 0 && t < 10; t++ {
		ms, ok = e.ambientTime(ci, d) // a debut must happen
	}
	if !ok {
		return
	}
	x := &tctx{m: m, c: c, topic: e.topicFor(c)}
	start := e.newPost(plat, kPost, author, ms, ci, -1)
	start.segs = render(e.r, pick(e.r, tStarter), x)
	if e.noReply(author) {
		return
	}
	h := 0.45
	if c.mdt {
		h = 0.9
	}
	last := start
	n := poisson(e.r, 1.3)
	for i := 0; i < n; i++ {
		replier := e.draw(c, 20, func(mi int32, rm *member) bool {
			if mi == author || !e.activeOn(rm, d) || !rm.has[plat] || rm.is(flagNewcomer) && !rm.attended {
				return false
			}
			return rm.prof == m.prof || e.r.Float64() < h
		})
		if replier < 0 {
			continue
		}
		parent := start
		if last != start && !e.noReply(last.author) && e.r.Float64() < 0.3 {
			parent = last
		}
		ms = max(ms, parent.ms) + int64(120+e.r.IntN(4*3600))*1000
		if !e.quiet(ci, ms) {
			break
		}
		rx := &tctx{m: &e.b.members[replier], c: c, topic: x.topic}
		tm := pick(e.r, tAmbientReply)
		if e.r.Float64() < 0.15 {
			third := e.draw(c, 10, func(mi int32, tm *member) bool {
				return mi != replier && mi != parent.author && e.activeOn(tm, d) && tm.has[plat] && !e.noReply(mi)
			})
			if third >= 0 {
				tm, rx.mention = pick(e.r, tIntroduce), [2]int32{third, third}
			}
		}
		segs := render(e.r, tm, rx)
		if e.r.Float64() < 0.5 {
			segs = dropTags(segs)
		}
		if len(segs) == 0 {
			segs = []seg{{kind: segText, s: "👍"}}
		}
		for _, s := range segs {
			if s.kind == segMention {
				e.tie(replier, s.who)
			}
		}
		last = e.reply(parent, replier, ms, segs)
	}
	if plat != onBluesky {
		for i := poisson(e.r, 0.3); i > 0; i-- {
			rp := e.draw(c, 10, func(mi int32, rm *member) bool {
				return mi != author && e.activeOn(rm, d) && rm.has[plat]
			})
			if rp < 0 {
				continue
			}
			t := start.ms + int64(60+e.r.IntN(6*3600))*1000
			if !e.quiet(ci, t) {
				continue
			}
			p := e.newPost(plat, kRepost, rp, max(t, start.ms+2000), ci, -1)
			p.ref = start
		}
	}
}

func (e *engine) topicFor(c *community) topic {
	if len(c.extra) > 0 && e.r.Float64() < 0.3 {
		return pick(e.r, c.extra)
	}
	return pick(e.r, sharedTopics)
}

// hostNotices are the community accounts' own posts around a chat: a
// reminder the day before and thanks the day after. They carry the hashtag
// outside chat time, which burst detection must not take for a chat.
func (e *engine) hostNotices(d int32) {
	for _, chi := range e.b.chatDays[d+1] {
		ch := &e.b.chats[chi]
		c := &e.b.comms[ch.comm]
		local := ch.start.In(londonZone(ch.start))
		when := "tomorrow at " + local.Format("3.04pm")
		ms := e.dayMs(d) + int64(9*3600+e.r.IntN(8*3600))*1000
		for p := onX; p < numPlatforms; p++ {
			if c.runsOn(p, d) {
				x := &tctx{m: &e.b.members[c.host], c: c, topic: ch.topic, when: when}
				np := e.newPost(p, kPost, int32(c.host), ms+int64(e.r.IntN(60000)), ch.comm, -1)
				np.segs = render(e.r, pick(e.r, tReminder), x)
			}
		}
	}
	for _, chi := range e.b.chatDays[d-1] {
		ch := &e.b.chats[chi]
		c := &e.b.comms[ch.comm]
		ms := e.dayMs(d) + int64(8*3600+e.r.IntN(3*3600))*1000
		x := &tctx{m: &e.b.members[c.host], c: c, topic: ch.topic}
		np := e.newPost(onX, kPost, int32(c.host), ms, ch.comm, -1)
		np.segs = render(e.r, pick(e.r, tThanks), x)
	}
}
