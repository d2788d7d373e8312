package generate

import (
	"html"
	"strconv"
	"strings"
	"time"
)

type mAccount struct {
	ID             string `json:"id"`
	Username       string `json:"username"`
	Acct           string `json:"acct"`
	DisplayName    string `json:"display_name"`
	Locked         bool   `json:"locked"`
	Bot            bool   `json:"bot"`
	Group          bool   `json:"group"`
	CreatedAt      string `json:"created_at"`
	Note           string `json:"note"`
	URL            string `json:"url"`
	Avatar         string `json:"avatar"`
	FollowersCount int    `json:"followers_count"`
	FollowingCount int    `json:"following_count"`
}

type mMention struct {
	ID       string `json:"id"`
	Username string `json:"username"`
	URL      string `json:"url"`
	Acct     string `json:"acct"`
}

type mTag struct {
	Name string `json:"name"`
	URL  string `json:"url"`
}

type mStatus struct {
	ID                 string     `json:"id"`
	CreatedAt          string     `json:"created_at"`
	InReplyToID        *string    `json:"in_reply_to_id"`
	InReplyToAccountID *string    `json:"in_reply_to_account_id"`
	Sensitive          bool       `json:"sensitive"`
	SpoilerText        string     `json:"spoiler_text"`
	Visibility         string     `json:"visibility"`
	Language           *string    `json:"language"`
	URI                string     `json:"uri"`
	URL                *string    `json:"url"`
	RepliesCount       int        `json:"replies_count"`
	ReblogsCount       int        `json:"reblogs_count"`
	FavouritesCount    int        `json:"favourites_count"`
	Content            string     `json:"content"`
	Reblog             *mStatus   `json:"reblog"`
	Account            mAccount   `json:"account"`
	MediaAttachments   []struct{} `json:"media_attachments"`
	Mentions           []mMention `json:"mentions"`
	Tags               []mTag     `json:"tags"`
	Emojis             []struct{} `json:"emojis"`
	Card               *struct{}  `json:"card"`
	Poll               *struct{}  `json:"poll"`
}

func strp(s string) *string { return &s }

func profileURL(m *member) string {
	return "https://" + instances[m.mInst] + "/@" + m.mUser
}

// acct is how the serving instance names an account: bare for its own
// users, user@domain for everyone else's.
func acct(m *member, serving int) string {
	if int(m.mInst) == serving {
		return m.mUser
	}
	return m.mUser + "@" + instances[m.mInst]
}

func mAccountOf(b *builder, mi int32, serving int) mAccount {
	m := &b.members[mi]
	note := ""
	if m.bio != "" {
		note = "<p>" + html.EscapeString(m.bio) + "</p>"
	}
	return mAccount{ID: strconv.FormatUint(m.mID, 10), Username: m.mUser, Acct: acct(m, serving), DisplayName: m.name,
		Bot: false, CreatedAt: time.UnixMilli(m.created).UTC().Truncate(24 * time.Hour).Format("2006-01-02T15:04:05.000Z"),
		Note: note, URL: profileURL(m), Avatar: "https://" + instances[m.mInst] + "/avatars/original/missing.png",
		FollowersCount: int(m.followers / 4), FollowingCount: int(m.friends / 4)}
}

// statusOf renders a post as a Mastodon Status, as the instance serving
// the community's archive shows it. Ids are the instance's own.
func statusOf(b *builder, p *post, serving int) *mStatus {
	m := &b.members[p.author]
	id := strconv.FormatUint(p.id, 10)
	origin := "https://" + instances[m.mInst]
	st := &mStatus{ID: id, CreatedAt: time.UnixMilli(p.ms).UTC().Format("2006-01-02T15:04:05.000Z"),
		Visibility: "public", Account: mAccountOf(b, p.author, serving),
		MediaAttachments: []struct{}{}, Mentions: []mMention{}, Tags: []mTag{}, Emojis: []struct{}{}}
	if p.kind == kRepost {
		st.URI = origin + "/users/" + m.mUser + "/statuses/" + id + "/activity"
		st.URL = strp(st.URI)
		st.Reblog = statusOf(b, p.ref, serving)
		return st
	}
	st.Language = strp("en")
	st.URI = origin + "/users/" + m.mUser + "/statuses/" + id
	st.URL = strp(origin + "/@" + m.mUser + "/" + id)
	var c strings.Builder
	c.WriteString("<p>")
	seen := map[int32]bool{}
	mention := func(who int32) {
		w := &b.members[who]
		c.WriteString(`<span class="h-card" translate="no"><a href="` + profileURL(w) + `" class="u-url mention">@<span>` + w.mUser + `</span></a></span>`)
		if !seen[who] {
			seen[who] = true
			st.Mentions = append(st.Mentions, mMention{ID: strconv.FormatUint(w.mID, 10), Username: w.mUser, URL: profileURL(w), Acct: acct(w, serving)})
		}
	}
	if p.kind == kReply {
		st.InReplyToID = strp(strconv.FormatUint(p.parent.id, 10))
		st.InReplyToAccountID = strp(strconv.FormatUint(b.members[p.parent.author].mID, 10))
		if p.parent.author != p.author {
			mention(p.parent.author)
			c.WriteByte(' ')
		}
	}
	tagSeen := map[string]bool{}
	for _, s := range p.segs {
		switch s.kind {
		case segText:
			t := html.EscapeString(s.s)
			t = strings.ReplaceAll(t, "\n\n", "</p><p>")
			c.WriteString(strings.ReplaceAll(t, "\n", "<br />"))
		case segMention:
			mention(s.who)
		case segTag:
			low := strings.ToLower(s.s)
			u := "https://" + instances[serving] + "/tags/" + low
			c.WriteString(`<a href="` + u + `" class="mention hashtag" rel="tag">#<span>` + s.s + `</span></a>`)
			if !tagSeen[low] {
				tagSeen[low] = true
				st.Tags = append(st.Tags, mTag{Name: low, URL: u})
			}
		}
	}
	c.WriteString("</p>")
	st.Content = c.String()
	return st
}
