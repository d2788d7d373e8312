package generate

import "time"

// Act is one conversational act as the generator made it: From replied to,
// mentioned or quoted To (a repost is endorsement, not conversation, and is
// not an act). From and To are member numbers, as People numbers them.
//
// The analysis benchmark builds the conversational-tie graph from these
// instead of loading a 100,000-member world into Neo4j, which takes hours
// on a small machine; the loader derives the same ties from the files.
type Act struct {
	From, To int
	Kind     string // "reply", "mention" or "quote"
	At       time.Time
}

// Person is one member as the generator made them.
type Person struct {
	Index      int
	Name       string
	Profession string // the canonical profession the member was made with
	OptedOut   bool
	Host       bool // a community's own account
}

func actsOf(posts []*post) []Act {
	var acts []Act
	for _, p := range posts {
		at := time.UnixMilli(p.ms).UTC()
		switch {
		case p.kind == kReply && p.parent != nil:
			acts = append(acts, Act{From: int(p.author), To: int(p.parent.author), Kind: "reply", At: at})
		case p.kind == kQuote && p.ref != nil:
			acts = append(acts, Act{From: int(p.author), To: int(p.ref.author), Kind: "quote", At: at})
		}
		if p.kind == kRepost {
			continue
		}
		for _, s := range p.segs {
			if s.kind == segMention {
				acts = append(acts, Act{From: int(p.author), To: int(s.who), Kind: "mention", At: at})
			}
		}
	}
	return acts
}

func (b *builder) people() []Person {
	out := make([]Person, len(b.members))
	for i := range b.members {
		m := &b.members[i]
		out[i] = Person{Index: i, Name: m.name, Profession: professionNames[m.prof], OptedOut: m.is(flagOptedOut), Host: m.is(flagHost)}
	}
	return out
}
