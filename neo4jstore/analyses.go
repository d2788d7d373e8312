package neo4jstore

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peergraph/peergraph/domain"
)

// The analysis step's statements: the results it writes back, and what the
// questions read of them. (The projection it analyses comes from the read
// model: readmodel.Projection.)
//
// Results live beside the graph they describe:
//
//	(:Analysis {id, community, since, until, startedAt, computedAt, status, ...summary})
//	(:Analysis)-[:METRICS {inDegree, outDegree, degree, strength, betweenness, betweennessRaw,
//	                       constraint, effectiveSize, cluster, coordinator, itinerant, gatekeeper,
//	                       representative, liaison, gbPairs, gbShares,
//	                       ...centrality (analyses_measures.go)}]->(:Professional)
//	(:Analysis)-[:HAS_CLUSTER]->(:AnalysisCluster {id, size, blau, blauNorm, external, internal, ei,
//	                                              mixProfessions, mixCounts})
//
// community is "" for an analysis of every community. status is WRITING
// while batches go in and DONE once all are in: readers only see DONE, so a
// run that dies half-written is never read. Older analyses are kept, so
// that figures once published can be found again.

// AnalysisRecord is one analysis to write back.
type AnalysisRecord struct {
	Analysis  domain.Analysis
	StartedAt time.Time
	Metrics   []MetricsRow
	Clusters  []*domain.Cluster
	// GroupPairs are the pairs of professions ("a|b", a ≤ b) with shortest
	// paths between them, so that a member of the analysis with no share
	// reads 0 rather than null.
	GroupPairs []string
	// ProfessionEI and Brokerage are the analysis's tables by profession
	// and pair of professions, kept on the Analysis node.
	ProfessionEI []*domain.ProfessionEI
	Brokerage    []*domain.ProfessionPairBrokerage
}

// MetricsRow is one professional's figures.
type MetricsRow struct {
	ID      string
	Metrics domain.ProfessionalMetrics
	// GroupPairs and GroupShares are the professional's nonzero shares of
	// shortest paths between pairs of professions ("a|b", a ≤ b).
	GroupPairs  []string
	GroupShares []float64
}

// WriteBatch is how many professionals' metrics one transaction writes.
const WriteBatch = 2000

// WriteAnalysis writes an analysis back: its node first (WRITING), the
// metrics in batches of WriteBatch, the clusters, then DONE. A failure
// removes what was written. progress hears rows written and the total.
func (s *Store) WriteAnalysis(ctx context.Context, rec *AnalysisRecord, progress func(done, total int)) (err error) {
	a := rec.Analysis
	props := map[string]any{
		"nodes": a.Nodes, "edges": a.Edges, "modularity": a.Modularity, "clusters": a.Clusters,
		"betweennessExact": a.BetweennessExact, "pivots": a.Pivots, "betweennessErrorBound": a.BetweennessErrorBound,
		"confidence": a.Confidence, "groupPairs": rec.GroupPairs,
	}
	var eiP []string
	var eiE, eiI []int
	for _, e := range rec.ProfessionEI {
		eiP, eiE, eiI = append(eiP, e.Profession), append(eiE, e.External), append(eiI, e.Internal)
	}
	props["eiProfessions"], props["eiExternal"], props["eiInternal"] = eiP, eiE, eiI
	var bFrom, bTo []string
	var bRoles []int
	for _, b := range rec.Brokerage {
		r := b.Roles
		bFrom, bTo = append(bFrom, b.From), append(bTo, b.To)
		bRoles = append(bRoles, r.Coordinator, r.Itinerant, r.Gatekeeper, r.Representative, r.Liaison)
	}
	// Five role counts a pair, in BrokerageRoles' order.
	props["brokerageFrom"], props["brokerageTo"], props["brokerageRoles"] = bFrom, bTo, bRoles
	networkProps(a.Network, props)
	runProps(a, props)
	community := ""
	if a.Community != nil {
		community = *a.Community
	}
	_, err = writeTx(ctx, s, "analysis.create", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		_, err := tx.Run(ctx, `
CREATE (a:Analysis {id: $id, community: $community, since: $since, until: $until, startedAt: $startedAt, status: 'WRITING'})
SET a += $props`, map[string]any{"id": a.ID, "community": community, "since": a.Since, "until": a.Until, "startedAt": rec.StartedAt, "props": props})
		return struct{}{}, err
	})
	if err != nil {
		return fmt.Errorf("write analysis %s: %w", a.ID, err)
	}
	defer func() {
		if err == nil {
			return
		}
		// Leave nothing half-written behind, even when ctx was cancelled.
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
		defer cancel()
		_, derr := writeTx(cctx, s, "analysis.discard", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
			_, err := tx.Run(ctx, `
MATCH (a:Analysis {id: $id})
OPTIONAL MATCH (a)-[:HAS_CLUSTER]->(k:AnalysisCluster)
DETACH DELETE k, a`, map[string]any{"id": a.ID})
			return struct{}{}, err
		})
		if derr != nil {
			err = fmt.Errorf("%w (and removing the partial analysis: %v)", err, derr)
		}
	}()
	for lo := 0; lo < len(rec.Metrics); lo += WriteBatch {
		batch := rec.Metrics[lo:min(lo+WriteBatch, len(rec.Metrics))]
		rows := make([]map[string]any, len(batch))
		for i, m := range batch {
			rows[i] = map[string]any{"id": m.ID, "m": metricsProps(m)}
		}
		_, err = writeTx(ctx, s, "analysis.metrics", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
			_, err := tx.Run(ctx, `
MATCH (a:Analysis {id: $id})
UNWIND $rows AS r
MATCH (p:Professional {id: r.id})
CREATE (a)-[m:METRICS]->(p)
SET m = r.m`, map[string]any{"id": a.ID, "rows": rows})
			return struct{}{}, err
		})
		if err != nil {
			return fmt.Errorf("write analysis %s metrics: %w", a.ID, err)
		}
		if progress != nil {
			progress(lo+len(batch), len(rec.Metrics))
		}
	}
	clusters := make([]map[string]any, len(rec.Clusters))
	for i, c := range rec.Clusters {
		var ps []string
		var cs []int
		for _, m := range c.ProfessionMix {
			ps, cs = append(ps, m.Profession), append(cs, m.Count)
		}
		clusters[i] = map[string]any{"id": c.ID, "size": c.Size, "blau": c.BlauIndex, "blauNorm": c.Multidisciplinarity,
			"external": c.External, "internal": c.Internal, "ei": floatOrNil(c.EIIndex), "mixProfessions": ps, "mixCounts": cs}
	}
	_, err = writeTx(ctx, s, "analysis.done", func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		_, err := tx.Run(ctx, `
MATCH (a:Analysis {id: $id})
CALL (a) {
  UNWIND $clusters AS c
  CREATE (a)-[:HAS_CLUSTER]->(k:AnalysisCluster)
  SET k = c
}
SET a.status = 'DONE', a.computedAt = $computedAt`, map[string]any{"id": a.ID, "clusters": clusters, "computedAt": a.ComputedAt})
		return struct{}{}, err
	})
	if err != nil {
		return fmt.Errorf("write analysis %s: %w", a.ID, err)
	}
	return nil
}

func metricsProps(m MetricsRow) map[string]any {
	x := m.Metrics
	p := map[string]any{
		"inDegree": x.InDegree, "outDegree": x.OutDegree, "degree": x.Degree, "strength": x.Strength,
		"betweenness": x.Betweenness, "betweennessRaw": x.BetweennessRaw, "cluster": x.Cluster,
		"coordinator": x.Brokerage.Coordinator, "itinerant": x.Brokerage.Itinerant, "gatekeeper": x.Brokerage.Gatekeeper,
		"representative": x.Brokerage.Representative, "liaison": x.Brokerage.Liaison,
		"gbPairs": m.GroupPairs, "gbShares": m.GroupShares,
	}
	// Neo4j stores no NaN worth reading back: a node without neighbours has
	// no constraint, and the property is left out.
	if x.Constraint != nil && !math.IsNaN(*x.Constraint) {
		p["constraint"] = *x.Constraint
	}
	if x.EffectiveSize != nil && !math.IsNaN(*x.EffectiveSize) {
		p["effectiveSize"] = *x.EffectiveSize
	}
	centralityProps(x, p)
	return p
}

// runProps keeps how the analysis ran, each profession's group
// betweenness as a set and each pair's pair-betweenness totals on the
// Analysis node, tables as parallel lists (pairs in groupPairs' order).
func runProps(a domain.Analysis, props map[string]any) {
	props["communityMethod"], props["resolution"], props["seed"] = string(a.CommunityMethod), a.Resolution, a.Seed
	props["betweennessChosenBy"] = string(a.BetweennessChosenBy)
	props["betweennessBudgetSeconds"] = floatOrNil(a.BetweennessBudgetSeconds)
	props["betweennessEstimatedExactSeconds"] = floatOrNil(a.BetweennessEstimatedExactSeconds)
	var gsP []string
	var gsSize []int
	var gsRaw, gsNorm []float64
	for _, x := range a.ProfessionGroupBetweenness {
		gsP, gsSize, gsRaw, gsNorm = append(gsP, x.Profession), append(gsSize, x.Size), append(gsRaw, x.Raw), append(gsNorm, x.Normalized)
	}
	props["gsProfessions"], props["gsSizes"], props["gsRaw"], props["gsNormalized"] = gsP, gsSize, gsRaw, gsNorm
	var pbPaths, pbShares []float64
	for _, x := range a.PairBetweenness {
		pbPaths, pbShares = append(pbPaths, x.Paths), append(pbShares, x.Shares)
	}
	props["pbPaths"], props["pbShares"] = pbPaths, pbShares
}

// runFrom reads back what runProps kept.
func runFrom(a *domain.Analysis, m map[string]any) {
	a.CommunityMethod = domain.CommunityMethod(str(m, "communityMethod"))
	if a.CommunityMethod == "" {
		a.CommunityMethod = domain.CommunityLouvain // analyses from before the choice
	}
	a.Resolution = float(m, "resolution")
	if _, ok := m["resolution"]; !ok {
		a.Resolution = 1
	}
	a.Seed = str(m, "seed")
	a.BetweennessChosenBy = domain.BetweennessChoice(str(m, "betweennessChosenBy"))
	if a.BetweennessChosenBy == "" {
		a.BetweennessChosenBy = domain.BetweennessByExactUpTo // analyses from before the budget
	}
	a.BetweennessBudgetSeconds = floatPtr(m, "betweennessBudgetSeconds")
	a.BetweennessEstimatedExactSeconds = floatPtr(m, "betweennessEstimatedExactSeconds")
	a.ProfessionGroupBetweenness = []*domain.ProfessionGroupBetweenness{}
	ps, sizes, raw, norm := stringList(m, "gsProfessions"), intList(m, "gsSizes"), floatList(m, "gsRaw"), floatList(m, "gsNormalized")
	for i := range min(len(ps), len(sizes), len(raw), len(norm)) {
		a.ProfessionGroupBetweenness = append(a.ProfessionGroupBetweenness,
			&domain.ProfessionGroupBetweenness{Profession: ps[i], Size: sizes[i], Raw: raw[i], Normalized: norm[i]})
	}
	a.PairBetweenness = []*domain.ProfessionPairPaths{}
	pairs, paths, shares := stringList(m, "groupPairs"), floatList(m, "pbPaths"), floatList(m, "pbShares")
	for i := range min(len(pairs), len(paths), len(shares)) {
		x, y, _ := strings.Cut(pairs[i], "|")
		a.PairBetweenness = append(a.PairBetweenness, &domain.ProfessionPairPaths{Between: x, And: y, Paths: paths[i], Shares: shares[i]})
	}
}

func floatList(m map[string]any, key string) []float64 {
	raw, _ := m[key].([]any)
	out := make([]float64, len(raw))
	for i, v := range raw {
		switch x := v.(type) {
		case float64:
			out[i] = x
		case int64:
			out[i] = float64(x)
		}
	}
	return out
}

func floatOrNil(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

// latestAnalysis binds a to the analysis a selector picks ($acommunity,
// $asince, $auntil); no row when there is none.
const latestAnalysis = `
CALL () {
  MATCH (a:Analysis {status: 'DONE', community: $acommunity})
  WHERE ($asince IS NULL OR date(a.since) = date($asince)) AND ($auntil IS NULL OR date(a.until) = date($auntil))
  RETURN a ORDER BY a.computedAt DESC, a.id DESC LIMIT 1
}`

func selectorParams(sel domain.AnalysisSelector, params map[string]any) map[string]any {
	if params == nil {
		params = map[string]any{}
	}
	params["acommunity"] = sel.Community
	params["asince"], params["auntil"] = nil, nil
	if sel.Since != nil {
		params["asince"] = *sel.Since
	}
	if sel.Until != nil {
		params["auntil"] = *sel.Until
	}
	return params
}

func analysisFrom(m map[string]any) *domain.Analysis {
	a := &domain.Analysis{
		ID: str(m, "id"), Since: timeValue(m, "since"), Until: timeValue(m, "until"), ComputedAt: timeValue(m, "computedAt"),
		Nodes: integer(m, "nodes"), Edges: integer(m, "edges"), Modularity: float(m, "modularity"), Clusters: integer(m, "clusters"),
		BetweennessExact: boolean(m, "betweennessExact"), Pivots: integer(m, "pivots"),
		BetweennessErrorBound: float(m, "betweennessErrorBound"), Confidence: float(m, "confidence"),
	}
	if c := str(m, "community"); c != "" {
		a.Community = &c
	}
	// The tables kept on the node as parallel lists (WriteAnalysis).
	a.ProfessionEI = []*domain.ProfessionEI{}
	ps, ext, in := stringList(m, "eiProfessions"), intList(m, "eiExternal"), intList(m, "eiInternal")
	for i := range ps {
		e := &domain.ProfessionEI{Profession: ps[i], External: ext[i], Internal: in[i], EIIndex: domain.EIIndex(ext[i], in[i])}
		a.ProfessionEI = append(a.ProfessionEI, e)
	}
	a.Brokerage = []*domain.ProfessionPairBrokerage{}
	from, to, roles := stringList(m, "brokerageFrom"), stringList(m, "brokerageTo"), intList(m, "brokerageRoles")
	for i := range from {
		if len(roles) < 5*i+5 {
			break
		}
		r := roles[5*i:]
		a.Brokerage = append(a.Brokerage, &domain.ProfessionPairBrokerage{From: from[i], To: to[i],
			Roles: domain.BrokerageRoles{Coordinator: r[0], Itinerant: r[1], Gatekeeper: r[2], Representative: r[3], Liaison: r[4]}})
	}
	a.Network = networkFrom(m)
	runFrom(a, m)
	return a
}

func metricsFrom(m map[string]any, a *domain.Analysis) *domain.ProfessionalMetrics {
	x := &domain.ProfessionalMetrics{
		Analysis: a, InDegree: integer(m, "inDegree"), OutDegree: integer(m, "outDegree"), Degree: integer(m, "degree"),
		Strength: float(m, "strength"), Betweenness: float(m, "betweenness"), BetweennessRaw: float(m, "betweennessRaw"),
		Cluster: integer(m, "cluster"),
		Brokerage: domain.BrokerageRoles{Coordinator: integer(m, "coordinator"), Itinerant: integer(m, "itinerant"),
			Gatekeeper: integer(m, "gatekeeper"), Representative: integer(m, "representative"), Liaison: integer(m, "liaison")},
	}
	x.Constraint = floatPtr(m, "constraint")
	x.EffectiveSize = floatPtr(m, "effectiveSize")
	centralityFrom(m, x)
	x.PairBetweenness = []*domain.PairBetweennessShare{}
	pairs, shares := stringList(m, "gbPairs"), floatList(m, "gbShares")
	for i := range min(len(pairs), len(shares)) {
		a, b, _ := strings.Cut(pairs[i], "|")
		x.PairBetweenness = append(x.PairBetweenness, &domain.PairBetweennessShare{Between: a, And: b, Share: shares[i]})
	}
	return x
}

// LatestAnalysis returns the analysis sel picks, nil when there is none.
func (s *Store) LatestAnalysis(ctx context.Context, sel domain.AnalysisSelector) (*domain.Analysis, error) {
	return readTx(ctx, s, "analysis.latest", func(ctx context.Context, tx neo4j.ManagedTransaction) (*domain.Analysis, error) {
		var a *domain.Analysis
		err := eachRecord(ctx, tx, latestAnalysis+` RETURN a{.*} AS a`, selectorParams(sel, nil), func(r *record) {
			a = analysisFrom(r.mapOf("a"))
		})
		return a, err
	})
}

// MetricsOf returns each professional's figures in the analysis sel picks,
// in one round trip; professionals outside it are missing from the map.
func (s *Store) MetricsOf(ctx context.Context, ids []string, sel domain.AnalysisSelector) (map[string]*domain.ProfessionalMetrics, error) {
	return readTx(ctx, s, "analysis.metrics", func(ctx context.Context, tx neo4j.ManagedTransaction) (map[string]*domain.ProfessionalMetrics, error) {
		out := make(map[string]*domain.ProfessionalMetrics, len(ids))
		var a *domain.Analysis
		err := eachRecord(ctx, tx, latestAnalysis+`
WITH a, a{.*} AS am
UNWIND $ids AS id
MATCH (a)-[m:METRICS]->(p:Professional {id: id})
WHERE NOT coalesce(p.optedOut, false)
RETURN id, m{.*} AS m, am AS a`, selectorParams(sel, map[string]any{"ids": ids}), func(r *record) {
			if a == nil {
				a = analysisFrom(r.mapOf("a"))
			}
			out[r.str("id")] = metricsFrom(r.mapOf("m"), a)
		})
		return out, err
	})
}

// AllMetrics returns every professional's figures in the analysis sel
// picks (for exports), and that analysis; nil when there is none.
func (s *Store) AllMetrics(ctx context.Context, sel domain.AnalysisSelector) (*domain.Analysis, map[string]*domain.ProfessionalMetrics, error) {
	type result struct {
		a *domain.Analysis
		m map[string]*domain.ProfessionalMetrics
	}
	r, err := readTx(ctx, s, "analysis.all-metrics", func(ctx context.Context, tx neo4j.ManagedTransaction) (result, error) {
		var res result
		err := eachRecord(ctx, tx, latestAnalysis+`
WITH a, a{.*} AS am
OPTIONAL MATCH (a)-[m:METRICS]->(p:Professional)
WHERE NOT coalesce(p.optedOut, false)
RETURN am AS a, p.id AS id, m{.*} AS m`, selectorParams(sel, nil), func(r *record) {
			if res.a == nil {
				res = result{a: analysisFrom(r.mapOf("a")), m: map[string]*domain.ProfessionalMetrics{}}
			}
			if m := r.mapOf("m"); m != nil {
				res.m[r.str("id")] = metricsFrom(m, res.a)
			}
		})
		return res, err
	})
	return r.a, r.m, err
}

// Clusters returns the communities of the analysis sel picks, largest
// first, at most first, each with its membersFirst most central members
// (by betweenness); nil when there is no analysis. Whoever has opted out
// since the analysis is left out: not listed, not counted in the size or
// the profession mix (the E–I figures and modularity are the tie graph's
// as it was analysed).
func (s *Store) Clusters(ctx context.Context, sel domain.AnalysisSelector, first, membersFirst int) (*domain.ClusterReport, error) {
	return readTx(ctx, s, "analysis.clusters", func(ctx context.Context, tx neo4j.ManagedTransaction) (*domain.ClusterReport, error) {
		var a map[string]any
		var clusters, byCluster []any
		err := eachRecord(ctx, tx, latestAnalysis+`
CALL (a) {
  MATCH (a)-[:HAS_CLUSTER]->(k:AnalysisCluster)
  WITH k ORDER BY k.id LIMIT $first
  RETURN collect(k{.*}) AS clusters
}
CALL (a, clusters) {
  MATCH (a)-[m:METRICS]->(p:Professional)
  WHERE m.cluster IN [k IN clusters | k.id] AND NOT coalesce(p.optedOut, false)
  WITH m.cluster AS c, p, m ORDER BY m.betweenness DESC, p.id
  WITH c, collect(p.id) AS ids, collect(coalesce(p.profession, 'unknown')) AS professions
  RETURN collect({c: c, members: ids[..$membersFirst], professions: professions}) AS byCluster
}
RETURN a{.*} AS a, clusters, byCluster`, selectorParams(sel, map[string]any{"first": first, "membersFirst": membersFirst}), func(r *record) {
			a, clusters, byCluster = r.mapOf("a"), r.list("clusters"), r.list("byCluster")
		})
		if err != nil || a == nil {
			return nil, err
		}
		rep := &domain.ClusterReport{Analysis: analysisFrom(a), Clusters: []*domain.Cluster{}}
		members := map[int][]string{}
		professions := map[int][]string{}
		var ids []string
		for _, raw := range byCluster {
			m := raw.(map[string]any)
			ms := stringList(m, "members")
			members[integer(m, "c")] = ms
			professions[integer(m, "c")] = stringList(m, "professions")
			ids = append(ids, ms...)
		}
		people, err := professionalsByID(ctx, tx, ids)
		if err != nil {
			return nil, err
		}
		for _, raw := range clusters {
			k := raw.(map[string]any)
			c := &domain.Cluster{ID: integer(k, "id"), Size: integer(k, "size"), BlauIndex: float(k, "blau"), Multidisciplinarity: float(k, "blauNorm"),
				External: integer(k, "external"), Internal: integer(k, "internal"), Members: []*domain.Professional{}, ProfessionMix: []*domain.ProfessionCount{}}
			if k["ei"] != nil {
				v := float(k, "ei")
				c.EIIndex = &v
			}
			// Size and mix count the members who have not opted out since
			// the analysis, as the members listed do.
			c.Size = len(professions[c.ID])
			c.ProfessionMix, c.BlauIndex, c.Multidisciplinarity = domain.MixOf(professions[c.ID])
			for _, id := range members[c.ID] {
				if p := people[id]; p != nil {
					c.Members = append(c.Members, p)
				}
			}
			rep.Clusters = append(rep.Clusters, c)
		}
		return rep, nil
	})
}

func intList(m map[string]any, key string) []int {
	raw, _ := m[key].([]any)
	out := make([]int, len(raw))
	for i, v := range raw {
		n, _ := v.(int64)
		out[i] = int(n)
	}
	return out
}

// PairKey names an unordered pair of professions as the analysis stores it.
func PairKey(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "|" + b
}

// groupBetweenness reads the brokers' shares of shortest a–b paths from the
// analysis sel picks: 0 for a member of it without a share when the pair has
// paths, nil for a professional outside it or when there is no analysis.
func groupBetweenness(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, a, b string, sel domain.AnalysisSelector) (map[string]float64, *domain.Analysis, error) {
	key := PairKey(a, b)
	var am map[string]any
	out := map[string]float64{}
	err := eachRecord(ctx, tx, latestAnalysis+`
WITH a, a{.*} AS am
OPTIONAL MATCH (a)-[m:METRICS]->(p:Professional)
WHERE p.id IN $ids AND NOT coalesce(p.optedOut, false)
RETURN am AS a, p.id AS id, m.gbPairs AS pairs, m.gbShares AS shares`, selectorParams(sel, map[string]any{"ids": ids}), func(r *record) {
		am = r.mapOf("a")
		id := r.str("id")
		if id == "" {
			return // the OPTIONAL MATCH found no one
		}
		out[id] = 0
		pairs, shares := r.strings("pairs"), r.list("shares")
		if i := slices.Index(pairs, key); i >= 0 && i < len(shares) {
			out[id], _ = shares[i].(float64)
		}
	})
	if err != nil || am == nil {
		return nil, nil, err
	}
	an := analysisFrom(am)
	if !slices.Contains(stringList(am, "groupPairs"), key) {
		return nil, an, nil
	}
	return out, an, nil
}

// PairBetweenness is one page of the professionals with a share of the
// shortest paths between two professions in the analysis q selects, most
// first, then by id; nil when there is no such analysis. Whoever has opted
// out since is left out (of the page and of TotalCount; the pair's Paths
// and Shares are the analysis's own).
func (s *Store) PairBetweenness(ctx context.Context, q domain.PairBetweennessQuery) (*domain.PairBetweennessConnection, error) {
	key := PairKey(q.Between, q.And)
	params := selectorParams(q.Analysis, map[string]any{"key": key, "first": q.Page.First, "afterShare": nil, "afterID": ""})
	if q.Page.After != "" {
		parts, err := domain.DecodeCursor(q.Page.After, 2)
		var share float64
		if err == nil {
			share, err = strconv.ParseFloat(parts[0], 64)
		}
		if err != nil {
			return nil, &domain.Error{Code: domain.EINVALID, Field: "after", Message: "after: not a cursor of this list"}
		}
		params["afterShare"], params["afterID"] = share, parts[1]
	}
	return readTx(ctx, s, "analysis.pair-betweenness", func(ctx context.Context, tx neo4j.ManagedTransaction) (*domain.PairBetweennessConnection, error) {
		var am map[string]any
		var total int
		var page []any
		// A professional's share is the entry of gbShares at key's place
		// in gbPairs (metricsProps).
		err := eachRecord(ctx, tx, latestAnalysis+`
CALL (a) {
  MATCH (a)-[m:METRICS]->(p:Professional)
  WHERE $key IN m.gbPairs AND NOT coalesce(p.optedOut, false)
  RETURN count(p) AS total
}
CALL (a) {
  MATCH (a)-[m:METRICS]->(p:Professional)
  WHERE $key IN m.gbPairs AND NOT coalesce(p.optedOut, false)
  WITH p, [i IN range(0, size(m.gbPairs) - 1) WHERE m.gbPairs[i] = $key | m.gbShares[i]][0] AS share
  WHERE $afterShare IS NULL OR share < $afterShare OR (share = $afterShare AND p.id > $afterID)
  WITH p, share ORDER BY share DESC, p.id LIMIT $first + 1
  RETURN collect({id: p.id, share: share}) AS page
}
RETURN a{.*} AS a, total, page`, params, func(r *record) {
			am, total, page = r.mapOf("a"), r.integer("total"), r.list("page")
		})
		if err != nil || am == nil {
			return nil, err
		}
		an := analysisFrom(am)
		c := &domain.PairBetweennessConnection{Analysis: an, Between: q.Between, And: q.And, TotalCount: total, Nodes: []*domain.PairBetweennessEntry{}}
		for _, p := range an.PairBetweenness {
			if PairKey(p.Between, p.And) == key {
				c.Paths, c.Shares = p.Paths, p.Shares
			}
		}
		var ids []string
		for _, raw := range page {
			ids = append(ids, str(raw.(map[string]any), "id"))
		}
		people, err := professionalsByID(ctx, tx, ids)
		if err != nil {
			return nil, err
		}
		for i, raw := range page {
			if i == q.Page.First {
				c.PageInfo.HasNextPage = true
				break
			}
			m := raw.(map[string]any)
			if p := people[str(m, "id")]; p != nil {
				c.Nodes = append(c.Nodes, &domain.PairBetweennessEntry{Professional: p, Share: float(m, "share")})
			}
		}
		if n := len(c.Nodes); n > 0 {
			cur := c.Nodes[n-1].Cursor()
			c.PageInfo.EndCursor = &cur
		}
		return c, nil
	})
}

// AnalysisByID returns a finished analysis, nil when there is none.
func (s *Store) AnalysisByID(ctx context.Context, id string) (*domain.Analysis, error) {
	return readTx(ctx, s, "analysis.by-id", func(ctx context.Context, tx neo4j.ManagedTransaction) (*domain.Analysis, error) {
		var a *domain.Analysis
		err := eachRecord(ctx, tx, `MATCH (a:Analysis {id: $id, status: 'DONE'}) RETURN a{.*} AS a`, map[string]any{"id": id}, func(r *record) {
			a = analysisFrom(r.mapOf("a"))
		})
		return a, err
	})
}

// GroupBetweenness reads the brokers' shares of shortest a–b paths from the
// analysis sel picks (the connectors' groupBetweenness), with that
// analysis; see groupBetweenness.
func (s *Store) GroupBetweenness(ctx context.Context, ids []string, a, b string, sel domain.AnalysisSelector) (map[string]float64, *domain.Analysis, error) {
	type result struct {
		shares map[string]float64
		an     *domain.Analysis
	}
	r, err := readTx(ctx, s, "connectors.groupBetweenness", func(ctx context.Context, tx neo4j.ManagedTransaction) (result, error) {
		shares, an, err := groupBetweenness(ctx, tx, ids, a, b, sel)
		return result{shares, an}, err
	})
	return r.shares, r.an, err
}
