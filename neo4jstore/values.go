package neo4jstore

import (
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/peergraph/peergraph/domain"
)

// The helpers below read values out of map projections (p{.*}), which come
// back as map[string]any with driver types inside.

func str(m map[string]any, key string) string {
	s, _ := m[key].(string)
	return s
}

func integer(m map[string]any, key string) int {
	n, _ := m[key].(int64)
	return int(n)
}

func float(m map[string]any, key string) float64 {
	switch v := m[key].(type) {
	case float64:
		return v
	case int64:
		return float64(v)
	}
	return 0
}

func boolean(m map[string]any, key string) bool {
	b, _ := m[key].(bool)
	return b
}

func stringList(m map[string]any, key string) []string {
	raw, _ := m[key].([]any)
	out := make([]string, 0, len(raw))
	for _, v := range raw {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func timeOf(v any) (time.Time, bool) {
	switch t := v.(type) {
	case time.Time:
		return t.UTC(), true
	case dbtype.LocalDateTime:
		return t.Time().UTC(), true
	}
	return time.Time{}, false
}

func timeValue(m map[string]any, key string) time.Time {
	t, _ := timeOf(m[key])
	return t
}

func timePtr(m map[string]any, key string) *time.Time {
	if t, ok := timeOf(m[key]); ok {
		return &t
	}
	return nil
}

func mapOf(rec *neo4j.Record, key string) map[string]any {
	v, _ := rec.Get(key)
	m, _ := v.(map[string]any)
	return m
}

func professionalFrom(m map[string]any) *domain.Professional {
	if m == nil {
		return nil
	}
	kind := domain.Kind(str(m, "kind"))
	if kind == "" {
		kind = domain.KindPerson
	}
	return &domain.Professional{
		ID:        str(m, "id"),
		Kind:      kind,
		Name:      str(m, "name"),
		Bio:       str(m, "bio"),
		Location:  str(m, "location"),
		FirstSeen: timePtr(m, "firstSeen"),
		LastSeen:  timePtr(m, "lastSeen"),
		OptedOut:  boolean(m, "optedOut"),
	}
}

func communityFrom(m map[string]any) *domain.Community {
	if m == nil {
		return nil
	}
	return &domain.Community{
		Name:    str(m, "name"),
		Hashtag: str(m, "hashtag"),
		Account: str(m, "account"),
		Members: integer(m, "members"),
		Chats:   integer(m, "chats"),
	}
}

func chatFrom(m map[string]any) *domain.Chat {
	if m == nil {
		return nil
	}
	return &domain.Chat{
		ID:            str(m, "id"),
		Topic:         str(m, "topic"),
		Hashtag:       str(m, "hashtag"),
		StartsAt:      timeValue(m, "startsAt"),
		EndsAt:        timeValue(m, "endsAt"),
		CommunityName: str(m, "community"),
		Participants:  integer(m, "participants"),
		Posts:         integer(m, "posts"),
	}
}
