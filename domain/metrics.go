package domain

import (
	"fmt"
	"strconv"
	"time"
)

// Analysis is one run of the analysis step that finished and was written
// back: its window, community and when its figures were computed.
type Analysis struct {
	ID string `json:"id"`
	// Community is nil for an analysis of every community's ties.
	Community  *string   `json:"community"`
	Since      time.Time `json:"since"`
	Until      time.Time `json:"until"`
	ComputedAt time.Time `json:"computedAt"`
	Nodes      int       `json:"nodes"`
	Edges      int       `json:"edges"`
	Modularity float64   `json:"modularity"`
	Clusters   int       `json:"clusters"`
	// Betweenness is exact up to 50,000 nodes; above, sampled from Pivots
	// sources, every node within ±ErrorBound (normalised) with probability
	// Confidence.
	BetweennessExact      bool    `json:"betweennessExact"`
	Pivots                int     `json:"pivots"`
	BetweennessErrorBound float64 `json:"betweennessErrorBound"`
	Confidence            float64 `json:"confidence"`
	// ProfessionEI is each profession's E–I index over the analysis's ties.
	ProfessionEI []*ProfessionEI `json:"professionEI"`
	// Brokerage sums the Gould–Fernandez roles of every broker per ordered
	// pair of professions.
	Brokerage []*ProfessionPairBrokerage `json:"brokerage"`
	// Network is the whole network's measures; nil for an analysis written
	// before they were computed.
	Network *NetworkMeasures `json:"network"`

	// How the analysis ran (issue 19): the community method and its
	// resolution, the seed, and what chose exact or sampled betweenness.
	CommunityMethod CommunityMethod `json:"communityMethod"`
	Resolution      float64         `json:"resolution"`
	Seed            string          `json:"seed"`
	// BetweennessChosenBy is EXACT (every source, nothing asked), BUDGET
	// (a timed probe against BetweennessBudgetSeconds), PIVOTS (a sample
	// size was given) or EXACT_UP_TO (a size cutoff was given).
	BetweennessChosenBy              BetweennessChoice `json:"betweennessChosenBy"`
	BetweennessBudgetSeconds         *float64          `json:"betweennessBudgetSeconds"`
	BetweennessEstimatedExactSeconds *float64          `json:"betweennessEstimatedExactSeconds"`
	// ProfessionGroupBetweenness is each profession's Everett–Borgatti
	// group betweenness as a set.
	ProfessionGroupBetweenness []*ProfessionGroupBetweenness `json:"professionGroupBetweenness"`
	// PairBetweenness is, per pair of professions with shortest paths
	// between them, how many ordered pairs those paths join and the sum of
	// every professional's share of them.
	PairBetweenness []*ProfessionPairPaths `json:"pairBetweenness"`
}

// BetweennessMode says in words how betweenness was computed.
func (a *Analysis) BetweennessMode() string {
	how := "exact"
	if !a.BetweennessExact {
		how = fmt.Sprintf("sampled from %d sources, every value within ±%.4f with %.0f%% confidence", a.Pivots, a.BetweennessErrorBound, 100*a.Confidence)
	}
	switch a.BetweennessChosenBy {
	case BetweennessByBudget:
		how += fmt.Sprintf(" (chosen by the %.0f s budget: exact estimated at %.1f s)", deref(a.BetweennessBudgetSeconds), deref(a.BetweennessEstimatedExactSeconds))
	case BetweennessByPivots:
		how += " (pivots given)"
	case BetweennessByExactUpTo:
		how += " (exact-up-to given)"
	}
	return how
}

func deref(f *float64) float64 {
	if f == nil {
		return 0
	}
	return *f
}

// CommunityMethod names the community detection method of an analysis.
type CommunityMethod string

const (
	CommunityLouvain CommunityMethod = "LOUVAIN"
	CommunityLeiden  CommunityMethod = "LEIDEN"
)

// BetweennessChoice says what chose exact or sampled betweenness.
type BetweennessChoice string

const (
	BetweennessByDefault   BetweennessChoice = "EXACT"
	BetweennessByBudget    BetweennessChoice = "BUDGET"
	BetweennessByPivots    BetweennessChoice = "PIVOTS"
	BetweennessByExactUpTo BetweennessChoice = "EXACT_UP_TO"
)

// ProfessionGroupBetweenness is Everett & Borgatti's group betweenness of
// one profession as a set (networkx's group_betweenness_centrality).
type ProfessionGroupBetweenness struct {
	Profession string  `json:"profession"`
	Size       int     `json:"size"`
	Raw        float64 `json:"raw"`
	Normalized float64 `json:"normalized"`
}

// ProfessionPairPaths is one pair of professions' pair betweenness in an
// analysis: Paths is how many ordered pairs (a, b) shortest paths join (a
// in one, b in the other), Shares the sum of every professional's share
// of them.
type ProfessionPairPaths struct {
	Between string  `json:"between"`
	And     string  `json:"and"`
	Paths   float64 `json:"paths"`
	Shares  float64 `json:"shares"`
}

// PairBetweennessShare is one professional's share of the shortest paths
// between two professions (pair betweenness).
type PairBetweennessShare struct {
	Between string  `json:"between"`
	And     string  `json:"and"`
	Share   float64 `json:"share"`
}

// PairBetweennessQuery asks for one page of the professionals by their
// share of the shortest paths between two professions, in an analysis.
type PairBetweennessQuery struct {
	Between, And string // canonical professions
	Analysis     AnalysisSelector
	Page         Page
}

// PairBetweennessEntry is one professional's share in the list.
type PairBetweennessEntry struct {
	Professional *Professional `json:"professional"`
	Share        float64       `json:"share"`
}

// Cursor is the entry's place in the list (share, then id).
func (e *PairBetweennessEntry) Cursor() string {
	return EncodeCursor(strconv.FormatFloat(e.Share, 'g', -1, 64), e.Professional.ID)
}

// PairBetweennessConnection is one page of the list, with the analysis it
// comes from, how many professionals have a share (TotalCount) and the
// pair's totals.
type PairBetweennessConnection struct {
	Analysis   *Analysis               `json:"analysis"`
	Between    string                  `json:"between"`
	And        string                  `json:"and"`
	Nodes      []*PairBetweennessEntry `json:"nodes"`
	PageInfo   PageInfo                `json:"pageInfo"`
	TotalCount int                     `json:"totalCount"`
	Paths      float64                 `json:"paths"`
	Shares     float64                 `json:"shares"`
}

// PairBetweennessEdge is an entry with its cursor.
type PairBetweennessEdge struct {
	Cursor string                `json:"cursor"`
	Node   *PairBetweennessEntry `json:"node"`
}

// ProfessionPairBrokerage is the roles brokers play in chains a→X→b from
// profession From to profession To, summed over every broker.
type ProfessionPairBrokerage struct {
	From  string         `json:"from"`
	To    string         `json:"to"`
	Roles BrokerageRoles `json:"roles"`
}

// AnalysisSelector picks the analysis a question reads: the most recently
// computed one of Community ("" for all) whose window starts on Since's day
// and ends on Until's day (UTC), each only when given.
type AnalysisSelector struct {
	Community    string
	Since, Until *time.Time
}

// ProfessionalMetrics are one professional's figures in one analysis.
type ProfessionalMetrics struct {
	Analysis       *Analysis      `json:"analysis"`
	InDegree       int            `json:"inDegree"`
	OutDegree      int            `json:"outDegree"`
	Degree         int            `json:"degree"`
	Strength       float64        `json:"strength"`
	Betweenness    float64        `json:"betweenness"`
	BetweennessRaw float64        `json:"betweennessRaw"`
	Constraint     *float64       `json:"constraint"`
	EffectiveSize  *float64       `json:"effectiveSize"`
	Cluster        int            `json:"cluster"`
	Brokerage      BrokerageRoles `json:"brokerage"`
	// The centrality measures added by issue 19 (package analysis documents
	// each); nil in an analysis written before they were computed.
	Closeness           *float64 `json:"closeness"`
	Harmonic            *float64 `json:"harmonic"`
	PageRank            *float64 `json:"pageRank"`
	Eigenvector         *float64 `json:"eigenvector"`
	Clustering          *float64 `json:"clustering"`
	CoreNumber          *int     `json:"coreNumber"`
	BetweennessDirected *float64 `json:"betweennessDirected"`
	BetweennessWeighted *float64 `json:"betweennessWeighted"`
	// PairBetweenness are this professional's nonzero shares of the
	// shortest paths between pairs of professions.
	PairBetweenness []*PairBetweennessShare `json:"pairBetweenness"`
}

// Cluster is one Louvain community of an analysis.
type Cluster struct {
	ID                  int                `json:"id"`
	Size                int                `json:"size"`
	ProfessionMix       []*ProfessionCount `json:"professionMix"`
	BlauIndex           float64            `json:"blauIndex"`
	Multidisciplinarity float64            `json:"multidisciplinarity"`
	External            int                `json:"external"`
	Internal            int                `json:"internal"`
	EIIndex             *float64           `json:"eiIndex"`
	// Members are the most central members (by betweenness), as many as asked.
	Members []*Professional `json:"members"`
}

// ClusterReport is the communities of one analysis.
type ClusterReport struct {
	Analysis *Analysis  `json:"analysis"`
	Clusters []*Cluster `json:"clusters"`
}

// AnalysisStatus is where an analysis run is.
type AnalysisStatus string

const (
	AnalysisQueued  AnalysisStatus = "QUEUED"
	AnalysisRunning AnalysisStatus = "RUNNING"
	AnalysisDone    AnalysisStatus = "DONE"
	AnalysisFailed  AnalysisStatus = "FAILED"
)

// AnalysisRun is the progress of one analysis started through the API.
type AnalysisRun struct {
	ID         string         `json:"id"`
	Status     AnalysisStatus `json:"status"`
	Community  *string        `json:"community"`
	Since      time.Time      `json:"since"`
	Until      time.Time      `json:"until"`
	Stage      string         `json:"stage"`
	StageDone  int            `json:"stageDone"`
	StageTotal int            `json:"stageTotal"`
	StartedAt  time.Time      `json:"startedAt"`
	FinishedAt *time.Time     `json:"finishedAt"`
	Error      *string        `json:"error"`
	// AnalysisID is the written analysis, once DONE.
	AnalysisID string `json:"-"`
}

// AnalysisSettings are startAnalysis's settings; nil takes the default.
type AnalysisSettings struct {
	Seed                     *int             `json:"seed"`
	Communities              *CommunityMethod `json:"communities"`
	Resolution               *float64         `json:"resolution"`
	Restarts                 *int             `json:"restarts"`
	Pivots                   *int             `json:"pivots"`
	ExactUpTo                *int             `json:"exactUpTo"`
	BetweennessBudgetSeconds *float64         `json:"betweennessBudgetSeconds"`
}
