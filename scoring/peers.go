package scoring

import (
	"cmp"
	"math"
)

// A peer suggestion for M scores a candidate as
//
//	score = Σ_{z mutual} MutualPartner(deg z)   (Adamic–Adar over conversational partners)
//	      + Σ_{shared chats c} SharedChat(size c) (a small chat says more than a crowded one)
//	      + SharedTopics(|shared topics|)
//	      + Answering(answers)                    (when M is isolated: no partner in the window, or in an isolation report)
//
// and, for the suggestions of an isolation report, multiplied by
// Spread(n), n the reports earlier in the same ranking (at most
// domain.SpreadReach before the page asked for) that already have the
// candidate among their first SpreadDepth suggestions: one welcoming
// member is not offered to every isolated member of a community.
//
// where a mutual partner is a conversational partner of both in the window
// and its degree its number of partners there, a shared chat one both took
// part in, a shared topic a chat topic both discussed (in the same chat or
// not), and answers the conversational ties the candidate made in the
// window. A candidate with no reason (score 0) is no suggestion.

// Weights of the parts of a peer score beside Adamic–Adar.
const (
	// TopicWeight is added per shared chat topic.
	TopicWeight = 0.25
	// AnswerWeight scales ln(1+answers) for an isolated M, who needs
	// members who answer others often.
	AnswerWeight = 0.1
)

// MutualPartner is what a mutual partner of the given degree adds:
// 1/ln(degree). A degree below 2 cannot occur for a real mutual partner
// (both M and the candidate count) and is taken as 2.
func MutualPartner(degree int) float64 { return 1 / math.Log(float64(max(degree, 2))) }

// SharedChat is what a chat of the given size (participants) both took
// part in adds: 1/ln(size), a size below 2 taken as 2.
func SharedChat(size int) float64 { return 1 / math.Log(float64(max(size, 2))) }

// SharedTopics is what n shared topics add.
func SharedTopics(n int) float64 { return TopicWeight * float64(n) }

// Answering is what a candidate who made answers conversational ties in
// the window adds for an isolated M.
func Answering(answers int) float64 {
	if answers <= 0 {
		return 0
	}
	return AnswerWeight * math.Log1p(float64(answers))
}

// IsolatedCandidates is how many of an isolated M's community members, those
// who answer others most, become candidates besides those found through
// partners, chats and topics.
const IsolatedCandidates = 50

// SpreadDepth is how many of a report's first suggestions count towards
// the spread penalty of the reports after it.
const SpreadDepth = 3

// Spread is the factor of a candidate already among the first
// SpreadDepth suggestions of n earlier reports of the same isolation
// ranking: 1/(1+n), so a second report gets half its score, a third a
// third.
func Spread(n int) float64 { return 1 / float64(1+max(n, 0)) }

// PeerParts are the terms of a peer score.
type PeerParts struct {
	Mutual, Chats, Topics, Answering float64
}

// Sum is the score before any spread penalty.
func (p PeerParts) Sum() float64 { return p.Mutual + p.Chats + p.Topics + p.Answering }

// Peer is a scored candidate with the reasons that scored it, each list
// sorted.
type Peer struct {
	ID      string
	Score   float64
	Parts   PeerParts
	Mutual  []string // mutual partners
	Chats   []string // shared chats
	Topics  []string // shared topics
	Answers int      // counted for an isolated M only
	// AlreadySuggested is the spread penalty's n (0 outside an isolation
	// ranking).
	AlreadySuggested int
}

// Round is a score as suggestions report and compare it: to nine
// decimals, so that the order of its terms' sum (which follows where the
// evidence sits in memory) cannot reorder two candidates of one score.
func Round(score float64) float64 { return math.Round(score*1e9) / 1e9 }

// ComparePeers orders suggestions: the best score first, then by id.
func ComparePeers(a, b Peer) int {
	if d := cmp.Compare(b.Score, a.Score); d != 0 {
		return d
	}
	return cmp.Compare(a.ID, b.ID)
}
