package graph

import (
	"context"
	"encoding/json"
	"math"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/peergraph/peergraph/domain"
)

// The cost model: what one operation may make the server do, counted before
// any resolver runs, so that one request cannot overload it.
//
// A unit is about one object of an answer (some 15 µs of the server's CPU
// to resolve and write): an object costs a unit and what it selects, a
// scalar nothing of its own (a scalar in a list a unit). A field that reads
// or computes more than its objects adds its weight (fieldWeights). A list
// costs its size times one element, and its size is what the request asks
// for (first, membersFirst, maxHops, the months of a window) or, for lists
// the request cannot size, the bound in listSizes.
// Every alias is counted on its own: a thousand aliases of a question cost a
// thousand questions. Fragments cost what they select where they are spread.

// fieldWeights are the fields that cost more than the objects they return:
// each reads or scores a part of the graph. The weights are their measured
// times (README, "The questions": p50 through HTTP at 100,000 members)
// over the ~15 µs of a unit, rounded; a field of a list element whose
// store call is batched for the whole list (a chat's summary, a
// professional's partners) weighs its share of the batch.
var fieldWeights = map[string]int{
	"Query.professionLinks":             2700, // every act of the window, per period
	"Query.connectors":                  1400, // open triads over two professions' ties
	"Query.isolatedMembers":             1200, // every member of a community
	"Query.tiePersistence":              2700, // every tie and act, as professionLinks (not measured apart)
	"Query.suggestPeers":                700,  // friends of friends, shared chats
	"Query.path":                        700,  // a breadth-first search in Neo4j
	"Query.clusters":                    300,
	"Query.pairBetweenness":             1000, // every METRICS of the analysis, read for one pair (not measured apart: as conversationNetwork)
	"Query.conversationNetwork":         1000, // the window's whole tie graph
	"Query.professionals":               100,
	"Query.chats":                       100,
	"Query.professional":                50,
	"Query.chat":                        50,
	"Query.professions":                 20,
	"Query.communities":                 20,
	"Query.analysisRun":                 1,
	"Mutation.setOptOut":                200,
	"Mutation.startAnalysis":            5000,
	"IsolationReport.suggestedPeers":    150, // a suggestPeers per report, with the spread (~2 ms at 100,000)
	"Professional.egoNetwork":           300,
	"Professional.partners":             100,
	"Professional.chats":                100,
	"Professional.metrics":              5,   // one batch for every professional of the answer
	"Chat.summary":                      250, // the chat's posts, counted in Neo4j
	"Chat.transcript":                   100,
	"ChatSummary.topTerms":              20,
	"ProfessionalConnection.totalCount": 100, // a count in Neo4j
	"ChatConnection.totalCount":         100,
	"AnalysisRun.analysis":              20,
}

// professionsBound is the canonical professions (13) with room to grow;
// matrices of professions are its square.
const professionsBound = 16

// sizeRule says how many elements a list field returns: from an argument of
// the field itself or of the nearest field above that has it (a
// connection's nodes are sized by the connection's first), or a fixed bound
// where nothing in the request sizes it.
type sizeRule struct {
	arg   string // argument that sizes it, on the field or above
	plus  int    // added to the argument (a path of n hops names n+1 people)
	fixed int    // the bound when no argument sizes it
}

// listSizes are the list fields that take no first of their own. A list
// field of the schema that is neither here nor sized by its own first
// fails TestEveryListHasASize, so a new list cannot cost nothing by mistake.
var listSizes = map[string]sizeRule{
	"Query.professions":                   {fixed: professionsBound},
	"Query.communities":                   {fixed: 50},
	"Query.professionLinks":               {arg: "months"}, // the periods: see periods
	"Query.tiePersistence":                {arg: "cells"},  // months × mixes × communities: see args
	"TiePersistence.horizons":             {fixed: 3},
	"ProfessionalConnection.nodes":        {arg: "first"},
	"ProfessionalConnection.edges":        {arg: "first"},
	"ChatConnection.nodes":                {arg: "first"},
	"ChatConnection.edges":                {arg: "first"},
	"PartnerConnection.nodes":             {arg: "first"},
	"PartnerConnection.edges":             {arg: "first"},
	"PostConnection.nodes":                {arg: "first"},
	"PostConnection.edges":                {arg: "first"},
	"IsolationConnection.nodes":           {arg: "first"},
	"IsolationConnection.edges":           {arg: "first"},
	"EgoNetwork.members":                  {arg: "first", plus: 1},
	"EgoNetwork.ties":                     {arg: "ties"}, // among the members: see egoTies
	"ClusterReport.clusters":              {arg: "first"},
	"Cluster.members":                     {arg: "membersFirst"},
	"Cluster.professionMix":               {fixed: professionsBound},
	"Path.professionals":                  {arg: "maxHops", plus: 1},
	"Path.steps":                          {arg: "maxHops"},
	"PathStep.chats":                      {fixed: 10},
	"EgoTie.chats":                        {fixed: 5},
	"Professional.accounts":               {fixed: 4}, // one a platform
	"Professional.professions":            {fixed: 3},
	"Professional.communities":            {fixed: 20},
	"Profession.aliases":                  {fixed: 20},
	"Chat.hosts":                          {fixed: 5},
	"ChatSummary.professionMix":           {fixed: professionsBound},
	"ProfessionLinkPeriod.cells":          {fixed: professionsBound * professionsBound},
	"ProfessionLinkPeriod.professions":    {fixed: professionsBound},
	"Analysis.professionEI":               {fixed: professionsBound},
	"Analysis.brokerage":                  {fixed: professionsBound * professionsBound},
	"Analysis.professionGroupBetweenness": {fixed: professionsBound},
	"Analysis.pairBetweenness":            {fixed: professionsBound * (professionsBound + 1) / 2},
	"ProfessionalMetrics.pairBetweenness": {fixed: professionsBound * (professionsBound + 1) / 2},
	"PairBetweennessConnection.nodes":     {arg: "first"},
	"PairBetweennessConnection.edges":     {arg: "first"},
	"PeerReasons.mutualPartners":          {fixed: 20},
	"PeerReasons.sharedChats":             {fixed: 20},
	"PeerReasons.sharedTopics":            {fixed: 20},
	"IsolationReport.flags":               {fixed: 6},
	"IsolationReport.scoreParts":          {fixed: 6},
	"Viewer.communities":                  {fixed: 20},
	"NetworkMeasures.triadCensus":         {fixed: 16},
	// Distinct component sizes: at most √(2n), in a tie graph one giant
	// and a few small sizes.
	"ComponentSummary.sizes": {fixed: 50},
	// Not paged: the window's whole tie graph, counted at about the size of
	// the make-run sample's 180 days; a larger network costs more than it
	// is charged (see README, Limits).
	"ConversationNetwork.nodes": {fixed: 1500},
	"ConversationNetwork.ties":  {fixed: 6000},
}

// introspectionWeight is what __schema and __type cost: the whole schema.
const introspectionWeight = 2000

// DefaultCostLimit is the most one operation may cost: above the dearest
// views of the dashboard (a community's 100 chats with their summaries and
// hosts, about 30,000; two years of profession links by month, about
// 35,000), far below what a thousand aliases of one question would cost.
const DefaultCostLimit = 50000

// Cost is what op costs with these variables; now is the request's clock,
// which ends the default windows.
func Cost(op *ast.OperationDefinition, vars map[string]any, now time.Time) int {
	if op == nil {
		return 0
	}
	w := costWalker{vars: vars, now: now}
	return w.selection(op.SelectionSet, nil)
}

type costWalker struct {
	vars map[string]any
	now  time.Time
}

// scope is the arguments of the fields above, nearest first.
type scope struct {
	args map[string]any
	up   *scope
}

func (s *scope) lookup(name string) (any, bool) {
	for ; s != nil; s = s.up {
		if v, ok := s.args[name]; ok {
			return v, true
		}
	}
	return nil, false
}

func (w costWalker) selection(set ast.SelectionSet, sc *scope) int {
	total := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			total = addCost(total, w.field(s, sc))
		case *ast.FragmentSpread:
			if s.Definition != nil {
				total = addCost(total, w.selection(s.Definition.SelectionSet, sc))
			}
		case *ast.InlineFragment:
			total = addCost(total, w.selection(s.SelectionSet, sc))
		}
	}
	return total
}

func (w costWalker) field(f *ast.Field, sc *scope) int {
	switch {
	case f.Name == "__typename":
		return 0
	case strings.HasPrefix(f.Name, "__"):
		return introspectionWeight
	case f.Definition == nil || f.ObjectDefinition == nil:
		return 1 // not validated; the validator refuses it anyway
	}
	key := f.ObjectDefinition.Name + "." + f.Name
	args := w.args(key, f, sc)
	inner := &scope{args: args, up: sc}
	// Each element: an object is a unit and what it selects, a scalar a
	// unit in a list and nothing of its own otherwise (its object is
	// counted already).
	each := 1
	if len(f.SelectionSet) > 0 {
		each = addCost(1, w.selection(f.SelectionSet, inner))
	}
	weight := fieldWeights[key] // 0 for a field that reads nothing more
	if key == "Query.isolatedMembers" && args["after"] != nil && selects(f.SelectionSet, "suggestedPeers") {
		// A page after the first suggests for the reports before it too
		// (domain.SpreadReach of them), for their spread penalties.
		weight = addCost(weight, domain.SpreadReach*fieldWeights["IsolationReport.suggestedPeers"])
	}
	switch {
	case f.Definition.Type.Elem != nil: // a list
		return addCost(weight, mulCost(w.size(key, args, inner), each))
	case len(f.SelectionSet) > 0: // an object
		return addCost(weight, each)
	}
	return weight
}

// selects says whether a selection asks for the field, at any depth
// (through nodes, edges and fragments).
func selects(set ast.SelectionSet, name string) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == name || selects(s.SelectionSet, name) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition != nil && selects(s.Definition.SelectionSet, name) {
				return true
			}
		case *ast.InlineFragment:
			if selects(s.SelectionSet, name) {
				return true
			}
		}
	}
	return false
}

// args are the field's arguments with their defaults, and the derived
// sizes the rules name (months, ties).
func (w costWalker) args(key string, f *ast.Field, sc *scope) (args map[string]any) {
	defer func() {
		// A variable of the wrong type panics in gqlparser's ArgumentMap;
		// the validator refuses such a request, so it costs nothing here.
		if recover() != nil {
			args = map[string]any{}
		}
	}()
	args = f.ArgumentMap(w.vars)
	switch key {
	case "Query.professionLinks":
		args["months"] = w.periods(args)
	case "Query.tiePersistence":
		// A cell per month of the window, mix and community (every one
		// of them, 50, when none is asked).
		communities := 50
		if c, _ := args["community"].(string); c != "" {
			communities = 1
		}
		monthly := map[string]any{"interval": string(domain.IntervalMonth), "since": args["since"], "until": args["until"]}
		args["cells"] = w.periods(monthly) * 2 * communities
	case "Professional.egoNetwork":
		// Ties among the members, at most every pair of them.
		n := intArg(args["first"], DefaultPageSize) + 1
		args["ties"] = n * (n - 1) / 2
	}
	return args
}

// periods is how many periods professionLinks answers: the months its
// window spans when asked by month, else one.
func (w costWalker) periods(args map[string]any) int {
	if s, _ := args["interval"].(string); s != string(domain.IntervalMonth) {
		return 1
	}
	until := w.now
	if t, ok := timeArg(args["until"]); ok {
		until = t
	}
	since := until.Add(-domain.DefaultWindow)
	if t, ok := timeArg(args["since"]); ok {
		since = t
	}
	if !until.After(since) {
		return 1
	}
	months := (until.Year()-since.Year())*12 + int(until.Month()) - int(since.Month()) + 1
	return min(max(months, 1), 1_000_000)
}

// size is how many elements the list field key returns.
func (w costWalker) size(key string, args map[string]any, sc *scope) int {
	if _, own := args["first"]; own {
		if _, hasRule := listSizes[key]; !hasRule {
			return max(intArg(args["first"], DefaultPageSize), 0)
		}
	}
	rule, ok := listSizes[key]
	if !ok {
		return domain.MaxPageSize
	}
	if rule.arg == "" {
		return rule.fixed
	}
	v, found := sc.lookup(rule.arg)
	if !found {
		return domain.MaxPageSize + rule.plus
	}
	return max(intArg(v, domain.MaxPageSize), 0) + rule.plus
}

// intArg reads an Int argument as the request gives it (a literal, or a
// variable decoded from JSON), def when it is null or not a number.
func intArg(v any, def int) int {
	switch n := v.(type) {
	case int:
		return n
	case int64:
		return int(min(max(n, -1<<31), 1<<31))
	case float64:
		if math.IsNaN(n) {
			return def
		}
		return int(min(max(n, -1<<31), 1<<31))
	case json.Number:
		if i, err := n.Int64(); err == nil {
			return intArg(i, def)
		}
	}
	return def
}

func timeArg(v any) (time.Time, bool) {
	switch t := v.(type) {
	case string:
		parsed, err := time.Parse(time.RFC3339, t)
		return parsed, err == nil
	case time.Time:
		return t, true
	}
	return time.Time{}, false
}

// addCost and mulCost saturate, so that no request can wrap the count
// around to a small number.
func addCost(a, b int) int {
	if a > math.MaxInt32-b {
		return math.MaxInt32
	}
	return a + b
}

func mulCost(a, b int) int {
	if a != 0 && b > math.MaxInt32/a {
		return math.MaxInt32
	}
	return a * b
}

// bytesPerUnit is how much of a request's text costs one unit.
const bytesPerUnit = 100

// TextCost is what reading n bytes of a request costs.
func TextCost(n int) int { return max(n, 0) / bytesPerUnit }

// CostLimit refuses an operation that costs more than Limit before any
// resolver runs, with the cost and the limit in the error, and passes the
// cost of every other one to Charge (a caller's budget, which may refuse
// it too). Now is the clock that ends default windows (nil: time.Now).
type CostLimit struct {
	Limit  int
	Charge func(ctx context.Context, cost int) *gqlerror.Error
	Now    func() time.Time
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = CostLimit{}

func (CostLimit) ExtensionName() string                   { return "CostLimit" }
func (CostLimit) Validate(graphql.ExecutableSchema) error { return nil }

// CostLimitExceeded is the error code of an operation over the limit.
const CostLimitExceeded = "COST_LIMIT_EXCEEDED"

func (c CostLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	now := time.Now
	if c.Now != nil {
		now = c.Now
	}
	cost := Cost(oc.Operation, oc.Variables, now())
	// The query's text costs too: parsing and validating it is work
	// whatever it asks (a long string argument is cheap to answer). It
	// counts against the limit; the budget was charged for it when the
	// request was read (TextCost).
	if total := addCost(cost, TextCost(len(oc.RawQuery))); c.Limit > 0 && total > c.Limit {
		err := gqlerror.Errorf("operation costs %d, over the limit of %d: ask for fewer items (first), a shorter window or fewer aliases", total, c.Limit)
		err.Extensions = map[string]any{"code": CostLimitExceeded, "cost": total, "limit": c.Limit}
		return err
	}
	if c.Charge != nil {
		return c.Charge(ctx, cost)
	}
	return nil
}

// HasListSize says whether a list field has a size rule (for the test that
// every list is sized).
func HasListSize(key string) bool { _, ok := listSizes[key]; return ok }

// CostRuleKeys are the fields the cost rules name.
func CostRuleKeys() []string {
	var out []string
	for k := range fieldWeights {
		out = append(out, k)
	}
	for k := range listSizes {
		out = append(out, k)
	}
	return out
}
