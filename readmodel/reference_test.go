package readmodel_test

import (
	"cmp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/analysis/analysistest"
	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
	"github.com/peergraph/peergraph/scoring"
)

// The references the model's answers are checked against: each question
// asked of Neo4j in Cypher (the statements the questions were first
// answered with), its rows counted by the questions' definitions written
// plainly. They live in tests only: the model is the one engine.

// tieInWindow is the window rule in Cypher, on a TALKED_WITH t.
const tieInWindow = `t.lastAt >= $since AND t.firstAt < $until AND t.replies + t.mentions + t.quotes > 0`

func windowParams(w domain.Window) map[string]any {
	return map[string]any{"since": w.Since.UTC(), "until": w.Until.UTC()}
}

func str(m map[string]any, key string) string {
	s, _ := m[key].(string)
	return s
}

func timePtr(v any) *time.Time {
	if t, ok := v.(time.Time); ok {
		t = t.UTC()
		return &t
	}
	return nil
}

// professionalOf is a professional as Cypher's p{.*} gives it.
func professionalOf(m map[string]any) *domain.Professional {
	kind := domain.Kind(str(m, "kind"))
	if kind == "" {
		kind = domain.KindPerson
	}
	opted, _ := m["optedOut"].(bool)
	return &domain.Professional{ID: str(m, "id"), Kind: kind, Name: str(m, "name"), Bio: str(m, "bio"), Location: str(m, "location"),
		FirstSeen: timePtr(m["firstSeen"]), LastSeen: timePtr(m["lastSeen"]), OptedOut: opted}
}

func professionalsByID(t *testing.T, g *storetest.Graph, ids []string) map[string]*domain.Professional {
	out := map[string]*domain.Professional{}
	for _, r := range g.Rows(t, `UNWIND $ids AS id MATCH (p:Professional {id: id}) RETURN p{.*} AS p`, map[string]any{"ids": ids}) {
		p := professionalOf(r["p"].(map[string]any))
		out[p.ID] = p
	}
	return out
}

func chatsByID(t *testing.T, g *storetest.Graph, ids []string) map[string]*domain.Chat {
	out := map[string]*domain.Chat{}
	for _, r := range g.Rows(t, `UNWIND $ids AS id MATCH (ch:Chat {id: id})
RETURN ch.id AS id, ch.topic AS topic, ch.hashtag AS hashtag, ch.startsAt AS startsAt, ch.endsAt AS endsAt,
  head([(ch)-[:OF]->(c:Community) | c.name]) AS community, COUNT { (ch)<-[:TOOK_PART]-() } AS participants,
  COUNT { (ch)<-[:IN]-() } AS posts`, map[string]any{"ids": ids}) {
		c := &domain.Chat{ID: str(r, "id"), Topic: str(r, "topic"), Hashtag: str(r, "hashtag"), CommunityName: str(r, "community"),
			Participants: storetest.Int(r["participants"]), Posts: storetest.Int(r["posts"])}
		if s := timePtr(r["startsAt"]); s != nil {
			c.StartsAt = *s
		}
		if e := timePtr(r["endsAt"]); e != nil {
			c.EndsAt = *e
		}
		out[c.ID] = c
	}
	return out
}

// cypherConnectors: the window's conversational ties with an end in either
// profession (by the property: none is no profession), in the community's
// chats, neither end opted out, counted by the brokerage definition.
func cypherConnectors(t *testing.T, g *storetest.Graph, q domain.ConnectorQuery) []*domain.Connector {
	params := windowParams(q.Window)
	params["professions"] = []string{q.Between, q.And}
	params["community"] = nullable(q.Community)
	rows := g.Rows(t, `
CALL () {
  OPTIONAL MATCH (:Community {name: $community})<-[:OF]-(ch:Chat)
  RETURN collect(ch.id) AS communityChats
}
CALL (communityChats) {
  MATCH (u:Professional)-[t:TALKED_WITH]->(v:Professional)
  WHERE u.profession IN $professions
  RETURN u, t, v
  UNION
  MATCH (u:Professional)-[t:TALKED_WITH]->(v:Professional)
  WHERE v.profession IN $professions
  RETURN u, t, v
}
WITH u, t, v, communityChats
WHERE `+tieInWindow+`
  AND NOT coalesce(u.optedOut, false) AND NOT coalesce(v.optedOut, false)
  AND ($community IS NULL OR any(c IN t.chats WHERE c IN communityChats))
RETURN u.id AS u, v.id AS v, coalesce(u.profession, 'unknown') AS up, coalesce(v.profession, 'unknown') AS vp,
       u.kind = 'ORGANISATION' AS uorg, v.kind = 'ORGANISATION' AS vorg`, params)
	group := map[string]string{}
	org := map[string]bool{}
	var edges []analysistest.Edge
	for _, r := range rows {
		u, v := str(r, "u"), str(r, "v")
		group[u], group[v] = str(r, "up"), str(r, "vp")
		org[u], org[v] = r["uorg"] == true, r["vorg"] == true
		edges = append(edges, analysistest.Edge{From: u, To: v})
	}
	brokers := analysistest.Brokerage(edges, group, q.Between, q.And)
	if !q.IncludeOrganisations {
		brokers = slices.DeleteFunc(brokers, func(b analysistest.Broker) bool { return org[b.ID] })
	}
	brokers = brokers[:min(len(brokers), q.First)]
	var ids []string
	for _, b := range brokers {
		ids = append(ids, b.ID)
	}
	people := professionalsByID(t, g, ids)
	out := []*domain.Connector{}
	for _, b := range brokers {
		out = append(out, &domain.Connector{Professional: people[b.ID], BrokeredPairs: b.Pairs, Roles: b.Roles,
			PartnersBetween: b.PartnersA, PartnersAnd: b.PartnersB})
	}
	return out
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// peerEvidence is what links a candidate to M, as the Cypher rows give it.
type peerEvidence struct {
	id      string
	mutual  []mutual
	chats   []sharedChat
	topics  []string
	answers int
}

type mutual struct {
	id     string
	degree int
}

type sharedChat struct {
	id   string
	size int
}

// scorePeers scores candidates by package scoring's terms, in the plain
// order of the definition.
func scorePeers(cands []peerEvidence, isolated bool) []scoring.Peer {
	var out []scoring.Peer
	for _, c := range cands {
		p := scoring.Peer{ID: c.id, Answers: c.answers}
		for _, z := range c.mutual {
			p.Parts.Mutual += scoring.MutualPartner(z.degree)
			p.Mutual = append(p.Mutual, z.id)
		}
		for _, ch := range c.chats {
			p.Parts.Chats += scoring.SharedChat(ch.size)
			p.Chats = append(p.Chats, ch.id)
		}
		p.Parts.Topics = scoring.SharedTopics(len(c.topics))
		p.Topics = append(p.Topics, c.topics...)
		if isolated {
			p.Parts.Answering = scoring.Answering(c.answers)
		}
		if p.Score = scoring.Round(p.Parts.Sum()); p.Score <= 0 {
			continue
		}
		slices.Sort(p.Mutual)
		slices.Sort(p.Chats)
		slices.Sort(p.Topics)
		out = append(out, p)
	}
	slices.SortFunc(out, scoring.ComparePeers)
	return out
}

// cypherSuggestPeers: the evidence read in Cypher, candidates filtered in
// the graph, scored by scorePeers.
func cypherSuggestPeers(t *testing.T, g *storetest.Graph, ids []string, q domain.PeerQuery) map[string][]*domain.PeerSuggestion {
	params := windowParams(q.Window)
	params["ids"] = ids
	type pair struct{ m, c string }
	ev := map[pair]*peerEvidence{}
	get := func(m, c string) *peerEvidence {
		k := pair{m, c}
		if ev[k] == nil {
			ev[k] = &peerEvidence{id: c}
		}
		return ev[k]
	}
	isolated := map[string]bool{}
	for _, id := range ids {
		isolated[id] = true
	}
	for _, r := range g.Rows(t, `
UNWIND $ids AS id
MATCH (m:Professional {id: id})-[t:TALKED_WITH]-(z:Professional)
WHERE z <> m AND NOT coalesce(z.optedOut, false) AND `+tieInWindow+`
WITH DISTINCT id, m, z
CALL (z) {
  MATCH (z)-[t:TALKED_WITH]-(o:Professional)
  WHERE o <> z AND NOT coalesce(o.optedOut, false) AND `+tieInWindow+`
  RETURN collect(DISTINCT o) AS zs
}
UNWIND zs AS c
WITH id, m, z, size(zs) AS degree, c WHERE c <> m
RETURN id, c.id AS c, collect({id: z.id, degree: degree}) AS mutual`, params) {
		isolated[str(r, "id")] = false
		e := get(str(r, "id"), str(r, "c"))
		for _, raw := range r["mutual"].([]any) {
			mm := raw.(map[string]any)
			e.mutual = append(e.mutual, mutual{id: str(mm, "id"), degree: storetest.Int(mm["degree"])})
		}
	}
	for _, r := range g.Rows(t, `
UNWIND $ids AS id
MATCH (m:Professional {id: id})-[:TOOK_PART]->(ch:Chat)
WHERE ch.startsAt >= $since AND ch.startsAt < $until
WITH id, m, ch, COUNT { (ch)<-[:TOOK_PART]-() } AS size
MATCH (ch)<-[:TOOK_PART]-(c:Professional)
WHERE c <> m
RETURN id, c.id AS c, collect({id: ch.id, size: size}) AS chats`, params) {
		e := get(str(r, "id"), str(r, "c"))
		for _, raw := range r["chats"].([]any) {
			cm := raw.(map[string]any)
			e.chats = append(e.chats, sharedChat{id: str(cm, "id"), size: storetest.Int(cm["size"])})
		}
	}
	for _, r := range g.Rows(t, `
UNWIND $ids AS id
MATCH (m:Professional {id: id})-[:TOOK_PART]->(ch:Chat)
WHERE ch.startsAt >= $since AND ch.startsAt < $until AND coalesce(ch.topic, '') <> ''
WITH id, m, collect(DISTINCT ch.topic) AS topics
MATCH (other:Chat)<-[:TOOK_PART]-(c:Professional)
WHERE other.startsAt >= $since AND other.startsAt < $until AND other.topic IN topics AND c <> m
RETURN id, c.id AS c, collect(DISTINCT other.topic) AS topics`, params) {
		get(str(r, "id"), str(r, "c")).topics = storetest.Strings(r["topics"])
	}
	var lonely []string
	for _, id := range ids {
		if isolated[id] {
			lonely = append(lonely, id)
		}
	}
	if len(lonely) > 0 {
		for _, r := range g.Rows(t, `
UNWIND $ids AS id
MATCH (m:Professional {id: id})
CALL (m) {
  MATCH (m)-[:MEMBER_OF]->(cm:Community)<-[:MEMBER_OF]-(c:Professional)
  WHERE c <> m AND ($community IS NULL OR cm.name = $community)
    AND ($orgs OR coalesce(c.kind, '') <> 'ORGANISATION')
  WITH DISTINCT c
  RETURN c, COUNT { (c)-[t:TALKED_WITH]->() WHERE `+tieInWindow+` } AS answers
  ORDER BY answers DESC, c.id LIMIT $limit
}
WITH id, c, answers WHERE answers > 0
RETURN id, c.id AS c`, map[string]any{"ids": lonely, "since": q.Window.Since.UTC(), "until": q.Window.Until.UTC(),
			"community": nullable(q.Community), "limit": scoring.IsolatedCandidates, "orgs": q.IncludeOrganisations}) {
			get(str(r, "id"), str(r, "c"))
		}
	}
	var pairs []map[string]any
	for k := range ev {
		if k.m != k.c {
			pairs = append(pairs, map[string]any{"m": k.m, "c": k.c})
		}
	}
	params["pairs"] = pairs
	params["lonely"] = append([]string{}, lonely...)
	params["professions"] = nil
	if len(q.Professions) > 0 {
		params["professions"] = q.Professions
	}
	params["otherOnly"] = q.OtherProfessionsOnly
	params["community"] = nullable(q.Community)
	params["orgs"] = q.IncludeOrganisations
	byM := map[string][]peerEvidence{}
	for _, r := range g.Rows(t, `
UNWIND $pairs AS pair
MATCH (m:Professional {id: pair.m}), (c:Professional {id: pair.c})
WHERE NOT coalesce(c.optedOut, false) AND c.lastSeen >= $since AND c.firstSeen < $until
  AND ($orgs OR coalesce(c.kind, '') <> 'ORGANISATION')
  AND NOT EXISTS { (m)-[t:TALKED_WITH]-(c) WHERE t.replies + t.mentions + t.quotes > 0 }
  AND ($professions IS NULL OR c.profession IN $professions)
  AND (NOT $otherOnly OR coalesce(c.profession, 'unknown') <> coalesce(m.profession, 'unknown'))
  AND ($community IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Community {name: $community}) })
RETURN pair.m AS m, pair.c AS c,
       CASE WHEN pair.m IN $lonely THEN COUNT { (c)-[t:TALKED_WITH]->() WHERE `+tieInWindow+` } ELSE 0 END AS answers`, params) {
		e := ev[pair{str(r, "m"), str(r, "c")}]
		e.answers = storetest.Int(r["answers"])
		byM[str(r, "m")] = append(byM[str(r, "m")], *e)
	}
	out := map[string][]*domain.PeerSuggestion{}
	var peopleIDs, chatIDs []string
	scored := map[string][]scoring.Peer{}
	for m, cands := range byM {
		sc := scorePeers(cands, isolated[m])
		sc = sc[:min(len(sc), q.First)]
		if len(sc) == 0 {
			continue
		}
		scored[m] = sc
		for _, p := range sc {
			peopleIDs = append(peopleIDs, p.ID)
			peopleIDs = append(peopleIDs, p.Mutual...)
			chatIDs = append(chatIDs, p.Chats...)
		}
	}
	people, chats := professionalsByID(t, g, peopleIDs), chatsByID(t, g, chatIDs)
	for m, sc := range scored {
		for _, p := range sc {
			reasons := &domain.PeerReasons{MutualPartners: []*domain.Professional{}, SharedChats: []*domain.Chat{}, SharedTopics: p.Topics}
			if reasons.SharedTopics == nil {
				reasons.SharedTopics = []string{}
			}
			for _, z := range p.Mutual {
				reasons.MutualPartners = append(reasons.MutualPartners, people[z])
			}
			for _, c := range p.Chats {
				reasons.SharedChats = append(reasons.SharedChats, chats[c])
			}
			slices.SortStableFunc(reasons.SharedChats, func(a, b *domain.Chat) int { return b.StartsAt.Compare(a.StartsAt) })
			out[m] = append(out[m], &domain.PeerSuggestion{Professional: people[p.ID], Score: p.Score, Reasons: reasons,
				ScoreParts: &domain.PeerScoreParts{MutualPartners: scoring.Round(p.Parts.Mutual), SharedChats: scoring.Round(p.Parts.Chats),
					SharedTopics: scoring.Round(p.Parts.Topics), Responsiveness: scoring.Round(p.Parts.Answering), Spread: 1}})
		}
	}
	return out
}

// cypherIsolatedMembers: every member's activity read in one statement,
// flagged and scored by scoring.Isolation, filtered, paged.
func cypherIsolatedMembers(t *testing.T, g *storetest.Graph, q domain.IsolationQuery) (*domain.IsolationConnection, error) {
	params := windowParams(q.Window)
	params["community"] = q.Community
	params["orgs"] = q.IncludeOrganisations
	rows := g.Rows(t, `
OPTIONAL MATCH (cm:Community {name: $community})
CALL (cm) {
  MATCH (cm)<-[:MEMBER_OF]-(p:Professional)
  WHERE NOT coalesce(p.optedOut, false) AND ($orgs OR coalesce(p.kind, '') <> 'ORGANISATION')
  CALL (p, cm) {
    OPTIONAL MATCH (p)-[tp:TOOK_PART]->(ch:Chat)-[:OF]->(cm)
    WHERE ch.startsAt < $until
    WITH tp, ch, ch.startsAt >= $since AS inWindow
    RETURN sum(CASE WHEN inWindow THEN tp.posts ELSE 0 END) AS posts,
           count(CASE WHEN inWindow THEN 1 END) AS chats,
           sum(CASE WHEN inWindow THEN tp.repliesReceived + tp.mentionsReceived ELSE 0 END) AS received,
           count(CASE WHEN NOT inWindow THEN 1 END) AS before,
           sum(CASE WHEN NOT inWindow THEN tp.posts ELSE 0 END) AS postsBefore,
           sum(CASE WHEN NOT inWindow THEN tp.repliesReceived + tp.mentionsReceived ELSE 0 END) AS receivedBefore,
           max(ch.startsAt) AS lastChat
  }
  CALL (p) {
    OPTIONAL MATCH (p)-[t:TALKED_WITH]-(o:Professional)
    WHERE o <> p AND NOT coalesce(o.optedOut, false) AND `+tieInWindow+`
    WITH DISTINCT p, o
    RETURN count(o) AS partners,
           count(CASE WHEN o IS NOT NULL AND coalesce(o.profession, 'unknown') <> coalesce(p.profession, 'unknown') THEN 1 END) AS cross
  }
  RETURN p, posts, chats, received, before, postsBefore, receivedBefore, lastChat, partners, cross
}
RETURN cm IS NOT NULL AS found, p{.*} AS p, posts, chats, received, before, postsBefore, receivedBefore, lastChat, partners, cross`, params)
	if len(rows) == 0 {
		return nil, domain.NoCommunity(q.Community)
	}
	people := map[string]*domain.Professional{}
	lastChat := map[string]time.Time{}
	var stats []scoring.MemberStats
	day := float64(24 * time.Hour)
	for _, row := range rows {
		pm, _ := row["p"].(map[string]any)
		if pm == nil {
			continue
		}
		p := professionalOf(pm)
		people[p.ID] = p
		st := scoring.MemberStats{ID: p.ID, Profession: str(pm, "profession"),
			Posts: storetest.Int(row["posts"]), Chats: storetest.Int(row["chats"]), Received: storetest.Int(row["received"]),
			ChatsBefore: storetest.Int(row["before"]), PostsBefore: storetest.Int(row["postsBefore"]), ReceivedBefore: storetest.Int(row["receivedBefore"]),
			Partners: storetest.Int(row["partners"]), CrossPartners: storetest.Int(row["cross"]),
			DaysSinceLastChat: float64(q.Window.Until.Sub(q.Window.Since)) / day}
		if row["lastChat"] != nil {
			last := storetest.Time(row["lastChat"])
			lastChat[p.ID] = last
			st.DaysSinceLastChat = float64(q.Window.Until.Sub(last)) / day
		}
		stats = append(stats, st)
	}
	isolated, median := scoring.Isolation(stats)
	var reports []*domain.IsolationReport
	for _, iso := range isolated {
		if q.Activity == domain.ActivityActive && iso.Stats.Chats == 0 || q.Activity == domain.ActivityLapsed && iso.Stats.Chats > 0 ||
			len(q.Flags) > 0 && !slices.ContainsFunc(iso.Flags, func(f domain.IsolationFlag) bool { return slices.Contains(q.Flags, f) }) {
			continue
		}
		p := people[iso.Stats.ID]
		var parts []*domain.IsolationScorePart
		for k, term := range scoring.IsolationTerms {
			parts = append(parts, &domain.IsolationScorePart{Term: term, Value: scoring.Round(iso.Values[k]), Weight: scoring.IsolationWeight(term),
				Points: scoring.Round(iso.Recency * scoring.IsolationWeight(term) * iso.Values[k])})
		}
		ev := domain.IsolationEvidence{Posts: iso.Stats.Posts, Chats: iso.Stats.Chats, RepliesReceived: iso.Stats.Received,
			Partners: iso.Stats.Partners, CrossProfessionPartners: iso.Stats.CrossPartners, LastSeen: p.LastSeen,
			ChatsBefore: iso.Stats.ChatsBefore, PostsBefore: iso.Stats.PostsBefore, RepliesReceivedBefore: iso.Stats.ReceivedBefore,
			DaysSinceLastChat: scoring.Round(iso.Stats.DaysSinceLastChat), Newcomer: iso.Stats.ChatsBefore == 0 && iso.Stats.Chats > 0,
			Active: iso.Stats.Chats > 0}
		if last, ok := lastChat[p.ID]; ok {
			ev.LastChatAt = &last
		}
		reports = append(reports, &domain.IsolationReport{Professional: p, Score: iso.Score, Flags: iso.Flags, Recency: scoring.Round(iso.Recency),
			ScoreParts: parts, Evidence: ev})
	}
	nodes, info, err := domain.PageOf(reports, q.Page, (*domain.IsolationReport).Cursor)
	if err != nil {
		return nil, err
	}
	if nodes == nil {
		nodes = []*domain.IsolationReport{}
	}
	return &domain.IsolationConnection{Nodes: nodes, PageInfo: info, TotalCount: len(reports), MedianPartners: median}, nil
}

// postTargets is the accounts a post addresses, each an act.
const postTargets = `[x IN [post.replyToAccount, post.quotesAccount] WHERE x IS NOT NULL] +
  [m IN coalesce(post.mentions, []) WHERE m <> coalesce(post.replyToAccount, '')]`

// cypherProfessionLinks: the window's posts' acts per pair of
// professionals (and month), counted by links.
func cypherProfessionLinks(t *testing.T, g *storetest.Graph, q domain.LinkQuery) ([]*domain.ProfessionLinkPeriod, error) {
	params := windowParams(q.Window)
	params["community"] = nullable(q.Community)
	params["monthly"] = q.Interval == domain.IntervalMonth
	if q.Community != "" {
		if len(g.Rows(t, `MATCH (c:Community {name: $community}) RETURN c.name`, params)) == 0 {
			return nil, domain.NoCommunity(q.Community)
		}
	}
	rows := g.Rows(t, `
MATCH (post:Post)
WHERE post.createdAt >= $since AND post.createdAt < $until
  AND ($community IS NULL OR EXISTS { (post)-[:IN]->(:Chat)-[:OF]->(:Community {name: $community}) })
MATCH (post)<-[:POSTED]-(:Account)-[:OF]->(a:Professional)
WHERE NOT coalesce(a.optedOut, false)
WITH post, a, `+postTargets+` AS targets
UNWIND targets AS target
MATCH (:Account {key: target})-[:OF]->(b:Professional)
WHERE b <> a AND NOT coalesce(b.optedOut, false)
WITH CASE WHEN $monthly THEN date.truncate('month', post.createdAt) ELSE null END AS period, a, b, count(*) AS acts
RETURN period, a.id AS a, b.id AS b, coalesce(a.profession, 'unknown') AS ap, coalesce(b.profession, 'unknown') AS bp, acts`, params)
	byPeriod := map[time.Time][]pairActs{}
	for _, r := range rows {
		var start time.Time
		if d, ok := r["period"].(interface{ Time() time.Time }); ok {
			start = d.Time().UTC()
		}
		byPeriod[start] = append(byPeriod[start], pairActs{from: str(r, "a"), to: str(r, "b"), fromProf: str(r, "ap"), toProf: str(r, "bp"), acts: storetest.Int(r["acts"])})
	}
	var out []*domain.ProfessionLinkPeriod
	for _, p := range scoring.LinkPeriods(q.Window, q.Interval) {
		// The acts with an end in a class left out, counted apart.
		var kept []pairActs
		var left domain.LeftOutActs
		pairs, people := map[[2]string]bool{}, map[string]bool{}
		for _, r := range byPeriod[p.Key] {
			if !slices.Contains(q.LeaveOut, r.fromProf) && !slices.Contains(q.LeaveOut, r.toProf) {
				kept = append(kept, r)
				continue
			}
			left.Acts += r.acts
			pairs[[2]string{min(r.from, r.to), max(r.from, r.to)}] = true
			people[r.from], people[r.to] = true, true
		}
		left.Pairs, left.People = len(pairs), len(people)
		cells, ei := links(kept)
		out = append(out, &domain.ProfessionLinkPeriod{Since: p.Since, Until: p.Until, Cells: cells, Professions: ei, LeftOut: left})
	}
	return out, nil
}

// pairActs is a directed pair of professionals, their professions and the
// conversational acts from addressed to to.
type pairActs struct {
	from, to         string
	fromProf, toProf string
	acts             int
}

// links is professionLinks' definition on a period's pairs: a cell (P, Q)
// counts the acts from P's professionals to Q's, the distinct directed
// pairs behind them and the distinct people making them; the E–I index
// of P counts distinct undirected pairs, internal when both are of P,
// external when one is, with the people of P who have one.
func links(rows []pairActs) ([]*domain.ProfessionLink, []*domain.ProfessionEI) {
	cells := map[[2]string]*domain.ProfessionLink{}
	cellPeople := map[[2]string]map[string]bool{}
	profPeople := map[string]map[string]bool{}
	addTo := func(m map[string]bool, ids ...string) map[string]bool {
		if m == nil {
			m = map[string]bool{}
		}
		for _, id := range ids {
			m[id] = true
		}
		return m
	}
	type und struct{ a, b string }
	pairs := map[und][2]string{}
	for _, r := range rows {
		if r.from == r.to || r.acts <= 0 {
			continue
		}
		k := [2]string{r.fromProf, r.toProf}
		c := cells[k]
		if c == nil {
			c = &domain.ProfessionLink{From: r.fromProf, To: r.toProf}
			cells[k] = c
		}
		c.Ties += r.acts
		c.Pairs++
		cellPeople[k] = addTo(cellPeople[k], r.from, r.to)
		profPeople[r.fromProf] = addTo(profPeople[r.fromProf], r.from)
		profPeople[r.toProf] = addTo(profPeople[r.toProf], r.to)
		u := und{r.from, r.to}
		profs := [2]string{r.fromProf, r.toProf}
		if u.b < u.a {
			u = und{r.to, r.from}
			profs = [2]string{r.toProf, r.fromProf}
		}
		pairs[u] = profs
	}
	ei := map[string]*domain.ProfessionEI{}
	get := func(p string) *domain.ProfessionEI {
		if ei[p] == nil {
			ei[p] = &domain.ProfessionEI{Profession: p}
		}
		return ei[p]
	}
	for _, profs := range pairs {
		if profs[0] == profs[1] {
			get(profs[0]).Internal++
		} else {
			get(profs[0]).External++
			get(profs[1]).External++
		}
	}
	outCells := []*domain.ProfessionLink{}
	for k, c := range cells {
		c.People = len(cellPeople[k])
		outCells = append(outCells, c)
	}
	slices.SortFunc(outCells, func(a, b *domain.ProfessionLink) int {
		if d := cmp.Compare(a.From, b.From); d != 0 {
			return d
		}
		return cmp.Compare(a.To, b.To)
	})
	outEI := []*domain.ProfessionEI{}
	for _, e := range ei {
		if n := e.External + e.Internal; n > 0 {
			v := float64(e.External-e.Internal) / float64(n)
			e.EIIndex = &v
		}
		e.People = len(profPeople[e.Profession])
		outEI = append(outEI, e)
	}
	slices.SortFunc(outEI, func(a, b *domain.ProfessionEI) int { return cmp.Compare(a.Profession, b.Profession) })
	return outCells, outEI
}

// cypherPartners: each professional's ties either way in the window (by
// their span alone), grouped by partner, kept when they hold a
// conversational act.
func cypherPartners(t *testing.T, g *storetest.Graph, ids []string, w domain.Window) map[string][]*domain.Partner {
	params := windowParams(w)
	params["ids"] = ids
	counts := func(m map[string]any) domain.TieCounts {
		if m == nil {
			return domain.TieCounts{}
		}
		c := domain.TieCounts{Replies: storetest.Int(m["replies"]), Mentions: storetest.Int(m["mentions"]), Quotes: storetest.Int(m["quotes"]), Reposts: storetest.Int(m["reposts"])}
		c.Conversational = c.Replies + c.Mentions + c.Quotes
		return c
	}
	out := map[string][]*domain.Partner{}
	for _, row := range g.Rows(t, `
UNWIND $ids AS id
MATCH (p:Professional {id: id})-[t:TALKED_WITH]-(o:Professional)
WHERE o <> p AND NOT coalesce(o.optedOut, false) AND t.lastAt >= $since AND t.firstAt < $until
WITH id, p, o, collect(t) AS ts
WITH id, o, head([t IN ts WHERE startNode(t) = p]) AS s, head([t IN ts WHERE endNode(t) = p]) AS r
WHERE coalesce(s.replies + s.mentions + s.quotes, 0) + coalesce(r.replies + r.mentions + r.quotes, 0) > 0
RETURN id, o{.*} AS o, s{.*} AS s, r{.*} AS r`, params) {
		sm, _ := row["s"].(map[string]any)
		rm, _ := row["r"].(map[string]any)
		p := &domain.Partner{Professional: professionalOf(row["o"].(map[string]any)), Sent: counts(sm), Received: counts(rm)}
		chats := map[string]bool{}
		for _, tm := range []map[string]any{sm, rm} {
			if tm == nil {
				continue
			}
			for _, c := range storetest.Strings(tm["chats"]) {
				chats[c] = true
			}
			if f := timePtr(tm["firstAt"]); f != nil && (p.FirstAt == nil || f.Before(*p.FirstAt)) {
				p.FirstAt = f
			}
			if l := timePtr(tm["lastAt"]); l != nil && (p.LastAt == nil || l.After(*p.LastAt)) {
				p.LastAt = l
			}
		}
		p.Chats = len(chats)
		id := str(row, "id")
		out[id] = append(out[id], p)
	}
	for _, ps := range out {
		slices.SortFunc(ps, func(a, b *domain.Partner) int {
			if d := cmp.Compare(b.Acts(), a.Acts()); d != 0 {
				return d
			}
			return cmp.Compare(a.Professional.ID, b.Professional.ID)
		})
	}
	return out
}

// cypherEgoNetworks: each professional, their first partners in the window
// (most conversational acts, then id), and the conversational ties in the
// window among all of these, the two directions of a pair together, each
// with the newest of its chats.
func cypherEgoNetworks(t *testing.T, g *storetest.Graph, ids []string, w domain.Window, first int) map[string]*domain.EgoNetwork {
	params := windowParams(w)
	params["ids"], params["first"] = ids, first
	type pairTies struct {
		acts  int
		chats map[string]bool
	}
	out := map[string]*domain.EgoNetwork{}
	for _, row := range g.Rows(t, `
UNWIND $ids AS id
MATCH (p:Professional {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[t:TALKED_WITH]-(o:Professional)
  WHERE o <> p AND NOT coalesce(o.optedOut, false) AND t.lastAt >= $since AND t.firstAt < $until
  WITH o, sum(t.replies + t.mentions + t.quotes) AS acts
  WHERE o IS NOT NULL AND acts > 0
  WITH o, acts ORDER BY acts DESC, o.id LIMIT $first
  RETURN collect(o) AS partners
}
WITH id, [p] + partners AS members
CALL (members) {
  UNWIND members AS x
  MATCH (x)-[t:TALKED_WITH]->(y:Professional)
  WHERE y IN members AND y <> x AND `+tieInWindow+`
  RETURN collect({a: x.id, b: y.id, acts: t.replies + t.mentions + t.quotes, chats: t.chats}) AS ties
}
RETURN id, [m IN members | m{.*}] AS members, ties`, params) {
		net := &domain.EgoNetwork{Members: []*domain.Professional{}, Ties: []*domain.EgoTie{}}
		byID := map[string]*domain.Professional{}
		for _, m := range row["members"].([]any) {
			p := professionalOf(m.(map[string]any))
			net.Members = append(net.Members, p)
			byID[p.ID] = p
		}
		pairs := map[[2]string]*pairTies{}
		var chatIDs []string
		for _, r := range row["ties"].([]any) {
			tm := r.(map[string]any)
			a, b := str(tm, "a"), str(tm, "b")
			if b < a {
				a, b = b, a
			}
			pt := pairs[[2]string{a, b}]
			if pt == nil {
				pt = &pairTies{chats: map[string]bool{}}
				pairs[[2]string{a, b}] = pt
			}
			pt.acts += storetest.Int(tm["acts"])
			for _, c := range storetest.Strings(tm["chats"]) {
				pt.chats[c] = true
				chatIDs = append(chatIDs, c)
			}
		}
		chats := chatsByID(t, g, chatIDs)
		for pair, pt := range pairs {
			tie := &domain.EgoTie{A: byID[pair[0]], B: byID[pair[1]], Acts: pt.acts, ChatCount: len(pt.chats), Chats: []*domain.Chat{}}
			for c := range pt.chats {
				if ch := chats[c]; ch != nil {
					tie.Chats = append(tie.Chats, ch)
				}
			}
			slices.SortFunc(tie.Chats, func(x, y *domain.Chat) int {
				if d := y.StartsAt.Compare(x.StartsAt); d != 0 {
					return d
				}
				return cmp.Compare(x.ID, y.ID)
			})
			tie.Chats = tie.Chats[:min(len(tie.Chats), domain.MaxTieChats)]
			net.Ties = append(net.Ties, tie)
		}
		slices.SortFunc(net.Ties, func(x, y *domain.EgoTie) int {
			if d := cmp.Compare(y.Acts, x.Acts); d != 0 {
				return d
			}
			if d := cmp.Compare(x.A.ID, y.A.ID); d != 0 {
				return d
			}
			return cmp.Compare(x.B.ID, y.B.ID)
		})
		out[str(row, "id")] = net
	}
	return out
}

// cypherCrossProfessionTies is each chat's cross-profession ties, the
// statement the chat summary counted them with, by chat id.
func cypherCrossProfessionTies(t *testing.T, g *storetest.Graph) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, r := range g.Rows(t, `
MATCH (ch:Chat)
CALL (ch) {
  OPTIONAL MATCH (ch)<-[:TOOK_PART]-(a:Professional)-[t:TALKED_WITH]->(b:Professional)-[:TOOK_PART]->(ch)
  WHERE ch.id IN t.chats AND t.replies + t.mentions + t.quotes > 0
    AND coalesce(a.profession, 'unknown') <> coalesce(b.profession, 'unknown')
  RETURN collect(DISTINCT CASE WHEN a.id < b.id THEN a.id + ' ' + b.id ELSE b.id + ' ' + a.id END) AS cross
}
RETURN ch.id AS id, size(cross) AS cross`, nil) {
		out[str(r, "id")] = storetest.Int(r["cross"])
	}
	return out
}

// communityProjection is a community as the store read it, its member and
// chat counts from the node's degrees.
const communityProjection = `c{.name, .hashtag, .account,
  members: COUNT { (c)<-[:MEMBER_OF]-() },
  chats: COUNT { (c)<-[:OF]-() }}`

func communityOf(m map[string]any) *domain.Community {
	return &domain.Community{Name: str(m, "name"), Hashtag: str(m, "hashtag"), Account: str(m, "account"),
		Members: storetest.Int(m["members"]), Chats: storetest.Int(m["chats"])}
}

// cypherCommunities is every community, by name, as the store listed them.
func cypherCommunities(t *testing.T, g *storetest.Graph) []*domain.Community {
	t.Helper()
	var out []*domain.Community
	for _, r := range g.Rows(t, `MATCH (c:Community) RETURN `+communityProjection+` AS c ORDER BY c.name`, nil) {
		out = append(out, communityOf(r["c"].(map[string]any)))
	}
	return out
}

// cypherProfessionsAndCommunities is each professional's claims (strongest
// first) and communities (by name), by id, as the store read them for a
// professional's page.
func cypherProfessionsAndCommunities(t *testing.T, g *storetest.Graph, ids []string) map[string]*domain.ProfessionsAndCommunities {
	t.Helper()
	out := map[string]*domain.ProfessionsAndCommunities{}
	for _, r := range g.Rows(t, `
UNWIND $ids AS id
MATCH (p:Professional {id: id})
RETURN id,
  [(p)-[h:HAS_PROFESSION]->(pr:Profession) | {profession: pr.name, source: h.source, confidence: h.confidence}] AS professions,
  [(p)-[:MEMBER_OF]->(c:Community) | `+communityProjection+`] AS communities`, map[string]any{"ids": ids}) {
		pc := &domain.ProfessionsAndCommunities{}
		for _, v := range r["professions"].([]any) {
			m := v.(map[string]any)
			confidence, _ := m["confidence"].(float64)
			pc.Professions = append(pc.Professions, &domain.ProfessionClaim{Profession: str(m, "profession"),
				Source: domain.ProfessionSource(strings.ToUpper(str(m, "source"))), Confidence: confidence})
		}
		for _, v := range r["communities"].([]any) {
			pc.Communities = append(pc.Communities, communityOf(v.(map[string]any)))
		}
		slices.SortFunc(pc.Professions, domain.CompareClaims)
		slices.SortFunc(pc.Communities, func(a, b *domain.Community) int { return cmp.Compare(a.Name, b.Name) })
		out[str(r, "id")] = pc
	}
	return out
}
