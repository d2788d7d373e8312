package domain

import "time"

// Post is one post of a chat's transcript.
type Post struct {
	ID            string        `json:"id"`
	Text          string        `json:"text"`
	CreatedAt     time.Time     `json:"createdAt"`
	Account       string        `json:"account"`
	Author        *Professional `json:"author"`
	ReplyTo       *string       `json:"replyTo"`
	ReplyToAuthor *Professional `json:"replyToAuthor"`
}

// PostConnection is one page of a chat's transcript, oldest first.
type PostConnection struct {
	Nodes      []*Post  `json:"nodes"`
	PageInfo   PageInfo `json:"pageInfo"`
	TotalCount int      `json:"totalCount"`
}

// PostEdge is a post with its cursor.
type PostEdge struct {
	Cursor string `json:"cursor"`
	Node   *Post  `json:"node"`
}

// PostCursor is the cursor that pages after p: transcripts are ordered by
// (createdAt, id).
func PostCursor(p *Post) string {
	return EncodeCursor(p.CreatedAt.UTC().Format(time.RFC3339Nano), p.ID)
}

// MaxTieChats bounds the chats listed on one tie of an ego network; the
// count says how many there are in all.
const MaxTieChats = 5

// EgoNetwork is a professional, their partners and the ties among them.
type EgoNetwork struct {
	Members []*Professional `json:"members"`
	Ties    []*EgoTie       `json:"ties"`
}

// EgoTie is a conversational tie of an ego network, both directions together.
type EgoTie struct {
	A         *Professional `json:"a"`
	B         *Professional `json:"b"`
	Acts      int           `json:"acts"`
	Chats     []*Chat       `json:"chats"`
	ChatCount int           `json:"chatCount"`
}
