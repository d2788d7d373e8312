package profession

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestNamesAreTheDesignList(t *testing.T) {
	want := []string{nurse, midwife, pharm, tech, doctor, ahp, sci, para, manager, student, public, org, unknown}
	if got := DefaultTable().Names(); !reflect.DeepEqual(got, want) {
		t.Errorf("Names() = %q\nwant %q", got, want)
	}
}

func TestCanonicalEveryAlias(t *testing.T) {
	tb := DefaultTable()
	n := 0
	for _, p := range tb.Professions() {
		for _, s := range append([]string{p.Name}, p.Aliases...) {
			// However a roster writes it: as is, shouting, padded, tagged.
			for _, v := range []string{s, strings.ToUpper(s), "  " + s + ". ", "#" + s, "\"" + s + "\"", strings.ReplaceAll(s, " ", "-")} {
				got, ok := tb.Canonical(v)
				if !ok || got != p.Name {
					t.Errorf("Canonical(%q) = %q, %v; want %q", v, got, ok, p.Name)
				}
				n++
			}
		}
	}
	if n < 6*150 {
		t.Errorf("only %d alias spellings checked", n)
	}
}

func TestCanonical(t *testing.T) {
	tb := DefaultTable()
	for _, c := range []struct{ in, want string }{
		{"RGN", nurse},
		{"Pharmacists", pharm},
		{"MRPharmS", pharm},
		{"Ward Manager", nurse},
		{"Manager", manager},
		{"Commissioner/Manager", manager},
		{"commissioner / manager", manager},
		{"Patient/Carer/Public", public},
		{"Speech & Language Therapist", ahp},
		{"speech and language therapist", ahp},
		{"Student Midwife", student},
		{"student nurse", student},
		{"Pre-reg pharmacist", student},
		{"Non-Executive Director", manager},
		{"Children’s nurse", nurse},
		{"N/A", unknown},
		{"Unknown", unknown},
		{"𝐍𝐮𝐫𝐬𝐞", nurse},
		{"", ""},
		{"   ", ""},
		{"nurse/midwife", ""},
		{"wizard", ""},
		{"pharmacy", ""}, // pharmacist or technician: the caller must say
		{"nursery", ""},
	} {
		got, ok := tb.Canonical(c.in)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("Canonical(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

func TestLoadTableErrors(t *testing.T) {
	const h = "profession,kind,text,confidence\n"
	for _, c := range []struct {
		in   string
		line int
		msg  string
	}{
		{"", 1, "empty table"},
		{"# only a comment\n", 1, "empty table"},
		{"nurse,alias,rgn,\n", 1, "want the header"},
		{"# comment\nprofession,kind,text\n", 2, "want the header"},
		{h + "nurse,alais,rgn,\n", 2, `kind "alais" is neither alias nor pattern`},
		{h + "# comment\n\nnurse,pattern,rgn,\n", 4, "has no confidence"},
		{h + "nurse,pattern,rgn\n", 2, "has no confidence"},
		{h + "nurse,pattern,rgn,high\n", 2, `confidence "high" is not a number`},
		{h + "nurse,pattern,rgn,1.5\n", 2, "outside (0,1]"},
		{h + "nurse,pattern,rgn,0\n", 2, "outside (0,1]"},
		{h + "nurse,pattern,rgn,-0.2\n", 2, "outside (0,1]"},
		{h + "unknown,pattern,doctor who,0.5\n", 2, "must have confidence 0"},
		{h + "nurse,alias,rgn,0.9\n", 2, "only patterns have one"},
		{h + "nurse,alias,rm,\nmidwife,alias,RM,\n", 3, `alias "RM" already resolves to "nurse" (line 2)`},
		{h + "nurse,alias,rgn,\nnurse,alias,rgn.,\n", 3, "repeats line 2"},
		{h + "nurse,alias,nurse,\nmidwife,alias,Nurse,\n", 3, `alias "Nurse" already resolves to "nurse" (line 2)`},
		{h + "nurse,pattern,rgn,0.9\nmidwife,alias,Nurse,\n", 3, `is the name of the profession "nurse"`},
		{h + "nurse,pattern,Staff Nurse,0.9\nnurse,pattern,staff  nurse.,0.8\n", 3, "repeats line 2"},
		{h + "nurse,pattern,rgn,0.9\nmidwife,pattern,RGN,0.8\n", 3, "repeats line 2 (nurse)"},
		{h + "nurse,alias\n", 2, "want 4 fields"},
		{h + "nurse,alias,rgn,,extra\n", 2, "want 4 fields"},
		{h + "nurse,alias,rgn,\nnurse,alias,\"rgn\"x,\n", 3, "quote"},
		{h + "nurse,alias,rgn,\nnurse,alias,\"rgn,\nmore\n", 3, "(at line 4, column"},
		{h + "commissioner/manager,alias,manager,\nmanager,alias,boss,\n", 3, `profession "manager" is already an alias of "commissioner/manager"`},
		{h + "nurse,alias,,\n", 2, "text is empty"},
		{h + ",alias,rgn,\n", 2, "profession is empty"},
		{h + "nurse,alias,--,\n", 2, "no letters or digits"},
		{h + "---,alias,rgn,\n", 2, `profession "---" has no letters`},
		{h + "nurse,pattern,nurse | rgn,0.5\n", 2, "crosses punctuation"},
		{h + "nurse,alias,rn,\nnurse,alias,unknown,\n", 3, `hides the profession "unknown"`},
	} {
		_, err := LoadTable(strings.NewReader(c.in))
		var le *LineError
		if !errors.As(err, &le) {
			t.Errorf("LoadTable(%q) = %v, want a *LineError", c.in, err)
			continue
		}
		if le.Line != c.line || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("LoadTable(%q)\n got  %v\n want line %d: …%s…", c.in, err, c.line, c.msg)
		}
		if !strings.HasPrefix(err.Error(), "line ") {
			t.Errorf("error %q does not start with its line", err)
		}
	}
}

func TestLoadTableAccepts(t *testing.T) {
	// Spaces around fields, upper-case header and kind, a missing trailing
	// confidence for an alias, quoted text with a comma.
	in := " Profession , KIND ,Text,Confidence\n" +
		"nurse , Alias , RGN\n" +
		"nurse,alias,\"nurse, adult field\",\n" +
		"nurse,pattern, nurse ,0.7\n"
	tb, err := LoadTable(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"rgn", "Nurse (adult field)"} {
		if got, _ := tb.Canonical(s); got != nurse {
			t.Errorf("Canonical(%q) = %q", s, got)
		}
	}
	if got := tb.Infer("Nurse, adult field"); got.Confidence != 0.7 {
		t.Errorf("Infer = %+v", got)
	}
}

func TestRoundTrip(t *testing.T) {
	def := DefaultTable()
	var first bytes.Buffer
	if err := def.WriteCSV(&first); err != nil {
		t.Fatal(err)
	}
	again, err := LoadTable(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatalf("LoadTable(WriteCSV(default)): %v", err)
	}
	strip := func(rows []Row) []Row {
		for i := range rows {
			rows[i].Line = 0
		}
		return rows
	}
	if !reflect.DeepEqual(strip(def.Rows()), strip(again.Rows())) {
		t.Error("rows differ after a round trip")
	}
	if !reflect.DeepEqual(def.Professions(), again.Professions()) {
		t.Error("professions differ after a round trip")
	}
	var second bytes.Buffer
	if err := again.WriteCSV(&second); err != nil {
		t.Fatal(err)
	}
	if first.String() != second.String() {
		t.Error("WriteCSV is not stable across a round trip")
	}
	for _, c := range bios {
		if a, b := def.Infer(c.bio), again.Infer(c.bio); a != b {
			t.Errorf("Infer(%q): default %+v, reloaded %+v", c.bio, a, b)
		}
	}
}

func TestDefaultTableIsShared(t *testing.T) {
	if DefaultTable() != DefaultTable() {
		t.Error("DefaultTable built twice")
	}
	// Callers get copies, so the shared table cannot be changed through them.
	p := DefaultTable().Professions()
	p[0].Aliases[0] = "changed"
	if DefaultTable().Professions()[0].Aliases[0] == "changed" {
		t.Error("Professions() exposes the table's slices")
	}
}

func BenchmarkInfer(b *testing.B) {
	tb := DefaultTable()
	for i := 0; b.Loop(); i++ {
		tb.Infer(bios[i%len(bios)].bio)
	}
}
