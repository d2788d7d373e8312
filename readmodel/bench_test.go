package readmodel_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/internal/env"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/readmodel"
)

// syntheticWorld feeds a Builder a world shaped like the generator's
// (loader/generate), made in memory and fast enough for 100k members:
// members of 16 communities with the generator's mix of professions, 24
// months of chats of about 60 participants each (a member takes part in
// about a dozen), about two conversational ties a participation, most
// within the member's own profession, 1% opted out; and the posts of each
// participation (one to six, within the chat's hour), each answering
// someone in the chat and a third of them mentioning another: about 42
// posts and 56 acts a member, as the generator's 4.8M posts at 100k. The
// rows are the snapshot's, as neo4jstore.ReadSnapshot would stream them.
func syntheticWorld(members int, seed uint64) (*readmodel.Builder, time.Time) {
	b := readmodel.NewBuilder()
	return b, syntheticRows(members, seed, b)
}

// syntheticRows streams the synthetic world's rows to b, and returns the
// time its window ends at.
func syntheticRows(members int, seed uint64, b neo4jstore.SnapshotSink) time.Time {
	r := rand.New(rand.NewPCG(seed, 1))
	end := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	start := end.AddDate(-2, 0, 0)
	professions := []struct {
		name  string
		share float64
	}{{"nurse", .40}, {"pharmacist", .15}, {"doctor", .10}, {"midwife", .08}, {"allied health professional", .08},
		{"student", .07}, {"commissioner/manager", .04}, {"patient/carer/public", .04}, {"healthcare scientist", .02}, {"paramedic", .02}}
	communities := make([]string, 16)
	for i := range communities {
		communities[i] = "We" + strconv.Itoa(i)
		b.Community(neo4jstore.SnapshotCommunity{Name: communities[i], Hashtag: "#" + strings.ToLower(communities[i])})
	}
	id := func(i int) string { return "x:m" + strconv.Itoa(i) }
	prof := make([]int, members)
	home := make([]int, members)
	byCommunity := make([][]int, len(communities))
	// Participations first: a member's seen times come from them.
	const perChat = 60
	chats := members * 12 / perChat
	type part struct{ member, chat int }
	var parts []part
	chatStart := make([]time.Time, chats)
	chatCommunity := make([]int, chats)
	for i := range members {
		x := r.Float64()
		for p, pr := range professions {
			if x -= pr.share; x < 0 || p == len(professions)-1 {
				prof[i] = p
				break
			}
		}
		home[i] = (prof[i]*3 + r.IntN(5)) % len(communities)
		byCommunity[home[i]] = append(byCommunity[home[i]], i)
	}
	first := make([]time.Time, members)
	last := make([]time.Time, members)
	for c := range chats {
		chatCommunity[c] = c % len(communities)
		chatStart[c] = start.Add(time.Duration(r.Int64N(int64(end.Sub(start)))))
		pool := byCommunity[chatCommunity[c]]
		n := perChat/2 + r.IntN(perChat)
		for range n {
			var m int
			if r.IntN(5) == 0 { // a visitor from another community
				m = r.IntN(members)
			} else {
				m = pool[int(float64(len(pool))*r.Float64()*r.Float64())] // the active few take part most
			}
			parts = append(parts, part{m, c})
			if first[m].IsZero() || chatStart[c].Before(first[m]) {
				first[m] = chatStart[c]
			}
			if chatStart[c].After(last[m]) {
				last[m] = chatStart[c]
			}
		}
	}
	for i := range members {
		comms := []string{communities[home[i]]}
		if r.IntN(3) == 0 {
			comms = append(comms, communities[r.IntN(len(communities))])
		}
		b.Professional(neo4jstore.SnapshotProfessional{ID: id(i), Profession: professions[prof[i]].name, OptedOut: r.IntN(100) == 0,
			FirstSeen: first[i], LastSeen: last[i], Communities: comms})
	}
	for i := range members {
		b.Account(neo4jstore.SnapshotAccount{Key: id(i), Professional: id(i)})
	}
	for c := range chats {
		b.Chat(neo4jstore.SnapshotChat{ID: "c" + strconv.Itoa(c), Topic: "topic " + strconv.Itoa(r.IntN(40)), StartsAt: chatStart[c],
			Communities: []string{communities[chatCommunity[c]]}})
	}
	type tie struct {
		acts        int
		first, last time.Time
		chats       []string
	}
	tiesOf := map[[2]int]*tie{}
	byChat := make([][]int, chats)
	for _, p := range parts {
		byChat[p.chat] = append(byChat[p.chat], p.member)
	}
	rp := rand.New(rand.NewPCG(seed, 3)) // the posts' own, so the rest of the world stays as it was
	for c, ms := range byChat {
		seen := map[int]bool{}
		for _, m := range ms {
			if seen[m] {
				continue
			}
			seen[m] = true
			for range 1 + rp.IntN(6) {
				targets := []string{id(ms[rp.IntN(len(ms))])}
				if rp.IntN(3) == 0 {
					targets = append(targets, id(ms[rp.IntN(len(ms))]))
				}
				b.Post(neo4jstore.SnapshotPost{Author: id(m), At: chatStart[c].Add(time.Duration(rp.Int64N(int64(time.Hour)))),
					Targets: targets, Chats: []string{"c" + strconv.Itoa(c)}})
			}
			b.TookPart(neo4jstore.SnapshotPart{Professional: id(m), Chat: "c" + strconv.Itoa(c), Posts: 1 + r.IntN(6), Received: r.IntN(4)})
			for range 2 {
				o := ms[r.IntN(len(ms))]
				if o == m {
					continue
				}
				k := [2]int{m, o}
				t := tiesOf[k]
				at := chatStart[c]
				if t == nil {
					t = &tie{first: at, last: at}
					tiesOf[k] = t
				}
				t.acts++
				if at.Before(t.first) {
					t.first = at
				}
				if at.After(t.last) {
					t.last = at
				}
				if n := len(t.chats); n == 0 || t.chats[n-1] != "c"+strconv.Itoa(c) {
					t.chats = append(t.chats, "c"+strconv.Itoa(c))
				}
			}
		}
	}
	for k, t := range tiesOf {
		b.Tie(neo4jstore.SnapshotTie{From: id(k[0]), To: id(k[1]), Conversational: t.acts, FirstAt: t.first, LastAt: t.last, Chats: t.chats})
	}
	return end
}

// recorder passes a world's rows on to a builder and keeps the rows a
// change naming the chosen professionals would read again.
type recorder struct {
	*readmodel.Builder
	chosen map[string]bool
	rows   neo4jstore.ChangedRows
}

func (r *recorder) Professional(p neo4jstore.SnapshotProfessional) {
	r.Builder.Professional(p)
	if r.chosen[p.ID] {
		r.rows.Professionals = append(r.rows.Professionals, p)
	}
}

func (r *recorder) Tie(t neo4jstore.SnapshotTie) {
	r.Builder.Tie(t)
	if r.chosen[t.From] {
		r.rows.Ties = append(r.rows.Ties, t)
	}
}

func (r *recorder) Post(p neo4jstore.SnapshotPost) {
	r.Builder.Post(p)
	// The synthetic world's account keys are its professionals' ids.
	if r.chosen[p.Author] {
		r.rows.Acts = append(r.rows.Acts, neo4jstore.SnapshotActs{From: p.Author, At: p.At,
			To: append([]string(nil), p.Targets...), Chats: append([]string(nil), p.Chats...)})
	}
}

// benchSizes are the worlds' sizes in members: 10,000, and 100,000 with
// PEERGRAPH_BENCH_LARGE.
func benchSizes(b *testing.B) []int {
	sizes := []int{10_000}
	if large, err := env.Bool(os.Getenv, "PEERGRAPH_BENCH_LARGE", false); err != nil {
		b.Fatal(err)
	} else if large {
		sizes = append(sizes, 100_000)
	}
	return sizes
}

// BenchmarkPatch times taking in a change that names 200 professionals
// (a refresh batch: their rows, ties and acts read again) into a model,
// against building it from its rows. 100k members only with
// PEERGRAPH_BENCH_LARGE=1.
func BenchmarkPatch(b *testing.B) {
	for _, n := range benchSizes(b) {
		rec := &recorder{Builder: readmodel.NewBuilder(), chosen: map[string]bool{}}
		var ids []string
		for i := 0; i < n; i += n / 200 {
			id := "x:m" + strconv.Itoa(i)
			rec.chosen[id] = true
			ids = append(ids, id)
		}
		syntheticRows(n, 1, rec)
		start := time.Now()
		m := rec.Builder.Finish("e:1")
		b.Logf("%d members: built from its rows in %s; the change: %d professionals, %d ties, %d acts",
			n, time.Since(start).Round(time.Millisecond), len(rec.rows.Professionals), len(rec.rows.Ties), len(rec.rows.Acts))
		b.Run(fmt.Sprintf("members=%d", n), func(b *testing.B) {
			for b.Loop() {
				p := readmodel.Patch(m, ids, nil)
				p.Apply(&rec.rows)
				p.Finish("e:2")
			}
		})
	}
}

// BenchmarkQuestions times the three questions on the model alone (the
// round trip that reads the few professionals an answer names is not in
// it). 100k members only with PEERGRAPH_BENCH_LARGE=1: the world takes a
// while to make.
func BenchmarkQuestions(b *testing.B) {
	for _, n := range benchSizes(b) {
		var before runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		builder, end := syntheticWorld(n, 1)
		start := time.Now()
		m := builder.Finish("bench")
		took := time.Since(start)
		builder = nil
		var after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&after)
		size := m.Size()
		b.Logf("%d members: %d ties, %d chats, %d parts, %d acts between %d pairs; Finish %s; heap after %d MB (estimate %d MB)",
			n, size.Ties, size.Chats, size.Parts, size.Acts, size.Pairs, took.Round(time.Millisecond), after.HeapAlloc>>20, size.Bytes>>20)
		w := domain.Window{Since: end.Add(-domain.DefaultWindow), Until: end}
		r := rand.New(rand.NewPCG(2, 2))
		pick := func() string { return "x:m" + strconv.Itoa(r.IntN(n)) }
		// The largest pair of professions (40% and 15% of members), a middling
		// one and a small one.
		for _, p := range [][2]string{{"pharmacist", "nurse"}, {"midwife", "doctor"}, {"paramedic", "student"}} {
			b.Run(fmt.Sprintf("connectors-%s-%s/members=%d", p[0], p[1], n), func(b *testing.B) {
				for b.Loop() {
					m.Connectors(domain.ConnectorQuery{Between: p[0], And: p[1], Window: w, First: 20})
				}
			})
		}
		b.Run(fmt.Sprintf("connectors-community/members=%d", n), func(b *testing.B) {
			for b.Loop() {
				m.Connectors(domain.ConnectorQuery{Between: "pharmacist", And: "nurse", Community: "We3", Window: w, First: 20})
			}
		})
		b.Run(fmt.Sprintf("suggestPeers/members=%d", n), func(b *testing.B) {
			for b.Loop() {
				m.SuggestPeers([]string{pick()}, domain.PeerQuery{Window: w, First: 10})
			}
		})
		b.Run(fmt.Sprintf("isolatedMembers/members=%d", n), func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				m.IsolatedMembers(domain.IsolationQuery{Community: "We" + strconv.Itoa(i%16), Window: w, Page: domain.Page{First: 20}})
			}
		})
		for _, lq := range []struct {
			name string
			q    domain.LinkQuery
		}{
			{"professionLinks", domain.LinkQuery{Window: w}},
			{"professionLinks-month", domain.LinkQuery{Window: w, Interval: domain.IntervalMonth}},
			{"professionLinks-community", domain.LinkQuery{Window: w, Community: "We3"}},
			{"professionLinks-community-month", domain.LinkQuery{Window: w, Community: "We3", Interval: domain.IntervalMonth}},
		} {
			b.Run(fmt.Sprintf("%s/members=%d", lq.name, n), func(b *testing.B) {
				for b.Loop() {
					m.ProfessionLinks(lq.q)
				}
			})
		}
	}
}

// BenchmarkIsolationPages asks the largest community's isolation ranking,
// with suggestions, for its first page and its last: a later page suggests
// for the domain.SpreadReach reports before it too, so the last costs
// little more than the first (before that bound it suggested for every
// report above it: 34 s for the last page at 100,000 members).
func BenchmarkIsolationPages(b *testing.B) {
	for _, n := range benchSizes(b) {
		builder, end := syntheticWorld(n, 1)
		m := builder.Finish("bench")
		w := domain.Window{Since: end.Add(-domain.DefaultWindow), Until: end}
		all, err := m.IsolatedMembers(domain.IsolationQuery{Community: "We0", Window: w, Page: domain.Page{First: domain.MaxPageSize}})
		if err != nil {
			b.Fatal(err)
		}
		for all.PageInfo.HasNextPage {
			next, err := m.IsolatedMembers(domain.IsolationQuery{Community: "We0", Window: w, Page: domain.Page{First: domain.MaxPageSize, After: *all.PageInfo.EndCursor}})
			if err != nil {
				b.Fatal(err)
			}
			all.Nodes, all.PageInfo = append(all.Nodes, next.Nodes...), next.PageInfo
		}
		last := all.Nodes[len(all.Nodes)-21]
		b.Logf("%d members: We0 has %d reports", n, len(all.Nodes))
		for _, page := range []struct{ name, after string }{{"first", ""}, {"last", domain.IsolationCursor(last.Score, last.Professional.ID)}} {
			b.Run(fmt.Sprintf("%s/members=%d", page.name, n), func(b *testing.B) {
				for b.Loop() {
					q := domain.IsolationQuery{Community: "We0", Window: w, Suggestions: 3, Page: domain.Page{First: 20, After: page.after}}
					if _, err := m.IsolatedMembers(q); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
