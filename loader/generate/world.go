package generate

import (
	"math"
	"math/rand/v2"
	"time"
)

// Professions, in the canonical names of DESIGN.md.
type profession uint8

const (
	nurse profession = iota
	student
	pharmacist
	ahp
	doctor
	midwife
	commissioner
	paramedic
	scientist
	pharmTech
	public
	organisation
	numProfessions
)

var professionNames = [numProfessions]string{
	"nurse", "student", "pharmacist", "allied health professional", "doctor", "midwife",
	"commissioner/manager", "paramedic", "healthcare scientist", "pharmacy technician",
	"patient/carer/public", "organisation",
}

// professionShare is the share of members in each profession: nurses are the
// biggest group by far, as in the real communities.
var professionShare = [numProfessions]float64{
	0.33, 0.14, 0.10, 0.09, 0.06, 0.06, 0.04, 0.03, 0.03, 0.03, 0.06, 0.03,
}

type platform uint8

const (
	onX platform = iota
	onMastodon
	onBluesky
	numPlatforms
)

var platformNames = [numPlatforms]string{"x", "mastodon", "bsky"}

// Mastodon instances. Communities are archived from their home instance, and
// members live on the instance of their profession.
var instances = []string{"nurses.social", "pharmacists.social", "healthcare.social"}

type community struct {
	name    string
	tag     string // hashtag as people write it, without '#'
	account string // host handle on X
	weekday time.Weekday
	nth     [2]int // which weekdays of the month the chat runs
	hour    int    // UK wall clock
	minute  int
	home    []profession // professions whose members mostly join it
	inst    int          // Mastodon instance its archive comes from
	scale   float64      // how big its chats run relative to the median
	mdt     bool         // multidisciplinary: no preference for one's own profession
	tags    bool         // archived with a TAGS sheet rather than the X API
	noCat   bool         // no catalogue entries: chats must be found by burst detection
	extra   []topic      // topics of its own beside the shared list

	// Filled when the world is built.
	mastoFrom, bskyFrom int // first day it runs on Mastodon / Bluesky; never if ≥ days
	host                int // member index of its own account
	members             []int32
	cum                 []float64 // cumulative activity of members, for weighted draws
	ambient             float64   // expected posts a day between chats
}

var communityTable = []community{
	{name: "WeNurses", tag: "WeNurses", account: "WeNurses", weekday: time.Thursday, nth: [2]int{1, 3}, hour: 20, home: []profession{nurse}, inst: 0, scale: 1.4},
	{name: "WePharmacists", tag: "WePh", account: "WePharmacists", weekday: time.Thursday, nth: [2]int{2, 4}, hour: 20, home: []profession{pharmacist, pharmTech}, inst: 1, scale: 1.1, tags: true,
		extra: []topic{{"community pharmacy under pressure", "CommunityPharmacy"}, {"pharmacists in general practice", "PCNpharmacy"}, {"independent prescribing", "prescribing"}}},
	{name: "WeMidwives", tag: "WeMidwives", account: "WeMidwives", weekday: time.Sunday, nth: [2]int{2, 4}, hour: 20, home: []profession{midwife}, inst: 0, scale: 0.9, tags: true,
		extra: []topic{{"continuity of carer", "continuity"}, {"breastfeeding support", "breastfeeding"}, {"perinatal mental health", "PerinatalMH"}}},
	{name: "WeCommissioners", tag: "WeCommissioners", account: "WeCommissioners", weekday: time.Friday, nth: [2]int{1, 3}, hour: 12, minute: 30, home: []profession{commissioner}, inst: 2, scale: 0.7,
		extra: []topic{{"population health management", "PHM"}, {"integrated care systems", "ICS"}}},
	{name: "WeAHPs", tag: "WeAHPs", account: "WeAHPs", weekday: time.Wednesday, nth: [2]int{2, 4}, hour: 20, home: []profession{ahp}, inst: 2, scale: 1.0,
		extra: []topic{{"AHPs into action", "AHPsIntoAction"}, {"first contact practitioners", "FCP"}}},
	{name: "WeStudentNurses", tag: "WeStudentNurses", account: "WeStudentNurses", weekday: time.Monday, nth: [2]int{1, 3}, hour: 20, home: []profession{student}, inst: 0, scale: 1.1,
		extra: []topic{{"surviving your first placement", "placements"}, {"assessment and portfolios", "portfolio"}}},
	{name: "WeMDT", tag: "WeMDT", account: "WeMDT", weekday: time.Tuesday, nth: [2]int{2, 4}, hour: 19, home: nil, inst: 2, scale: 1.0, mdt: true,
		extra: []topic{{"who is in your team?", "MDT"}, {"breaking down profession silos", "silos"}}},
	{name: "WeMHNurses", tag: "WeMHNurses", account: "WeMHNurses", weekday: time.Wednesday, nth: [2]int{1, 3}, hour: 20, home: []profession{nurse}, inst: 0, scale: 0.9,
		extra: []topic{{"restrictive practice", "RestrictivePractice"}, {"physical health in mental illness", "PhysicalHealth"}}},
	{name: "WeLDNurses", tag: "WeLDNurses", account: "WeLDNurses", weekday: time.Tuesday, nth: [2]int{1, 3}, hour: 19, home: []profession{nurse}, inst: 0, scale: 0.7,
		extra: []topic{{"reasonable adjustments", "ReasonableAdjustments"}, {"STOMP: stopping over-medication", "STOMP"}}},
	{name: "WeCYPNurses", tag: "WeCYPNurses", account: "WeCYPNurses", weekday: time.Monday, nth: [2]int{2, 4}, hour: 20, home: []profession{nurse}, inst: 0, scale: 0.7, noCat: true,
		extra: []topic{{"transition to adult services", "transition"}, {"family-centred care", "FamilyCentred"}}},
	{name: "WeDistrictNurses", tag: "WeDistrictNurses", account: "WeDistrictNurses", weekday: time.Wednesday, nth: [2]int{2, 4}, hour: 13, home: []profession{nurse}, inst: 0, scale: 0.8,
		extra: []topic{{"caseload management", "caseload"}, {"wound care at home", "WoundCare"}}},
	{name: "WeHCScientists", tag: "WeHCS", account: "WeHCScientists", weekday: time.Thursday, nth: [2]int{1, 3}, hour: 12, minute: 30, home: []profession{scientist}, inst: 2, scale: 0.6,
		extra: []topic{{"genomics in routine care", "genomics"}, {"point of care testing", "POCT"}}},
	{name: "WeParamedics", tag: "WeParamedics", account: "WeParamedics", weekday: time.Monday, nth: [2]int{1, 3}, hour: 21, home: []profession{paramedic}, inst: 2, scale: 0.7, noCat: true,
		extra: []topic{{"handover delays", "handover"}, {"paramedics in primary care", "ParamedicsInPC"}}},
	{name: "WeDocs", tag: "WeDocs", account: "WeDocs", weekday: time.Sunday, nth: [2]int{1, 3}, hour: 21, home: []profession{doctor}, inst: 2, scale: 0.8,
		extra: []topic{{"rota gaps", "rotas"}, {"generalism", "generalism"}}},
	{name: "WeMedLeaders", tag: "WeMedLeaders", account: "WeMedLeaders", weekday: time.Friday, nth: [2]int{2, 4}, hour: 12, minute: 30, home: []profession{doctor, commissioner}, inst: 2, scale: 0.6,
		extra: []topic{{"clinical leadership", "ClinicalLeadership"}, {"quality improvement at scale", "QI"}}},
	{name: "WeCarers", tag: "WeCarers", account: "WeCarers", weekday: time.Saturday, nth: [2]int{1, 3}, hour: 11, home: []profession{public}, inst: 2, scale: 0.7,
		extra: []topic{{"being heard as a carer", "CarersVoice"}, {"respite", "respite"}}},
}

// primaryCommunities maps a profession to the communities its members call
// home, with weights.
var primaryCommunities = [numProfessions][]struct {
	name string
	w    float64
}{
	nurse:        {{"WeNurses", 0.5}, {"WeMHNurses", 0.15}, {"WeLDNurses", 0.08}, {"WeCYPNurses", 0.1}, {"WeDistrictNurses", 0.17}},
	student:      {{"WeStudentNurses", 0.9}, {"WeAHPs", 0.05}, {"WePharmacists", 0.05}},
	pharmacist:   {{"WePharmacists", 1}},
	ahp:          {{"WeAHPs", 1}},
	doctor:       {{"WeDocs", 0.7}, {"WeMedLeaders", 0.3}},
	midwife:      {{"WeMidwives", 1}},
	commissioner: {{"WeCommissioners", 0.7}, {"WeMedLeaders", 0.3}},
	paramedic:    {{"WeParamedics", 1}},
	scientist:    {{"WeHCScientists", 1}},
	pharmTech:    {{"WePharmacists", 1}},
	public:       {{"WeCarers", 0.7}, {"WeMDT", 0.3}},
	organisation: {{"WeNurses", 0.3}, {"WePharmacists", 0.2}, {"WeAHPs", 0.1}, {"WeCommissioners", 0.15}, {"WeMDT", 0.1}, {"WeMidwives", 0.05}, {"WeCarers", 0.1}},
}

// mdtShare is how likely a member of each profession also joins WeMDT.
var mdtShare = [numProfessions]float64{0.2, 0.12, 0.35, 0.3, 0.45, 0.2, 0.5, 0.3, 0.3, 0.25, 0.4, 0.3}

type topic struct {
	phrase string
	tag    string // a topic hashtag a question may use
}

var sharedTopics = []topic{
	{"good teamwork", "teamwork"}, {"medicines safety", "MedSafety"}, {"staff wellbeing and burnout", "wellbeing"},
	{"deprescribing in older people", "deprescribing"}, {"antimicrobial stewardship", "AMR"},
	{"social prescribing", "SocialPrescribing"}, {"recognising sepsis", "sepsis"}, {"falls prevention", "falls"},
	{"end of life care", "EndOfLife"}, {"learning from incidents", "PatientSafety"},
	{"preceptorship for new registrants", "preceptorship"}, {"digital tools in practice", "DigitalHealth"},
	{"health inequalities", "HealthInequalities"}, {"mental health in primary care", "MentalHealth"},
	{"leadership at every level", "leadership"}, {"supporting learners on placement", "placements"},
	{"keeping people out of hospital", "admissions"}, {"person-centred care", "PersonCentred"},
	{"infection prevention", "IPC"}, {"polypharmacy", "polypharmacy"}, {"research in everyday practice", "research"},
	{"speaking up", "SpeakUp"}, {"virtual wards", "VirtualWards"}, {"keeping our workforce", "retention"},
	{"dementia care", "dementia"}, {"diabetes care", "diabetes"}, {"the menopause at work", "menopause"},
	{"pain management", "pain"}, {"safeguarding", "safeguarding"}, {"reflective practice", "reflection"},
	{"working across professions", "MDT"}, {"the climate and green healthcare", "GreenerNHS"},
}

// Member flags.
const (
	flagIsolated  = 1 << iota // posts are never answered
	flagLapsed                // active early, silent at the end
	flagNewcomer              // joins late; nobody answers in their first chat
	flagOptedOut              // asked (in the roster) not to be suggested or shown
	flagRostered              // listed in the roster
	flagHost                  // a community's own account
	flagChatDebut             // first appears in a chat rather than between chats
)

type member struct {
	name     string
	title    string // the word they use for their role ("physio", "GP")
	bio      string
	location string
	employer string
	prof     profession
	flags    uint8
	comms    []uint8
	w        float64 // activity: heavy-tailed
	join     int32   // first day they can take part
	leave    int32   // first day they no longer take part
	debut    int32   // day of their first post

	has                [numPlatforms]bool
	xHandle            string
	xID                uint64
	mUser              string
	mInst              uint8
	mID                uint64
	bHandle            string
	did                string
	created            int64 // account creation, unix ms
	followers, friends int32

	// Running state while posts are made.
	attended bool  // has taken part in a chat
	mark     int32 // id+1 of the last chat that drew them
	posts    int32 // posts written
	answered int32 // replies, mentions and quotes received
	first    int32 // day of first post, -1 before
	last     int32
}

func (m *member) is(f uint8) bool { return m.flags&f != 0 }

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// pareto draws a heavy-tailed activity level: most members post once or
// twice, a few post in almost every chat.
func pareto(r *rand.Rand, alpha, max float64) float64 {
	v := math.Pow(1-r.Float64(), -1/alpha)
	return math.Min(v, max)
}

func lognormal(r *rand.Rand, median, sigma float64) float64 {
	return median * math.Exp(sigma*r.NormFloat64())
}

func poisson(r *rand.Rand, lambda float64) int {
	if lambda <= 0 {
		return 0
	}
	if lambda > 30 {
		n := int(math.Round(lambda + math.Sqrt(lambda)*r.NormFloat64()))
		return max(n, 0)
	}
	l, k, p := math.Exp(-lambda), 0, 1.0
	for {
		p *= r.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

func weighted(r *rand.Rand, ws []float64) int {
	var sum float64
	for _, w := range ws {
		sum += w
	}
	x := r.Float64() * sum
	for i, w := range ws {
		x -= w
		if x < 0 {
			return i
		}
	}
	return len(ws) - 1
}
