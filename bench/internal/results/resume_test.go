package results

import (
	"path/filepath"
	"testing"
)

func TestOnlyCleanCodeOfOneCommitResumes(t *testing.T) {
	a := Code{Commit: "a1"}
	for _, tc := range []struct {
		name string
		x, y Code
		same bool
	}{
		{"the same commit, both clean", a, Code{Commit: "a1"}, true},
		{"another commit", a, Code{Commit: "b2"}, false},
		{"the same commit with changes", a, Code{Commit: "a1", Dirty: true}, false},
		{"changes on both sides", Code{Commit: "a1", Dirty: true}, Code{Commit: "a1", Dirty: true}, false},
		{"no version known", Code{}, Code{}, false},
	} {
		if got := tc.x.Same(tc.y); got != tc.same {
			t.Errorf("%s: Same = %v, want %v", tc.name, got, tc.same)
		}
	}
}

func TestGraphRecordIsForgotten(t *testing.T) {
	dir := t.TempDir()
	if g, err := ReadGraph(dir); err != nil || g != (Graph{}) {
		t.Fatalf("nothing recorded: got %+v, %v", g, err)
	}
	want := Graph{World: "10000x24 seed 1", Code: Code{Commit: "a1"}}
	if err := WriteGraph(dir, want); err != nil {
		t.Fatal(err)
	}
	if g, err := ReadGraph(dir); err != nil || g != want {
		t.Fatalf("recorded: got %+v, %v, want %+v", g, err, want)
	}
	if err := ForgetGraph(dir); err != nil {
		t.Fatal(err)
	}
	if err := ForgetGraph(dir); err != nil {
		t.Fatalf("forgetting twice: %v", err)
	}
	if g, _ := ReadGraph(dir); g != (Graph{}) {
		t.Fatalf("forgotten, yet %+v", g)
	}
	if err := ReadJSON(filepath.Join(dir, "missing.json"), &want); err == nil {
		t.Fatal("a missing file read without an error")
	}
}
