package domain

import (
	"context"
	"fmt"
	"strconv"
	"time"
)

// DefaultWindow is how far back a question looks when it is given no since.
const DefaultWindow = 180 * 24 * time.Hour

// ChatLister lists chats, newest first: what AnalysisUntil asks.
type ChatLister interface {
	Chats(ctx context.Context, f ChatFilter, page Page) (*ChatConnection, error)
}

// AnalysisUntil is where a window given no until ends, read from the
// store of record (loader analyze and export): WindowEnd of its newest
// chat. The server reads the newest chat from its read model instead
// (QuestionService.NewestChatEnd).
func AnalysisUntil(ctx context.Context, chats ChatLister, now time.Time) (time.Time, error) {
	newest, err := NewestChatEnd(ctx, chats)
	if err != nil {
		return time.Time{}, err
	}
	return WindowEnd(newest, now), nil
}

// NewestChatEnd is when the newest chat a store lists ended, zero with none.
func NewestChatEnd(ctx context.Context, chats ChatLister) (time.Time, error) {
	page, err := chats.Chats(ctx, ChatFilter{}, Page{First: 1})
	if err != nil {
		return time.Time{}, fmt.Errorf("the default window's end (the newest chat): %w", err)
	}
	if len(page.Nodes) == 0 {
		return time.Time{}, nil
	}
	return page.Nodes[0].EndsAt, nil
}

// WindowEnd is where every window given no until ends (the API's
// questions, startAnalysis, /export, loader analyze and export): the UTC
// midnight after the newest chat ends, so that an archive that ended a
// while ago is still read, as the dashboard's window does
// (web/src/state.js, defaultWindow); now when there is no chat.
func WindowEnd(newestChatEnd, now time.Time) time.Time {
	if newestChatEnd.IsZero() {
		return now.UTC()
	}
	e := newestChatEnd.UTC()
	return time.Date(e.Year(), e.Month(), e.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1)
}

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
	// IncludeOrganisations lists organisations' accounts as connectors
	// too; by default they are left out (their ties still count).
	IncludeOrganisations bool
}

// PeerQuery asks for peer suggestions.
type PeerQuery struct {
	OtherProfessionsOnly bool
	Professions          []string // canonical; empty for any
	Community            string
	Window               Window
	First                int
	// IncludeOrganisations suggests organisations' accounts too; by
	// default they are left out (an organisation is not a peer).
	IncludeOrganisations bool
}

// PeerReasons are what produced a suggestion.
type PeerReasons struct {
	MutualPartners []*Professional `json:"mutualPartners"`
	SharedChats    []*Chat         `json:"sharedChats"`
	SharedTopics   []string        `json:"sharedTopics"`
}

// PeerSuggestion is one suggested peer.
type PeerSuggestion struct {
	Professional *Professional   `json:"professional"`
	Score        float64         `json:"score"`
	Reasons      *PeerReasons    `json:"reasons"`
	ScoreParts   *PeerScoreParts `json:"scoreParts"`
}

// PeerScoreParts is a suggestion's score broken into its terms (package
// scoring's peer score): Score = (MutualPartners + SharedChats +
// SharedTopics + Responsiveness) × Spread.
type PeerScoreParts struct {
	MutualPartners float64 `json:"mutualPartners"`
	SharedChats    float64 `json:"sharedChats"`
	SharedTopics   float64 `json:"sharedTopics"`
	Responsiveness float64 `json:"responsiveness"`
	// AlreadySuggested is how many reports earlier in the same isolation
	// ranking have this peer among their first suggestions, and Spread
	// the factor that makes of it, 1/(1+AlreadySuggested); 0 and 1 outside
	// an isolation ranking.
	AlreadySuggested int     `json:"alreadySuggested"`
	Spread           float64 `json:"spread"`
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

// IsolationEvidence is what the flags and the score rest on.
type IsolationEvidence struct {
	Posts                   int        `json:"posts"`
	Chats                   int        `json:"chats"`
	RepliesReceived         int        `json:"repliesReceived"`
	Partners                int        `json:"partners"`
	CrossProfessionPartners int        `json:"crossProfessionPartners"`
	LastSeen                *time.Time `json:"lastSeen"`
	// Before the window, in the community's chats.
	ChatsBefore           int `json:"chatsBefore"`
	PostsBefore           int `json:"postsBefore"`
	RepliesReceivedBefore int `json:"repliesReceivedBefore"`
	// LastChatAt is the start of the member's latest chat of the
	// community before the window's end; DaysSinceLastChat the days from
	// it to the window's end.
	LastChatAt        *time.Time `json:"lastChatAt"`
	DaysSinceLastChat float64    `json:"daysSinceLastChat"`
	Newcomer          bool       `json:"newcomer"`
	Active            bool       `json:"active"`
}

// SpreadReach is how many reports before a page of an isolation ranking
// count towards its suggestions' spread penalties (scoring.Spread), with
// those above each report on the page: enough to spread welcomers over
// what a coordinator reads at a sitting, and a bound on what a page far
// down costs, which suggests for every report counted (some milliseconds
// each at 100,000 members; the cost model charges them).
const SpreadReach = 50

// IsolationReport is one member's isolation in a community.
type IsolationReport struct {
	Professional *Professional   `json:"professional"`
	Score        float64         `json:"score"`
	Flags        []IsolationFlag `json:"flags"`
	// Recency is the factor every part of the score carries: exp(−d/τ)
	// for d days since the member's latest chat of the community.
	Recency float64 `json:"recency"`
	// ScoreParts are what each term adds to the score.
	ScoreParts []*IsolationScorePart `json:"scoreParts"`
	Evidence   IsolationEvidence     `json:"evidence"`
	// Suggestions are the report's suggested peers, best first, when the
	// question asked for them (IsolationQuery.Suggestions): scored in the
	// ranking's order with the spread penalty, so they depend on the
	// reports before this one.
	Suggestions []*PeerSuggestion `json:"-"`
}

// IsolationTerm names a term of the isolation score.
type IsolationTerm string

const (
	TermUnanswered    IsolationTerm = "UNANSWERED"
	TermFewPartners   IsolationTerm = "FEW_PARTNERS"
	TermOwnProfession IsolationTerm = "OWN_PROFESSION"
	TermNewcomer      IsolationTerm = "NEWCOMER"
)

// IsolationScorePart is what one term adds to an isolation score:
// Points = recency × Weight × Value.
type IsolationScorePart struct {
	Term   IsolationTerm `json:"term"`
	Value  float64       `json:"value"`
	Weight float64       `json:"weight"`
	Points float64       `json:"points"`
}

// IsolationActivity narrows an isolation ranking to members who took part
// in the window or to those who lapsed.
type IsolationActivity string

const (
	ActivityActive IsolationActivity = "ACTIVE"
	ActivityLapsed IsolationActivity = "LAPSED"
)

// IsolationQuery asks for one page of a community's isolation ranking.
type IsolationQuery struct {
	Community string
	Window    Window
	Page      Page
	// Flags keeps the reports with any of them; none keeps every report.
	Flags []IsolationFlag
	// Activity keeps active or lapsed members; "" keeps both.
	Activity IsolationActivity
	// IncludeOrganisations ranks organisations' accounts too, and
	// suggests them as peers (both left out by default: an organisation
	// is not a peer). An organisation that answers a member still counts
	// as that member's partner.
	IncludeOrganisations bool
	// Suggestions is how many suggested peers each report of the page
	// carries (0: none).
	Suggestions int
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
	// LeaveOut names classes (professions, "unknown" for none) whose acts
	// are left out of the cells and the E–I indices.
	LeaveOut []string
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
	// LeftOut counts what LinkQuery.LeaveOut left out of the period.
	LeftOut LeftOutActs `json:"leftOut"`
}

// LeftOutActs counts the acts left out of profession links: the acts, the
// distinct undirected pairs behind them, and the distinct professionals
// making them, which small-cell suppression is measured by.
type LeftOutActs struct {
	Acts   int `json:"acts"`
	Pairs  int `json:"pairs"`
	People int `json:"-"`
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

// ChatMix classes the chat a tie was first made in by the professions of
// its participants.
type ChatMix string

const (
	// MixMultiProfession: participants of at least k professions.
	MixMultiProfession ChatMix = "MULTI_PROFESSION"
	// MixSingleProfession: participants of one profession.
	MixSingleProfession ChatMix = "SINGLE_PROFESSION"
)

// PersistenceQuery asks whether ties made in multidisciplinary chats last:
// the ties first made in a chat that starts in the window (and, with a
// community, is one of its chats), by community, month and chat mix.
type PersistenceQuery struct {
	Community string
	Window    Window
	// MinProfessions is k: a chat is multidisciplinary when its
	// participants span at least k professions.
	MinProfessions int
}

// TiePersistence is one cell of the answer: the ties first made in the
// community's chats of one mix that started in one month, and how many of
// them recurred within each horizon.
type TiePersistence struct {
	Community string                `json:"community"`
	Month     time.Time             `json:"month"`
	Mix       ChatMix               `json:"mix"`
	Ties      int                   `json:"ties"`
	Horizons  []*PersistenceHorizon `json:"horizons"`
	// People is how many distinct professionals make the cell's ties,
	// which small-cell suppression is measured by.
	People int `json:"-"`
}

// PersistenceHorizon counts the ties that recurred within Days of the
// start of the chat they were first made in: Observable are those whose
// horizon ends before the graph's newest act (the others cannot be told
// yet), Recurred those of them with an act between the two after that
// chat ended and within the horizon.
type PersistenceHorizon struct {
	Days       int      `json:"days"`
	Observable int      `json:"observable"`
	Recurred   int      `json:"recurred"`
	Share      *float64 `json:"share"`
}
