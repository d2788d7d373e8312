// Package readmodel is the engine of the questions that read the whole
// graph: connectors, suggestPeers, isolatedMembers and professionLinks. It
// holds in memory what they read of Neo4j (the store of record): every
// professional (with their profession claims), community and chat with the
// fields an answer names, the
// conversational ties, chat participation, memberships and conversational
// acts; it is built from a snapshot at start-up and then kept current from
// what each write changed (changes.go), copy-on-write, so that requests
// read a model without locks and never wait for Neo4j (live.go). The rules
// the answers are scored by are package scoring's, the brokerage count
// package analysis's.
package readmodel

import (
	"math"
	"slices"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
)

// Missing times compare as Cypher's null does: never in a window.
const (
	noLast  = math.MinInt64 // a missing lastAt/lastSeen: never >= since
	noFirst = math.MaxInt64 // a missing firstAt/firstSeen: never < until
	noStart = math.MinInt64 // a missing chat start: checked explicitly
)

func nanos(t time.Time, missing int64) int64 {
	if t.IsZero() {
		return missing
	}
	return t.UnixNano()
}

// csr is an adjacency in compressed sparse row form: the items of row i are
// items[start[i]:start[i+1]].
type csr struct {
	start []int32
	items []int32
}

func (c csr) row(i int32) []int32 { return c.items[c.start[i]:c.start[i+1]] }

// buildCSR groups vals by keys (rows 0..n-1), keeping their order within a
// row.
func buildCSR(n int, keys, vals []int32) csr {
	c := csr{start: make([]int32, n+1), items: make([]int32, len(vals))}
	for _, k := range keys {
		c.start[k+1]++
	}
	for i := 1; i <= n; i++ {
		c.start[i] += c.start[i-1]
	}
	next := slices.Clone(c.start[:n])
	for i, k := range keys {
		c.items[next[k]] = vals[i]
		next[k]++
	}
	return c
}

// names interns strings to dense int32 indices.
type names struct {
	list  []string
	index map[string]int32
}

func (n *names) intern(s string) int32 {
	if i, ok := n.index[s]; ok {
		return i
	}
	if n.index == nil {
		n.index = map[string]int32{}
	}
	i := int32(len(n.list))
	n.list = append(n.list, s)
	n.index[s] = i
	return i
}

func (n *names) lookup(s string) (int32, bool) {
	i, ok := n.index[s]
	return i, ok
}

// Model is one snapshot of the graph's derived relationships. It is never
// changed once built (an opt-out makes a copy), so requests read it without
// locks.
type Model struct {
	// Version is the graph's data version the snapshot was read at.
	Version string
	// Built is when the model was finished, Took how long the read and
	// build took.
	Built time.Time
	Took  time.Duration

	communities names
	professions names

	// Professionals, by index.
	people     names
	profession []int32 // into professions; -1 for none
	optedOut   []bool
	firstSeen  []int64
	lastSeen   []int64
	memberOf   csr // professional → communities
	members    csr // community → professionals
	// What an answer shows of a professional (details.go).
	organisation        []bool
	name, bio, location []string
	claims              [][]domain.ProfessionClaim // strongest first
	// What an answer shows of a community, by index (communities.go).
	communityHashtag, communityAccount []string
	// Accounts, by index (handles.go).
	accounts accountIndex

	// Chats, by index.
	chats     names
	chatStart []int64
	chatEnd   []int64
	// newestChatEnd is the latest of chatEnd (noStart without chats):
	// where default windows end, asked by every question given no until.
	newestChatEnd  int64
	chatHashtag    []string
	chatTopic      []int32 // into topics; -1 for none or ""
	chatSize       []int32 // how many took part
	chatPosts      []int32 // the posts of those who took part
	chatOf         csr     // chat → communities
	topics         names
	topicChats     csr // topic → chats
	communityChats csr // community → chats

	// TOOK_PART, by part index; parts of a professional and of a chat.
	partChat     []int32
	partPerson   []int32
	partPosts    []int32
	partReceived []int32
	partFirst    []int64 // the first post's time (noFirst for none)
	partsOf      csr     // professional → parts
	chatParts    csr     // chat → parts

	// TALKED_WITH, by tie index.
	tieFrom, tieTo []int32
	tieConv        []int32 // replies + mentions + quotes
	tieKinds       []tieKinds
	tieFirst       []int64
	tieLast        []int64
	tieChats       csr // tie → chats
	out, in        csr // professional → ties made, received
	// profession → ties with an end in it, the latest lastAt first, so
	// that a window's ties are a prefix of a row.
	byProfession csr

	// Conversational acts (links.go).
	actAt         []int64
	actPair       []int32
	pairStart     []int32 // by professional
	pairHi        []int32
	communityActs csr
	// The classes professionLinks counts by (the professions and
	// "unknown"), and their order by name.
	linkNames    []string
	linkOrder    []int32
	unknownClass int32

	pools *pools
	kept  *answers // answers kept for this model (answers.go)
}

// Size says how big a model is, for the logs.
type Size struct {
	Professionals, Chats, Parts, Ties int
	// Acts are the conversational acts, Pairs the pairs of professionals
	// they are between.
	Acts, Pairs int
	// Bytes is an estimate of the memory the model holds.
	Bytes int64
}

// Size counts the model.
func (m *Model) Size() Size {
	n, c, p, t := int64(len(m.people.list)), int64(len(m.chats.list)), int64(len(m.partChat)), int64(len(m.tieFrom))
	// Per professional: id string header and map entry (~64), profession,
	// opt-out, seen times, CSR offsets (~40); per part 4 int32 and two CSR
	// entries; per tie 3 int32, 2 int64, chats, and 3 adjacency entries.
	// Per act its time and pair, and an entry a community its post is
	// in; per pair its hi end.
	a, pairs := int64(len(m.actAt)), int64(len(m.pairHi))
	// Per professional also its name, bio and location (three string
	// headers and their bytes).
	bytes := n*(64+40+48) + c*(128+40) + p*(24+8) + t*(12+16+12) + int64(len(m.tieChats.items))*4 +
		a*12 + int64(len(m.communityActs.items))*4 + pairs*4
	for i, s := range m.people.list {
		bytes += int64(len(s) + len(m.name[i]) + len(m.bio[i]) + len(m.location[i]))
	}
	return Size{Professionals: int(n), Chats: int(c), Parts: int(p), Ties: int(t), Acts: int(a), Pairs: int(pairs), Bytes: bytes}
}

// tieKinds are a tie's acts by kind, as partners shows them (each capped
// at 65,535).
type tieKinds struct{ replies, mentions, quotes, reposts uint16 }

func kindsOf(t neo4jstore.SnapshotTie) tieKinds {
	c := func(n int) uint16 { return uint16(min(max(n, 0), math.MaxUint16)) }
	return tieKinds{c(t.Replies), c(t.Mentions), c(t.Quotes), c(t.Reposts)}
}
