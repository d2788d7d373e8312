package generate

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// A post's text is kept as segments so that each platform can render
// mentions, hashtags and links its own way and compute its own offsets
// (code points on X, bytes on Bluesky, HTML on Mastodon).
type segKind uint8

const (
	segText segKind = iota
	segMention
	segTag
	segLink // the link a quote carries to the quoted post
)

type seg struct {
	kind segKind
	s    string // text, or the tag without '#'
	who  int32  // the member a mention names
}

type tokKind uint8

const (
	tokText tokKind = iota
	tokTopic
	tokTopicTag
	tokSetting
	tokTown
	tokTitle
	tokOther
	tokN
	tokMention1
	tokMention2
	tokTag
	tokEmoji
	tokWhen
)

type tok struct {
	kind tokKind
	s    string
}

type template []tok

var placeholders = map[string]tokKind{
	"topic": tokTopic, "#t": tokTopicTag, "setting": tokSetting, "town": tokTown, "title": tokTitle,
	"other": tokOther, "n": tokN, "@1": tokMention1, "@2": tokMention2, "#": tokTag, "emoji": tokEmoji, "when": tokWhen,
}

func parse(ss ...string) []template {
	out := make([]template, 0, len(ss))
	for _, s := range ss {
		var t template
		for s != "" {
			i := strings.IndexByte(s, '{')
			if i < 0 {
				t = append(t, tok{tokText, s})
				break
			}
			if i > 0 {
				t = append(t, tok{tokText, s[:i]})
			}
			j := strings.IndexByte(s[i:], '}')
			k, ok := placeholders[s[i+1:i+j]]
			if !ok {
				panic("generate: unknown placeholder in " + s)
			}
			t = append(t, tok{kind: k})
			s = s[i+j+1:]
		}
		out = append(out, t)
	}
	return out
}

var (
	tWelcome = parse(
		"Welcome to tonight's {#} chat on {topic}! Please say hello, tell us your role and where you're joining from 👋",
		"Good evening and welcome to {#}! Tonight we're talking {topic}. Who's here? Introduce yourselves",
		"Hello and welcome to {#}! Grab a cuppa ☕ Tonight's topic: {topic}. Say hi and tell us who you are",
	)
	tQuestion = parse(
		"Q{n} What does {topic} look like when it goes well in your setting? {#}",
		"Q{n} What gets in the way of {topic}? {#}",
		"Q{n} Can you share an example where {topic} made a real difference for a patient? {#}",
		"Q{n} Who do you work with most on {topic}, and who should you work with more? {#}",
		"Q{n} What support or training would help you with {topic}? {#}",
		"Q{n} How could we involve patients and carers in {topic}? {#}",
		"Q{n} What does good {#t} look like? {#}",
		"Q{n} How do we know if we're getting {topic} right? {#}",
		"Q{n} What would you tell a newly qualified colleague about {topic}? {#}",
	)
	tLastQuestion = parse(
		"Q{n} What one thing will you do differently after tonight's chat? {#}",
		"Q{n} Final question: what's your one take-away from tonight? {#}",
	)
	tClosing = parse(
		"That's time! Thank you all for a brilliant {#} chat on {topic}. Transcript and word cloud to follow 💙",
		"Thank you everyone for joining {#} tonight. So much wisdom on {topic}! See you at the next one 👋",
		"And that's a wrap. Thanks all for sharing so openly on {topic} {#}",
	)
	tHostReply = parse(
		"Great point! 👏 {#}", "Thanks, really important {#}", "Love this {#}",
		"Would you be happy to share more about that after the chat? {#}", "Welcome, great to have you here {#}",
	)
	tIntro = parse(
		"Hi all, {title} from {town} joining {#} 👋", "Evening everyone! {title} here, first time joining {#}",
		"Hello from {town}! {title}, looking forward to talking {topic} {#}", "Lurking tonight but hello! {#}",
		"Hi {#}! {title} {setting}. Ready with my tea ☕", "Evening! Just off shift but wouldn't miss {#}",
		"Hi everyone, {title} from {town}. Really interested in this one {#}",
	)
	tAnswer = parse(
		"A{n} For me it's about listening to each other and to patients {#}",
		"A{n} {setting} we've found short huddles make a huge difference to {topic} {#}",
		"A{n} Time. We never have enough protected time for {topic} {#}",
		"A{n} Honest conversations and a culture where people feel safe to speak up {#}",
		"A{n} Working closely with {other} colleagues has changed how I think about {topic} {#}",
		"A{n} Clear roles, shared goals and kindness. Simple but hard! {#}",
		"A{n} We started a {topic} champion role {setting} and it has really helped {#}",
		"A{n} Involving patients from the start, not as an afterthought {#}",
		"A{n} Access to training and someone to ask when you're stuck {#}",
		"A{n} Staffing pressures make {topic} really difficult {setting} at the moment {#}",
		"A{n} Good handover and documentation. If it isn't shared it doesn't help anyone {#}",
		"A{n} Three things:\n1. time\n2. trust\n3. training\n{#}",
		"A{n} As a {title} I'd say {topic} only works when the whole team owns it {#} {#t}",
		"A{n} Honestly? We're not there yet {setting}. Lots to learn from tonight {#}",
		"A{n} Peer support. Chats like this one are part of it {emoji} {#}",
	)
	tReply = parse(
		"Totally agree with this {#}", "So true. Same {setting}", "Great point, how did you get the team on board? {#}",
		"Yes! This is so important {emoji}", "We tried this too and it worked well {#}",
		"Interesting - is that the same across your trust? {#}", "Couldn't agree more 👏 {#}", "This resonates so much",
		"Would love to hear more about this, can I DM you?", "Thank you for sharing, really helpful as a {title} {#}",
		"From a {title} point of view I'd add: involve us earlier! {#}", "Same here. {topic} is hard {setting} {#}",
		"Ooh I like this idea. Stealing it for {town} 😄 {#}",
	)
	tMention = parse(
		"{@1} and {@2} would love to hear your thoughts on this {#}", "Shout out to {@1} who does amazing work on {topic} {#}",
		"{@1} this is what we were talking about last week! {#}", "Agree with {@1} - {topic} needs everyone {#}",
		"Have you met {@1}? Brilliant {title} doing great things {setting} {#}",
	)
	tQuote = parse("This 👇 {#}", "So much this {#}", "Really important point from a {title} perspective {#}",
		"Worth reading everyone {#}", "Yes yes yes {emoji} {#}")
	tStarter = parse(
		"Anyone got a good resource on {topic}? Asking for our team {#}",
		"Just finished a long shift. Proud of my team today {#}",
		"Great study day on {topic} today, so much to take back {setting} {#}",
		"Looking for {title}s interested in {topic} to connect with {#}",
		"New blog: what I learned about {topic} this year {#} {#t}",
		"Feeling a bit isolated as the only {title} {setting}. How do others stay connected? {#}",
		"Our {topic} project won an award today! 🎉 {#}",
		"Who else is going to the conference next week? {#}",
		"Does anyone have a good template for {topic}? Happy to share ours {#}",
		"Reflecting on last week's chat. Still thinking about {topic} {#}",
		"Quiet day {setting} for once. Time to catch up on {topic} reading {#}",
	)
	tAmbientReply = parse(
		"Happy to connect! {#}", "Have a look at the resources from the last chat {#}", "Welcome! {#}",
		"Same here, would love to compare notes", "Great news, congratulations! {emoji}", "We use one, will DM you",
		"I'll be there! {#}", "Brilliant, thank you for sharing", "You're not alone 💙 {#}",
		"Our {other} team might help with that {#}",
	)
	// Introductions: a reply that brings a third member into the thread.
	tIntroduce = parse(
		"Have you met {@1}? They did something similar {setting} {#}", "{@1} might be the person to ask {#}",
		"Tagging {@1} who knows loads about {topic} {#}", "You should talk to {@1}! {#}",
	)
	tReminder = parse(
		"Join us {when} for {#} on {topic}! Questions out tomorrow. All welcome",
		"Reminder: {#} chat {when}. Topic: {topic}. See you there 👋",
	)
	tThanks = parse(
		"Thank you to everyone who joined last night's {#} chat on {topic}. Transcript and word cloud now on our blog",
		"What a chat last night! Summary of {#} on {topic} coming soon 💙",
	)
)

var emojis = []string{"💙", "👏", "🙌", "😊", "👍", "🎉", "💪"}

// otherTitles are the roles people name when they talk about working with
// another profession.
var otherTitles = []string{"pharmacy", "nursing", "physio", "GP", "OT", "paramedic", "midwifery", "social work", "dietetics", "lab"}

type tctx struct {
	m        *member
	c        *community
	topic    topic
	n        int
	mention  [2]int32
	when     string
	town     string
	extraTag string // a second community hashtag the author adds
}

// render fills a template into segments.
func render(r *rand.Rand, t template, x *tctx) []seg {
	segs := make([]seg, 0, 6)
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			segs = append(segs, seg{kind: segText, s: b.String()})
			b.Reset()
		}
	}
	for _, k := range t {
		switch k.kind {
		case tokText:
			b.WriteString(k.s)
		case tokTopic:
			b.WriteString(x.topic.phrase)
		case tokTopicTag:
			flush()
			segs = append(segs, seg{kind: segTag, s: x.topic.tag})
		case tokSetting:
			b.WriteString(pick(r, settings[x.m.prof]))
		case tokTown:
			if x.town == "" {
				x.town = pick(r, towns)
			}
			b.WriteString(x.town)
		case tokTitle:
			b.WriteString(x.m.title)
		case tokOther:
			b.WriteString(pick(r, otherTitles))
		case tokN:
			b.WriteString(strconv.Itoa(x.n))
		case tokMention1, tokMention2:
			i := 0
			if k.kind == tokMention2 {
				i = 1
			}
			flush()
			segs = append(segs, seg{kind: segMention, who: x.mention[i]})
		case tokTag:
			flush()
			segs = append(segs, seg{kind: segTag, s: x.c.tag})
			if x.extraTag != "" {
				b.WriteByte(' ')
				flush()
				segs = append(segs, seg{kind: segTag, s: x.extraTag})
			}
		case tokEmoji:
			b.WriteString(pick(r, emojis))
		case tokWhen:
			b.WriteString(x.when)
		}
	}
	flush()
	// Trim trailing spaces a template left before an omitted tag.
	if n := len(segs); n > 0 && segs[n-1].kind == segText {
		segs[n-1].s = strings.TrimRight(segs[n-1].s, " ")
		if segs[n-1].s == "" {
			segs = segs[:n-1]
		}
	}
	return segs
}

// dropTags removes the community hashtag from a reply, as people often do
// once they are in a thread: such posts belong to a chat only by replying
// into it.
func dropTags(segs []seg) []seg {
	out := make([]seg, 0, len(segs))
	for _, s := range segs {
		if s.kind == segTag {
			continue
		}
		if n := len(out); n > 0 && s.kind == segText && out[n-1].kind == segText {
			out[n-1].s += s.s
			continue
		}
		out = append(out, s)
	}
	if n := len(out); n > 0 && out[n-1].kind == segText {
		out[n-1].s = strings.TrimRight(out[n-1].s, " \n")
		if out[n-1].s == "" {
			out = out[:n-1]
		}
	}
	return out
}
