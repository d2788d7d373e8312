package domain

import "testing"

func TestParseHandle(t *testing.T) {
	tests := []struct {
		in      string
		want    HandleQuery
		wantErr bool
	}{
		{in: "x:Carla", want: HandleQuery{Key: "x:carla"}},
		{in: " mastodon:nina@nurses.social ", want: HandleQuery{Key: "mastodon:nina@nurses.social"}},
		{in: "bsky:@ann.bsky.social", want: HandleQuery{Key: "bsky:ann.bsky.social"}},
		{in: "@Carla", want: HandleQuery{Bare: "carla"}},
		{in: "carla", want: HandleQuery{Bare: "carla"}},
		{in: "@nina@nurses.social", want: HandleQuery{Bare: "nina@nurses.social"}},
		{in: "", wantErr: true},
		{in: "x:", wantErr: true},
		{in: "myspace:carla", wantErr: true},
	}
	for _, tt := range tests {
		got, err := ParseHandle(tt.in)
		if tt.wantErr {
			if ErrorCode(err) != EINVALID {
				t.Errorf("ParseHandle(%q) error = %v, want %s", tt.in, err, EINVALID)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseHandle(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
}

func TestCursorRoundTrip(t *testing.T) {
	c := EncodeCursor("2024-03-14T20:00:00Z", "chat:weph:2024-03-14")
	got, err := DecodeCursor(c, 2)
	if err != nil || got[0] != "2024-03-14T20:00:00Z" || got[1] != "chat:weph:2024-03-14" {
		t.Fatalf("DecodeCursor = %v, %v", got, err)
	}
	for _, bad := range []string{"!!", "nope", EncodeCursor("only-one")} {
		if _, err := DecodeCursor(bad, 2); ErrorCode(err) != EINVALID {
			t.Errorf("DecodeCursor(%q) error = %v, want %s", bad, err, EINVALID)
		}
	}
}

func TestLocalHandle(t *testing.T) {
	for key, want := range map[string]string{
		"x:carla":                     "carla",
		"mastodon:nina@nurses.social": "nina",
		"bsky:nina.bsky.social":       "nina",
		"bsky:dr-lee.example.org":     "dr-lee",
	} {
		if got := LocalHandle(key); got != want {
			t.Errorf("LocalHandle(%q) = %q, want %q", key, got, want)
		}
	}
}
