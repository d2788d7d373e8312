package generate

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

type xMention struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Username string `json:"username"`
	ID       string `json:"id"`
}

type xHashtag struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Tag   string `json:"tag"`
}

type xURL struct {
	Start       int    `json:"start"`
	End         int    `json:"end"`
	URL         string `json:"url"`
	ExpandedURL string `json:"expanded_url"`
	DisplayURL  string `json:"display_url"`
}

type xEntities struct {
	Mentions []xMention `json:"mentions,omitempty"`
	Hashtags []xHashtag `json:"hashtags,omitempty"`
	URLs     []xURL     `json:"urls,omitempty"`
}

type xRef struct {
	Type string `json:"type"`
	ID   string `json:"id"`
}

type xTweet struct {
	ID               string     `json:"id"`
	Text             string     `json:"text"`
	AuthorID         string     `json:"author_id"`
	CreatedAt        string     `json:"created_at"`
	ConversationID   string     `json:"conversation_id"`
	ReferencedTweets []xRef     `json:"referenced_tweets,omitempty"`
	InReplyToUserID  string     `json:"in_reply_to_user_id,omitempty"`
	Entities         *xEntities `json:"entities,omitempty"`
	Lang             string     `json:"lang"`
	EditHistory      []string   `json:"edit_history_tweet_ids"`
}

// xTweetS is a referenced tweet as includes.tweets carries it.
type xTweetS struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	AuthorID  string `json:"author_id"`
	CreatedAt string `json:"created_at"`
}

type xUser struct {
	ID          string `json:"id"`
	Username    string `json:"username"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Location    string `json:"location,omitempty"`
	CreatedAt   string `json:"created_at"`
}

type xPage struct {
	Data     []xTweet `json:"data"`
	Includes struct {
		Users  []xUser   `json:"users"`
		Tweets []xTweetS `json:"tweets,omitempty"`
	} `json:"includes"`
	Meta struct {
		ResultCount int    `json:"result_count"`
		NewestID    string `json:"newest_id"`
		OldestID    string `json:"oldest_id"`
		NextToken   string `json:"next_token,omitempty"`
	} `json:"meta"`
}

// xText is a tweet's text as X shows it, with its entities in code points.
type xText struct {
	text     strings.Builder
	n        int // code points so far
	mentions []xMention
	tags     []xHashtag
	urls     []xURL
	who      []int32 // members mentioned, for includes
}

func (t *xText) add(s string) {
	t.text.WriteString(s)
	t.n += utf8.RuneCountInString(s)
}

func (t *xText) mention(b *builder, who int32) {
	m := &b.members[who]
	start := t.n
	t.add("@" + m.xHandle)
	t.mentions = append(t.mentions, xMention{Start: start, End: t.n, Username: m.xHandle, ID: strconv.FormatUint(m.xID, 10)})
	t.who = append(t.who, who)
}

func (t *xText) segs(b *builder, segs []seg) {
	for _, s := range segs {
		switch s.kind {
		case segText:
			t.add(s.s)
		case segMention:
			t.mention(b, s.who)
		case segTag:
			start := t.n
			t.add("#" + s.s)
			t.tags = append(t.tags, xHashtag{Start: start, End: t.n, Tag: s.s})
		}
	}
}

func tweetURL(b *builder, p *post) string {
	return "https://twitter.com/" + b.members[p.author].xHandle + "/status/" + strconv.FormatUint(p.id, 10)
}

// renderX lays a post out as X would: a reply opens with the handle it
// answers, a retweet is "RT @author: " and the original text, a quote ends
// with a t.co link to the quoted tweet.
func renderX(b *builder, p *post) *xText {
	t := &xText{}
	switch p.kind {
	case kRepost:
		t.add("RT ")
		t.mention(b, p.ref.author)
		t.add(": ")
		o := renderX(b, p.ref)
		base := t.n
		t.add(o.text.String())
		for _, m := range o.mentions {
			m.Start += base
			m.End += base
			t.mentions = append(t.mentions, m)
		}
		for _, h := range o.tags {
			h.Start += base
			h.End += base
			t.tags = append(t.tags, h)
		}
		for _, u := range o.urls {
			u.Start += base
			u.End += base
			t.urls = append(t.urls, u)
		}
		t.who = append(t.who, o.who...)
		return t
	case kReply:
		if p.parent.author != p.author {
			t.mention(b, p.parent.author)
			t.add(" ")
		}
	}
	t.segs(b, p.segs)
	if p.kind == kQuote {
		exp := tweetURL(b, p.ref)
		short := "https://t.co/" + shortCode(exp)
		t.add(" ")
		start := t.n
		t.add(short)
		t.urls = append(t.urls, xURL{Start: start, End: t.n, URL: short, ExpandedURL: exp, DisplayURL: strings.TrimPrefix(exp, "https://")[:26] + "…"})
	}
	return t
}

func xTime(ms int64) string {
	return time.UnixMilli(ms).UTC().Format("2006-01-02T15:04:05") + ".000Z"
}

func xUserOf(b *builder, mi int32) xUser {
	m := &b.members[mi]
	return xUser{ID: strconv.FormatUint(m.xID, 10), Username: m.xHandle, Name: m.name, Description: m.bio, Location: m.location,
		CreatedAt: time.UnixMilli(m.created).UTC().Format("2006-01-02T15:04:05") + ".000Z"}
}

func tweetOf(b *builder, p *post) (xTweet, *xText) {
	id := strconv.FormatUint(p.id, 10)
	t := renderX(b, p)
	tw := xTweet{ID: id, Text: t.text.String(), AuthorID: strconv.FormatUint(b.members[p.author].xID, 10),
		CreatedAt: xTime(p.ms), ConversationID: strconv.FormatUint(p.root.id, 10), Lang: "en", EditHistory: []string{id}}
	switch p.kind {
	case kReply:
		tw.ReferencedTweets = []xRef{{"replied_to", strconv.FormatUint(p.parent.id, 10)}}
		tw.InReplyToUserID = strconv.FormatUint(b.members[p.parent.author].xID, 10)
	case kQuote:
		tw.ReferencedTweets = []xRef{{"quoted", strconv.FormatUint(p.ref.id, 10)}}
	case kRepost:
		tw.ReferencedTweets = []xRef{{"retweeted", strconv.FormatUint(p.ref.id, 10)}}
	}
	if len(t.mentions)+len(t.tags)+len(t.urls) > 0 {
		tw.Entities = &xEntities{Mentions: t.mentions, Hashtags: t.tags, URLs: t.urls}
	}
	return tw, t
}

// writeXPages writes one day's tweets as a search client polling once a day
// would have saved them: pages of up to 100, newest first, one page a line.
func writeXPages(o *outFile, b *builder, posts []*post, day int64) error {
	for hi := len(posts); hi > 0; {
		lo := max(0, hi-100)
		var pg xPage
		seen := map[int32]bool{}
		addUser := func(mi int32) {
			if !seen[mi] {
				seen[mi] = true
				pg.Includes.Users = append(pg.Includes.Users, xUserOf(b, mi))
			}
		}
		for i := hi - 1; i >= lo; i-- {
			p := posts[i]
			tw, t := tweetOf(b, p)
			pg.Data = append(pg.Data, tw)
			addUser(p.author)
			for _, w := range t.who {
				addUser(w)
			}
			// Quoted and retweeted tweets come along in includes.tweets, as
			// with expansions=referenced_tweets.id; a reply's parent is
			// left out, its author being named by in_reply_to_user_id.
			if p.kind == kQuote || p.kind == kRepost {
				addUser(p.ref.author)
				pg.Includes.Tweets = append(pg.Includes.Tweets, xTweetS{ID: strconv.FormatUint(p.ref.id, 10),
					Text: renderX(b, p.ref).text.String(), AuthorID: strconv.FormatUint(b.members[p.ref.author].xID, 10), CreatedAt: xTime(p.ref.ms)})
			}
		}
		pg.Meta.ResultCount = len(pg.Data)
		pg.Meta.NewestID = pg.Data[0].ID
		pg.Meta.OldestID = pg.Data[len(pg.Data)-1].ID
		if lo > 0 {
			pg.Meta.NextToken = strings.ToLower(shortCode(strconv.FormatInt(day, 10)+pg.Meta.OldestID)) + "zqg8o3fpzbm"
		}
		if err := writeJSONLine(o, &pg); err != nil {
			return err
		}
		o.rows += len(pg.Data)
		hi = lo
	}
	return nil
}

func writeJSONLine(o *outFile, v any) error {
	enc := json.NewEncoder(o)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
