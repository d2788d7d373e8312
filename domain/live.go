package domain

import "time"

// LiveChat is a chat as it happens, for its hosts: who has joined, how
// lively it is, and above all who is still waiting for an answer, with
// those in the chat now who could welcome them.
type LiveChat struct {
	Chat *Chat `json:"chat"`
	// Community is the chat's community (its first, for a chat of several).
	Community string `json:"community"`
	// Version is the graph's data version the answer was read at.
	Version string `json:"version"`
	// At is when the answer was made: the waits are counted to it.
	At           time.Time `json:"at"`
	Participants int       `json:"participants"`
	Posts        int       `json:"posts"`
	// PostsPerMinute are the chat's posts a minute so far: from its start
	// to now (or its end, once over).
	PostsPerMinute float64 `json:"postsPerMinute"`
	// ReplyRate is the share of the chat's posts that answer another
	// post, and AnsweredShare the share of participants who received a
	// reply or mention (the chat summary's figures).
	ReplyRate     float64 `json:"replyRate"`
	AnsweredShare float64 `json:"answeredShare"`
	// Joined are the participants, the latest to join first.
	Joined []*LiveParticipant `json:"joined"`
	// Waiting are those whose posts are still unanswered, newcomers
	// first, then the longest waiting.
	Waiting []*LiveWaiting `json:"waiting"`
}

// LiveParticipant is one professional in a live chat.
type LiveParticipant struct {
	ID         string    `json:"id"`
	Name       string    `json:"name"`
	Handle     string    `json:"handle"`
	Profession string    `json:"profession"`
	Joined     time.Time `json:"joined,omitzero"` // their first post in the chat
	Posts      int       `json:"posts"`
	Received   int       `json:"received"` // replies and mentions from others
	// Newcomer: this is the first of the community's chats they take
	// part in.
	Newcomer bool `json:"newcomer"`
	// Answers are the conversational ties they made in the chat's window
	// (how readily they answer others); set for welcomers.
	Answers int `json:"answers,omitempty"`
}

// LiveWaiting is a participant whose posts no one has answered yet, with
// suggested welcomers: others in the chat now, other professions first,
// scored as peer suggestions are (people who answer often count for those
// with no partner).
type LiveWaiting struct {
	*LiveParticipant
	// WaitingFor is how long since their first post, in seconds.
	WaitingFor float64            `json:"waitingFor"`
	Welcomers  []*LiveParticipant `json:"welcomers"`
}
