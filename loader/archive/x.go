package archive

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type xUser struct {
	ID          string `json:"id"`
	Username    string `json:"username"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Location    string `json:"location"`
	bad         string // why this user's profile cannot be used
}

type xEntities struct {
	Mentions []xMention `json:"mentions"`
	Hashtags []xHashtag `json:"hashtags"`
}

type xMention struct {
	Username string `json:"username"`
}

type xHashtag struct {
	Tag string `json:"tag"`
}

type xRef struct {
	Type string `json:"type"`
	ID   string `json:"id"`
	// twarc2 flatten inlines the referenced tweet, with its author.
	AuthorID string `json:"author_id"`
	Author   *xUser `json:"author"`
}

// xNote holds the whole text of a post over 280 characters.
type xNote struct {
	Text     string     `json:"text"`
	Entities *xEntities `json:"entities"`
}

type xTweet struct {
	ID               string     `json:"id"`
	Text             string     `json:"text"`
	AuthorID         string     `json:"author_id"`
	CreatedAt        string     `json:"created_at"`
	ConversationID   string     `json:"conversation_id"`
	InReplyToUserID  string     `json:"in_reply_to_user_id"`
	ReferencedTweets []xRef     `json:"referenced_tweets"`
	Entities         *xEntities `json:"entities"`
	// Posts over 280 characters come with a truncated text and the whole
	// one here.
	NoteTweet *xNote `json:"note_tweet"`
	Author    *xUser `json:"author"` // twarc2 flatten (and some other archivers) inline the author
	// twarc2 flatten inlines the user answered, in place of a look-up of
	// in_reply_to_user_id in includes.users.
	InReplyToUser *xUser `json:"in_reply_to_user"`
}

// xPage is what one page knows beyond its tweets.
type xPage struct {
	users  map[string]xUser  // includes.users
	tweets map[string]string // includes.tweets: id -> author_id
	note   string            // appended to reasons when the page was cut
}

// xUnit reads one unit of an X file: a page, a tweet, or an array of either.
func (r *Reader) xUnit(u jsonUnit) {
	lm := newLineMap(u.raw, u.line)
	if u.raw[0] == '[' {
		r.each(u.raw, 0, lm, u.broken, func(elem []byte, line int) {
			if len(elem) > 0 && elem[0] == '{' {
				r.xObject(elem, 0, newLineMap(elem, line), "")
			} else {
				r.reject(line, "array element is not an X page or tweet", elem, 0)
			}
		})
		return
	}
	r.xObject(u.raw, 0, lm, u.broken)
}

func (r *Reader) xObject(raw []byte, base int, lm *lineMap, broken string) {
	members, partialKey, partialOff, complete := walkObject(raw)
	if !complete && member(members, "data") == nil && partialKey != "data" {
		r.reject(lm.at(base), "cut short: "+broken, raw, 0)
		return
	}
	page := member(members, "data") != nil || member(members, "includes") != nil ||
		member(members, "meta") != nil || member(members, "errors") != nil || partialKey == "data" ||
		(member(members, "id") == nil && member(members, "title") != nil) // an error response saved as a page
	if !page {
		r.xTweet(raw, lm.at(base), nil)
		return
	}
	pg := &xPage{users: map[string]xUser{}, tweets: map[string]string{}}
	if !complete {
		pg.note = fmt.Sprintf(" (the page starting on line %d is cut short: %s)", lm.at(base), broken)
	}
	if inc := member(members, "includes"); inc != nil {
		var users, tweets []json.RawMessage
		r.fd.decodeIncludes(inc.val, &users, &tweets)
		if len(r.xUsers) > maxUsers {
			clear(r.xUsers)
		}
		for _, raw := range users {
			usr, ok := r.includedUser(raw)
			if !ok {
				continue
			}
			pg.users[usr.ID] = usr
			r.xUsers[usr.ID] = usr
		}
		for _, raw := range tweets {
			var id, author string
			if r.fd.decodeIDs(raw, &id, &author) == nil && id != "" {
				pg.tweets[id] = author
			}
		}
	}
	data := member(members, "data")
	switch {
	case data != nil && len(data.val) > 0 && data.val[0] == '[':
		r.each(data.val, data.off, lm, "", func(elem []byte, line int) { r.xTweet(elem, line, pg) })
	case data != nil && len(data.val) > 0 && data.val[0] == '{':
		r.xTweet(data.val, lm.at(data.off), pg) // a lookup by id answers with one object
	case data != nil && string(data.val) != "null":
		r.reject(lm.at(data.off), "field data: want an array of tweets", data.val, 0)
	case partialKey == "data":
		r.each(raw[partialOff:], partialOff, lm, broken, func(elem []byte, line int) { r.xTweet(elem, line, pg) })
		return
	case data == nil:
		// No tweets: an empty result page is fine, an error response is not.
		var resp struct {
			Title  string `json:"title"`
			Detail string `json:"detail"`
			Errors []struct {
				Title  string `json:"title"`
				Detail string `json:"detail"`
			} `json:"errors"`
			Meta *struct {
				ResultCount *int `json:"result_count"`
			} `json:"meta"`
		}
		json.Unmarshal(raw, &resp)
		if resp.Meta != nil && resp.Meta.ResultCount != nil && resp.Title == "" {
			break
		}
		why := resp.Title + ": " + resp.Detail
		if len(resp.Errors) > 0 {
			why = resp.Errors[0].Title + ": " + resp.Errors[0].Detail
		}
		r.reject(lm.at(base), "an X API error response, not a page of tweets ("+strings.Trim(why, ": ")+")", raw, 0)
	}
	if !complete {
		r.reject(lm.at(base+partialOff), "cut short ("+broken+"): the rest of the page could not be read", raw[partialOff:], 0)
	}
}

// includedUser decodes a user of includes.users; ok is false for one that
// cannot be used. A busy author's profile comes again on page after page,
// byte for byte, so users are remembered by their text (two independent
// 64-bit hashes, as post ids are) and decoded once.
func (r *Reader) includedUser(raw []byte) (usr xUser, ok bool) {
	k := r.seen.key(raw)
	if u, ok := r.userText[k]; ok {
		return u, u.ID != ""
	}
	if len(r.userText) >= maxUsers {
		clear(r.userText)
	}
	if err := r.fd.decodeXUser(raw, &usr); err != nil || usr.ID == "" {
		r.userText[k] = xUser{}
		return xUser{}, false
	}
	if bad := badUTF8(raw); bad != "" {
		usr.bad = "author's profile in includes.users: " + bad
	}
	r.userText[k] = usr
	return usr, true
}

func (r *Reader) xTweet(raw []byte, line int, pg *xPage) {
	if len(raw) == 0 || raw[0] != '{' {
		r.reject(line, "tweet is not a JSON object", raw, 0)
		return
	}
	if bad := badUTF8(raw); bad != "" {
		r.reject(line, bad, raw, 0)
		return
	}
	var t xTweet
	if err := r.fd.decodeXTweet(raw, &t); err != nil {
		r.reject(line, decodeReason(err), raw, 0)
		return
	}
	p, why := r.xPost(&t, pg)
	if why != "" {
		if pg != nil {
			why += pg.note
		}
		r.reject(line, why, raw, 0)
		return
	}
	r.emitPost(p, line)
}

func (r *Reader) xUser(id string, pg *xPage) (xUser, bool) {
	if pg != nil {
		if u, ok := pg.users[id]; ok {
			return u, true
		}
	}
	u, ok := r.xUsers[id]
	return u, ok
}

func (r *Reader) xKeyOf(userID string, pg *xPage) string {
	if userID == "" {
		return ""
	}
	if u, ok := r.xUser(userID, pg); ok && validHandle(u.Username) {
		return "x:" + strings.ToLower(u.Username)
	}
	return ""
}

func (r *Reader) xPost(t *xTweet, pg *xPage) (*Post, string) {
	if t.ID == "" {
		return nil, "field id: missing"
	}
	if !isDigits(t.ID) {
		return nil, fmt.Sprintf("field id: %q is not a tweet id", t.ID)
	}
	if t.CreatedAt == "" {
		return nil, "field created_at: missing"
	}
	at, err := time.Parse(time.RFC3339, t.CreatedAt)
	if err != nil {
		return nil, fmt.Sprintf("field created_at: %q is not an RFC 3339 time", t.CreatedAt)
	}
	var author xUser
	described := true
	switch {
	case t.Author != nil:
		author = *t.Author
		if author.ID == "" {
			author.ID = t.AuthorID
		}
	case t.AuthorID == "":
		return nil, "field author_id: missing"
	default:
		author, described = r.xUser(t.AuthorID, pg)
	}
	if !described {
		// X leaves withheld and suspended users out of includes.users while
		// their tweets stay in data: keep the tweet under the user id. On a
		// page cut short the user may be in the lost part: a reject says so.
		if pg != nil && pg.note != "" {
			return nil, fmt.Sprintf("author_id %s is not in includes.users", t.AuthorID)
		}
		if !isDigits(t.AuthorID) {
			return nil, fmt.Sprintf("field author_id: %q is not a user id", t.AuthorID)
		}
		author = xUser{ID: t.AuthorID}
	} else {
		if author.bad != "" {
			return nil, author.bad
		}
		if !validHandle(author.Username) {
			return nil, fmt.Sprintf("author %s has no usable username (%q)", t.AuthorID, author.Username)
		}
	}
	// Users a flattened tweet inlines resolve later tweets that name them
	// only by id.
	for _, u := range []*xUser{t.Author, t.InReplyToUser} {
		r.rememberUser(u)
	}
	for _, ref := range t.ReferencedTweets {
		r.rememberUser(ref.Author)
	}
	text, ents := t.Text, t.Entities
	if t.NoteTweet != nil && t.NoteTweet.Text != "" {
		text, ents = t.NoteTweet.Text, t.NoteTweet.Entities
	}
	for _, f := range [][2]string{{"text", text}, {"author.name", author.Name}, {"author.description", author.Description}, {"author.location", author.Location}} {
		if why := checkText(f[0], f[1]); why != "" {
			return nil, why
		}
	}
	p := newXPost(t.ID, author, text, at)
	if t.ConversationID != "" {
		p.Conversation = "x:" + t.ConversationID
	}
	refAuthor := func(ref xRef) string {
		switch {
		case ref.Author != nil && validHandle(ref.Author.Username):
			return "x:" + strings.ToLower(ref.Author.Username)
		case ref.AuthorID != "":
			return r.xKeyOf(ref.AuthorID, pg)
		case pg != nil:
			return r.xKeyOf(pg.tweets[ref.ID], pg)
		}
		return ""
	}
	for _, ref := range t.ReferencedTweets {
		if !isDigits(ref.ID) {
			return nil, fmt.Sprintf("field referenced_tweets: id %q is not a tweet id", ref.ID)
		}
		switch ref.Type {
		case "replied_to":
			p.ReplyTo = "x:" + ref.ID
			if p.ReplyToAccount == "" {
				p.ReplyToAccount = refAuthor(ref)
			}
		case "quoted":
			p.Quotes, p.QuotesAccount = "x:"+ref.ID, refAuthor(ref)
		case "retweeted":
			p.Reposts, p.RepostsAccount = "x:"+ref.ID, refAuthor(ref)
		}
	}
	switch {
	case t.InReplyToUser != nil && validHandle(t.InReplyToUser.Username):
		p.ReplyToAccount = "x:" + strings.ToLower(t.InReplyToUser.Username)
	case t.InReplyToUserID == "":
	case t.InReplyToUserID == author.ID:
		p.ReplyToAccount = p.Author.Key
	default:
		if k := r.xKeyOf(t.InReplyToUserID, pg); k != "" {
			p.ReplyToAccount = k
		}
	}
	if p.Reposts != "" && p.RepostsAccount == "" {
		p.RepostsAccount = rtAccount(text)
	}
	if ents != nil {
		for _, m := range ents.Mentions {
			if validHandle(m.Username) {
				p.Mentions = appendUnique(p.Mentions, "x:"+strings.ToLower(m.Username))
			}
		}
		for _, h := range ents.Hashtags {
			p.Hashtags = appendUnique(p.Hashtags, normTag(h.Tag))
		}
	} else {
		// Without tweet.fields=entities the API sends none: read the text.
		p.entitiesFromText()
	}
	if p.Reposts != "" {
		p.Mentions = nil // a repost addresses nobody; see the package doc
	}
	return p, ""
}

// newXPost is the post of tweet id by author, with the author's profile.
func newXPost(id string, author xUser, text string, at time.Time) *Post {
	p := &Post{
		ID:       "x:" + id,
		Platform: "x",
		Author: Author{
			Key:      xAccountKey(author),
			Handle:   author.Username,
			NativeID: author.ID,
			Name:     author.Name,
			Bio:      author.Description,
			Location: author.Location,
		},
		Text:      text,
		CreatedAt: at.UTC(),
	}
	if p.Author.Handle == "" {
		p.Author.Handle = strings.TrimPrefix(p.Author.Key, "x:")
	}
	return p
}

// linkedQuote finds the tweet a v1.1 tweet quotes by the link to it (the
// v1.1 API, and TAGS sheets and the personal archive after it, mark a
// quote only so); a link to the tweet itself (self) is only the "…" of a
// cut text, and /i/ links name no author.
func linkedQuote(urls []string, self string) (quotes, account string) {
	for _, u := range urls {
		if m := statusURL.FindStringSubmatch(u); m != nil && m[1] != "i" && m[2] != self {
			return "x:" + m[2], "x:" + strings.ToLower(m[1])
		}
	}
	return "", ""
}

// entitiesFromText reads mentions and hashtags from the text, for a tweet
// kept without its entities.
func (p *Post) entitiesFromText() {
	for _, m := range scanXMentions(p.Text) {
		p.Mentions = append(p.Mentions, "x:"+m)
	}
	p.Hashtags = scanTags(p.Text)
}

// xAccountKey is a user's account key: "x:" + username, or "x:id:" + the
// user id for one X did not describe (withheld or suspended), which no
// username can spell since usernames have no colon.
func xAccountKey(u xUser) string {
	if u.Username == "" {
		return "x:id:" + u.ID
	}
	return "x:" + strings.ToLower(u.Username)
}

// rememberUser keeps a user a tweet inlined, so that later tweets naming
// them only by id resolve.
func (r *Reader) rememberUser(u *xUser) {
	if u == nil || u.ID == "" || !validHandle(u.Username) {
		return
	}
	if len(r.xUsers) > maxUsers {
		clear(r.xUsers)
	}
	r.xUsers[u.ID] = *u
}

// rtAccount reads the reposted account from the "RT @ann: " prefix X puts
// on a retweet's text.
func rtAccount(text string) string {
	if !strings.HasPrefix(text, "RT @") {
		return ""
	}
	h := text[len("RT @"):]
	if i := strings.IndexByte(h, ':'); i > 0 && i <= 15 {
		h = h[:i]
		if m := scanXMentions("@" + h); len(m) == 1 && m[0] == strings.ToLower(h) {
			return "x:" + m[0]
		}
	}
	return ""
}
