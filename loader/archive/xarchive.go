package archive

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// The X personal archive (Settings → Your account → Download an archive of
// your data) is a folder of JavaScript files, each one assignment of a JSON
// value: data/tweets.js is `window.YTD.tweets.part0 = [{"tweet": {...}}]`
// (tweet.js before 2022; big archives split it into tweets-part1.js, ...),
// the owner is in data/account.js and their profile in data/profile.js. Its
// tweets are the v1.1 API's shape without the author, who is the owner. The
// archives X gave before 2019 ("Grailbird") keep a month a file,
// data/js/tweets/2014_03.js = `Grailbird.data.tweets_2014_03 = [...]`, v1.1
// tweets with their author, and the owner in data/js/user_details.js.
//
// Only tweets are posts: the archive's other files (likes, direct messages,
// deleted tweets, the manifest, ...) are read and every item skipped, so a
// whole data folder can be loaded; direct messages and deleted tweets are
// private and never loaded.

// xArchivePrefix matches the assignment a file of the archive opens with.
var xArchivePrefix = regexp.MustCompile(`^(?:window\.YTD\.([A-Za-z0-9_]+)\.part\d+|window\.__THAR_CONFIG|Grailbird\.data\.([A-Za-z0-9_]+)|var\s+[A-Za-z_]+)\s*=`)

// isXArchive says whether head opens a file of the X personal archive.
func isXArchive(head []byte) bool { return xArchivePrefix.Match(head) }

type xaUser struct {
	ScreenName  string `json:"screen_name"`
	IDStr       string `json:"id_str"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Location    string `json:"location"`
}

type xaTweet struct {
	IDStr                string `json:"id_str"`
	FullText             string `json:"full_text"`
	Text                 string `json:"text"`
	CreatedAt            string `json:"created_at"`
	InReplyToStatusIDStr string `json:"in_reply_to_status_id_str"`
	InReplyToScreenName  string `json:"in_reply_to_screen_name"`
	InReplyToUserIDStr   string `json:"in_reply_to_user_id_str"`
	QuotedStatusIDStr    string `json:"quoted_status_id_str"`
	Entities             *struct {
		UserMentions []struct {
			ScreenName string `json:"screen_name"`
		} `json:"user_mentions"`
		Hashtags []struct {
			Text string `json:"text"`
		} `json:"hashtags"`
		URLs []struct {
			ExpandedURL string `json:"expanded_url"`
		} `json:"urls"`
	} `json:"entities"`
	User            *xaUser  `json:"user"`             // Grailbird
	RetweetedStatus *xaTweet `json:"retweeted_status"` // Grailbird keeps what a retweet retweets
}

// xArchive is what a file of the archive says about itself.
type xArchive struct {
	part  string // the assignment's name: "tweets", "like", "tweets_2014_03", ...
	owner Author // from account.js and profile.js, or user_details.js
}

// tweetParts are the assignments whose items are the owner's tweets.
func (x *xArchive) tweets() bool {
	switch {
	case x.part == "tweets", x.part == "tweet", x.part == "community_tweet",
		strings.HasPrefix(x.part, "tweets_"): // Grailbird's months
		return true
	}
	return false
}

// skipXArchivePrefix consumes the assignment the file opens with, so that
// the JSON scanner reads the value; it says what the file holds.
func skipXArchivePrefix(src *source, name string) *xArchive {
	head, _ := src.br.Peek(256)
	lead := len(head) - len(bytes.TrimLeft(head, " \t\r\n"))
	m := xArchivePrefix.FindSubmatchIndex(head[lead:])
	x := &xArchive{}
	if m == nil {
		return x
	}
	head = head[lead:]
	switch {
	case m[2] >= 0:
		x.part = string(head[m[2]:m[3]])
	case m[4] >= 0:
		x.part = string(head[m[4]:m[5]])
	}
	for range lead + m[1] {
		src.readByte()
	}
	if x.tweets() {
		x.owner = xArchiveOwner(name)
	}
	return x
}

// xArchiveOwner reads the archive's owner from the files beside a tweets
// file: account.js and profile.js (data/), or Grailbird's user_details.js
// (data/js/, a folder above the months).
func xArchiveOwner(name string) Author {
	if name == "" || name == "stdin" {
		return Author{}
	}
	dir := filepath.Dir(name)
	value := func(path string) []byte {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		if m := xArchivePrefix.FindIndex(b); m != nil {
			b = b[m[1]:]
		}
		return bytes.TrimSpace(b)
	}
	if b := value(filepath.Join(dir, "account.js")); b != nil {
		var acct []struct {
			Account struct {
				Username           string `json:"username"`
				AccountID          string `json:"accountId"`
				AccountDisplayName string `json:"accountDisplayName"`
			} `json:"account"`
		}
		if json.Unmarshal(b, &acct) != nil || len(acct) == 0 || !validHandle(acct[0].Account.Username) {
			return Author{}
		}
		a := acct[0].Account
		owner := Author{Key: "x:" + strings.ToLower(a.Username), Handle: a.Username, NativeID: a.AccountID, Name: a.AccountDisplayName}
		var prof []struct {
			Profile struct {
				Description struct {
					Bio      string `json:"bio"`
					Location string `json:"location"`
				} `json:"description"`
			} `json:"profile"`
		}
		if json.Unmarshal(value(filepath.Join(dir, "profile.js")), &prof) == nil && len(prof) > 0 {
			owner.Bio, owner.Location = prof[0].Profile.Description.Bio, prof[0].Profile.Description.Location
		}
		return owner
	}
	if b := value(filepath.Join(filepath.Dir(dir), "user_details.js")); b != nil {
		var u struct {
			ScreenName string `json:"screen_name"`
			ID         string `json:"id"`
			FullName   string `json:"full_name"`
			Bio        string `json:"bio"`
			Location   string `json:"location"`
		}
		if json.Unmarshal(b, &u) == nil && validHandle(u.ScreenName) {
			return Author{Key: "x:" + strings.ToLower(u.ScreenName), Handle: u.ScreenName, NativeID: u.ID, Name: u.FullName, Bio: u.Bio, Location: u.Location}
		}
	}
	return Author{}
}

// xArchiveUnit reads one item: the scanner hands a top-level list over
// item by item.
func (r *Reader) xArchiveUnit(u jsonUnit) {
	if u.raw[0] == '[' {
		r.each(u.raw, 0, newLineMap(u.raw, u.line), u.broken, func(elem []byte, line int) { r.xArchiveItem(elem, line) })
		return
	}
	r.xArchiveItem(u.raw, u.line)
}

func (r *Reader) xArchiveItem(raw []byte, line int) {
	if !r.xa.tweets() {
		what := r.xa.part
		if what == "" {
			what = "file"
		}
		r.skip(line, fmt.Sprintf("an item of the archive's %s, not a tweet", what))
		return
	}
	var wrapped struct {
		Tweet *xaTweet `json:"tweet"`
	}
	if !r.decodeObject(raw, line, &wrapped) {
		return
	}
	t := wrapped.Tweet
	if t == nil {
		// Grailbird's items are the tweets themselves.
		t = new(xaTweet)
		if err := json.Unmarshal(raw, t); err != nil {
			r.reject(line, decodeReason(err), raw, 0)
			return
		}
	}
	p, why := r.xaPost(t, line)
	if why != "" {
		r.reject(line, why, raw, 0)
		return
	}
	if t.RetweetedStatus != nil {
		orig, why := r.xaPost(t.RetweetedStatus, line)
		if why != "" {
			r.reject(line, "retweeted_status: "+why, raw, 0)
			return
		}
		p.Reposts, p.RepostsAccount = orig.ID, orig.Author.Key
		r.emitPost(orig, line)
	}
	r.emitPost(p, line)
}

// xaTimes are the archives' created_at: the v1.1 API's, and Grailbird's.
var xaTimes = []string{time.RubyDate, "2006-01-02 15:04:05 -0700"}

func (r *Reader) xaPost(t *xaTweet, line int) (*Post, string) {
	if !isDigits(t.IDStr) {
		return nil, fmt.Sprintf("field id_str: %q is not a tweet id", t.IDStr)
	}
	var at time.Time
	ok := false
	for _, layout := range xaTimes {
		if v, err := time.Parse(layout, t.CreatedAt); err == nil {
			at, ok = v, true
			break
		}
	}
	if !ok {
		return nil, fmt.Sprintf("field created_at: %q is not a time", t.CreatedAt)
	}
	author := r.xa.owner
	if t.User != nil {
		if !validHandle(t.User.ScreenName) {
			return nil, fmt.Sprintf("field user.screen_name: %q is not an X handle", t.User.ScreenName)
		}
		author = Author{Key: "x:" + strings.ToLower(t.User.ScreenName), Handle: t.User.ScreenName, NativeID: t.User.IDStr,
			Name: t.User.Name, Bio: t.User.Description, Location: t.User.Location}
		if author.Key == r.xa.owner.Key {
			author = r.xa.owner // the owner's profile from user_details.js is whole
		}
	}
	if author.Key == "" {
		return nil, "the tweet names no author and no account.js beside the file names the archive's owner"
	}
	text := t.FullText
	if text == "" {
		text = t.Text
	}
	for _, f := range [][2]string{{"full_text", text}, {"user.name", author.Name}, {"user.description", author.Bio}} {
		if why := checkText(f[0], f[1]); why != "" {
			return nil, why
		}
	}
	p := &Post{ID: "x:" + t.IDStr, Platform: "x", Author: author, Text: text, CreatedAt: at.UTC()}
	if id := t.InReplyToStatusIDStr; id != "" {
		if !isDigits(id) {
			return nil, fmt.Sprintf("field in_reply_to_status_id_str: %q is not a tweet id", id)
		}
		p.ReplyTo = "x:" + id
	}
	switch {
	case validHandle(t.InReplyToScreenName):
		p.ReplyToAccount = "x:" + strings.ToLower(t.InReplyToScreenName)
	case t.InReplyToUserIDStr != "" && t.InReplyToUserIDStr == author.NativeID:
		p.ReplyToAccount = author.Key
	}
	if t.Entities != nil {
		for _, m := range t.Entities.UserMentions {
			if validHandle(m.ScreenName) {
				p.Mentions = appendUnique(p.Mentions, "x:"+strings.ToLower(m.ScreenName))
			}
		}
		for _, h := range t.Entities.Hashtags {
			p.Hashtags = appendUnique(p.Hashtags, normTag(h.Text))
		}
		urls := make([]string, len(t.Entities.URLs))
		for i, u := range t.Entities.URLs {
			urls[i] = u.ExpandedURL
		}
		p.Quotes, p.QuotesAccount = linkedQuote(urls, t.IDStr)
		if isDigits(t.QuotedStatusIDStr) && p.Quotes != "x:"+t.QuotedStatusIDStr {
			p.Quotes, p.QuotesAccount = "x:"+t.QuotedStatusIDStr, ""
		}
	} else {
		p.entitiesFromText()
	}
	if k := rtAccount(text); k != "" && t.RetweetedStatus == nil {
		// The archive keeps a retweet's text but not the id of what it
		// retweets: the endorsement is known, the post is not.
		p.RepostsAccount = k
	}
	if k := rtAccount(text); k != "" || t.RetweetedStatus != nil {
		p.Mentions = nil // a repost addresses nobody
	}
	return p, ""
}
