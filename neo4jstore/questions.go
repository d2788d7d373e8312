package neo4jstore

import (
	"context"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/rank"
)

// Connectors finds who brokers between two professions: the conversational
// ties in the window with an end in either profession (and, with a
// community, made in one of its chats) are read in one statement, the
// triads are counted by rank.Brokerage.
func (s *Store) Connectors(ctx context.Context, q domain.ConnectorQuery) ([]*domain.Connector, error) {
	params := windowParams(q.Window)
	params["professions"] = []string{q.Between, q.And}
	params["community"] = nullable(q.Community)
	return readTx(ctx, s, "connectors", func(ctx context.Context, tx neo4j.ManagedTransaction) ([]*domain.Connector, error) {
		rows, err := collectRows(ctx, tx, `
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
RETURN u.id AS u, v.id AS v, coalesce(u.profession, 'unknown') AS up, coalesce(v.profession, 'unknown') AS vp`, params)
		if err != nil {
			return nil, err
		}
		group := map[string]string{}
		edges := make([]rank.Edge, 0, len(rows))
		for _, r := range rows {
			u, v := str(r, "u"), str(r, "v")
			group[u], group[v] = str(r, "up"), str(r, "vp")
			edges = append(edges, rank.Edge{From: u, To: v})
		}
		return connectorsFrom(ctx, tx, rank.Brokerage(edges, group, q.Between, q.And), q)
	})
}

// ConnectorsFrom completes brokers found elsewhere (a read model) into the
// answer Connectors gives: the first q.First, with the professionals and
// their group betweenness read by id, in one transaction.
func (s *Store) ConnectorsFrom(ctx context.Context, brokers []rank.Broker, q domain.ConnectorQuery) ([]*domain.Connector, error) {
	return readTx(ctx, s, "connectors.details", func(ctx context.Context, tx neo4j.ManagedTransaction) ([]*domain.Connector, error) {
		return connectorsFrom(ctx, tx, brokers, q)
	})
}

func connectorsFrom(ctx context.Context, tx neo4j.ManagedTransaction, brokers []rank.Broker, q domain.ConnectorQuery) ([]*domain.Connector, error) {
	brokers = brokers[:min(len(brokers), q.First)]
	ids := make([]string, len(brokers))
	for i, b := range brokers {
		ids[i] = b.ID
	}
	people, err := professionalsByID(ctx, tx, ids)
	if err != nil {
		return nil, err
	}
	gb, an, err := groupBetweenness(ctx, tx, ids, q.Between, q.And, q.Analysis)
	if err != nil {
		return nil, err
	}
	out := make([]*domain.Connector, 0, len(brokers))
	for _, b := range brokers {
		c := &domain.Connector{Professional: people[b.ID], BrokeredPairs: b.Pairs, Roles: b.Roles,
			PartnersBetween: b.PartnersA, PartnersAnd: b.PartnersB}
		if share, ok := gb[b.ID]; ok {
			c.GroupBetweenness, c.GroupBetweennessAnalysis = &share, an
		}
		out = append(out, c)
	}
	return out, nil
}

// professionalsByID reads professionals by id within a transaction.
func professionalsByID(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]*domain.Professional, error) {
	out := map[string]*domain.Professional{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := collectRows(ctx, tx, `UNWIND $ids AS id MATCH (p:Professional {id: id}) RETURN p{.*} AS p`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		p := professionalFrom(r["p"].(map[string]any))
		out[p.ID] = p
	}
	return out, nil
}

// SuggestPeers suggests peers for each professional (one transaction for the
// batch): the evidence (mutual partners with their degrees, shared chats
// with their sizes, shared chat topics) is read in a few statements, the
// candidates are filtered in the graph, and rank.ScorePeers scores them.
func (s *Store) SuggestPeers(ctx context.Context, ids []string, q domain.PeerQuery) (map[string][]*domain.PeerSuggestion, error) {
	params := windowParams(q.Window)
	params["ids"] = ids
	return readTx(ctx, s, "suggestPeers", func(ctx context.Context, tx neo4j.ManagedTransaction) (map[string][]*domain.PeerSuggestion, error) {
		type pair struct{ m, c string }
		ev := map[pair]*rank.PeerEvidence{}
		get := func(m, c string) *rank.PeerEvidence {
			k := pair{m, c}
			if ev[k] == nil {
				ev[k] = &rank.PeerEvidence{ID: c}
			}
			return ev[k]
		}
		// Mutual partners, each with its degree: Adamic–Adar's evidence.
		rows, err := collectRows(ctx, tx, `
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
RETURN id, c.id AS c, collect({id: z.id, degree: degree}) AS mutual`, params)
		if err != nil {
			return nil, err
		}
		isolated := map[string]bool{}
		for _, id := range ids {
			isolated[id] = true
		}
		for _, r := range rows {
			isolated[str(r, "id")] = false
			e := get(str(r, "id"), str(r, "c"))
			for _, raw := range r["mutual"].([]any) {
				mm := raw.(map[string]any)
				e.MutualPartners = append(e.MutualPartners, rank.Mutual{ID: str(mm, "id"), Degree: integer(mm, "degree")})
			}
		}
		// Shared chats, each with its size.
		rows, err = collectRows(ctx, tx, `
UNWIND $ids AS id
MATCH (m:Professional {id: id})-[:TOOK_PART]->(ch:Chat)
WHERE ch.startsAt >= $since AND ch.startsAt < $until
WITH id, m, ch, COUNT { (ch)<-[:TOOK_PART]-() } AS size
MATCH (ch)<-[:TOOK_PART]-(c:Professional)
WHERE c <> m
RETURN id, c.id AS c, collect({id: ch.id, size: size}) AS chats`, params)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			e := get(str(r, "id"), str(r, "c"))
			for _, raw := range r["chats"].([]any) {
				cm := raw.(map[string]any)
				e.SharedChats = append(e.SharedChats, rank.SharedChat{ID: str(cm, "id"), Size: integer(cm, "size")})
			}
		}
		// Shared topics: a topic both discussed in the window, in any chat.
		rows, err = collectRows(ctx, tx, `
UNWIND $ids AS id
MATCH (m:Professional {id: id})-[:TOOK_PART]->(ch:Chat)
WHERE ch.startsAt >= $since AND ch.startsAt < $until AND coalesce(ch.topic, '') <> ''
WITH id, m, collect(DISTINCT ch.topic) AS topics
MATCH (other:Chat)<-[:TOOK_PART]-(c:Professional)
WHERE other.startsAt >= $since AND other.startsAt < $until AND other.topic IN topics AND c <> m
RETURN id, c.id AS c, collect(DISTINCT other.topic) AS topics`, params)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			get(str(r, "id"), str(r, "c")).SharedTopics = stringList(r, "topics")
		}
		// An isolated member also gets the community's members who answer
		// others most.
		var lonely []string
		for _, id := range ids {
			if isolated[id] {
				lonely = append(lonely, id)
			}
		}
		if len(lonely) > 0 {
			rows, err = collectRows(ctx, tx, `
UNWIND $ids AS id
MATCH (m:Professional {id: id})
CALL (m) {
  MATCH (m)-[:MEMBER_OF]->(cm:Community)<-[:MEMBER_OF]-(c:Professional)
  WHERE c <> m AND ($community IS NULL OR cm.name = $community)
  WITH DISTINCT c
  RETURN c, COUNT { (c)-[t:TALKED_WITH]->() WHERE `+tieInWindow+` } AS answers
  ORDER BY answers DESC, c.id LIMIT 50
}
WITH id, c, answers WHERE answers > 0
RETURN id, c.id AS c`, map[string]any{"ids": lonely, "since": q.Window.Since, "until": q.Window.Until, "community": nullable(q.Community)})
			if err != nil {
				return nil, err
			}
			for _, r := range rows {
				get(str(r, "id"), str(r, "c"))
			}
		}
		// Filter: not M, not opted out, active in the window, not already
		// in conversation with M, of the professions and community asked;
		// and count how readily each answers others.
		var pairs []map[string]any
		for k := range ev {
			if k.m != k.c {
				pairs = append(pairs, map[string]any{"m": k.m, "c": k.c})
			}
		}
		params["pairs"] = pairs
		params["lonely"] = append([]string{}, lonely...)
		params["professions"] = nullableList(q.Professions)
		params["otherOnly"] = q.OtherProfessionsOnly
		params["community"] = nullable(q.Community)
		rows, err = collectRows(ctx, tx, `
UNWIND $pairs AS pair
MATCH (m:Professional {id: pair.m}), (c:Professional {id: pair.c})
WHERE NOT coalesce(c.optedOut, false) AND c.lastSeen >= $since AND c.firstSeen < $until
  AND NOT EXISTS { (m)-[t:TALKED_WITH]-(c) WHERE t.replies + t.mentions + t.quotes > 0 }
  AND ($professions IS NULL OR c.profession IN $professions)
  AND (NOT $otherOnly OR coalesce(c.profession, 'unknown') <> coalesce(m.profession, 'unknown'))
  AND ($community IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Community {name: $community}) })
RETURN pair.m AS m, pair.c AS c,
       CASE WHEN pair.m IN $lonely THEN COUNT { (c)-[t:TALKED_WITH]->() WHERE `+tieInWindow+` } ELSE 0 END AS answers`, params)
		if err != nil {
			return nil, err
		}
		byM := map[string][]rank.PeerEvidence{}
		for _, r := range rows {
			e := ev[pair{str(r, "m"), str(r, "c")}]
			e.Answers = integer(r, "answers")
			byM[str(r, "m")] = append(byM[str(r, "m")], *e)
		}
		scored := map[string][]rank.PeerScore{}
		for m, cands := range byM {
			scored[m] = rank.ScorePeers(cands, isolated[m])
		}
		return peerSuggestionsFrom(ctx, tx, scored, q)
	})
}

// PeerSuggestionsFrom completes scored candidates found elsewhere (a read
// model) into the answer SuggestPeers gives: the first q.First of each,
// with the professionals and chats of their reasons read by id, in one
// transaction.
func (s *Store) PeerSuggestionsFrom(ctx context.Context, scored map[string][]rank.PeerScore, q domain.PeerQuery) (map[string][]*domain.PeerSuggestion, error) {
	return readTx(ctx, s, "suggestPeers.details", func(ctx context.Context, tx neo4j.ManagedTransaction) (map[string][]*domain.PeerSuggestion, error) {
		return peerSuggestionsFrom(ctx, tx, scored, q)
	})
}

func peerSuggestionsFrom(ctx context.Context, tx neo4j.ManagedTransaction, scored map[string][]rank.PeerScore, q domain.PeerQuery) (map[string][]*domain.PeerSuggestion, error) {
	var peopleIDs, chatIDs []string
	for m, sc := range scored {
		sc = sc[:min(len(sc), q.First)]
		scored[m] = sc
		for _, p := range sc {
			peopleIDs = append(peopleIDs, p.ID)
			peopleIDs = append(peopleIDs, p.Mutual...)
			chatIDs = append(chatIDs, p.Chats...)
		}
	}
	people, err := professionalsByID(ctx, tx, dedupe(peopleIDs))
	if err != nil {
		return nil, err
	}
	chats, err := chatsByID(ctx, tx, dedupe(chatIDs))
	if err != nil {
		return nil, err
	}
	out := make(map[string][]*domain.PeerSuggestion, len(scored))
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
			slices.SortFunc(reasons.SharedChats, func(a, b *domain.Chat) int { return b.StartsAt.Compare(a.StartsAt) })
			out[m] = append(out[m], &domain.PeerSuggestion{Professional: people[p.ID], Score: p.Score, Reasons: reasons})
		}
	}
	return out, nil
}

func chatsByID(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]*domain.Chat, error) {
	out := map[string]*domain.Chat{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := collectRows(ctx, tx, `UNWIND $ids AS id MATCH (ch:Chat {id: id}) RETURN `+chatProjection+` AS ch`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		c := chatFrom(r["ch"].(map[string]any))
		out[c.ID] = c
	}
	return out, nil
}

func dedupe(xs []string) []string {
	slices.Sort(xs)
	return slices.Compact(xs)
}

// IsolatedMembers reads every member's activity in a community (one
// statement), flags them with rank.Isolation and returns the page asked
// for. An unknown community is an error naming the argument.
func (s *Store) IsolatedMembers(ctx context.Context, q domain.IsolationQuery) (*domain.IsolationConnection, error) {
	params := windowParams(q.Window)
	params["community"] = q.Community
	type result struct {
		reports []*domain.IsolationReport
		median  float64
	}
	r, err := readTx(ctx, s, "isolatedMembers", func(ctx context.Context, tx neo4j.ManagedTransaction) (result, error) {
		rows, err := collectRows(ctx, tx, `
OPTIONAL MATCH (cm:Community {name: $community})
CALL (cm) {
  MATCH (cm)<-[:MEMBER_OF]-(p:Professional)
  WHERE NOT coalesce(p.optedOut, false)
  CALL (p, cm) {
    OPTIONAL MATCH (p)-[tp:TOOK_PART]->(ch:Chat)-[:OF]->(cm)
    WITH tp, ch, ch.startsAt >= $since AND ch.startsAt < $until AS inWindow
    RETURN sum(CASE WHEN inWindow THEN tp.posts ELSE 0 END) AS posts,
           count(CASE WHEN inWindow THEN 1 END) AS chats,
           sum(CASE WHEN inWindow THEN tp.repliesReceived + tp.mentionsReceived ELSE 0 END) AS received,
           count(CASE WHEN ch.startsAt < $since THEN 1 END) AS before
  }
  CALL (p) {
    OPTIONAL MATCH (p)-[t:TALKED_WITH]-(o:Professional)
    WHERE o <> p AND NOT coalesce(o.optedOut, false) AND `+tieInWindow+`
    WITH DISTINCT p, o
    RETURN count(o) AS partners,
           count(CASE WHEN o IS NOT NULL AND coalesce(o.profession, 'unknown') <> coalesce(p.profession, 'unknown') THEN 1 END) AS cross
  }
  RETURN p, posts, chats, received, before, partners, cross
}
RETURN cm IS NOT NULL AS found, p{.*} AS p, posts, chats, received, before, partners, cross`, params)
		if err != nil {
			return result{}, err
		}
		if len(rows) == 0 {
			return result{}, domain.NoCommunity(q.Community)
		}
		people := map[string]*domain.Professional{}
		var stats []rank.MemberStats
		for _, row := range rows {
			pm, _ := row["p"].(map[string]any)
			if pm == nil {
				continue
			}
			p := professionalFrom(pm)
			people[p.ID] = p
			stats = append(stats, rank.MemberStats{ID: p.ID, Profession: str(pm, "profession"),
				Posts: integer(row, "posts"), Chats: integer(row, "chats"), Received: integer(row, "received"),
				ChatsBefore: integer(row, "before"), Partners: integer(row, "partners"), CrossPartners: integer(row, "cross")})
		}
		isolated, median := rank.Isolation(stats)
		return result{isolationReports(isolated, people, q), median}, nil
	})
	if err != nil {
		return nil, err
	}
	nodes, info, err := domain.PageOf(r.reports, q.Page, (*domain.IsolationReport).Cursor)
	if err != nil {
		return nil, err
	}
	return &domain.IsolationConnection{Nodes: nodes, PageInfo: info, TotalCount: len(r.reports), MedianPartners: r.median}, nil
}

// IsolationReportsFrom completes the page q asks of members flagged
// elsewhere (a read model, which gives the ranking and the median) into the
// connection IsolatedMembers gives: only the page's professionals are read,
// by id, because a large community flags thousands.
func (s *Store) IsolationReportsFrom(ctx context.Context, isolated []rank.Isolated, median float64, q domain.IsolationQuery) (*domain.IsolationConnection, error) {
	// The page info is the ranking's, which the model counted exactly; a
	// member deleted since the model was built only shortens the page.
	page, info, err := domain.PageOf(isolated, q.Page, func(iso rank.Isolated) string { return domain.IsolationCursor(iso.Score, iso.Stats.ID) })
	if err != nil {
		return nil, err
	}
	nodes, err := readTx(ctx, s, "isolatedMembers.details", func(ctx context.Context, tx neo4j.ManagedTransaction) ([]*domain.IsolationReport, error) {
		ids := make([]string, len(page))
		for i, iso := range page {
			ids[i] = iso.Stats.ID
		}
		people, err := professionalsByID(ctx, tx, ids)
		if err != nil {
			return nil, err
		}
		return isolationReports(page, people, q), nil
	})
	if err != nil {
		return nil, err
	}
	return &domain.IsolationConnection{Nodes: nodes, PageInfo: info, TotalCount: len(isolated), MedianPartners: median}, nil
}

func isolationReports(isolated []rank.Isolated, people map[string]*domain.Professional, q domain.IsolationQuery) []*domain.IsolationReport {
	out := make([]*domain.IsolationReport, 0, len(isolated))
	for _, iso := range isolated {
		p := people[iso.Stats.ID]
		if p == nil {
			continue // deleted since the model was built
		}
		out = append(out, &domain.IsolationReport{Professional: p, Score: iso.Score, Flags: iso.Flags,
			Evidence: domain.IsolationEvidence{Posts: iso.Stats.Posts, Chats: iso.Stats.Chats, RepliesReceived: iso.Stats.Received,
				Partners: iso.Stats.Partners, CrossProfessionPartners: iso.Stats.CrossPartners, LastSeen: p.LastSeen},
			Query: domain.PeerQuery{Community: q.Community, Window: q.Window}})
	}
	return out
}

// postTargets is the accounts a post addresses, each an act for
// professionLinks: the one it answers, the one it quotes, then every one it
// mentions but the one it answers, repeats kept. The question and the
// snapshot the read model counts it from (snapshotPosts) share it.
const postTargets = `[x IN [post.replyToAccount, post.quotesAccount] WHERE x IS NOT NULL] +
  [m IN coalesce(post.mentions, []) WHERE m <> coalesce(post.replyToAccount, '')]`

// ProfessionLinks counts conversational acts between professions from the
// posts of the window (exact, unlike the tie totals), per month when asked.
// Posts of opted-out professionals, and acts addressed to them, are left out.
func (s *Store) ProfessionLinks(ctx context.Context, q domain.LinkQuery) ([]*domain.ProfessionLinkPeriod, error) {
	params := windowParams(q.Window)
	params["community"] = nullable(q.Community)
	params["monthly"] = q.Interval == domain.IntervalMonth
	return readTx(ctx, s, "professionLinks", func(ctx context.Context, tx neo4j.ManagedTransaction) ([]*domain.ProfessionLinkPeriod, error) {
		if q.Community != "" {
			n, err := single[int](ctx, tx, `MATCH (c:Community {name: $community}) RETURN count(c) AS n`, params)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				return nil, domain.NoCommunity(q.Community)
			}
		}
		rows, err := collectRows(ctx, tx, `
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
		if err != nil {
			return nil, err
		}
		byPeriod := map[time.Time][]rank.PairActs{}
		for _, r := range rows {
			var start time.Time
			if d, ok := r["period"].(neo4j.Date); ok {
				start = d.Time().UTC()
			}
			byPeriod[start] = append(byPeriod[start], rank.PairActs{From: str(r, "a"), To: str(r, "b"), FromProf: str(r, "ap"), ToProf: str(r, "bp"), Acts: integer(r, "acts")})
		}
		var out []*domain.ProfessionLinkPeriod
		for _, p := range rank.LinkPeriods(q.Window, q.Interval) {
			cells, ei := rank.Links(byPeriod[p.Key])
			out = append(out, &domain.ProfessionLinkPeriod{Since: p.Since, Until: p.Until, Cells: nonNil(cells), Professions: nonNil(ei)})
		}
		return out, nil
	})
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// BenchInputs returns up to limit professionals who took part in a chat
// (their ids are account keys, so they are handles too) and the time of the
// newest post, for the benchmark to ask about.
func (s *Store) BenchInputs(ctx context.Context, limit int) ([]string, time.Time, error) {
	type result struct {
		ids []string
		now time.Time
	}
	r, err := readTx(ctx, s, "bench.inputs", func(ctx context.Context, tx neo4j.ManagedTransaction) (result, error) {
		rows, err := collectRows(ctx, tx, `
MATCH (p:Professional)-[:TOOK_PART]->()
WHERE NOT coalesce(p.optedOut, false) AND EXISTS { (:Account {key: p.id})-[:OF]->(p) }
WITH DISTINCT p LIMIT $limit
RETURN p.id AS id`, map[string]any{"limit": limit})
		if err != nil {
			return result{}, err
		}
		var out result
		for _, row := range rows {
			out.ids = append(out.ids, str(row, "id"))
		}
		last, err := collectRows(ctx, tx, `MATCH (ch:Chat) RETURN max(ch.endsAt) AS t`, nil)
		if err != nil {
			return result{}, err
		}
		if len(last) > 0 {
			out.now = timeValue(last[0], "t")
		}
		return out, nil
	})
	return r.ids, r.now, err
}
