// Package archive reads the archives communities keep of their chats (X API
// pages, TAGS sheets, Mastodon statuses, Bluesky posts, records, repository
// exports and Jetstream events, neutral JSONL, the roster and the chat
// catalogue) into one neutral shape, one record at a
// time, so that the loader never holds a whole file in memory.
//
// # Reading
//
//	in, err := archive.Open(path, "")   // "-" is stdin; gzip and a BOM are handled
//	r, err := in.Reader(archive.Options{})
//	for {
//		it, err := r.Next()              // io.EOF at the end
//		...                              // it.Post, it.Roster, it.Chat, it.Reject or it.Skipped
//	}
//
// Next returns an error only when reading fails (an I/O error, a corrupt
// gzip stream). Bad content is an Item with Reject set, naming the file, the
// line where the record starts, the reason and the record's text (its first
// 64 KiB). A post whose id the file had already is an Item with Duplicate
// set and FirstLine the line of its first sighting. Every record read comes
// out exactly once, so Stats().Read == Loaded + Rejected + Duplicates +
// Skipped always holds (a skipped record is sound but left out on purpose,
// such as a direct message in an account export). Roster and catalogue
// rows keep their text (Raw) too, for the rejects the loader decides on (a
// roster row naming an account an earlier row named). A CSV whose header
// lacks a required column is the one whole-file error, from NewReader
// (ErrMissingColumns), since none of its rows can be read.
//
// # Detection
//
// Open and NewReader tell a file's format from its content: a CSV by its
// header, JSON by the keys of its first record (going into arrays and page
// wrappers: an X page's data, a feed). A first record longer than the
// 64 KiB looked at first is read to its end, up to Options.MaxRecordBytes,
// and given back to the reader, so that the format does not depend on the
// record's size (a neutral post whose long bio comes before its platform
// field). Only JSON whose first record says nothing (an API error answer
// before the data) or is over the limit is told by telltale substrings of
// its first 64 KiB.
//
// A record is a tweet, status or post, a roster row or a catalogue row. A
// Mastodon reblog or a Bluesky feed item with a repost reason holds the
// reposted post whole, so it yields two records: the original (flagged
// Duplicate if the file already had it) and the repost.
//
// # Memory
//
// One record is held at a time, at most Options.MaxRecordBytes (16 MiB by
// default); an X page counts as one record (the API caps a page at 500
// tweets) and so does a Bluesky feed page. Top-level JSON arrays are read
// element by element, so their size does not matter. Past that, a reader
// keeps: the ids it has seen, to flag duplicates within the file
// (Options.MaxSeenIDs, 1<<20 by default, about 40 bytes each; past the cap
// new ids are no longer remembered and the loader's MERGE absorbs repeats);
// up to 1<<17 X users from earlier pages, to resolve a reply whose page
// lacks the user; up to 1<<17 Mastodon local status ids.
//
// Cut-off input is handled where it can be seen: a JSON record whose line
// ends inside a string, or that is still open when a new record visibly
// starts, is rejected and reading resumes there. In a file written a record
// a line (JSONL), a cut line costs that line only, wherever the cut falls.
// The whole tweets of a cut X page are read and the rest of the page is one
// reject. A CSV quote that never closes costs only the line it opens on.
// Stray commas and closing brackets between records hold nothing and are
// skipped.
//
// # Keys and ids
//
// Account keys are "platform:handle", lowercased. Post ids are
// "platform:native-id". Per platform:
//
//   - X (API and TAGS): account "x:" + username; post "x:" + tweet id.
//     ReplyToAccount comes from in_reply_to_user_id through includes.users
//     (or users of earlier pages), else from the replied-to tweet in
//     includes.tweets, else "". Conversation is "x:" + conversation_id.
//   - Mastodon: account "mastodon:" + user@domain; a local account's acct
//     has no domain, so the domain is its profile URL's host
//     (https://nurses.social/@ann gives ann@nurses.social). A post is named
//     by its uri, which the origin server mints and every instance repeats:
//     Mastodon's uris end /users/NAME/statuses/ID (4.5 mints
//     /ap/users/ACCOUNT-ID/statuses/ID), giving
//     "mastodon:ID@host" with ID the origin's own status id; other servers'
//     uris are kept whole ("mastodon:https://host/objects/..."). For a local
//     status ID is also the id the instance's API shows, so a reply whose
//     in_reply_to_id names a local parent maps to the parent's post id
//     without seeing it: ReplyTo equals the parent's ID whenever both come
//     from the same instance's API. A parent on another server is known to
//     this API only by a local id: it resolves when the parent appeared
//     earlier in the same file; else ReplyTo is the parent's alias on the
//     instance, "alias:mastodon/HOST/ID", and every status carries its own
//     alias in Aliases, so the loader links the reply whenever the parent
//     comes (later in the file, in another file or another load: timelines
//     list newest first, so an answer usually comes before its parent).
//     The instance (HOST) is the web host of the first local account the
//     file shows (an author or a mention without a domain); a file's
//     statuses are held until it shows one (at most 4,096), and a file that
//     never does gives no aliases, so its answers to remote statuses not in
//     the file keep ReplyTo "" (ReplyToAccount is still set from the
//     mentions). Quotes (Mastodon 4.4+) are read the same way.
//     Author.NativeID is the account id local to the instance. A thread's
//     context ({"ancestors": [...], "descendants": [...]}) is read as its
//     statuses, ancestors first; it lacks the status it was asked for.
//   - Bluesky: account "bsky:" + handle; an account whose handle is not
//     known ("handle.invalid", or a record that names its author only by
//     DID) is "bsky:" + its DID. Post "bsky:" + at:// URI. Mentions are DIDs
//     in facets (or, in posts of early 2023, "mention" entities), resolved
//     to handles by the text the facet covers ("@ann.bsky.social"), else to
//     the DID. Whom a post answers or quotes is the author of the URI it
//     names: the handle the AppView showed for it, or that a mention of the
//     same DID shows, else "bsky:" + the DID in the URI. A repost is
//     "bsky:" + the repost record's URI when the AppView sends it (and
//     always from a repost record), else the stable stand-in
//     "bsky:repost/" + reposter DID + "/" + post URI. Conversation is the
//     thread root's id (the post's own for a root). "Bluesky" below says
//     which formats are read.
//
// # Formats of the tools' own outputs
//
//   - twarc2 flatten (JSONL, one tweet a line) inlines the author as author,
//     the user answered as in_reply_to_user and each referenced tweet whole
//     with its author: these give the same targets as the pages' includes.
//   - twarc-csv (`twarc2 csv`, format "twarc-csv") flattens a tweet into
//     dotted columns: author.username, referenced_tweets.replied_to.id with
//     in_reply_to_username, .quoted.id with quoted_username, .retweeted.id
//     with retweeted_username, entities.mentions and entities.hashtags as
//     JSON lists (["@ann"], or older versions' entity objects). It writes a
//     retweet's text and entities from the retweeted tweet, and names the
//     user answered only when a tweet is answered.
//   - A tweet whose author X did not describe (withheld or suspended users
//     are left out of includes.users; twarc-csv leaves author.username
//     empty) is kept under "x:id:" + the user id, with no profile; on an X
//     page cut short before its includes, such a tweet is rejected instead,
//     since its author may be in the part lost.
//   - The X personal archive (format "x-archive"): see xarchive.go. Its
//     tweets are v1.1 tweets, whose author is the archive's owner
//     (account.js and profile.js beside tweets.js); Grailbird's months carry
//     their author and the retweeted tweet whole. As in TAGS sheets, a
//     retweet without retweeted_status is known by "RT @ann:" only, and a
//     quote by a link to the quoted tweet.
//   - A Mastodon account export's outbox.json (format "mastodon-outbox"):
//     see outbox.go. Public and unlisted Create activities are the owner's
//     statuses, public Announce activities their boosts; followers-only
//     posts and direct messages are skipped.
//   - A TAGS sheet saved as tab-separated values reads as its CSV.
//
// # Reposts and quotes
//
// A repost addresses nobody: its Mentions are empty (X puts the reposted
// author and everyone they mentioned in "RT @ann: ...", which is kept as
// the Text since the archive has it), its Hashtags are
// kept so it can be placed in its chat, Reposts names the original and
// RepostsAccount its author. A TAGS sheet keeps no id for what a retweet
// retweets, so there Reposts is "" and RepostsAccount comes from the
// "RT @ann:" prefix. TAGS marks a quote only by a link to the quoted tweet
// in entities_str; such a link becomes Quotes and QuotesAccount.
//
// # Bluesky
//
// Each is told from its content (Detect):
//
//   - AppView answers (format "bsky"): app.bsky.feed.getPostThread
//     ({thread}: ancestors through parent, then the post, then replies),
//     getAuthorFeed, getTimeline and other feed pages ({feed: [feedViewPost]}),
//     searchPosts ({posts: [postView]}), a bare postView or feed item, or
//     any of them a JSON line each. A feed item with a reasonRepost yields
//     the post and the repost; a reasonPin yields the post.
//   - Bare records (format "bsky"): com.atproto.repo.getRecord answers
//     ({uri, cid, value}) and listRecords pages ({records: [...], cursor}).
//     The author is known only by the DID in the at:// URI (a URI naming
//     the repository by handle gives that handle), with no profile.
//   - A repository export (format "bsky-car"): the CAR file
//     com.atproto.sync.getRepo returns (`goat repo export`, the account
//     export of the Bluesky app). It is read whole, up to
//     Options.MaxRepoBytes (1 GiB), because its records are found by
//     walking the commit's Merkle search tree, which needs every block: the
//     go-car/v2 library reads the file and indigo's atproto/repo/mst walks
//     the tree (repository versions 2 and 3). A record's "line" in rejects
//     is its position, from 1, in the tree's key order; its raw text is its
//     getRecord form. An export that cannot be read whole (cut short, no
//     commit, a tree with missing blocks) is one reject at line 1.
//   - Jetstream events (format "jetstream"), one JSON object a line as
//     Jetstream sends them ({did, time_us, kind, commit: {operation,
//     collection, rkey, record, cid}}). A create or update of a post or a
//     repost is read as a record of that URI (an update is the same post:
//     a repeat within the file, and what the graph has stays); time_us
//     stands in for a record without createdAt.
//
// Of records, posts (app.bsky.feed.post) and reposts (app.bsky.feed.repost)
// are read; everything else (likes, follows, blocks, profiles, other
// applications' records) and Jetstream's deletes, identity and account
// events are not rows: they are counted in Stats.Skipped by kind, never
// rejected. A repost record gives no hashtags (the reposted text is not in
// it), so it joins a chat only through the loader's other rules.
//
// createdAt is an atproto datetime. The spec requires a time zone, but
// records written before Bluesky enforced it (in 2023 the Python SDK wrote
// naive UTC times) lack one: such a time is read as UTC, as the reference
// implementation's lenient parser does for legacy records (indigo's
// syntax.ParseDatetimeLenient). A createdAt that is no datetime at all is
// rejected, the reason quoting it.
//
// One person, one account. The AppView names people by handle and DID, a
// record by DID only, so Post.AccountDIDs carries the DID behind each
// handle a post names (the author's is Author.NativeID): as the AppView
// showed it, or as a mention's text showed it. The loader keeps the DID on
// the account, writes a DID-keyed name under the handle the load or the
// graph knows for it (an author's own profile wins over a mention's text),
// and folds an account keyed by DID into the handle account that later
// claims its DID, whatever the order of files and loads (see
// neo4jstore/bskyids.go). A handle that changed gives two accounts with
// one DID, which are not merged.
//
// Self-replies, replies to posts not in the file and posts without any
// hashtag are all loaded: whether they count is the loader's decision.
package archive
