package rank

import (
	"cmp"
	"math"
	"slices"
)

// Mutual is a partner shared by M and a candidate, with its number of
// conversational partners (its degree) in the window.
type Mutual struct {
	ID     string
	Degree int
}

// SharedChat is a chat both M and a candidate took part in, with its number
// of participants.
type SharedChat struct {
	ID   string
	Size int
}

// PeerEvidence is what links a candidate to M.
type PeerEvidence struct {
	ID             string
	MutualPartners []Mutual
	SharedChats    []SharedChat
	SharedTopics   []string
	// Answers is how many conversational acts the candidate addressed to
	// others in the window: how readily they answer.
	Answers int
}

// PeerScore is a scored candidate with the reasons that scored it.
type PeerScore struct {
	ID      string
	Score   float64
	Mutual  []string
	Chats   []string
	Topics  []string
	Answers int
}

// Weights of the parts of a peer score beside Adamic–Adar.
const (
	// TopicWeight is added per shared chat topic (a topic both discussed, in
	// the same chat or not).
	TopicWeight = 0.25
	// AnswerWeight scales ln(1+answers) for an isolated M, who needs
	// members who answer others often.
	AnswerWeight = 0.1
)

// ScorePeers scores candidates for M:
//
//	score = Σ_{z mutual} 1/ln(deg z)          (Adamic–Adar over conversational partners)
//	      + Σ_{shared chats c} 1/ln(size c)    (a small chat says more than a crowded one)
//	      + TopicWeight × |shared topics|
//	      + AnswerWeight × ln(1 + answers)     (only when M is isolated)
//
// A degree or size below 2 cannot occur for a real mutual partner or shared
// chat (both M and the candidate count) and is treated as 2. Candidates with
// no reason are dropped. Best first, ties by id.
func ScorePeers(candidates []PeerEvidence, isolated bool) []PeerScore {
	var out []PeerScore
	for _, c := range candidates {
		s := PeerScore{ID: c.ID, Answers: c.Answers}
		for _, z := range c.MutualPartners {
			s.Score += 1 / math.Log(float64(max(z.Degree, 2)))
			s.Mutual = append(s.Mutual, z.ID)
		}
		for _, ch := range c.SharedChats {
			s.Score += 1 / math.Log(float64(max(ch.Size, 2)))
			s.Chats = append(s.Chats, ch.ID)
		}
		s.Score += TopicWeight * float64(len(c.SharedTopics))
		s.Topics = append(s.Topics, c.SharedTopics...)
		if isolated && c.Answers > 0 {
			s.Score += AnswerWeight * math.Log1p(float64(c.Answers))
		}
		if s.Score <= 0 {
			continue
		}
		slices.Sort(s.Mutual)
		slices.Sort(s.Chats)
		slices.Sort(s.Topics)
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b PeerScore) int {
		if d := cmp.Compare(b.Score, a.Score); d != 0 {
			return d
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}
