package domain

import (
	"cmp"
	"strings"
	"time"
)

// Kind says whether a professional is a person or an organisation taking part.
type Kind string

const (
	KindPerson       Kind = "PERSON"
	KindOrganisation Kind = "ORGANISATION"
)

// Professional is a person or organisation taking part in the chats, with
// all of their accounts across platforms.
type Professional struct {
	ID        string     `json:"id"`
	Kind      Kind       `json:"kind"`
	Name      string     `json:"name"`
	Bio       string     `json:"bio"`
	Location  string     `json:"location"`
	FirstSeen *time.Time `json:"firstSeen"`
	LastSeen  *time.Time `json:"lastSeen"`
	OptedOut  bool       `json:"optedOut"`
}

// Account is one platform account, keyed "platform:handle" in lower case.
type Account struct {
	Key      string `json:"key"`
	Platform string `json:"platform"`
	Handle   string `json:"handle"`
}

// AccountFromKey splits an account key into its platform and handle.
func AccountFromKey(key string) *Account {
	platform, handle, _ := strings.Cut(key, ":")
	return &Account{Key: key, Platform: platform, Handle: handle}
}

// LocalHandle is the part of a handle people say aloud: "nina" for
// mastodon:nina@nurses.social and for bsky:nina.bsky.social. A bare handle
// is matched against it, which is what makes "@nina" ambiguous across
// platforms.
func LocalHandle(key string) string {
	platform, handle, _ := strings.Cut(key, ":")
	switch platform {
	case "mastodon":
		handle, _, _ = strings.Cut(handle, "@")
	case "bsky":
		handle, _, _ = strings.Cut(handle, ".")
	}
	return handle
}

// ProfessionSource says where a professional's profession came from; the
// roster wins over anything inferred.
type ProfessionSource string

const (
	SourceRoster ProfessionSource = "ROSTER"
	SourceBio    ProfessionSource = "BIO"
	SourceManual ProfessionSource = "MANUAL"
)

// ProfessionsAndCommunities is what a professional's page shows beside
// their name: their profession claims, strongest first, and their
// communities, by name.
type ProfessionsAndCommunities struct {
	Professions []*ProfessionClaim
	Communities []*Community
}

// ProfessionsOrNone is p's claims, an empty list for no one (a
// professional the store did not find).
func (p *ProfessionsAndCommunities) ProfessionsOrNone() []*ProfessionClaim {
	if p == nil || p.Professions == nil {
		return []*ProfessionClaim{}
	}
	return p.Professions
}

// CommunitiesOrNone is p's communities, an empty list for no one.
func (p *ProfessionsAndCommunities) CommunitiesOrNone() []*Community {
	if p == nil || p.Communities == nil {
		return []*Community{}
	}
	return p.Communities
}

// ProfessionClaim ties a professional to a profession with where that came
// from and how sure it is.
type ProfessionClaim struct {
	Profession string           `json:"profession"`
	Source     ProfessionSource `json:"source"`
	Confidence float64          `json:"confidence"`
}

// sourceRank orders claims: the roster wins, a manual correction comes next,
// what the bio suggests comes last.
var sourceRank = map[ProfessionSource]int{SourceRoster: 0, SourceManual: 1, SourceBio: 2}

// CompareClaims orders claims strongest first: by source, then the surer
// first, then by profession.
func CompareClaims(a, b *ProfessionClaim) int {
	if d := sourceRank[a.Source] - sourceRank[b.Source]; d != 0 {
		return d
	}
	if d := cmp.Compare(b.Confidence, a.Confidence); d != 0 {
		return d
	}
	return cmp.Compare(a.Profession, b.Profession)
}

// Profession is one of the canonical professions, with how many
// professionals currently claim it.
type Profession struct {
	Name          string   `json:"name"`
	Aliases       []string `json:"aliases"`
	Professionals int      `json:"professionals"`
}
