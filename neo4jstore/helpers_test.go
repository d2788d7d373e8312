package neo4jstore_test

import (
	"errors"
	"testing"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

type tie struct{ replies, mentions, quotes, reposts int }

type part struct {
	posts, replies, mentions int
	role                     string
}

func asError(err error, target **domain.Error) bool { return errors.As(err, target) }

// everyone is every professional the scenario can make.
var everyone = []string{"x:ann", "x:bob", "x:carla", "x:dan", "x:olga", "x:wepharmacists", "bsky:ann.bsky.social", "mastodon:ann@nurses.social"}

// mustTies reads every tie the scenario's professionals made.
func mustTies(t *testing.T, s *neo4jstore.Store) map[[2]string]tie {
	t.Helper()
	rows := storetest.OpenGraph(t).Ties(t, everyone)
	out := map[[2]string]tie{}
	for _, r := range rows {
		out[[2]string{r.From, r.To}] = tie{r.Replies, r.Mentions, r.Quotes, r.Reposts}
	}
	return out
}

func mustParticipation(t *testing.T, s *neo4jstore.Store, chatID string) map[string]part {
	t.Helper()
	rows := storetest.OpenGraph(t).Participation(t, chatID)
	out := map[string]part{}
	for _, r := range rows {
		out[r.Professional] = part{r.Posts, r.RepliesReceived, r.MentionsReceived, r.Role}
	}
	return out
}

// mustWrite fails the test when a write does: mustWrite(t)(s.WritePosts(...)).
func mustWrite(t *testing.T) func(int, error) {
	return func(_ int, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
}
