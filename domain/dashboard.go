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

// Viewer is the caller as their token says, for the dashboard's header and
// defaults.
type Viewer struct {
	Role         Role     `json:"role"`
	Professional *string  `json:"professional"`
	Communities  []string `json:"communities"`
}

// ViewerOf is what a principal may say of itself.
func ViewerOf(p Principal) *Viewer {
	v := &Viewer{Role: p.Role, Communities: []string{}}
	if p.Professional != "" {
		id := p.Professional
		v.Professional = &id
	}
	if p.Role == RoleCoordinator {
		v.Communities = append(v.Communities, p.Communities...)
	}
	return v
}

// ConversationNetwork is a window's conversational-tie graph (the analysis
// step's projection), for drawing it whole.
type ConversationNetwork struct {
	Community *string        `json:"community"`
	Since     time.Time      `json:"since"`
	Until     time.Time      `json:"until"`
	Nodes     []*NetworkNode `json:"nodes"`
	Ties      []*NetworkTie  `json:"ties"`
}

// NetworkNode is a professional of a conversation network with their
// degrees and conversational acts in it.
type NetworkNode struct {
	Professional *Professional `json:"professional"`
	Degree       int           `json:"degree"`
	InDegree     int           `json:"inDegree"`
	OutDegree    int           `json:"outDegree"`
	ActsReceived int           `json:"actsReceived"`
	ActsSent     int           `json:"actsSent"`
}

// NetworkTie is an undirected pair of a conversation network: indices into
// its nodes, Source < Target, and the acts both ways.
type NetworkTie struct {
	Source int `json:"source"`
	Target int `json:"target"`
	Acts   int `json:"acts"`
}
