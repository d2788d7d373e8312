package generate

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// Names come from first-name lists and made-up surnames built from
// syllables, so that no generated person is a real one.
var firstNames = []string{
	"Ann", "Beth", "Carla", "Diane", "Emma", "Fiona", "Gemma", "Hannah", "Isla", "Jess", "Kate", "Laura",
	"Megan", "Nina", "Olivia", "Poppy", "Rachel", "Sarah", "Tasha", "Vicky", "Zoë", "Siân", "Aoife", "Niamh",
	"Seren", "Ffion", "Catrin", "Priya", "Aisha", "Fatima", "Amara", "Chloe", "Ellie", "Grace", "Holly", "Joanne",
	"Karen", "Lucy", "Mandy", "Nicola", "Rosie", "Sophie", "Tracey", "Yasmin", "Zara", "Bronwen", "Mairi", "Eilidh",
	"Adaeze", "Funmi", "Mei", "Agnieszka", "Aleksandra", "Maria", "Joy", "Abena", "Ruth", "Helen", "Claire", "Jo",
	"Adam", "Ben", "Chris", "Dan", "Ed", "Gareth", "Harry", "Ian", "Jamie", "Kieran", "Liam", "Mark", "Neil",
	"Owen", "Paul", "Raj", "Sam", "Tom", "Will", "Dafydd", "Rhys", "Ciarán", "Seán", "Callum", "Euan", "Fraser",
	"Mohammed", "Imran", "Tariq", "Kwame", "Tunde", "Wei", "Tomasz", "José", "Andrzej", "Ravi", "Sunil", "Joe",
	"Alex", "Jordan", "Robin", "Sasha", "Charlie", "Frankie", "Morgan", "Jude",
}

var surnamePre = []string{
	"Ash", "Brad", "Cal", "Dun", "El", "Fair", "Gold", "Hal", "Hart", "Ken", "Lang", "Mar", "Mill", "North", "Ox",
	"Pen", "Ram", "Red", "Shel", "Stan", "Thorn", "Wal", "West", "Whit", "Wood", "Brook", "Craw", "Hol", "Lin",
	"Ard", "Bel", "Car", "Dal", "Fen", "Gar", "Kirk", "Lees", "Mor", "Pem", "Ros", "Sand", "Tal", "Wyn", "Ab",
	"Bram", "Cor", "Dray", "Eld", "Frod", "Glen", "Hath", "Ing",
}

var surnameSuf = []string{
	"ley", "ton", "wood", "field", "more", "worth", "by", "ford", "well", "combe", "shaw", "stead", "brook",
	"ridge", "ham", "dale", "wick", "hurst", "croft", "den", "gate", "mont", "lock", "bury",
}

var placeSuf = []string{"dale", "field", "ford", "bridge", "moor", "vale", "bury", "port", "wick", "ham"}

var towns = []string{
	"Leeds", "Bristol", "Cardiff", "Glasgow", "Belfast", "Manchester", "Norwich", "Exeter", "Newcastle",
	"Sheffield", "Nottingham", "London", "Birmingham", "Liverpool", "Brighton", "Plymouth", "Hull", "Swansea",
	"Edinburgh", "Aberdeen", "Derby", "Leicester", "York", "Oxford", "Cambridge", "Southampton", "Kent",
	"Cornwall", "Cumbria", "Yorkshire", "Essex", "Devon", "Lancashire", "Wrexham", "Dundee", "Stoke",
}

var vagueLocations = []string{"UK", "England", "Wales", "Scotland", "North West", "South West", "The Midlands", "Somewhere in the NHS", "Earth", ""}

func (g *builder) surname() string {
	return pick(g.r, surnamePre) + pick(g.r, surnameSuf)
}

func (g *builder) place() string {
	p := pick(g.r, surnamePre)
	return p + pick(g.r, placeSuf)
}

// asciiFold turns a name into handle characters.
var fold = strings.NewReplacer("ë", "e", "â", "a", "á", "a", "é", "e", "è", "e", "í", "i", "ó", "o", "ö", "o", "ú", "u", "ñ", "n", "ł", "l", "ś", "s", "ż", "z", "ą", "a", "ę", "e")

func handleChars(s string) string {
	s = fold.Replace(s)
	var b strings.Builder
	for _, c := range s {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// titles are the words members use for their own role, by profession.
var titles = [numProfessions][]string{
	nurse:        {"nurse", "staff nurse", "ward sister", "charge nurse", "district nurse", "nurse practitioner", "RMN", "practice nurse", "LD nurse", "children's nurse"},
	student:      {"student nurse", "student nurse", "student nurse", "student midwife", "student pharmacist", "physio student", "student paramedic"},
	pharmacist:   {"pharmacist", "community pharmacist", "hospital pharmacist", "practice pharmacist", "pharmacist prescriber"},
	ahp:          {"physio", "physiotherapist", "OT", "occupational therapist", "speech and language therapist", "dietitian", "podiatrist", "radiographer"},
	doctor:       {"GP", "doctor", "registrar", "consultant", "FY2 doctor", "psychiatrist", "geriatrician"},
	midwife:      {"midwife", "community midwife", "labour ward midwife", "consultant midwife"},
	commissioner: {"commissioner", "commissioning manager", "service manager", "ops manager", "programme lead"},
	paramedic:    {"paramedic", "specialist paramedic", "advanced paramedic"},
	scientist:    {"clinical scientist", "biomedical scientist", "healthcare scientist", "audiologist", "cardiac physiologist"},
	pharmTech:    {"pharmacy technician", "pharmacy tech", "ACPT"},
	public:       {"carer", "patient", "parent carer", "lay member", "expert by experience"},
	organisation: {"team"},
}

var settings = [numProfessions][]string{
	nurse:        {"on our ward", "in the community", "in ED", "in our ICU", "in general practice", "on nights"},
	student:      {"on placement", "at uni", "on my current placement"},
	pharmacist:   {"in community pharmacy", "in our hospital pharmacy", "in the practice", "in the dispensary"},
	ahp:          {"in MSK outpatients", "in stroke rehab", "in the community", "in paediatrics"},
	doctor:       {"in general practice", "in ED", "on the acute take", "in clinic"},
	midwife:      {"on labour ward", "in the community", "in our birth centre"},
	commissioner: {"across our ICB", "in primary care commissioning", "at system level"},
	paramedic:    {"on the road", "in urgent care", "in the control room"},
	scientist:    {"in the lab", "in audiology", "in cardiac physiology"},
	pharmTech:    {"in the dispensary", "on the wards", "in medicines optimisation"},
	public:       {"as a carer", "at home", "at my local surgery"},
	organisation: {"across our network", "in our services"},
}

// bioTemplates say what people put in a profile. {e} is an employer, {t} a
// town, {title} their role word.
var bioTemplates = [numProfessions][]string{
	nurse: {"Staff nurse @{e} | RGN | views my own", "Registered nurse, {t}. Tweets my own.", "RMN working in community mental health",
		"Ward sister, {t} 💙", "District nurse | QN | {t}", "Children's nurse (RN Child) @{e}", "LD nurse and proud",
		"Nurse practitioner in general practice", "Senior charge nurse. #NHS", "ANP in urgent care, {t}", "Practice nurse. Mum of 3.",
		"Nurse, educator, tea drinker", "Critical care nurse @{e}"},
	student: {"Student nurse (adult) @{e}", "3rd year student nurse, mental health field", "SN | {t} | 2027 cohort",
		"Student pharmacist at {t} uni", "Physio student", "Student midwife 🤰 {t}", "Student nurse (child). Learning every day",
		"Student paramedic, {t}"},
	pharmacist: {"MRPharmS, community pharmacist", "Pharmacist | {t} | views own", "Hospital pharmacist, antimicrobials @{e}",
		"GP practice pharmacist", "Independent prescriber pharmacist, {t}", "Chief pharmacist @{e}", "Pharmacist. Runner. Tea.",
		"Community pharmacy owner, {t}"},
	ahp: {"Physio", "Physiotherapist, MSK | {t}", "Occupational therapist @{e}", "Speech and language therapist", "Dietitian (RD)",
		"Podiatrist, {t}", "Radiographer @{e}", "OT | AHP lead", "Paediatric SLT, views my own", "HCPC registered physio"},
	doctor: {"GP, {t}", "Consultant geriatrician @{e}", "FY2 doctor", "Emergency medicine registrar", "Doctor. Dad. Runner.",
		"Psychiatrist, views my own", "Salaried GP and medical educator", "Acute physician, {t}"},
	midwife: {"Midwife | {e}", "Community midwife, {t}", "RM. Birth matters.", "Consultant midwife @{e}", "Labour ward midwife, night owl 🦉"},
	commissioner: {"Commissioning manager, {t} ICB", "Head of medicines optimisation, {t} ICB", "Service manager @{e}",
		"Integrated care board | primary care commissioning", "NHS manager. Views own.", "Programme lead, urgent care, {t}"},
	paramedic: {"Paramedic @{e}", "Specialist paramedic, urgent care", "HCPC registered paramedic, {t}", "Advanced paramedic in primary care"},
	scientist: {"Clinical scientist (biochemistry)", "Healthcare scientist | audiology", "Biomedical scientist, blood sciences @{e}",
		"Clinical physiologist - cardiac", "Genomic scientist, {t}"},
	pharmTech: {"Pharmacy technician | {e}", "Registered pharmacy technician, medicines optimisation", "Accuracy checking pharmacy technician, {t}"},
	public: {"Carer for my mum", "Patient advocate. Living with type 1 diabetes", "Lay member, patient participation group",
		"Expert by experience", "Parent carer. Campaigner.", "Carer, {t}. Tired but hopeful"},
	organisation: {"Official account of {o}. Monitored Mon–Fri 9–5.", "{o}: supporting staff and patients across {t}",
		"News from {o}", "{o}. We share, we learn, we improve."},
}

// vagueBios give no clue to a profession, so the loader must call them
// unknown.
var vagueBios = []string{"Views my own.", "Tea, cats and quality improvement", "Proud to work in the #NHS", "{t}. Running. Coffee.",
	"", "Learning every day", "Mum, wife, dog walker", "Healthcare. Opinions mine.", "Here for the chats 💬", "Always curious",
	"Working for a fairer NHS", "Dad of two, {t}", "Northerner. Optimist."}

var orgKinds = [numProfessions][]string{
	nurse:        {"NHS Foundation Trust", "Hospital", "Community Health"},
	pharmacist:   {"Community Pharmacy", "Pharmacy Network", "Medicines Team"},
	ahp:          {"Therapy Services", "AHP Network"},
	commissioner: {"ICB", "Primary Care Network", "Health Partnership"},
	public:       {"Carers Centre", "Patient Forum", "Healthwatch"},
	midwife:      {"Maternity Voices", "Maternity Services"},
}

func (g *builder) employer() string {
	p := g.place()
	switch g.r.IntN(3) {
	case 0:
		return p + "NHS"
	case 1:
		return p + "TH"
	default:
		return p + "Health"
	}
}

func fillBio(t string, m *member, town, org string) string {
	t = strings.ReplaceAll(t, "{e}", m.employer)
	t = strings.ReplaceAll(t, "{t}", town)
	t = strings.ReplaceAll(t, "{o}", org)
	return t
}

// handles keeps handles unique per platform (per instance on Mastodon),
// case-insensitively, as the platforms do.
type handles map[string]struct{}

// claim takes base, or base with digits when it is taken, within scope (""
// or a Mastodon instance), at most max characters long.
func (h handles) claim(r *rand.Rand, base, scope string, max int) string {
	if len(base) > max {
		base = base[:max]
	}
	if len(base) < 3 {
		base += "nhs"
	}
	cand := base
	for i := 0; ; i++ {
		key := strings.ToLower(cand) + "@" + scope
		if _, taken := h[key]; !taken {
			h[key] = struct{}{}
			return cand
		}
		suffix := strconv.Itoa(r.IntN(90) + 10)
		if i > 5 {
			suffix = strconv.Itoa(r.IntN(90000) + 1000)
		}
		b := base
		if len(b)+len(suffix) > max {
			b = b[:max-len(suffix)]
		}
		cand = b + suffix
	}
}

// xHandleBase shapes an X handle the ways people do: names, roles and
// initials glued together.
func (g *builder) xHandleBase(first, last string, p profession) string {
	f, l := handleChars(first), handleChars(last)
	role := map[profession]string{nurse: "RN", midwife: "MW", pharmacist: "Pharm", ahp: "Physio", doctor: "Doc", paramedic: "Para", student: "SN"}[p]
	switch g.r.IntN(7) {
	case 0:
		return f + l
	case 1:
		return f + "_" + l
	case 2:
		if role != "" {
			return f + l + role
		}
		return f + l + "UK"
	case 3:
		return f[:1] + l
	case 4:
		if role != "" {
			return role + f
		}
		return f + "_" + l[:1]
	case 5:
		return strings.ToLower(f + l)
	default:
		return l + f
	}
}
