package readmodel_test

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/readmodel"
	"github.com/peergraph/peergraph/scoring"
)

// linkWorld is a small world of posts with every awkward case the acts
// store must count as neo4jstore's statement does: professionals with no
// profession and with "unknown", opted-out ones, professionals with two
// accounts (a post from one to the other is a self-act), an account of two
// professionals, accounts of no one, professionals with no account,
// repeated targets, posts in no chat and
// in chats of two communities, posts on month boundaries and at one
// instant.
type linkWorld struct {
	people   []neo4jstore.SnapshotProfessional
	accounts []neo4jstore.SnapshotAccount
	chats    []neo4jstore.SnapshotChat
	posts    []neo4jstore.SnapshotPost
	start    time.Time
}

func makeLinkWorld(seed uint64) linkWorld {
	r := rand.New(rand.NewPCG(seed, 7))
	w := linkWorld{start: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	professions := []string{"nurse", "doctor", "pharmacist", "unknown", ""}
	for i := range 40 {
		w.people = append(w.people, neo4jstore.SnapshotProfessional{ID: "p" + strconv.Itoa(i),
			Profession: professions[r.IntN(len(professions))], OptedOut: r.IntN(8) == 0})
	}
	var keys []string
	for i, p := range w.people {
		if i%5 == 4 {
			continue // no account: no acts, between professionals with them
		}
		key := "x:" + p.ID
		w.accounts = append(w.accounts, neo4jstore.SnapshotAccount{Key: key, Professional: p.ID})
		keys = append(keys, key)
		if i%7 == 0 { // a second account
			w.accounts = append(w.accounts, neo4jstore.SnapshotAccount{Key: "m:" + p.ID, Professional: p.ID})
			keys = append(keys, "m:"+p.ID)
		}
	}
	w.accounts = append(w.accounts, neo4jstore.SnapshotAccount{Key: "x:shared", Professional: "p1"},
		neo4jstore.SnapshotAccount{Key: "x:shared", Professional: "p2"})
	keys = append(keys, "x:shared", "x:nobody", "x:gone")
	communities := []string{"WeA", "WeB", "WeC"}
	for i := range 12 {
		c := neo4jstore.SnapshotChat{ID: "c" + strconv.Itoa(i), Communities: []string{communities[i%3]}}
		if i == 5 {
			c.Communities = append(c.Communities, "WeB")
		}
		w.chats = append(w.chats, c)
	}
	span := int64(150 * 24 * time.Hour)
	boundaries := []time.Time{time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond)}
	for range 1500 {
		at := w.start.Add(time.Duration(r.Int64N(span)))
		if r.IntN(20) == 0 {
			at = boundaries[r.IntN(len(boundaries))]
		}
		p := neo4jstore.SnapshotPost{Author: keys[r.IntN(len(keys))], At: at}
		for range r.IntN(4) {
			p.Targets = append(p.Targets, keys[r.IntN(len(keys))])
		}
		if r.IntN(10) == 0 && len(p.Targets) > 0 {
			p.Targets = append(p.Targets, p.Targets[0])
		}
		for range r.IntN(3) {
			p.Chats = append(p.Chats, w.chats[r.IntN(len(w.chats))].ID)
		}
		w.posts = append(w.posts, p)
	}
	return w
}

func (w linkWorld) model() *readmodel.Model {
	b := worldBuilder([]string{"WeA", "WeB", "WeC", "WeEmpty"}, w.people, w.chats)
	for _, a := range w.accounts {
		b.Account(a)
	}
	for _, p := range w.posts {
		b.Post(p)
	}
	return b.Finish("test")
}

// links is the Cypher statement (cypherProfessionLinks) done by hand on
// the world's posts, then the definition (links) per period.
func (w linkWorld) reference(q domain.LinkQuery) []*domain.ProfessionLinkPeriod {
	of := map[string][]string{}
	for _, a := range w.accounts {
		of[a.Key] = append(of[a.Key], a.Professional)
	}
	person := map[string]neo4jstore.SnapshotProfessional{}
	for _, p := range w.people {
		person[p.ID] = p
	}
	chatComms := map[string][]string{}
	for _, c := range w.chats {
		chatComms[c.ID] = c.Communities
	}
	profession := func(id string) string {
		if p := person[id].Profession; p != "" {
			return p
		}
		return "unknown"
	}
	type key struct {
		period time.Time
		a, b   string
	}
	acts := map[key]int{}
	for _, post := range w.posts {
		if post.At.Before(q.Window.Since) || !post.At.Before(q.Window.Until) {
			continue
		}
		if q.Community != "" {
			in := false
			for _, ch := range post.Chats {
				in = in || slices.Contains(chatComms[ch], q.Community)
			}
			if !in {
				continue
			}
		}
		var period time.Time
		if q.Interval == domain.IntervalMonth {
			period = time.Date(post.At.Year(), post.At.Month(), 1, 0, 0, 0, 0, time.UTC)
		}
		for _, a := range of[post.Author] {
			if person[a].OptedOut {
				continue
			}
			for _, t := range post.Targets {
				for _, b := range of[t] {
					if b != a && !person[b].OptedOut {
						acts[key{period, a, b}]++
					}
				}
			}
		}
	}
	byPeriod := map[time.Time][]pairActs{}
	for k, n := range acts {
		byPeriod[k.period] = append(byPeriod[k.period], pairActs{from: k.a, to: k.b, fromProf: profession(k.a), toProf: profession(k.b), acts: n})
	}
	var out []*domain.ProfessionLinkPeriod
	for _, p := range scoring.LinkPeriods(q.Window, q.Interval) {
		cells, ei := links(byPeriod[p.Key])
		out = append(out, &domain.ProfessionLinkPeriod{Since: p.Since, Until: p.Until, Cells: cells, Professions: ei})
	}
	return out
}

func TestProfessionLinksCountsAsTheStatement(t *testing.T) {
	for seed := range uint64(4) {
		w := makeLinkWorld(seed)
		m := w.model()
		r := rand.New(rand.NewPCG(seed, 9))
		at := func() time.Time { return w.start.Add(time.Duration(r.Int64N(int64(160 * 24 * time.Hour)))) }
		windows := []domain.Window{
			{Since: w.start.AddDate(0, 0, -3), Until: w.start.AddDate(0, 6, 0)},
			{Since: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
			{Since: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond), Until: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
			{Since: w.posts[3].At, Until: w.posts[3].At},
			{Since: w.start.AddDate(0, 2, 0), Until: w.start.AddDate(0, 1, 0)},
		}
		for range 12 {
			since := at()
			windows = append(windows, domain.Window{Since: since, Until: since.Add(time.Duration(r.Int64N(int64(70 * 24 * time.Hour))))})
		}
		empty := 0
		for _, win := range windows {
			for _, c := range []string{"", "WeA", "WeB", "WeC", "WeEmpty"} {
				for _, interval := range []domain.Interval{"", domain.IntervalMonth} {
					q := domain.LinkQuery{Community: c, Window: win, Interval: interval}
					got, err := m.ProfessionLinks(q)
					if err != nil {
						t.Fatalf("%+v: %v", q, err)
					}
					want := w.reference(q)
					if !reflect.DeepEqual(got, want) {
						t.Errorf("seed %d %+v:\n model     %s\n reference %s", seed, q, linksString(got), linksString(want))
					}
					if linksCells(want) == 0 {
						empty++
					}
				}
			}
		}
		if _, err := m.ProfessionLinks(domain.LinkQuery{Community: "WeNowhere", Window: windows[0]}); domain.ErrorCode(err) != domain.ENOTFOUND {
			t.Errorf("a community the graph does not have: %v", err)
		}
		if total := len(windows) * 10; empty > total/2 {
			t.Errorf("seed %d: %d of %d answers empty: the comparison proves little", seed, empty, total)
		}
	}
}
