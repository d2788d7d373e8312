package generate

import (
	"strings"
	"time"
)

type bRef struct {
	URI string `json:"uri"`
	CID string `json:"cid"`
}

type bReply struct {
	Root   bRef `json:"root"`
	Parent bRef `json:"parent"`
}

type bFeature struct {
	Type string `json:"$type"`
	DID  string `json:"did,omitempty"`
	Tag  string `json:"tag,omitempty"`
}

type bFacet struct {
	Index struct {
		ByteStart int `json:"byteStart"`
		ByteEnd   int `json:"byteEnd"`
	} `json:"index"`
	Features []bFeature `json:"features"`
}

type bEmbed struct {
	Type   string `json:"$type"`
	Record bRef   `json:"record"`
}

type bRecord struct {
	Type      string   `json:"$type"`
	Text      string   `json:"text"`
	CreatedAt string   `json:"createdAt"`
	Langs     []string `json:"langs"`
	Reply     *bReply  `json:"reply,omitempty"`
	Facets    []bFacet `json:"facets,omitempty"`
	Embed     *bEmbed  `json:"embed,omitempty"`
}

type bAuthor struct {
	DID         string `json:"did"`
	Handle      string `json:"handle"`
	DisplayName string `json:"displayName"`
	Description string `json:"description,omitempty"`
	CreatedAt   string `json:"createdAt"`
}

type bPost struct {
	URI         string   `json:"uri"`
	CID         string   `json:"cid"`
	Author      bAuthor  `json:"author"`
	Record      bRecord  `json:"record"`
	ReplyCount  int      `json:"replyCount"`
	RepostCount int      `json:"repostCount"`
	LikeCount   int      `json:"likeCount"`
	QuoteCount  int      `json:"quoteCount"`
	IndexedAt   string   `json:"indexedAt"`
	Labels      []string `json:"labels"`
}

func bskyURI(b *builder, p *post) string {
	return "at://" + b.members[p.author].did + "/app.bsky.feed.post/" + p.rkey
}

func bRefOf(b *builder, p *post) bRef {
	u := bskyURI(b, p)
	return bRef{URI: u, CID: cidOf(u)}
}

func bTime(ms int64) string {
	return time.UnixMilli(ms).UTC().Format("2006-01-02T15:04:05.000Z")
}

// postViewOf renders a post as a Bluesky PostView. Facets index the text in
// UTF-8 bytes, as the AT Protocol does.
func postViewOf(b *builder, p *post) *bPost {
	m := &b.members[p.author]
	uri := bskyURI(b, p)
	v := &bPost{URI: uri, CID: cidOf(uri),
		Author:    bAuthor{DID: m.did, Handle: m.bHandle, DisplayName: m.name, Description: m.bio, CreatedAt: bTime(m.created)},
		IndexedAt: bTime(p.ms + 350), Labels: []string{}}
	rec := bRecord{Type: "app.bsky.feed.post", CreatedAt: bTime(p.ms), Langs: []string{"en"}}
	var t strings.Builder
	facet := func(start int, f bFeature) {
		var fc bFacet
		fc.Index.ByteStart, fc.Index.ByteEnd = start, t.Len()
		fc.Features = []bFeature{f}
		rec.Facets = append(rec.Facets, fc)
	}
	for _, s := range p.segs {
		start := t.Len()
		switch s.kind {
		case segText:
			t.WriteString(s.s)
		case segMention:
			w := &b.members[s.who]
			t.WriteString("@" + w.bHandle)
			facet(start, bFeature{Type: "app.bsky.richtext.facet#mention", DID: w.did})
		case segTag:
			t.WriteString("#" + s.s)
			facet(start, bFeature{Type: "app.bsky.richtext.facet#tag", Tag: s.s})
		}
	}
	rec.Text = t.String()
	switch p.kind {
	case kReply:
		rec.Reply = &bReply{Root: bRefOf(b, p.root), Parent: bRefOf(b, p.parent)}
	case kQuote:
		rec.Embed = &bEmbed{Type: "app.bsky.embed.record", Record: bRefOf(b, p.ref)}
	}
	v.Record = rec
	return v
}
