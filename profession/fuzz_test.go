package profession

import (
	"html"
	"strings"
	"testing"
)

// Whatever a bio holds, Infer answers with a known profession, a confidence
// in [0,1] and evidence quoted from the bio.
func FuzzInfer(f *testing.F) {
	for _, c := range bios {
		f.Add(c.bio)
	}
	f.Add("\xff\xfe nurse \x00 @ # www. http:// 's ' - – & &amp")
	tb := DefaultTable()
	names := map[string]bool{}
	for _, n := range tb.Names() {
		names[n] = true
	}
	f.Fuzz(func(t *testing.T, bio string) {
		for _, got := range append(tb.InferAll(bio), tb.Infer(bio)) {
			if !names[got.Profession] || got.Confidence < 0 || got.Confidence > 1 {
				t.Fatalf("Infer(%q) = %+v", bio, got)
			}
			if !strings.Contains(html.UnescapeString(bio), got.Evidence) {
				t.Fatalf("Infer(%q) evidence %q is not in the bio", bio, got.Evidence)
			}
			if (got.Profession == Unknown) != (got.Confidence == 0) {
				t.Fatalf("Infer(%q) = %+v: unknown if and only if confidence 0", bio, got)
			}
		}
		tb.Canonical(bio)
	})
}
