package archive

import "time"

// Post is one post as an archive recorded it, with every reference already
// turned into the graph's keys: post ids are "platform:native-id" and accounts
// are "platform:handle", lowercased.
type Post struct {
	ID        string // "x:1465432", "mastodon:109876@nurses.social", "bsky:at://did:plc:x/app.bsky.feed.post/3k"
	Platform  string // "x", "mastodon" or "bsky"
	Author    Author
	Text      string
	CreatedAt time.Time

	ReplyTo        string // id of the post this one answers, "" if none
	ReplyToAccount string // account key of the author answered, "" when the archive does not say
	Quotes         string // id of the quoted post, "" if none
	QuotesAccount  string // account key of the quoted post's author, "" when the archive does not say
	Reposts        string // id of the reposted post; a repost carries no text of its own
	// RepostsAccount is the account key of the reposted post's author. It can
	// be set while Reposts is "": a TAGS sheet keeps "RT @ann: ..." but not
	// the id of ann's post, and the endorsement is still worth a tie.
	RepostsAccount string
	Mentions       []string
	Hashtags       []string // lowercased, without '#'
	Conversation   string   // the platform's thread id, when it has one
	// Aliases are other names the post goes by in archives, which a reply
	// or quote may use as its target: a Mastodon status's id on the
	// instance whose API wrote the file ("alias:mastodon/HOST/ID"). They
	// start with AliasPrefix.
	Aliases []string
	// AccountDIDs are the Bluesky DIDs behind the handles the post names
	// (whom it mentions, answers, quotes or reposts; the author's is
	// Author.NativeID), by account key: as the AppView showed them, or as a
	// mention's text shows its DID. A record read without the AppView names
	// accounts by DID ("bsky:did:plc:..."); the loader makes one account of
	// a DID and its handle.
	AccountDIDs map[string]string

	Source Source
}

// AliasPrefix starts every post alias (Post.Aliases), and a ReplyTo,
// Quotes or Reposts that names a post by an alias: the loader resolves it
// to the post's id when the post is known, now or in a later load.
const AliasPrefix = "alias:"

// mastoAPIAlias is the alias of the status with the given id on the
// Mastodon instance whose web host is host.
func mastoAPIAlias(host, id string) string {
	return AliasPrefix + "mastodon/" + host + "/" + id
}

// Author is the account that wrote a post, with the profile the archive kept.
type Author struct {
	Key      string // "x:wepharmacists", "mastodon:ann@nurses.social", "bsky:ann.bsky.social"
	Handle   string // as the platform shows it, case kept
	NativeID string // the platform's user id, used to resolve replies that name only a user id
	Name     string
	Bio      string
	Location string
}

// Profile is an account's profile read without a post (Bluesky's
// getProfiles): its bio tells the account's profession as a post's author
// profile does. At is when the platform last saw it, so that the newest
// profile wins whatever order files come in.
type Profile struct {
	Platform string
	Author   Author
	At       time.Time
	Source   Source
}

// Source says where a row came from, for rejects and error messages.
type Source struct {
	File string
	Line int // 1-based line where the row starts
}

// RosterEntry is one professional from a community's roster.
type RosterEntry struct {
	Accounts    []string // account keys; several tie several accounts to one professional
	Name        string
	Professions []string // as written; the loader maps aliases to canonical professions
	Communities []string
	OptedOut    bool
	Source      Source
	Raw         string // the row as read, for a reject the loader decides on
}

// CatalogueEntry is one hosted chat from the chat catalogue.
type CatalogueEntry struct {
	Community string
	Hashtag   string // lowercased, without '#'
	Topic     string
	Host      string // account key of the host
	Start     time.Time
	Duration  time.Duration
	// Platforms are where the chat happens, for `loader collect
	// --catalogue`: "mastodon:nurses.social", "bsky", "x" (the optional
	// platforms column, separated by spaces, commas or semicolons).
	Platforms []string
	Source    Source
	Raw       string // the row as read, for a reject the loader decides on
}

// Reject is a row that could not be loaded. Raw keeps the row's text so that
// nothing that was read is lost.
type Reject struct {
	Source Source
	Reason string
	Raw    string
}
