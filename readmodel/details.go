package readmodel

import (
	"time"

	"github.com/peergraph/peergraph/domain"
)

// The model keeps what an answer shows of the professionals and chats it
// names, so that an answer needs no read of Neo4j: it is as current as the
// model, and it answers while Neo4j does not.

// professional is professional p as an answer names them.
func (m *Model) professional(p int32) *domain.Professional {
	kind := domain.KindPerson
	if m.organisation[p] {
		kind = domain.KindOrganisation
	}
	return &domain.Professional{ID: m.people.list[p], Kind: kind, Name: m.name[p], Bio: m.bio[p], Location: m.location[p],
		FirstSeen: timeOrNil(m.firstSeen[p], noFirst), LastSeen: timeOrNil(m.lastSeen[p], noLast), OptedOut: m.optedOut[p]}
}

// chat is chat ch as an answer names it.
func (m *Model) chat(ch int32) *domain.Chat {
	c := &domain.Chat{ID: m.chats.list[ch], Hashtag: m.chatHashtag[ch], Participants: int(m.chatSize[ch]), Posts: int(m.chatPosts[ch])}
	if t := m.chatTopic[ch]; t >= 0 {
		c.Topic = m.topics.list[t]
	}
	if s := timeOrNil(m.chatStart[ch], noStart); s != nil {
		c.StartsAt = *s
	}
	if e := timeOrNil(m.chatEnd[ch], noStart); e != nil {
		c.EndsAt = *e
	}
	if cs := m.chatOf.row(ch); len(cs) > 0 {
		c.CommunityName = m.communities.list[cs[0]]
	}
	return c
}

func timeOrNil(ns, missing int64) *time.Time {
	if ns == missing {
		return nil
	}
	t := time.Unix(0, ns).UTC()
	return &t
}

// NewestChatEnd is when the newest chat the model holds ended, zero with
// none: where default windows end (domain.WindowEnd).
func (m *Model) NewestChatEnd() time.Time {
	if m.newestChatEnd == noStart {
		return time.Time{}
	}
	return time.Unix(0, m.newestChatEnd).UTC()
}

// newestOf is the latest of chat ends, noStart without any.
func newestOf(ends []int64) int64 {
	newest := int64(noStart)
	for _, e := range ends {
		if e != noStart && (newest == noStart || e > newest) {
			newest = e
		}
	}
	return newest
}
