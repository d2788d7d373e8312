package ingest

import (
	"testing"
	"time"
)

// The database's time reads the longest first, equal times by name, each
// with its calls.
func TestSummaryDatabaseTimeLongestFirst(t *testing.T) {
	s := Summary{Database: map[string]OpTime{
		"load.chats":                {Calls: 2, Took: 400 * time.Millisecond},
		"load.posts":                {Calls: 492, Took: 123_340 * time.Millisecond},
		"load.roster":               {Calls: 5, Took: 400 * time.Millisecond},
		"load.refreshProfessionals": {Calls: 53, Took: 16_300 * time.Millisecond},
	}}
	want := "load.posts 2m3.3s (492), load.refreshProfessionals 16.3s (53), load.chats 400ms (2), load.roster 400ms (5)"
	if got := s.DatabaseTime(); got != want {
		t.Errorf("DatabaseTime() = %q, want %q", got, want)
	}
	if got := (&Summary{}).DatabaseTime(); got != "" {
		t.Errorf("without a count, DatabaseTime() = %q, want nothing", got)
	}
}
