package readmodel_test

import (
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/readmodel"
)

// persistenceWorld: in WeMDT, a chat of nurse, doctor and pharmacist on 10
// January where three ties are first made (n1–d1 meets again in a chat 50
// days later, n1–p1 talks outside chats 10 days later, d1–p1 never again),
// a chat of two nurses on 12 January (n2–n3 talks again 13 days later;
// n2–x had talked before it, so was not first made there), and a
// four-profession chat on 20 November whose tie m1–p1 cannot be told yet:
// the newest act is on 1 December.
func persistenceWorld() *readmodel.Model {
	at := func(month time.Month, day, hour, min int) time.Time {
		return time.Date(2026, month, day, hour, min, 0, 0, time.UTC)
	}
	people := []neo4jstore.SnapshotProfessional{}
	for id, prof := range map[string]string{"n1": "nurse", "n2": "nurse", "n3": "nurse", "x": "nurse", "d1": "doctor", "p1": "pharmacist",
		"m1": "midwife", "z1": "nurse", "z2": "doctor"} {
		people = append(people, neo4jstore.SnapshotProfessional{ID: id, Profession: prof, Communities: []string{"WeMDT"},
			FirstSeen: at(1, 1, 0, 0), LastSeen: at(12, 1, 0, 0)})
	}
	chat := func(id string, start time.Time) neo4jstore.SnapshotChat {
		return neo4jstore.SnapshotChat{ID: id, StartsAt: start, EndsAt: start.Add(time.Hour), Communities: []string{"WeMDT"}}
	}
	chats := []neo4jstore.SnapshotChat{chat("mdt1", at(1, 10, 20, 0)), chat("single1", at(1, 12, 20, 0)), chat("later", at(3, 1, 20, 0)),
		chat("mdt2", at(11, 20, 20, 0))}
	b := worldBuilder([]string{"WeMDT"}, people, chats)
	for ch, ids := range map[string][]string{"mdt1": {"n1", "d1", "p1"}, "single1": {"n2", "n3", "x"}, "later": {"n1", "d1"}, "mdt2": {"n1", "d1", "p1", "m1"}} {
		for _, id := range ids {
			b.TookPart(neo4jstore.SnapshotPart{Professional: id, Chat: ch, Posts: 1})
		}
	}
	var posts []neo4jstore.SnapshotPost
	tie := func(from, to string, acts []time.Time, chats []string, actChats [][]string) {
		b.Tie(neo4jstore.SnapshotTie{From: from, To: to, Conversational: len(acts), Replies: len(acts), FirstAt: acts[0], LastAt: acts[len(acts)-1], Chats: chats})
		for i, t := range acts {
			posts = append(posts, neo4jstore.SnapshotPost{Author: "x:" + from, At: t, Targets: []string{"x:" + to}, Chats: actChats[i]})
		}
	}
	tie("n1", "d1", []time.Time{at(1, 10, 20, 10), at(3, 1, 20, 10)}, []string{"mdt1", "later"}, [][]string{{"mdt1"}, {"later"}})
	tie("n1", "p1", []time.Time{at(1, 10, 20, 20), at(1, 20, 9, 0)}, []string{"mdt1"}, [][]string{{"mdt1"}, nil})
	tie("d1", "p1", []time.Time{at(1, 10, 20, 30)}, []string{"mdt1"}, [][]string{{"mdt1"}})
	tie("n2", "n3", []time.Time{at(1, 12, 20, 10), at(1, 25, 9, 0)}, []string{"single1"}, [][]string{{"single1"}, nil})
	tie("n2", "x", []time.Time{at(1, 5, 9, 0), at(1, 12, 20, 20)}, []string{"single1"}, [][]string{nil, {"single1"}})
	tie("m1", "p1", []time.Time{at(11, 20, 20, 10)}, []string{"mdt2"}, [][]string{{"mdt2"}})
	tie("z1", "z2", []time.Time{at(12, 1, 9, 0)}, nil, [][]string{nil})
	for _, p := range people {
		b.Account(neo4jstore.SnapshotAccount{Key: "x:" + p.ID, Professional: p.ID})
	}
	for _, p := range posts {
		b.Post(p)
	}
	return b.Finish("persistence")
}

type horizonCounts struct{ days, observable, recurred int }

func TestTiePersistence(t *testing.T) {
	m := persistenceWorld()
	year := domain.Window{Since: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)}
	got, err := m.TiePersistence(domain.PersistenceQuery{Community: "WeMDT", Window: year, MinProfessions: 3})
	if err != nil {
		t.Fatal(err)
	}
	type cell struct {
		month    time.Month
		mix      domain.ChatMix
		ties     int
		horizons []horizonCounts
	}
	want := []cell{
		{1, domain.MixMultiProfession, 3, []horizonCounts{{30, 3, 1}, {90, 3, 2}, {180, 3, 2}}},
		{1, domain.MixSingleProfession, 1, []horizonCounts{{30, 1, 1}, {90, 1, 1}, {180, 1, 1}}},
		{11, domain.MixMultiProfession, 1, []horizonCounts{{30, 0, 0}, {90, 0, 0}, {180, 0, 0}}},
	}
	if len(got) != len(want) {
		t.Fatalf("%d cells, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		var hs []horizonCounts
		for _, h := range g.Horizons {
			hs = append(hs, horizonCounts{h.Days, h.Observable, h.Recurred})
			if (h.Share == nil) != (h.Observable == 0) || h.Share != nil && *h.Share != float64(h.Recurred)/float64(h.Observable) {
				t.Errorf("cell %d, %d days: share %v of %d/%d", i, h.Days, h.Share, h.Recurred, h.Observable)
			}
		}
		if g.Community != "WeMDT" || g.Month.Month() != w.month || g.Mix != w.mix || g.Ties != w.ties || !equalHorizons(hs, w.horizons) {
			t.Errorf("cell %d = %s %v %s %d ties %v, want %v %s %d %v", i, g.Community, g.Month, g.Mix, g.Ties, hs, w.month, w.mix, w.ties, w.horizons)
		}
	}
	// With k = 4 the January chat of three professions is neither mix.
	got, _ = m.TiePersistence(domain.PersistenceQuery{Window: year, MinProfessions: 4})
	if len(got) != 2 || got[0].Mix != domain.MixSingleProfession || got[1].Month.Month() != 11 {
		t.Errorf("k = 4: %+v", got)
	}
	if _, err := m.TiePersistence(domain.PersistenceQuery{Community: "WeNowhere", Window: year}); domain.ErrorCode(err) != domain.ENOTFOUND {
		t.Errorf("unknown community: %v", err)
	}
}

func equalHorizons(a, b []horizonCounts) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
