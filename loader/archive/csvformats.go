package archive

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// requiredColumns per CSV format; each inner list is satisfied by any one
// of its columns.
var requiredColumns = map[Format][][]string{
	TAGS:      {{"id_str", "status_url"}, {"from_user"}, {"text"}, {"created_at", "time"}},
	XCSV:      {{"id"}, {"author_id"}, {"created_at"}, {"text"}},
	Roster:    {{"accounts"}},
	Catalogue: {{"community"}, {"hashtag"}, {"start"}},
}

func (r *Reader) readHeader() error {
	rec, err := r.csv.read()
	if err == io.EOF {
		r.done = true
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s line %d: %w", r.name, r.src.line, err)
	}
	if rec.bad != "" {
		return fmt.Errorf("%s line %d: header: %s", r.name, rec.line, rec.bad)
	}
	r.col = map[string]int{}
	r.header = make([]string, len(rec.fields))
	for i, name := range rec.fields {
		n := normColumn(name)
		r.header[i] = n
		if _, dup := r.col[n]; !dup && n != "" {
			r.col[n] = i
		}
	}
	r.csv.want = len(rec.fields)
	var missing []string
	for _, any := range requiredColumns[r.format] {
		found := false
		for _, c := range any {
			if _, ok := r.col[c]; ok {
				found = true
			}
		}
		if !found {
			missing = append(missing, strings.Join(any, " or "))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%s line %d: %w for %s: %s (header has %s)", r.name, rec.line, ErrMissingColumns,
			r.format, strings.Join(missing, ", "), strings.Join(r.header, ","))
	}
	return nil
}

func (r *Reader) fillCSV() error {
	rec, err := r.csv.read()
	if err != nil {
		return err
	}
	if rec.bad != "" {
		r.reject(rec.line, rec.bad, rec.raw, rec.cut)
		return nil
	}
	for i, f := range rec.fields {
		if why := checkText(r.header[i], f); why != "" {
			r.reject(rec.line, why, rec.raw, rec.cut)
			return nil
		}
	}
	get := rec.getter(r.col)
	var why string
	switch r.format {
	case TAGS:
		r.tagsRecord(rec)
		return nil
	case XCSV:
		var p *Post
		if p, why = twarcRow(get); why == "" {
			r.emitPost(p, rec.line)
		}
	case Roster:
		var e *RosterEntry
		if e, why = rosterRow(get); why == "" {
			e.Source, e.Raw = Source{File: r.name, Line: rec.line}, keepRaw(rec.raw, rec.cut)
			r.queue = append(r.queue, Item{Roster: e})
		}
	case Catalogue:
		var c *CatalogueEntry
		if c, why = r.catalogueRow(get); why == "" {
			c.Source, c.Raw = Source{File: r.name, Line: rec.line}, keepRaw(rec.raw, rec.cut)
			r.queue = append(r.queue, Item{Chat: c})
		}
	}
	if why != "" {
		r.reject(rec.line, why, rec.raw, rec.cut)
	}
	return nil
}

// na reads an empty cell: R's read.csv/write.csv round trip (tidytags)
// writes "NA" for it.
func na(s string) string {
	s = strings.TrimSpace(s)
	if s == "NA" {
		return ""
	}
	return s
}

var (
	statusURL = regexp.MustCompile(`^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/([A-Za-z0-9_]{1,15})/status(?:es)?/([0-9]+)`)
	// sheetDate is a date and time as a spreadsheet shows it in its
	// locale: 14/03/2024 20:01:05 (UK), 3/14/2024 8:01:05 PM (US),
	// 14.03.2024 20:01 (Germany), with a two-digit year at times.
	sheetDate = regexp.MustCompile(`^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$`)
)

// ambiguousDate is sheetTime's reason for a date that fits both orders.
const ambiguousDate = "could be day/month or month/day, and no row of the sheet tells which its locale uses"

// tagsRecord reads one row of a TAGS sheet. A row whose only time is a
// date that fits both orders waits until a later row shows the sheet's
// order (at most maxHeld rows), and is read then.
func (r *Reader) tagsRecord(rec csvRecord) {
	known := r.dayFirst != 0
	p, why := r.tagsRow(rec.getter(r.col))
	if strings.HasSuffix(why, ambiguousDate) && len(r.tagsHeld) < maxHeld {
		rec.fields = slices.Clone(rec.fields)
		rec.raw = slices.Clone(rec.raw)
		r.tagsHeld = append(r.tagsHeld, rec)
		return
	}
	if !known && r.dayFirst != 0 {
		r.releaseTags()
	}
	if why != "" {
		r.reject(rec.line, why, rec.raw, rec.cut)
		return
	}
	r.emitPost(p, rec.line)
}

// releaseTags reads the held rows again, now that the order is known or
// the file has ended (then they are rejected, with the reason).
func (r *Reader) releaseTags() {
	held := r.tagsHeld
	r.tagsHeld = nil
	for _, rec := range held {
		if p, why := r.tagsRow(rec.getter(r.col)); why != "" {
			r.reject(rec.line, why, rec.raw, rec.cut)
		} else {
			r.emitPost(p, rec.line)
		}
	}
}

// getter reads a record's columns by name.
func (rec csvRecord) getter(col map[string]int) func(string) string {
	return func(name string) string {
		if i, ok := col[name]; ok {
			return rec.fields[i]
		}
		return ""
	}
}

// sheetTime reads a TAGS sheet's "time" column in Options.Zone: the
// instant as the sheet's locale shows it, with no offset. Day and month
// come in the locale's order: a value whose first number is over 12 says
// the sheet puts the day first, one whose second is says the month does,
// and the rest of the file is read that way; until one does, a value that
// fits both is not guessed at.
func (r *Reader) sheetTime(s string) (time.Time, string) {
	for _, layout := range []string{time.RFC3339, "2006-01-02 15:04:05", "2006-01-02 15:04"} {
		if t, err := time.ParseInLocation(layout, s, r.opts.Zone); err == nil {
			return t, ""
		}
	}
	m := sheetDate.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, "is not a date and time"
	}
	num := func(i int) int { n, _ := strconv.Atoi(m[i]); return n }
	a, b, year := num(1), num(2), num(3)
	if len(m[3]) == 2 {
		year += 2000
	}
	switch {
	case a > 12 && b <= 12:
		r.dayFirst = 1
	case b > 12 && a <= 12:
		r.dayFirst = 2
	}
	day, month := a, b
	switch {
	case r.dayFirst == 2:
		day, month = b, a
	case r.dayFirst == 0 && a != b:
		return time.Time{}, ambiguousDate
	}
	hour, min, sec := num(4), num(5), 0
	if m[6] != "" {
		sec = num(6)
	}
	switch strings.ToUpper(m[7]) {
	case "PM":
		if hour < 12 {
			hour += 12
		}
	case "AM":
		if hour == 12 {
			hour = 0
		}
	}
	t := time.Date(year, time.Month(month), day, hour, min, sec, 0, r.opts.Zone)
	if t.Day() != day || int(t.Month()) != month || hour > 23 || min > 59 || sec > 59 {
		return time.Time{}, "is not a date and time"
	}
	return t, ""
}

type tagsEntities struct {
	Hashtags []struct {
		Text string `json:"text"`
	} `json:"hashtags"`
	UserMentions []struct {
		ScreenName string `json:"screen_name"`
	} `json:"user_mentions"`
	URLs []struct {
		ExpandedURL string `json:"expanded_url"`
	} `json:"urls"`
}

// tagsRow reads one row of a TAGS Archive sheet. The sheet is filled from
// the v1.1 search API: created_at is Twitter's "Thu Mar 14 20:01:05 +0000
// 2024"; "time" is the same instant as the sheet's locale shows it, without
// an offset, hence read in Options.Zone.
func (r *Reader) tagsRow(get func(string) string) (*Post, string) {
	id := na(get("id_str"))
	statusID, statusUser := "", ""
	if m := statusURL.FindStringSubmatch(na(get("status_url"))); m != nil {
		statusUser, statusID = m[1], m[2]
	}
	if !isDigits(id) {
		if statusID == "" {
			if id == "" {
				return nil, "id_str: missing"
			}
			return nil, fmt.Sprintf("id_str: %q is not a tweet id (a spreadsheet may have rounded it) and status_url gives none", id)
		}
		id = statusID // Excel turns 1219758386436165633 into 1.21976E+18; the URL keeps it
	}
	user := strings.TrimPrefix(na(get("from_user")), "@")
	if user == "" {
		user = statusUser
	}
	if _, err := parseAccount("x:" + user); err != nil || user == "" {
		return nil, fmt.Sprintf("from_user: %q is not an X handle", user)
	}
	at, ok := time.Time{}, false
	if c := na(get("created_at")); c != "" {
		for _, layout := range []string{time.RubyDate, time.RFC3339} {
			if t, err := time.Parse(layout, c); err == nil {
				at, ok = t, true
				break
			}
		}
	}
	if !ok {
		if c := na(get("time")); c != "" {
			var why string
			if at, why = r.sheetTime(c); why != "" {
				return nil, fmt.Sprintf("created_at %q is not a time, and time %q %s", get("created_at"), c, why)
			}
			ok = true
		}
	}
	if !ok {
		return nil, fmt.Sprintf("created_at %q and time %q: neither is a time", get("created_at"), get("time"))
	}
	text := get("text")
	p := &Post{
		ID:       "x:" + id,
		Platform: "x",
		Author: Author{
			Key:      "x:" + strings.ToLower(user),
			Handle:   user,
			Location: na(get("user_location")),
		},
		Text:      text,
		CreatedAt: at.UTC(),
	}
	if uid := na(get("from_user_id_str")); isDigits(uid) {
		p.Author.NativeID = uid
	}
	if rid := na(get("in_reply_to_status_id_str")); isDigits(rid) {
		p.ReplyTo = "x:" + rid
	}
	// A reply id a spreadsheet rounded (1.76836E+18) names no tweet: the
	// post still answers in_reply_to_screen_name, which the tie rests on.
	if h := strings.TrimPrefix(na(get("in_reply_to_screen_name")), "@"); h != "" {
		k, err := parseAccount("x:" + h)
		if err != nil {
			return nil, "in_reply_to_screen_name: " + err.Error()
		}
		p.ReplyToAccount = k
	} else if p.ReplyTo != "" && p.Author.NativeID != "" && na(get("in_reply_to_user_id_str")) == p.Author.NativeID {
		p.ReplyToAccount = p.Author.Key
	}
	if es := na(get("entities_str")); es != "" {
		var ents tagsEntities
		if err := json.Unmarshal([]byte(es), &ents); err != nil {
			return nil, "entities_str: " + decodeReason(err)
		}
		for _, m := range ents.UserMentions {
			if k, err := parseAccount("x:" + m.ScreenName); err == nil {
				p.Mentions = appendUnique(p.Mentions, k)
			}
		}
		for _, h := range ents.Hashtags {
			p.Hashtags = appendUnique(p.Hashtags, normTag(h.Text))
		}
		urls := make([]string, len(ents.URLs))
		for i, u := range ents.URLs {
			urls[i] = u.ExpandedURL
		}
		p.Quotes, p.QuotesAccount = linkedQuote(urls, id)
	} else {
		p.entitiesFromText()
	}
	if k := rtAccount(text); k != "" {
		// The sheet keeps a retweet's text but not the id of what it
		// retweets: the endorsement is known, the post is not.
		p.RepostsAccount = k
		p.Mentions = nil
	}
	return p, ""
}

func splitList(s string, seps string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func rosterRow(get func(string) string) (*RosterEntry, string) {
	e := &RosterEntry{Name: strings.TrimSpace(get("name"))}
	for _, a := range splitList(get("accounts"), "; ,\t\n\r") {
		k, err := parseAccount(a)
		if err != nil {
			return nil, "accounts: " + err.Error()
		}
		e.Accounts = appendUnique(e.Accounts, k)
	}
	if len(e.Accounts) == 0 {
		return nil, "accounts: empty"
	}
	e.Professions = splitList(get("professions"), ";")
	e.Communities = splitList(get("communities"), ";")
	switch strings.ToLower(strings.TrimSpace(get("opted_out"))) {
	case "", "false", "no", "n", "0":
	case "true", "yes", "y", "1":
		e.OptedOut = true
	default:
		return nil, fmt.Sprintf("opted_out: %q is not true/false, yes/no or 1/0", get("opted_out"))
	}
	return e, ""
}

var startLayouts = []string{"2006-01-02 15:04", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02T15:04:05", "02/01/2006 15:04"}

// defaultChat is a chat's length when the catalogue does not say: the
// communities' chats run an hour.
const defaultChat = 60 * time.Minute

func (r *Reader) catalogueRow(get func(string) string) (*CatalogueEntry, string) {
	c := &CatalogueEntry{
		Community: strings.TrimSpace(get("community")),
		Hashtag:   normTag(get("hashtag")),
		Topic:     strings.TrimSpace(get("topic")),
	}
	if c.Community == "" {
		return nil, "community: empty"
	}
	if c.Hashtag == "" || strings.ContainsAny(c.Hashtag, " \t#") {
		return nil, fmt.Sprintf("hashtag: %q is not a hashtag", get("hashtag"))
	}
	if h := strings.TrimSpace(get("host")); h != "" {
		k, err := parseAccount(h)
		if err != nil {
			return nil, "host: " + err.Error()
		}
		c.Host = k
	}
	tz := strings.TrimSpace(get("timezone"))
	if tz == "" {
		tz = strings.TrimSpace(get("tz"))
	}
	var why string
	if c.Start, why = r.parseStart(strings.TrimSpace(get("start")), tz); why != "" {
		return nil, why
	}
	if c.Duration, why = parseDuration(strings.TrimSpace(get("duration"))); why != "" {
		return nil, why
	}
	for _, p := range splitList(get("platforms"), " ,;") {
		name, where, _ := strings.Cut(strings.ToLower(p), ":")
		switch {
		case name == "mastodon" && where != "", (name == "bsky" || name == "bluesky" || name == "x" || name == "twitter"):
			c.Platforms = append(c.Platforms, strings.ToLower(p))
		default:
			return nil, fmt.Sprintf("platforms: %q is not mastodon:INSTANCE, bsky or x", p)
		}
	}
	return c, ""
}

func (r *Reader) parseStart(s, tz string) (time.Time, string) {
	if s == "" {
		return time.Time{}, "start: empty"
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), ""
	}
	loc := r.opts.Zone
	if tz != "" {
		var err error
		if loc, err = loadZone(tz); err != nil {
			return time.Time{}, fmt.Sprintf("timezone: %q is neither a zone name (Europe/London) nor an offset (+01:00)", tz)
		}
	}
	for _, layout := range startLayouts {
		t, err := time.ParseInLocation(layout, s, loc)
		if err != nil {
			continue
		}
		// time.ParseInLocation moves a time in the spring-forward gap;
		// a chat cannot start at a time the clocks skip.
		naive, _ := time.Parse(layout, s)
		if naive.Hour() != t.Hour() || naive.Minute() != t.Minute() {
			return time.Time{}, fmt.Sprintf("start: %q does not exist in %s (the clocks go forward)", s, loc)
		}
		// When the clocks go back the hour happens twice; take the first,
		// the one a person reading a schedule that night means.
		if e := t.Add(-time.Hour); e.In(loc).Hour() == t.Hour() && e.In(loc).Minute() == t.Minute() {
			t = e
		}
		return t.UTC(), ""
	}
	return time.Time{}, fmt.Sprintf("start: %q is neither RFC 3339 nor YYYY-MM-DD HH:MM", s)
}

func loadZone(tz string) (*time.Location, error) {
	switch strings.ToUpper(tz) {
	case "Z", "UTC", "GMT":
		return time.UTC, nil
	}
	if t, err := time.Parse("-07:00", tz); err == nil {
		_, off := t.Zone()
		return time.FixedZone(tz, off), nil
	}
	return time.LoadLocation(tz)
}

func parseDuration(s string) (time.Duration, string) {
	if s == "" {
		return defaultChat, ""
	}
	var d time.Duration
	if n, err := strconv.Atoi(s); err == nil {
		d = time.Duration(n) * time.Minute
	} else if d, err = time.ParseDuration(strings.ReplaceAll(s, " ", "")); err != nil {
		return 0, fmt.Sprintf("duration: %q is not minutes (60) or a duration (60m, 1h30m)", s)
	}
	if d <= 0 || d > 24*time.Hour {
		return 0, fmt.Sprintf("duration: %q is not between a minute and a day", s)
	}
	return d, ""
}

// twarcRow reads one row of twarc-csv's CSV (`twarc2 csv`, twarc-csv 0.7),
// which flattens an X API v2 tweet with its expansions into dotted columns:
// the author's profile in author.*, the targets' ids in
// referenced_tweets.{replied_to,quoted,retweeted}.id with their authors'
// usernames in in_reply_to_username, quoted_username and
// retweeted_username, and entities.mentions and entities.hashtags as JSON
// lists. The rules are those of the API pages (see the package doc).
func twarcRow(get func(string) string) (*Post, string) {
	id := na(get("id"))
	if !isDigits(id) {
		if id == "" {
			return nil, "id: missing"
		}
		return nil, fmt.Sprintf("id: %q is not a tweet id (a spreadsheet may have rounded it)", id)
	}
	at, err := time.Parse(time.RFC3339, na(get("created_at")))
	if err != nil {
		return nil, fmt.Sprintf("created_at: %q is not an RFC 3339 time", get("created_at"))
	}
	author := xUser{
		ID:          na(get("author_id")),
		Username:    na(get("author.username")),
		Name:        get("author.name"),
		Description: get("author.description"),
		Location:    get("author.location"),
	}
	switch {
	case author.Username == "" && isDigits(author.ID):
		// Withheld or suspended: twarc-csv found no user to expand.
	case author.Username == "":
		return nil, fmt.Sprintf("author_id: %q is not a user id and author.username is empty", author.ID)
	case !validHandle(author.Username):
		return nil, fmt.Sprintf("author.username: %q is not an X handle", author.Username)
	}
	p := newXPost(id, author, get("text"), at)
	if c := na(get("conversation_id")); isDigits(c) {
		p.Conversation = "x:" + c
	}
	target := func(idCol, userCol string) (post, account string, why string) {
		tid := na(get(idCol))
		if tid == "" {
			return "", "", ""
		}
		if !isDigits(tid) {
			return "", "", fmt.Sprintf("%s: %q is not a tweet id", idCol, tid)
		}
		if u := na(get(userCol)); validHandle(u) {
			account = "x:" + strings.ToLower(u)
		}
		return "x:" + tid, account, ""
	}
	var why string
	if p.ReplyTo, p.ReplyToAccount, why = target("referenced_tweets.replied_to.id", "in_reply_to_username"); why != "" {
		return nil, why
	}
	if p.ReplyToAccount == "" && author.ID != "" && na(get("in_reply_to_user_id")) == author.ID {
		p.ReplyToAccount = p.Author.Key
	}
	if p.Quotes, p.QuotesAccount, why = target("referenced_tweets.quoted.id", "quoted_username"); why != "" {
		return nil, why
	}
	if p.Reposts, p.RepostsAccount, why = target("referenced_tweets.retweeted.id", "retweeted_username"); why != "" {
		return nil, why
	}
	if p.Reposts != "" && p.RepostsAccount == "" {
		p.RepostsAccount = rtAccount(p.Text)
	}
	mentions, why := twarcList(get, "entities.mentions", "@", "username")
	if why != "" {
		return nil, why
	}
	for _, m := range mentions {
		if validHandle(m) {
			p.Mentions = appendUnique(p.Mentions, "x:"+strings.ToLower(m))
		}
	}
	tags, why := twarcList(get, "entities.hashtags", "#", "tag")
	if why != "" {
		return nil, why
	}
	for _, t := range tags {
		p.Hashtags = appendUnique(p.Hashtags, normTag(t))
	}
	if p.Reposts != "" {
		p.Mentions = nil // a repost addresses nobody; see the package doc
	}
	return p, ""
}

// twarcList reads an entities column of twarc-csv: since 0.5 a JSON list of
// strings with their sigil (["@ann"], ["#WePharmacists"]); before, the
// API's entity objects ([{"start":0,"end":4,"username":"ann"}]).
func twarcList(get func(string) string, col, sigil, key string) ([]string, string) {
	cell := na(get(col))
	if cell == "" {
		return nil, ""
	}
	var elems []json.RawMessage
	if err := json.Unmarshal([]byte(cell), &elems); err != nil {
		return nil, col + ": " + decodeReason(err)
	}
	out := make([]string, 0, len(elems))
	for i, e := range elems {
		var s string
		if json.Unmarshal(e, &s) == nil {
			out = append(out, strings.TrimPrefix(s, sigil))
			continue
		}
		var obj map[string]json.RawMessage
		if json.Unmarshal(e, &obj) != nil || json.Unmarshal(obj[key], &s) != nil {
			return nil, fmt.Sprintf("%s[%d]: neither %q nor an object with %q", col, i, sigil+"name", key)
		}
		out = append(out, s)
	}
	return out, ""
}
