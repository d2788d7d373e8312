package ingest

import (
	"fmt"
	"testing"
	"time"
)

func TestAssignerUsesHashtagTimeAndGrace(t *testing.T) {
	start := time.Date(2024, 3, 14, 20, 0, 0, 0, time.UTC)
	a := NewAssigner([]Window{
		{ID: "weph-1", Hashtag: "weph", StartsAt: start, EndsAt: start.Add(time.Hour)},
		{ID: "weph-2", Hashtag: "weph", StartsAt: start.Add(14 * 24 * time.Hour), EndsAt: start.Add(14*24*time.Hour + time.Hour)},
		{ID: "wenurses-1", Hashtag: "wenurses", StartsAt: start.Add(30 * time.Minute), EndsAt: start.Add(90 * time.Minute)},
	}, 15*time.Minute)
	tests := []struct {
		name     string
		hashtags []string
		at       time.Time
		want     string
	}{
		{"inside", []string{"weph"}, start.Add(10 * time.Minute), "weph-1"},
		{"early within grace", []string{"weph"}, start.Add(-10 * time.Minute), "weph-1"},
		{"late within grace", []string{"weph"}, start.Add(74 * time.Minute), "weph-1"},
		{"after grace", []string{"weph"}, start.Add(76 * time.Minute), ""},
		{"second chat", []string{"weph"}, start.Add(14*24*time.Hour + 5*time.Minute), "weph-2"},
		{"other hashtag", []string{"nhs"}, start.Add(10 * time.Minute), ""},
		{"no hashtag", nil, start.Add(10 * time.Minute), ""},
		// Both chats run at 20:45; the post's own chat span decides.
		{"two hashtags, both running", []string{"weph", "wenurses"}, start.Add(45 * time.Minute), "wenurses-1"},
		{"two hashtags, one running", []string{"wenurses", "weph"}, start.Add(5 * time.Minute), "weph-1"},
	}
	for _, tt := range tests {
		if got := a.Assign(tt.hashtags, tt.at); got != tt.want {
			t.Errorf("%s: Assign(%v, %s) = %q, want %q", tt.name, tt.hashtags, tt.at.Format(time.Kitchen), got, tt.want)
		}
	}
}

// Ten posts that two files of one load both hold are ten posts, not the
// twenty a chat would need fifteen of.
func TestBurstDetectorCountsAPostOnce(t *testing.T) {
	chat := time.Date(2024, 3, 14, 20, 0, 0, 0, time.UTC)
	load := NewBurstDetector(DefaultBursts)
	files := []*BurstDetector{load, load.Sibling()}
	for _, d := range files {
		for i := range 10 {
			d.Count(fmt.Sprint("x:", i), chat.Add(time.Duration(i)*3*time.Minute), "wemdt")
		}
	}
	files[0].add(files[1])
	if got := files[0].Chats(); len(got) != 0 {
		t.Errorf("Chats() = %v: the same ten posts twice made a chat", got)
	}
}

// A post under two communities' hashtags counts for both, once each.
func TestBurstDetectorCountsAPostUnderEachHashtag(t *testing.T) {
	chat := time.Date(2024, 3, 14, 20, 0, 0, 0, time.UTC)
	d := NewBurstDetector(DefaultBursts)
	for i := range 20 {
		at := chat.Add(time.Duration(i) * 3 * time.Minute)
		d.Count(fmt.Sprint("x:", i), at, "wemdt", "wenurses")
		d.Count(fmt.Sprint("x:", i), at, "wemdt", "wenurses") // the same post again
	}
	got := d.Chats()
	if len(got) != 2 || got[0].Hashtag != "wemdt" || got[1].Hashtag != "wenurses" {
		t.Errorf("Chats() = %v, want one chat of each hashtag", got)
	}
}

func TestBurstDetectorFindsTheHostedHour(t *testing.T) {
	d := NewBurstDetector(DefaultBursts)
	chat := time.Date(2024, 3, 14, 20, 0, 0, 0, time.UTC)
	// 40 posts over the hour, as a chat runs.
	for i := range 40 {
		d.Count(fmt.Sprint("x:", i), chat.Add(time.Duration(i)*90*time.Second), "wemdt")
	}
	// A quiet hashtag: one post every two hours for two days.
	for i := range 24 {
		d.Count(fmt.Sprint("x:quiet", i), chat.Add(24*time.Hour+time.Duration(i)*2*time.Hour), "wemdt")
	}
	// A second, small burst that falls short of a chat.
	for i := range 5 {
		d.Count(fmt.Sprint("x:small", i), chat.Add(7*24*time.Hour+time.Duration(i)*time.Minute), "wemdt")
	}
	got := d.Chats()
	if len(got) != 1 {
		t.Fatalf("Chats() = %v, want one chat", got)
	}
	if !got[0].StartsAt.Equal(chat) || got[0].EndsAt.Before(chat.Add(55*time.Minute)) || got[0].EndsAt.After(chat.Add(65*time.Minute)) {
		t.Errorf("chat = %v to %v, want about 20:00 to 21:00", got[0].StartsAt, got[0].EndsAt)
	}
	if got[0].ID != ChatID("wemdt", chat) {
		t.Errorf("chat id = %q", got[0].ID)
	}
}
