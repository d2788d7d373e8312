package generate

import (
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

// tagsHeader is the column row of Martin Hawksey's TAGS sheet, in its order.
var tagsHeader = []string{"id_str", "from_user", "text", "created_at", "time", "geo_coordinates", "user_lang",
	"in_reply_to_user_id_str", "in_reply_to_screen_name", "from_user_id_str", "in_reply_to_status_id_str",
	"source", "profile_image_url", "user_followers_count", "user_friends_count", "user_location", "status_url",
	"entities_str"}

type v1Hashtag struct {
	Text    string `json:"text"`
	Indices [2]int `json:"indices"`
}

type v1Mention struct {
	ScreenName string `json:"screen_name"`
	Name       string `json:"name"`
	ID         uint64 `json:"id"`
	IDStr      string `json:"id_str"`
	Indices    [2]int `json:"indices"`
}

type v1URL struct {
	URL         string `json:"url"`
	ExpandedURL string `json:"expanded_url"`
	DisplayURL  string `json:"display_url"`
	Indices     [2]int `json:"indices"`
}

type v1Entities struct {
	Hashtags     []v1Hashtag `json:"hashtags"`
	Symbols      []struct{}  `json:"symbols"`
	UserMentions []v1Mention `json:"user_mentions"`
	URLs         []v1URL     `json:"urls"`
}

var sources = []string{
	`<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>`,
	`<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>`,
	`<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>`,
	`<a href="https://tweetdeck.twitter.com" rel="nofollow">TweetDeck</a>`,
}

type tagsFile struct {
	out *outFile
	csv *csv.Writer
}

func newTagsFile(o *outFile) (*tagsFile, error) {
	o.csv = csv.NewWriter(o)
	t := &tagsFile{out: o, csv: o.csv}
	return t, t.csv.Write(tagsHeader)
}

// row writes a tweet as TAGS stores it: v1.1 fields, a Twitter date, the
// sheet's own day/month/year time, and the v1.1 entities as JSON text.
func (t *tagsFile) row(b *builder, p *post) error {
	m := &b.members[p.author]
	x := renderX(b, p)
	ent := v1Entities{Hashtags: []v1Hashtag{}, Symbols: []struct{}{}, UserMentions: []v1Mention{}, URLs: []v1URL{}}
	for _, h := range x.tags {
		ent.Hashtags = append(ent.Hashtags, v1Hashtag{Text: h.Tag, Indices: [2]int{h.Start, h.End}})
	}
	for i, mm := range x.mentions {
		who := &b.members[x.who[i]]
		ent.UserMentions = append(ent.UserMentions, v1Mention{ScreenName: mm.Username, Name: who.name, ID: who.xID, IDStr: mm.ID, Indices: [2]int{mm.Start, mm.End}})
	}
	for _, u := range x.urls {
		ent.URLs = append(ent.URLs, v1URL{URL: u.URL, ExpandedURL: u.ExpandedURL, DisplayURL: u.DisplayURL, Indices: [2]int{u.Start, u.End}})
	}
	var js strings.Builder
	enc := json.NewEncoder(&js)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(ent); err != nil {
		return err
	}
	at := time.UnixMilli(p.ms).UTC()
	rec := make([]string, len(tagsHeader))
	rec[0] = strconv.FormatUint(p.id, 10)
	rec[1] = m.xHandle
	rec[2] = x.text.String()
	rec[3] = at.Format("Mon Jan 02 15:04:05 +0000 2006")
	// The sheet shows time in its own (UK) time zone.
	rec[4] = at.In(londonZone(at)).Format("02/01/2006 15:04:05")
	rec[6] = ""
	if p.kind == kReply {
		pa := &b.members[p.parent.author]
		rec[7] = strconv.FormatUint(pa.xID, 10)
		rec[8] = pa.xHandle
		rec[10] = strconv.FormatUint(p.parent.id, 10)
	}
	rec[9] = strconv.FormatUint(m.xID, 10)
	rec[11] = sources[int(m.xID%uint64(len(sources)))]
	rec[12] = "https://pbs.twimg.com/profile_images/" + strconv.FormatUint(m.xID>>8, 10) + "/" + shortCode(m.xHandle)[:8] + "_normal.jpg"
	rec[13] = strconv.Itoa(int(m.followers))
	rec[14] = strconv.Itoa(int(m.friends))
	rec[15] = m.location
	rec[16] = "http://twitter.com/" + m.xHandle + "/statuses/" + rec[0]
	rec[17] = strings.TrimSuffix(js.String(), "\n")
	t.out.rows++
	return t.csv.Write(rec)
}
