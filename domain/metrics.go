package domain

import "time"

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
