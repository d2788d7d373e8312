package profession

import (
	"strings"
	"testing"
)

// bioCase is one profile bio and what it should say. lo and hi bound the
// confidence; evidence, when set, is the exact quote expected.
type bioCase struct {
	bio      string
	want     string
	lo, hi   float64
	evidence string
}

const (
	nurse   = "nurse"
	midwife = "midwife"
	pharm   = "pharmacist"
	tech    = "pharmacy technician"
	doctor  = "doctor"
	ahp     = "allied health professional"
	sci     = "healthcare scientist"
	para    = "paramedic"
	manager = "commissioner/manager"
	student = "student"
	public  = "patient/carer/public"
	org     = "organisation"
	unknown = "unknown"
)

var bios = []bioCase{
	// nurse
	{"Staff nurse @LeedsTH | RGN | views my own", nurse, 0.9, 0.9, "Staff nurse"},
	{"RGN, RMN. Mental health nurse in Devon 🌊", nurse, 0.9, 0.9, "RGN"},
	{"Nurse. Mum. Runner.", nurse, 0.7, 0.7, "Nurse"},
	{"𝐒𝐭𝐚𝐟𝐟 𝐍𝐮𝐫𝐬𝐞 👩‍⚕️ mum of 2", nurse, 0.9, 0.9, "𝐒𝐭𝐚𝐟𝐟 𝐍𝐮𝐫𝐬𝐞"},
	{"ＲＧＮ｜ｗａｒｄ ｓｉｓｔｅｒ", nurse, 0.9, 0.9, "ＲＧＮ"},
	{"ɴᴜʀsᴇ & ᴘʀᴏᴜᴅ ᴍᴜᴍ", nurse, 0.7, 0.7, "ɴᴜʀsᴇ"},
	{"Retired nurse", nurse, 0.42, 0.42, "Retired nurse"},
	{"Nurse (retired). Grandma. Gardener", nurse, 0.42, 0.42, "Nurse (retired)"},
	{"ex-RGN, now a full-time gran", nurse, 0.54, 0.54, "ex-RGN"},
	{"Ward manager, acute medicine, Sheffield", nurse, 0.85, 0.85, "Ward manager"},
	{"Health visitor & breastfeeding peer supporter", nurse, 0.9, 0.9, "Health visitor"},
	{"Senior lecturer in adult nursing. RN. PhD", nurse, 0.85, 0.85, "RN"},
	{"Lecturer in nursing at UoN", nurse, 0.3, 0.3, "nursing"},
	{"Not just a nurse 💙", nurse, 0.7, 0.7, "nurse"},
	{"ANP in primary care", nurse, 0.6, 0.6, "ANP"},
	{"District nurse & QN. Tweets are my own", nurse, 0.9, 0.9, "District nurse"},
	{"Chief Nurse, Leeds Teaching Hospitals NHS Trust", nurse, 0.9, 0.9, "Chief Nurse"},
	{"Children's nurse, PICU #WeNurses", nurse, 0.9, 0.9, "Children's nurse"},
	{"Patient safety lead, RGN", nurse, 0.9, 0.9, "RGN"},
	{"Nurse and carer for my dad", nurse, 0.7, 0.7, "Nurse"},
	{"Dr Jane Smith, nurse consultant in infection prevention", nurse, 0.9, 0.9, "nurse consultant"},

	// midwife
	{"Community midwife in Leeds. Mum of 3.", midwife, 0.9, 0.9, "Community midwife"},
	{"Midwife | doula | breastfeeding advocate", midwife, 0.85, 0.85, "Midwife"},
	{"Lecturer in midwifery", midwife, 0.3, 0.3, "midwifery"},
	{"RM, BSc (Hons). Caseloading team", midwife, 0.6, 0.6, "RM"},

	// pharmacist
	{"MRPharmS. Community pharmacist in Cumbria", pharm, 0.9, 0.9, "MRPharmS"},
	{"GP pharmacist | independent prescriber | #WePharmacists", pharm, 0.9, 0.9, "GP pharmacist"},
	{"Pharmacist. Views own. GPhC 2079xxx", pharm, 0.85, 0.85, "Pharmacist"},
	{"Hospital pharmacist 💊 antimicrobial stewardship", pharm, 0.9, 0.9, "Hospital pharmacist"},
	{"Chief pharmacist at a mental health trust", pharm, 0.9, 0.9, "Chief pharmacist"},
	{"Pharmacist and PhD student, Bath", pharm, 0.85, 0.85, "Pharmacist"},

	// pharmacy technician
	{"Pharmacy tech, aspiring pharmacist", tech, 0.85, 0.85, "Pharmacy tech"},
	{"Senior pharmacy technician (ACPT), medicines optimisation", tech, 0.9, 0.9, "pharmacy technician"},
	{"Dispensing assistant in a busy high street chemist", tech, 0.4, 0.4, "Dispensing assistant"},

	// doctor
	{"GP partner, Bristol", doctor, 0.9, 0.9, "GP partner"},
	{"Consultant psychiatrist. MRCPsych. Views mine", doctor, 0.9, 0.9, "MRCPsych"},
	{"Junior doctor 🩺 FY2 in London", doctor, 0.9, 0.9, "Junior doctor"},
	{"FY1 doctor, Manchester", doctor, 0.85, 0.85, "FY1"},
	{"Dr Jane Smith, senior lecturer", doctor, 0.25, 0.25, "Dr"},
	{"Anaesthetist. Cyclist. Dad of 2 girls", doctor, 0.85, 0.85, "Anaesthetist"},

	// allied health professional
	{"Physio & runner", ahp, 0.8, 0.8, "Physio"},
	{"Occupational therapist | MH | she/her", ahp, 0.9, 0.9, "Occupational therapist"},
	{"OT in community rehab", ahp, 0.6, 0.6, "OT"},
	{"Speech &amp; language therapist working with stroke survivors", ahp, 0.9, 0.9, "Speech & language therapist"},
	{"Diagnostic radiographer. Ultrasound nerd", ahp, 0.9, 0.9, "Diagnostic radiographer"},
	{"Paediatric dietitian & mum", ahp, 0.85, 0.85, "dietitian"},
	{"Art therapist, painter", ahp, 0.9, 0.9, "Art therapist"},
	{"ODP in theatres at St. James's", ahp, 0.65, 0.65, "ODP"},

	// healthcare scientist
	{"Biomedical scientist in blood sciences", sci, 0.9, 0.9, "Biomedical scientist"},
	{"Clinical scientist (audiology), HCPC", sci, 0.9, 0.9, "Clinical scientist"},
	{"Audiologist. Deaf awareness champion", sci, 0.85, 0.85, "Audiologist"},
	{"Healthcare scientist & STEM ambassador", sci, 0.9, 0.9, "Healthcare scientist"},

	// paramedic
	{"Paramedic with Yorkshire Ambulance Service", para, 0.85, 0.85, "Paramedic"},
	{"Specialist paramedic (urgent care), ex-army", para, 0.9, 0.9, "Specialist paramedic"},

	// commissioner/manager
	{"Nurse turned commissioner", manager, 0.8, 0.8, "commissioner"},
	{"Practice manager, busy GP surgery in Hull", manager, 0.8, 0.8, "Practice manager"},
	{"Chief Executive, NHS Cumbria ICB", manager, 0.85, 0.85, "Chief Executive"},
	{"Commissioning manager for mental health, ICB", manager, 0.9, 0.9, "Commissioning manager"},

	// student
	{"Student nurse (adult) at UoM", student, 0.9, 0.9, "Student nurse"},
	{"3rd year medical student | future GP", student, 0.9, 0.9, "medical student"},
	{"Aspiring nurse, HCA on a stroke ward", student, 0.42, 0.42, "Aspiring nurse"},
	{"Physio student @ Brunel", student, 0.8, 0.8, "Physio student"},
	{"Student paramedic 🚑 3rd year", student, 0.9, 0.9, "Student paramedic"},
	{"Studying medicine at Leeds", student, 0.7, 0.7, "Studying medicine"},
	{"Trainee pharmacist at Boots", student, 0.6, 0.6, "Trainee pharmacist"},
	{"Nursing student, mature, mum of 3", student, 0.9, 0.9, "Nursing student"},

	// patient/carer/public
	{"Dad, carer for my son", public, 0.65, 0.65, "carer"},
	{"Expert by experience. Living with bipolar.", public, 0.9, 0.9, "Expert by experience"},
	{"Patient leader & public contributor. Views mine.", public, 0.85, 0.85, "Patient leader"},
	{"Living with type 1 diabetes since 1998", public, 0.4, 0.4, "Living with"},
	{"Not a doctor, just a curious patient", public, 0.45, 0.45, "patient"},

	// organisation
	{"Official account of the Royal Pharmaceutical Society", org, 0.9, 0.9, "Official account"},
	{"We are a registered charity supporting carers. Charity no 1234567", org, 0.9, 0.9, "Charity no"},
	{"Leeds Teaching Hospitals NHS Trust. Caring for you.", org, 0.6, 0.6, "NHS Trust"},
	{"We're the team behind #WePharmacists", org, 0.65, 0.65, "We're"},
	{"Tweets from the WeCommunities team", org, 0.6, 0.6, "Tweets from"},
	{"The home of #WeNurses: chats for nurses every Thursday", org, 0.6, 0.6, "The home of"},

	// nothing to tell, and false friends
	{"", unknown, 0, 0, ""},
	{"🌈✨💙", unknown, 0, 0, ""},
	{"Nursery teacher. Coffee addict", unknown, 0, 0, ""},
	{"#WeNurses fan", unknown, 0, 0, ""},
	{"#nurse #NHS #WeNurses", unknown, 0, 0, ""},
	{"Dr. of Philosophy (PhD) in sociology", unknown, 0, 0, ""},
	{"Doctor of Philosophy, historian", unknown, 0, 0, ""},
	{"Doctor Who fan. Teacher.", unknown, 0, 0, ""},
	{"Married to a GP. Dog lover", unknown, 0, 0, ""},
	{"Mum to a nurse and a doctor", unknown, 0, 0, ""},
	{"Mum of a medical student and proud of it", unknown, 0, 0, ""},
	{"GPhC registrant. Loves cycling", unknown, 0, 0, ""},
	{"Not working overtime: hot takes on football", unknown, 0, 0, ""},
	{"Learning to code. RNLI volunteer. Born in Hull", unknown, 0, 0, ""},
	{"Physician associate in ED", unknown, 0, 0, ""},
	{"Tree surgeon and dad", unknown, 0, 0, ""},
	{"Data scientist at an NHS trust", unknown, 0, 0, ""},
	{"@NurseAnn's biggest fan | https://nurses.example.com/nurse", unknown, 0, 0, ""},
	{"Follow my blog nurselife.co.uk or nurse.blog", unknown, 0, 0, ""},
	{"PhD. Research fellow in health services research", unknown, 0, 0, ""},
}

func TestInferBios(t *testing.T) {
	if len(bios) < 60 {
		t.Fatalf("only %d bios", len(bios))
	}
	tb := DefaultTable()
	seen := map[string]bool{}
	for _, c := range bios {
		got := tb.Infer(c.bio)
		seen[got.Profession] = true
		if got.Profession != c.want || got.Confidence < c.lo || got.Confidence > c.hi || (c.evidence != "" && got.Evidence != c.evidence) {
			t.Errorf("Infer(%q)\n got  %s %.2f %q\n want %s [%.2f,%.2f] %q\n all  %+v",
				c.bio, got.Profession, got.Confidence, got.Evidence, c.want, c.lo, c.hi, c.evidence, tb.InferAll(c.bio))
		}
		if got.Profession == Unknown && (got.Confidence != 0 || got.Evidence != "") {
			t.Errorf("Infer(%q) = %+v: unknown must have confidence 0 and no evidence", c.bio, got)
		}
	}
	for _, name := range tb.Names() {
		if !seen[name] {
			t.Errorf("no bio case infers %q", name)
		}
	}
}

// Each pattern, written alone as a bio, must infer its own profession at its
// own confidence: a cheap check that no longer pattern or context rule
// swallows it by accident.
func TestEveryPatternAlone(t *testing.T) {
	tb := DefaultTable()
	for _, r := range tb.Rows() {
		if r.Kind != KindPattern {
			continue
		}
		got := tb.Infer(r.Text)
		want := Inference{Profession: r.Profession, Confidence: r.Confidence, Evidence: r.Text}
		if r.Profession == Unknown {
			want.Evidence = ""
		}
		if got != want {
			t.Errorf("line %d: Infer(%q) = %+v, want %+v", r.Line, r.Text, got, want)
		}
	}
}

func TestInferTiesGoToTheEarliest(t *testing.T) {
	tb := DefaultTable()
	got := tb.Infer("Community pharmacist, MRPharmS, staff nurse")
	if got.Profession != pharm || got.Evidence != "Community pharmacist" {
		t.Errorf("got %+v, want the earliest of the 0.9 matches", got)
	}
	got = tb.Infer("Staff nurse | community pharmacist")
	if got.Profession != nurse {
		t.Errorf("got %+v, want nurse (earliest)", got)
	}
}

func TestInferAllListsEveryCandidate(t *testing.T) {
	all := DefaultTable().InferAll("Pharmacy tech, aspiring pharmacist")
	if len(all) != 2 || all[0].Profession != tech || all[1].Profession != student || all[1].Evidence != "aspiring pharmacist" {
		t.Errorf("InferAll = %+v", all)
	}
	// Evidence does not add up: three mentions are as strong as the best one.
	all = DefaultTable().InferAll("Nurse. Nurse! NURSE")
	if len(all) != 1 || all[0].Confidence != 0.7 || all[0].Evidence != "Nurse" {
		t.Errorf("InferAll = %+v", all)
	}
}

// A table without a student profession still refuses to call a student
// nurse a nurse: "student nurse" says the writer is not (yet) one.
func TestInferWithoutStudent(t *testing.T) {
	tb, err := LoadTable(strings.NewReader("profession,kind,text,confidence\nnurse,pattern,nurse,0.7\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, bio := range []string{"Student nurse", "Aspiring nurse", "nurse student"} {
		if got := tb.Infer(bio); got.Profession != Unknown {
			t.Errorf("Infer(%q) = %+v, want unknown", bio, got)
		}
	}
	if got := tb.Infer("Retired nurse"); got.Profession != nurse || got.Confidence != 0.42 {
		t.Errorf("Infer(Retired nurse) = %+v", got)
	}
	if got := tb.Names(); strings.Join(got, ",") != "nurse,unknown" {
		t.Errorf("Names() = %v, want unknown added", got)
	}
}

// TestTokenize shows words as tokenize sees them, with " | " where a
// clause ends.
func TestTokenize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Staff Nurse | RGN", "staff nurse | rgn"},
		{"𝓝𝓾𝓻𝓼𝓮 ℋ𝑒𝒶𝓁𝓉𝒽", "nurse health"},
		{"ｎｕｒｓｅ１", "nurse1"},
		{"Ⓡⓖⓝ", "rgn"},
		{"café naïve", "cafe naive"},
		{"nurse's kit; nurses' rota", "nurse kit | nurses rota"},
		{"we're ex-RN", "we re ex rn"},
		{"A&E nurse", "a and e nurse"},
		{"Nurse - Leeds – views", "nurse | leeds | views"},
		{"Dr. Smith. Nurse", "dr smith | nurse"},
		{"Nurse.Mum.Runner", "nurse | mum | runner"},
		{"see nurses.co.uk, RGN", "see | rgn"},
		{"Nurse @ann@nurses.social and @bob.bsky.social. RGN", "nurse and | rgn"},
		{"#WeNurses #nurse123 C# nurse", "c | nurse"},
		{"https://x.com/nurse) RGN www.nhs.uk", "rgn"},
		{"info@rpharms.com", "info"},
		{"🩺nurse💙rgn", "nurse | rgn"},
		{"Nurse (adult) \"RGN\"", "nurse adult rgn"},
	} {
		toks := tokenize(c.in, true)
		var b strings.Builder
		for i, tk := range toks {
			if i > 0 {
				if tk.clause != toks[i-1].clause {
					b.WriteString(" |")
				}
				b.WriteByte(' ')
			}
			b.WriteString(tk.word)
		}
		if got := b.String(); got != c.want {
			t.Errorf("tokenize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The examples README.md gives for the context rules, so that the document
// cannot drift from the code.
func TestContextRulesAsDocumented(t *testing.T) {
	tb := DefaultTable()
	for _, c := range []struct {
		bio, want string
		conf      float64
	}{
		{"Physio student", student, 0.8},
		{"Lecturer for physio students", student, 0.3},
		{"Nurse in training", student, 0.7},
		{"aspiring pharmacist", student, 0.51},
		{"Training to be a paramedic", student, 0.51},
		{"Studying medicine", student, 0.7},
		{"Retired nurse", nurse, 0.42},
		{"Formerly a pharmacist", pharm, 0.51},
		{"Not a doctor", unknown, 0},
		{"Never a nurse", unknown, 0},
		{"Not only a nurse", nurse, 0.7},
		{"Married to a GP", unknown, 0},
		{"Data scientist at an NHS trust", unknown, 0},
		{"Mum to a nurse and a doctor", unknown, 0},
		{"Ex-nurse and pharmacist", pharm, 0.85},
		{"Nurse turned commissioner", manager, 0.8},
		{"Chief Nurse, Leeds NHS Trust", nurse, 0.9},
		{"Team GB fan", org, 0.3},
		{"Nurse. Nurse! NURSE", nurse, 0.7},
	} {
		got := tb.Infer(c.bio)
		if got.Profession != c.want || got.Confidence != c.conf {
			t.Errorf("Infer(%q) = %+v, want %s %.2f", c.bio, got, c.want, c.conf)
		}
	}
	all := tb.InferAll("Ex-nurse and pharmacist")
	if len(all) != 2 || all[1] != (Inference{nurse, 0.42, "Ex-nurse"}) {
		t.Errorf("InferAll(Ex-nurse and pharmacist) = %+v", all)
	}
}
