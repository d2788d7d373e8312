package ingest

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
)

// Window is a chat's time and hashtag, as the assigner needs it.
type Window struct {
	ID       string
	Hashtag  string
	StartsAt time.Time
	EndsAt   time.Time
}

// Assigner puts posts into chats by hashtag and time: a post belongs to a
// chat when it carries the chat's hashtag and was made between the chat's
// start less the grace and its end plus the grace. Posts that carry no
// hashtag of a chat are left to the store, which puts an answer into the
// chat of the post it answers.
type Assigner struct {
	grace     time.Duration
	byHashtag map[string][]Window // sorted by start
}

// NewAssigner indexes the chats by hashtag.
func NewAssigner(chats []Window, grace time.Duration) *Assigner {
	a := &Assigner{grace: grace, byHashtag: map[string][]Window{}}
	for _, c := range chats {
		a.Add(c)
	}
	return a
}

// Add indexes one more chat; a chat already indexed (same id) is replaced.
func (a *Assigner) Add(c Window) {
	tag := strings.ToLower(c.Hashtag)
	list := slices.DeleteFunc(a.byHashtag[tag], func(w Window) bool { return w.ID == c.ID })
	i := sort.Search(len(list), func(i int) bool { return !list[i].StartsAt.Before(c.StartsAt) })
	a.byHashtag[tag] = slices.Insert(list, i, c)
}

// Assign returns the chat of a post with these hashtags made at t, or "".
// When two chats qualify (overlapping graces), the one whose own span is
// nearest to t wins, so a post is never counted in two chats.
func (a *Assigner) Assign(hashtags []string, t time.Time) string {
	best, bestDist := "", time.Duration(-1)
	for _, tag := range hashtags {
		list := a.byHashtag[tag]
		// The first chat that could still contain t: ends (plus grace) at or after t.
		i := sort.Search(len(list), func(i int) bool { return !list[i].EndsAt.Add(a.grace).Before(t) })
		for ; i < len(list) && !list[i].StartsAt.Add(-a.grace).After(t); i++ {
			w := list[i]
			if t.Before(w.StartsAt.Add(-a.grace)) || t.After(w.EndsAt.Add(a.grace)) {
				continue
			}
			d := distance(t, w)
			if bestDist < 0 || d < bestDist || (d == bestDist && w.ID < best) {
				best, bestDist = w.ID, d
			}
		}
	}
	return best
}

// Covers says whether a hashtag has any chat at all, so that burst
// detection is used only for hashtags no catalogue describes.
func (a *Assigner) Covers(hashtag string) bool { return len(a.byHashtag[hashtag]) > 0 }

func distance(t time.Time, w Window) time.Duration {
	switch {
	case t.Before(w.StartsAt):
		return w.StartsAt.Sub(t)
	case t.After(w.EndsAt):
		return t.Sub(w.EndsAt)
	}
	return 0
}

// ChatID names a chat by its hashtag and start, so that the same chat
// from two catalogues, or found again in the same burst, is one chat.
func ChatID(hashtag string, start time.Time) string {
	return fmt.Sprintf("%s-%s", strings.ToLower(hashtag), start.UTC().Format("20060102T1504Z"))
}
