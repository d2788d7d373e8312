package generate

import (
	"cmp"
	"math"
	"slices"
)

type actKind uint8

const (
	actIntro actKind = iota
	actAnswer
	actReply
	actMention
	actQuote
	actRepost
	actHostReply
)

type action struct {
	ms   int64
	who  int32
	kind actKind
	q    int // question answered
	plat platform
	to   *post // for host replies
	ord  int
}

// runChat plays one hosted chat: the host's welcome, questions and thanks
// on every platform the community runs on, and the participants' answers,
// replies, mentions, quotes and reposts in between.
func (e *engine) runChat(ch *chat) {
	b, r := e.b, e.r
	c := &b.comms[ch.comm]
	start := ch.start.UnixMilli()
	const minute = 60000
	var plats []platform
	for p := onX; p < numPlatforms; p++ {
		if c.runsOn(p, ch.day) {
			plats = append(plats, p)
		}
	}
	x := &tctx{c: c, topic: ch.topic}

	// The host's posts. A guest host posts on X and the community account
	// retweets the questions; elsewhere the community account hosts.
	nq := 4 + r.IntN(3)
	qt := make([]template, 0, nq)
	for _, i := range r.Perm(len(tQuestion))[:nq-1] {
		qt = append(qt, tQuestion[i])
	}
	qt = append(qt, pick(r, tLastQuestion))
	var welcome [numPlatforms]*post
	var questions [numPlatforms][]*post
	hostOf := func(p platform) int32 {
		if p == onX {
			return int32(ch.host)
		}
		return int32(c.host)
	}
	for _, p := range plats {
		h := hostOf(p)
		x.m = &b.members[h]
		welcome[p] = e.newPost(p, kPost, h, start+int64(r.IntN(40))*1000, ch.comm, int32(ch.id))
		welcome[p].segs = render(r, pick(r, tWelcome), x)
		for k := 0; k < nq; k++ {
			x.n = k + 1
			t := start + int64(5+10*k)*minute + int64(r.IntN(50))*1000
			q := e.newPost(p, kPost, h, t, ch.comm, int32(ch.id))
			q.segs = render(r, qt[k], x)
			questions[p] = append(questions[p], q)
			if p == onX && int(h) != c.host {
				rt := e.newPost(p, kRepost, int32(c.host), t+int64(20+r.IntN(100))*1000, ch.comm, int32(ch.id))
				rt.ref = q
			}
		}
	}

	parts := e.participants(ch)
	var acts []action
	for _, mi := range parts {
		m := &b.members[mi]
		plat, ok := e.platformFor(m, c, ch.day)
		if !ok {
			continue
		}
		eng := math.Max(0.1, math.Min(0.95, 0.25+0.12*math.Log(m.w)+0.1*r.NormFloat64()))
		add := func(ms int64, k actKind, q int) {
			acts = append(acts, action{ms: ms, who: mi, kind: k, q: q, plat: plat, ord: len(acts)})
		}
		before := len(acts)
		if r.Float64() < 0.55 {
			add(start+int64(20+r.IntN(8*60))*1000, actIntro, 0)
		}
		for k := 0; k < nq; k++ {
			if r.Float64() < eng {
				add(questions[plat][k].ms+int64(30+r.IntN(9*60))*1000, actAnswer, k)
			}
		}
		for i := poisson(r, eng*2.5); i > 0; i-- {
			t := start + int64(6*60+r.IntN(54*60))*1000
			switch x := r.Float64(); {
			case x < 0.55:
				add(t, actReply, 0)
			case x < 0.7:
				add(t, actMention, 0)
			case x < 0.8 && plat != onMastodon:
				add(t, actQuote, 0)
			case plat != onBluesky:
				add(t, actRepost, 0)
			default:
				add(t, actReply, 0)
			}
		}
		if len(acts) == before && m.posts == 0 {
			// Someone's first chat is never a silent one: that is what
			// makes them a member at all.
			add(start+int64(20+r.IntN(8*60))*1000, actIntro, 0)
		}
		if r.Float64() < 0.05 {
			// A late reply, after the hour: part of the chat only because it
			// replies into it.
			add(start+int64(61*60+r.IntN(20*60))*1000, actReply, 0)
		}
	}
	slices.SortFunc(acts, func(a, b action) int {
		if c := cmp.Compare(a.ms, b.ms); c != 0 {
			return c
		}
		return cmp.Compare(a.ord, b.ord)
	})

	var cands [numPlatforms][]*post
	h := 0.7
	if c.mdt {
		h = 0.45
	}
	for i := 0; i < len(acts); i++ {
		a := acts[i]
		m := &b.members[a.who]
		x := &tctx{m: m, c: c, topic: ch.topic}
		if r.Float64() < 0.06 {
			x.extraTag = e.extraTag(m, ch.comm, a.ms)
		}
		var p *post
		switch a.kind {
		case actIntro:
			segs := render(r, pick(r, tIntro), x)
			p = e.reply(welcome[a.plat], a.who, a.ms, segs)
		case actAnswer:
			x.n = a.q + 1
			segs := render(r, pick(r, tAnswer), x)
			if r.Float64() < 0.1 {
				segs = dropTags(segs)
			}
			p = e.reply(questions[a.plat][a.q], a.who, a.ms, segs)
		case actReply, actQuote, actMention:
			to := e.target(cands[a.plat], a.who, h)
			if to == nil {
				continue
			}
			switch a.kind {
			case actReply:
				segs := render(r, pick(r, tReply), x)
				if r.Float64() < 0.4 {
					segs = dropTags(segs)
				}
				p = e.reply(to, a.who, a.ms, segs)
			case actQuote:
				p = e.newPost(a.plat, kQuote, a.who, max(a.ms, to.ms+2000), ch.comm, int32(ch.id))
				p.ref = to
				p.segs = render(r, pick(r, tQuote), x)
				e.tie(a.who, to.author)
			case actMention:
				x.mention[0], x.mention[1] = to.author, to.author
				if other := e.target(cands[a.plat], a.who, h); other != nil && other.author != to.author {
					x.mention[1] = other.author
				}
				p = e.newPost(a.plat, kPost, a.who, a.ms, ch.comm, int32(ch.id))
				p.segs = render(r, pick(r, tMention), x)
				seen := int32(-1)
				for _, s := range p.segs {
					if s.kind == segMention && s.who != seen {
						e.tie(a.who, s.who)
						seen = s.who
					}
				}
			}
		case actRepost:
			var to *post
			if r.Float64() < 0.5 && len(questions[a.plat]) > 0 {
				to = questions[a.plat][r.IntN(len(questions[a.plat]))]
				if to.ms >= a.ms {
					to = nil
				}
			}
			if to == nil {
				to = e.target(cands[a.plat], a.who, h)
			}
			if to == nil {
				continue
			}
			p = e.newPost(a.plat, kRepost, a.who, max(a.ms, to.ms+2000), ch.comm, int32(ch.id))
			p.ref = to
			continue
		case actHostReply:
			x.mention[0] = a.to.author
			segs := render(r, pick(r, tHostReply), x)
			e.reply(a.to, a.who, a.ms, segs)
			continue
		}
		if p == nil {
			continue
		}
		cands[a.plat] = append(cands[a.plat], p)
		// Hosts answer some answers; inserting keeps the actions in order.
		if (a.kind == actAnswer || a.kind == actIntro) && !e.noReply(a.who) && r.Float64() < 0.08 {
			hr := action{ms: a.ms + int64(60+r.IntN(180))*1000, who: hostOf(a.plat), kind: actHostReply, plat: a.plat, to: p}
			j := i + 1
			for j < len(acts) && acts[j].ms <= hr.ms {
				j++
			}
			acts = slices.Insert(acts, j, hr)
		}
	}

	for _, p := range plats {
		x.m = &b.members[hostOf(p)]
		end := e.newPost(p, kPost, hostOf(p), start+int64(57)*minute+int64(r.IntN(120))*1000, ch.comm, int32(ch.id))
		end.segs = render(r, pick(r, tClosing), x)
	}
	for _, mi := range parts {
		b.members[mi].attended = true
	}
}

// participants are the chat's debutants and a draw of the community's
// members weighted by activity, no more than most of those around.
func (e *engine) participants(ch *chat) []int32 {
	b := e.b
	c := &b.comms[ch.comm]
	stamp := int32(ch.id + 1)
	var parts []int32
	for _, mi := range ch.debuts {
		m := &b.members[mi]
		if m.mark != stamp {
			m.mark = stamp
			parts = append(parts, mi)
		}
	}
	active := 0
	for _, mi := range c.members {
		m := &b.members[mi]
		if e.activeOn(m, ch.day) && b.canJoin(m, ch) {
			active++
		}
	}
	want := min(ch.size, len(parts)+int(0.6*float64(active)))
	for t := 0; len(parts) < want && t < 30*want; t++ {
		mi := e.draw(c, 1, func(mi int32, m *member) bool {
			return m.mark != stamp && e.activeOn(m, ch.day) && b.canJoin(m, ch)
		})
		if mi >= 0 {
			b.members[mi].mark = stamp
			parts = append(parts, mi)
		}
	}
	return parts
}

// target picks an earlier post to answer, favouring recent posts and the
// author's own profession (with probability h when both are at hand). Posts
// by members nobody answers are never picked.
func (e *engine) target(pool []*post, who int32, h float64) *post {
	if len(pool) == 0 {
		return nil
	}
	lo := max(0, len(pool)-80)
	prof := e.b.members[who].prof
	var same, other *post
	for t := 0; t < 12 && (same == nil || other == nil); t++ {
		p := pool[lo+e.r.IntN(len(pool)-lo)]
		if p.author == who || e.noReply(p.author) {
			continue
		}
		if e.b.members[p.author].prof == prof {
			if same == nil {
				same = p
			}
		} else if other == nil {
			other = p
		}
	}
	if same != nil && (other == nil || e.r.Float64() < h) {
		return same
	}
	return other
}

// extraTag is a second community hashtag a member sometimes adds, when that
// community has no chat near: such posts are caught by two archives.
func (e *engine) extraTag(m *member, ci int, ms int64) string {
	for _, o := range m.comms {
		if int(o) != ci && e.quiet(int(o), ms) {
			return e.b.comms[o].tag
		}
	}
	// In multidisciplinary chats pharmacists' #WePh turns up from anyone.
	if e.b.comms[ci].mdt && e.r.Float64() < 0.3 && e.quiet(e.b.byName["WePharmacists"], ms) {
		return "WePh"
	}
	return ""
}
