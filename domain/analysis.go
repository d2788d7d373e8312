package domain

import (
	"strconv"
	"time"
)

// DefaultWindow is how far back a question looks when it is given no since.
const DefaultWindow = 180 * 24 * time.Hour

// TieCounts says how one direction of a tie was used.
type TieCounts struct {
	Replies        int `json:"replies"`
	Mentions       int `json:"mentions"`
	Quotes         int `json:"quotes"`
	Reposts        int `json:"reposts"`
	Conversational int `json:"conversational"`
}

// Partner is a conversational partner of a professional, with the tie both ways.
type Partner struct {
	Professional *Professional `json:"professional"`
	Sent         TieCounts     `json:"sent"`
	Received     TieCounts     `json:"received"`
	FirstAt      *time.Time    `json:"firstAt"`
	LastAt       *time.Time    `json:"lastAt"`
	Chats        int           `json:"chats"`
}

// Acts is the number of conversational acts both ways, which orders partners.
func (p *Partner) Acts() int { return p.Sent.Conversational + p.Received.Conversational }

// PartnerConnection is one page of a professional's partners.
type PartnerConnection struct {
	Nodes      []*Partner `json:"nodes"`
	PageInfo   PageInfo   `json:"pageInfo"`
	TotalCount int        `json:"totalCount"`
}

// PartnerEdge is a partner with its cursor.
type PartnerEdge struct {
	Cursor string   `json:"cursor"`
	Node   *Partner `json:"node"`
}

// ProfessionCount is how many of something belong to one profession.
type ProfessionCount struct {
	Profession string `json:"profession"`
	Count      int    `json:"count"`
	// Withheld is set by the access layer for a caller who may not see this
	// cell beside the others (complementary suppression).
	Withheld bool `json:"-"`
}

// TermCount is a word and how often it was used.
type TermCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// ChatSummary describes how a chat went.
type ChatSummary struct {
	Participants        int                `json:"participants"`
	Posts               int                `json:"posts"`
	ReplyRate           float64            `json:"replyRate"`
	AnsweredShare       float64            `json:"answeredShare"`
	ProfessionMix       []*ProfessionCount `json:"professionMix"`
	CrossProfessionTies int                `json:"crossProfessionTies"`
	// Terms are every counted term, most used first; topTerms pages them.
	Terms []*TermCount `json:"-"`
}

// BrokerageRoles counts Gould–Fernandez roles.
type BrokerageRoles struct {
	Coordinator    int `json:"coordinator"`
	Itinerant      int `json:"itinerant"`
	Gatekeeper     int `json:"gatekeeper"`
	Representative int `json:"representative"`
	Liaison        int `json:"liaison"`
}

// Connector is a professional who brokers between two professions.
type Connector struct {
	Professional    *Professional  `json:"professional"`
	BrokeredPairs   int            `json:"brokeredPairs"`
	Roles           BrokerageRoles `json:"roles"`
	PartnersBetween int            `json:"partnersBetween"`
	PartnersAnd     int            `json:"partnersAnd"`
	// Query is the question that found this connector: its share of the
	// shortest paths (groupBetweenness) is read for it from an analysis.
	Query ConnectorQuery `json:"-"`
}

// ConnectorQuery asks who connects profession Between with profession And.
type ConnectorQuery struct {
	Between, And string // canonical professions
	Community    string
	Window       Window
	First        int
	// Analysis picks the analysis groupBetweenness is read from.
	Analysis AnalysisSelector
}

// PeerQuery asks for peer suggestions.
type PeerQuery struct {
	OtherProfessionsOnly bool
	Professions          []string // canonical; empty for any
	Community            string
	Window               Window
	First                int
}

// PeerReasons are what produced a suggestion.
type PeerReasons struct {
	MutualPartners []*Professional `json:"mutualPartners"`
	SharedChats    []*Chat         `json:"sharedChats"`
	SharedTopics   []string        `json:"sharedTopics"`
}

// PeerSuggestion is one suggested peer.
type PeerSuggestion struct {
	Professional *Professional `json:"professional"`
	Score        float64       `json:"score"`
	Reasons      *PeerReasons  `json:"reasons"`
}

// IsolationFlag names one way a member looks isolated.
type IsolationFlag string

const (
	FlagNoPartners         IsolationFlag = "NO_PARTNERS"
	FlagUnanswered         IsolationFlag = "UNANSWERED"
	FlagSingleProfession   IsolationFlag = "SINGLE_PROFESSION"
	FlagLapsed             IsolationFlag = "LAPSED"
	FlagUnwelcomedNewcomer IsolationFlag = "UNWELCOMED_NEWCOMER"
	FlagPeripheral         IsolationFlag = "PERIPHERAL"
)

// IsolationEvidence is what the flags rest on.
type IsolationEvidence struct {
	Posts                   int        `json:"posts"`
	Chats                   int        `json:"chats"`
	RepliesReceived         int        `json:"repliesReceived"`
	Partners                int        `json:"partners"`
	CrossProfessionPartners int        `json:"crossProfessionPartners"`
	LastSeen                *time.Time `json:"lastSeen"`
}

// IsolationReport is one member's isolation in a community.
type IsolationReport struct {
	Professional *Professional   `json:"professional"`
	Score        float64         `json:"score"`
	Flags        []IsolationFlag `json:"flags"`
	// ScoreParts are what each flag adds to the score.
	ScoreParts []*IsolationScorePart `json:"scoreParts"`
	Evidence   IsolationEvidence     `json:"evidence"`
	// Query is what suggestedPeers asks: the same community and window.
	Query PeerQuery `json:"-"`
}

// IsolationScorePart is what one flag adds to an isolation score.
type IsolationScorePart struct {
	Flag   IsolationFlag `json:"flag"`
	Weight float64       `json:"weight"`
}

// IsolationQuery asks for one page of a community's isolation ranking.
type IsolationQuery struct {
	Community string
	Window    Window
	Page      Page
}

// IsolationCursor names a report in the isolation ranking (score, then id),
// for paging it before or after the reports are completed.
func IsolationCursor(score float64, professionalID string) string {
	return EncodeCursor(strconv.FormatFloat(score, 'f', -1, 64), professionalID)
}

// Cursor is the report's place in the isolation ranking.
func (r *IsolationReport) Cursor() string { return IsolationCursor(r.Score, r.Professional.ID) }

// IsolationConnection is one page of isolation reports.
type IsolationConnection struct {
	Nodes          []*IsolationReport `json:"nodes"`
	PageInfo       PageInfo           `json:"pageInfo"`
	TotalCount     int                `json:"totalCount"`
	MedianPartners float64            `json:"medianPartners"`
}

// IsolationEdge is a report with its cursor.
type IsolationEdge struct {
	Cursor string           `json:"cursor"`
	Node   *IsolationReport `json:"node"`
}

// Interval splits a window into periods.
type Interval string

const IntervalMonth Interval = "MONTH"

// LinkQuery asks for the profession matrix.
type LinkQuery struct {
	Community string
	Window    Window
	Interval  Interval // "" for one period
}

// ProfessionLink is one cell of the profession matrix.
type ProfessionLink struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Ties  int    `json:"ties"`
	Pairs int    `json:"pairs"`
	// People is how many distinct professionals make the cell (either
	// side), which small-cell suppression is measured by.
	People int `json:"-"`
	// Withheld: see ProfessionCount.
	Withheld bool `json:"-"`
}

// ProfessionEI is one profession's E–I index.
type ProfessionEI struct {
	Profession string   `json:"profession"`
	External   int      `json:"external"`
	Internal   int      `json:"internal"`
	EIIndex    *float64 `json:"eiIndex"`
	// People is how many professionals of this profession have a tie in
	// the period, which small-cell suppression is measured by.
	People int `json:"-"`
	// Withheld: see ProfessionCount.
	Withheld bool `json:"-"`
}

// EIIndex is Krackhardt and Stern's (1988) E–I index of a group with
// external ties to other groups and internal ties within it:
// (E − I)/(E + I), from −1 (all internal) to 1 (all external); nil for a
// group with no tie.
func EIIndex(external, internal int) *float64 {
	n := external + internal
	if n == 0 {
		return nil
	}
	v := float64(external-internal) / float64(n)
	return &v
}

// ProfessionLinkPeriod is the matrix for one period.
type ProfessionLinkPeriod struct {
	Since       time.Time         `json:"since"`
	Until       time.Time         `json:"until"`
	Cells       []*ProfessionLink `json:"cells"`
	Professions []*ProfessionEI   `json:"professions"`
}

// PathStep is one tie of a path.
type PathStep struct {
	From  *Professional `json:"from"`
	To    *Professional `json:"to"`
	Chats []*Chat       `json:"chats"`
}

// Path is a chain of conversational ties.
type Path struct {
	Hops          int             `json:"hops"`
	Professionals []*Professional `json:"professionals"`
	Steps         []*PathStep     `json:"steps"`
}
