package archive

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// getProfiles and getProfile answers give each account's profile without a
// post: the handle's key, the display name, the bio (from which the
// loader reads a profession) and when the AppView last indexed it.
func TestRealBlueskyProfiles(t *testing.T) {
	path := realFile("bsky", "atrrr", "app.bsky.actor.getProfiles_3ed2a.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var answer struct {
		Profiles []struct {
			DID, Handle, DisplayName, Description, IndexedAt string
		} `json:"profiles"`
	}
	if err := json.Unmarshal(raw, &answer); err != nil {
		t.Fatal(err)
	}
	items, stats, err := readAll(t, path, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != len(answer.Profiles) || stats.Loaded != int64(len(answer.Profiles)) || len(items) != 25 {
		t.Fatalf("%d items (%+v) for %d profiles", len(items), stats, len(answer.Profiles))
	}
	for i, want := range answer.Profiles {
		p := items[i].Profile
		if p == nil {
			t.Fatalf("item %d: %+v, want a profile", i, items[i])
		}
		if p.Author.Key != "bsky:"+strings.ToLower(want.Handle) || p.Author.NativeID != want.DID ||
			p.Author.Name != want.DisplayName || p.Author.Bio != want.Description || p.At.Format("2006-01-02T15:04:05.000Z") != want.IndexedAt {
			t.Errorf("profile %d = %+v at %s, want %+v", i, p.Author, p.At, want)
		}
	}
	one, _, err := readAll(t, realFile("bsky", "atrrr", "app.bsky.actor.getProfile_cf402.json"), "", Options{})
	if err != nil || len(one) != 1 || one[0].Profile == nil || one[0].Profile.Author.Key != "bsky:jbgruber.bsky.social" {
		t.Fatalf("getProfile: %+v %v", one, err)
	}
}
