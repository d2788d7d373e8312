package generate

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
)

type chat struct {
	comm    int
	day     int32
	start   time.Time
	topic   topic
	host    int     // member index: the community account or a guest host
	size    int     // participants wanted
	debuts  []int32 // members whose first post is in this chat
	id      int
	catalog bool
}

// builder makes everything that is bounded by members and chats: the
// communities, the members with their accounts and profiles, and the chat
// schedule. Posts are made later, a day at a time.
type builder struct {
	cfg      Config
	r        *rand.Rand
	firstDay time.Time
	days     int
	comms    []community
	byName   map[string]int
	members  []member
	chats    []chat
	chatDays map[int32][]int // chats of each day
	debuts   map[int32][]int32
	xh, mh   handles
	bh       handles
	silence  int // days a lapsed member stays silent before the end
}

func newBuilder(cfg Config) *builder {
	last := time.Date(cfg.End.Year(), cfg.End.Month(), cfg.End.Day(), 0, 0, 0, 0, time.UTC)
	first := last.AddDate(0, -cfg.Months, 1)
	b := &builder{
		cfg:      cfg,
		r:        rand.New(rand.NewPCG(uint64(cfg.Seed), 0x70656572677261)),
		firstDay: first,
		days:     int(last.Sub(first)/(24*time.Hour)) + 1,
		byName:   map[string]int{},
		chatDays: map[int32][]int{},
		debuts:   map[int32][]int32{},
		xh:       handles{},
		mh:       handles{},
		bh:       handles{},
	}
	// A lapsed member is silent for the last six months, or for the last
	// half of a world too short for that.
	b.silence = min(182, b.days/2)
	b.buildCommunities()
	b.buildMembers()
	b.buildChats()
	b.placeDebuts()
	b.buildRoster()
	return b
}

func (b *builder) dayOf(t time.Time) int {
	return int(math.Floor(t.Sub(b.firstDay).Hours() / 24))
}

func (b *builder) date(y int, m time.Month, d int) int {
	return b.dayOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

func (b *builder) buildCommunities() {
	b.comms = make([]community, len(communityTable))
	copy(b.comms, communityTable)
	// Chats were on X alone until 2025; from then most communities also
	// open on Mastodon and Bluesky, each on its own date, and a few never do.
	for i := range b.comms {
		c := &b.comms[i]
		b.byName[c.name] = i
		c.mastoFrom, c.bskyFrom = math.MaxInt32, math.MaxInt32
		if b.r.Float64() < 0.8 {
			c.mastoFrom = max(0, b.date(2025, time.January, 15)+b.r.IntN(420))
		}
		if b.r.Float64() < 0.7 {
			c.bskyFrom = max(0, b.date(2025, time.January, 1)+b.r.IntN(510))
		}
	}
	// The multidisciplinary and nurses' communities moved early: there must be
	// cross-platform members to tie together at any world size.
	for _, n := range []string{"WeNurses", "WeMDT"} {
		c := &b.comms[b.byName[n]]
		c.mastoFrom = min(c.mastoFrom, max(0, b.date(2025, time.March, 1)))
		c.bskyFrom = min(c.bskyFrom, max(0, b.date(2025, time.June, 1)))
	}
}

func (c *community) runsOn(p platform, day int32) bool {
	switch p {
	case onMastodon:
		return int(day) >= c.mastoFrom
	case onBluesky:
		return int(day) >= c.bskyFrom
	}
	return true
}

func (b *builder) buildMembers() {
	n := b.cfg.Members
	b.members = make([]member, n+len(b.comms))
	// Community accounts claim their handles first.
	for i := range b.comms {
		c := &b.comms[i]
		m := &b.members[n+i]
		c.host = n + i
		m.name = c.name
		m.title = "team"
		m.prof = organisation
		m.flags = flagHost | flagRostered
		m.comms = []uint8{uint8(i)}
		m.leave = int32(b.days)
		m.debut = -1
		m.location = "UK"
		m.has = [numPlatforms]bool{true, true, true}
		m.xHandle = b.xh.claim(b.r, c.account, "", 15)
		m.mUser = b.mh.claim(b.r, strings.ToLower(c.account), instances[c.inst], 30)
		m.mInst = uint8(c.inst)
		m.bHandle = b.bh.claim(b.r, strings.ToLower(c.account), "", 40) + ".bsky.social"
		m.bio = "Hosted chats for " + strings.TrimPrefix(c.name, "We") + " across the UK. #" + c.tag + " " +
			dayName(c.weekday) + "s, " + chatClock(c) + ". Views of participants are their own."
		m.followers = int32(8000 + b.r.IntN(40000))
		m.friends = int32(1000 + b.r.IntN(4000))
		m.created = time.Date(2012+b.r.IntN(5), time.Month(1+b.r.IntN(12)), 1+b.r.IntN(28), 0, 0, 0, 0, time.UTC).UnixMilli()
	}
	for i := 0; i < n; i++ {
		b.buildMember(i)
	}
	for i := range b.members {
		m := &b.members[i]
		m.first = -1
		m.xID = uint64(m.created-twitterEpoch)<<22 | uint64(i)&0x3fffff
		if m.created < twitterEpoch {
			m.xID = uint64(14000000 + i*97)
		}
		m.mID = uint64(m.created)<<16 | uint64(i)&0xffff
		m.did = didOf(b.cfg.Seed, i)
	}
	for i := 0; i < n; i++ {
		for _, c := range b.members[i].comms {
			b.comms[c].members = append(b.comms[c].members, int32(i))
		}
	}
	for i := range b.comms {
		c := &b.comms[i]
		c.cum = make([]float64, len(c.members))
		var s float64
		for j, mi := range c.members {
			s += b.members[mi].w
			c.cum[j] = s
		}
	}
}

func (b *builder) buildMember(i int) {
	r := b.r
	m := &b.members[i]
	m.prof = profession(weighted(r, professionShare[:]))
	m.title = pick(r, titles[m.prof])
	m.w = pareto(r, 1.2, 300)
	if r.Float64() < 0.3 {
		// Visitors: they come to a chat or two and are seldom seen again.
		m.w *= 0.02
	}
	m.leave = int32(b.days)
	town := pick(r, towns)
	m.employer = b.employer()

	// Communities: the profession's own, often #WeMDT, sometimes another.
	var cs []uint8
	add := func(name string) {
		ci := uint8(b.byName[name])
		for _, c := range cs {
			if c == ci {
				return
			}
		}
		cs = append(cs, ci)
	}
	prim := primaryCommunities[m.prof]
	ws := make([]float64, len(prim))
	for j, p := range prim {
		ws[j] = p.w
	}
	add(prim[weighted(r, ws)].name)
	if r.Float64() < mdtShare[m.prof] {
		add("WeMDT")
	}
	if r.Float64() < 0.2 && len(cs) < 3 {
		if len(prim) > 1 {
			add(prim[weighted(r, ws)].name)
		} else {
			add(pick(r, communityTable).name)
		}
	}
	m.comms = cs

	// Life in the world: most were there from the start, others arrive.
	if r.Float64() < 0.35 {
		m.join = int32(r.IntN(b.days))
	}
	switch x := r.Float64(); {
	case m.prof != organisation && x < 0.04:
		m.flags |= flagIsolated
	case m.prof != organisation && x < 0.07 && b.days > 40:
		m.flags |= flagNewcomer | flagChatDebut
		lo := max(0, b.days-150)
		m.join = int32(lo + r.IntN(max(1, b.days-21-lo)))
	}
	if m.join < int32(b.days/3) && r.Float64() < 0.10 && !m.is(flagNewcomer) {
		m.flags |= flagLapsed
		m.leave = int32(b.days - b.silence - r.IntN(max(1, min(30, b.silence/3))))
		if m.leave <= m.join+7 {
			m.join = 0
		}
	} else if r.Float64() < 0.06 && !m.is(flagNewcomer) && int(m.join)+30 < b.days {
		m.leave = m.join + 30 + int32(r.IntN(b.days-int(m.join)-30+1))
	}

	// Names and profiles.
	first, last := pick(r, firstNames), b.surname()
	if m.prof == organisation {
		kinds := orgKinds[profession(r.IntN(int(numProfessions)))]
		if kinds == nil {
			kinds = orgKinds[nurse]
		}
		m.name = b.place() + " " + pick(r, kinds)
		m.bio = fillBio(pick(r, bioTemplates[organisation]), m, town, m.name)
		m.location = town
	} else {
		m.name = first + " " + last
		switch x := r.Float64(); {
		case m.prof == doctor && x < 0.4:
			m.name = "Dr " + m.name
		case m.prof == nurse && x < 0.15:
			m.name += " RN"
		case x < 0.05:
			m.name = first + " 💙"
		case x < 0.10:
			m.name += " (she/her)"
		}
		if r.Float64() < 0.22 {
			m.bio = fillBio(pick(r, vagueBios), m, town, "")
		} else {
			m.bio = fillBio(pick(r, bioTemplates[m.prof]), m, town, "")
		}
		switch x := r.Float64(); {
		case x < 0.6:
			m.location = town
		case x < 0.85:
			m.location = pick(r, vagueLocations)
		}
	}

	// Accounts: X for most; some also (or only) on Mastodon or Bluesky.
	home := &b.comms[cs[0]]
	x := r.Float64()
	if m.prof == organisation {
		m.has[onX] = true
		m.has[onMastodon] = x < 0.3
		m.has[onBluesky] = x > 0.7
	} else {
		switch {
		case x < 0.76:
			m.has[onX] = true
		case x < 0.87:
			m.has[onX], m.has[onMastodon] = true, true
		case x < 0.95:
			m.has[onX], m.has[onBluesky] = true, true
		case x < 0.975 && home.mastoFrom < b.days-30:
			m.has[onMastodon] = true
			m.join = max(m.join, int32(home.mastoFrom))
		case x >= 0.975 && home.bskyFrom < b.days-30:
			m.has[onBluesky] = true
			m.join = max(m.join, int32(home.bskyFrom))
		default:
			m.has[onX] = true
		}
	}
	if m.leave <= m.join {
		m.leave = min(int32(b.days), m.join+30)
	}
	base := b.xHandleBase(first, last, m.prof)
	if m.prof == organisation {
		base = handleChars(m.name)
	}
	if m.has[onX] {
		m.xHandle = b.xh.claim(r, base, "", 15)
	}
	if m.has[onMastodon] {
		m.mInst = uint8(instanceOf(m.prof))
		m.mUser = b.mh.claim(r, strings.ToLower(base), instances[m.mInst], 30)
	}
	if m.has[onBluesky] {
		m.bHandle = b.bh.claim(r, strings.ToLower(base), "", 40) + ".bsky.social"
	}
	m.created = time.Date(2009+r.IntN(15), time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), r.IntN(60), 0, 0, time.UTC).UnixMilli()
	m.followers = int32(lognormal(r, 300, 1.2))
	m.friends = int32(lognormal(r, 400, 0.9))
}

func instanceOf(p profession) int {
	switch p {
	case nurse, student, midwife:
		return 0
	case pharmacist, pharmTech:
		return 1
	}
	return 2
}

func dayName(d time.Weekday) string { return d.String() }

func chatClock(c *community) string {
	h := c.hour % 12
	if h == 0 {
		h = 12
	}
	s := strconv.Itoa(h)
	if c.minute != 0 {
		s += "." + strconv.Itoa(c.minute)
	}
	if c.hour < 12 {
		return s + "am"
	}
	return s + "pm"
}

// buildChats lays out each community's chats: the nth weekdays of each
// month at its UK time, sixty minutes, with a topic and a host.
func (b *builder) buildChats() {
	last := b.firstDay.AddDate(0, 0, b.days)
	for ci := range b.comms {
		c := &b.comms[ci]
		topics := append(append([]topic{}, sharedTopics...), c.extra...)
		recent := map[int]bool{}
		for mo := time.Date(b.firstDay.Year(), b.firstDay.Month(), 1, 0, 0, 0, 0, time.UTC); mo.Before(last); mo = mo.AddDate(0, 1, 0) {
			for _, nth := range c.nth {
				d := mo
				for d.Weekday() != c.weekday {
					d = d.AddDate(0, 0, 1)
				}
				d = d.AddDate(0, 0, 7*(nth-1))
				if d.Before(b.firstDay) || !d.Before(last) {
					continue
				}
				ch := chat{comm: ci, day: int32(b.dayOf(d)), start: londonTime(d.Year(), d.Month(), d.Day(), c.hour, c.minute), catalog: !c.noCat}
				// A topic not used in the last few chats of this community.
				for {
					t := b.r.IntN(len(topics))
					if !recent[t] || len(recent) >= len(topics)-1 {
						ch.topic = topics[t]
						if len(recent) > 8 {
							clear(recent)
						}
						recent[t] = true
						break
					}
				}
				ch.host = c.host
				size := lognormal(b.r, float64(b.cfg.ChatSize)*c.scale/meanScale(), 0.45)
				if b.r.Float64() < 0.03 {
					size = 100 + b.r.Float64()*30
				}
				ch.size = max(3, min(130, int(size)))
				b.chats = append(b.chats, ch)
			}
		}
	}
	// Chats in time order, so their ids read like a schedule.
	sortChats(b.chats)
	for i := range b.chats {
		ch := &b.chats[i]
		ch.id = i
		b.chatDays[ch.day] = append(b.chatDays[ch.day], i)
	}
	// A quarter of chats have a guest host: an organisation or one of the
	// community's most active members, who posts the questions on X.
	for i := range b.chats {
		ch := &b.chats[i]
		c := &b.comms[ch.comm]
		if b.r.Float64() >= 0.25 || len(c.members) == 0 {
			continue
		}
		for try := 0; try < 20; try++ {
			mi := int(c.members[b.r.IntN(len(c.members))])
			m := &b.members[mi]
			if m.has[onX] && !m.is(flagIsolated|flagNewcomer) && (m.prof == organisation || m.w > 4) && m.join <= ch.day && ch.day < m.leave {
				ch.host = mi
				break
			}
		}
	}
}

func sortChats(cs []chat) {
	slices.SortStableFunc(cs, func(a, b chat) int {
		if c := a.start.Compare(b.start); c != 0 {
			return c
		}
		return cmp.Compare(a.comm, b.comm)
	})
}

// placeDebuts decides where each member first appears: in a chat of one of
// their communities when there is room, otherwise with a post between chats.
// Newcomers always debut in a chat, which is where nobody answers them.
func (b *builder) placeDebuts() {
	byComm := make([][]int, len(b.comms))
	for i := range b.chats {
		byComm[b.chats[i].comm] = append(byComm[b.chats[i].comm], i)
	}
	for i := 0; i < b.cfg.Members; i++ {
		m := &b.members[i]
		span := int(m.leave - m.join)
		if m.join == 0 {
			m.debut = int32(b.r.IntN(max(1, span)))
		} else {
			m.debut = m.join + int32(b.r.IntN(max(1, min(14, span))))
		}
		wantChat := m.is(flagNewcomer) || b.r.Float64() < 0.6
		if wantChat {
			placed := false
			for _, ci := range byComm[m.comms[0]] {
				ch := &b.chats[ci]
				if ch.day < m.debut {
					continue
				}
				if ch.day >= m.leave || !b.canJoin(m, ch) {
					break
				}
				if m.is(flagNewcomer) || len(ch.debuts) < ch.size/2 {
					ch.debuts = append(ch.debuts, int32(i))
					m.flags |= flagChatDebut
					m.debut = ch.day
					placed = true
				}
				break
			}
			if !placed {
				m.flags &^= flagChatDebut
			}
		}
		if !m.is(flagChatDebut) {
			b.debuts[m.debut] = append(b.debuts[m.debut], int32(i))
		}
	}
}

// canJoin says whether m has an account on a platform the chat runs on.
func (b *builder) canJoin(m *member, ch *chat) bool {
	c := &b.comms[ch.comm]
	return m.has[onX] || m.has[onMastodon] && c.runsOn(onMastodon, ch.day) || m.has[onBluesky] && c.runsOn(onBluesky, ch.day)
}

// buildRoster lists part of the members, as a community's own records do:
// about 40% of them, most of those with two accounts (the roster is what
// ties those together), and every community account. A few listed members
// have opted out.
func (b *builder) buildRoster() {
	for i := 0; i < b.cfg.Members; i++ {
		m := &b.members[i]
		two := 0
		for _, h := range m.has {
			if h {
				two++
			}
		}
		p := 0.4
		if two > 1 {
			p = 0.8
		}
		if b.r.Float64() < p {
			m.flags |= flagRostered
			if m.prof != organisation && b.r.Float64() < 0.03 {
				m.flags |= flagOptedOut
			}
		}
	}
}

// meanScale keeps the median chat at Config.ChatSize whatever the spread
// of the communities' own scales.
func meanScale() float64 {
	var s float64
	for i := range communityTable {
		s += communityTable[i].scale
	}
	return s / float64(len(communityTable))
}
