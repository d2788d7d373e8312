package ingest

import (
	"fmt"
	"strings"
	"time"

	"github.com/peergraph/peergraph/loader/archive"
	"github.com/peergraph/peergraph/neo4jstore"
)

// chatBook settles the catalogue rows of one load, as they are read:
//
//   - A chat is its hashtag and start. A later row for a chat an earlier
//     row described exactly is a duplicate of it; one that describes it
//     otherwise (another topic, host, length or community) is rejected,
//     naming the earlier row: the first row wins.
//   - A chat whose time overlaps another chat of the same hashtag or the
//     same community is loaded, and each overlap is reported, naming the
//     other row: a post made while two chats of its hashtag run is put
//     into one of them only, which may not be what the catalogue meant.
//
// Chats of earlier loads are not compared: a catalogue loaded again
// corrects what an earlier one said.
type chatBook struct {
	list        []booked
	byID        map[string]int
	byHashtag   map[string][]int
	byCommunity map[string][]int
}

type booked struct {
	row neo4jstore.ChatRow
	src archive.Source
}

type chatVerdict struct {
	duplicateOf *archive.Source
	reject      string
	overlaps    []booked // earlier chats this one overlaps; it is loaded all the same
}

func (b *chatBook) add(row neo4jstore.ChatRow, src archive.Source) chatVerdict {
	if b.byID == nil {
		b.byID, b.byHashtag, b.byCommunity = map[string]int{}, map[string][]int{}, map[string][]int{}
	}
	if i, ok := b.byID[row.ID]; ok {
		e := b.list[i]
		d := chatDiff(e.row, row)
		if d == "" {
			return chatVerdict{duplicateOf: &e.src}
		}
		return chatVerdict{reject: fmt.Sprintf("start: the #%s chat of %s is already in %s line %d (%s): the first row for a chat wins; correct that row or leave out this one",
			row.Hashtag, row.StartsAt.Format("2006-01-02 15:04 MST"), e.src.File, e.src.Line, d)}
	}
	var v chatVerdict
	seen := map[int]bool{}
	for _, candidates := range [][]int{b.byHashtag[row.Hashtag], b.byCommunity[row.Community]} {
		for _, i := range candidates {
			e := b.list[i]
			if !seen[i] && e.row.StartsAt.Before(row.EndsAt) && row.StartsAt.Before(e.row.EndsAt) {
				seen[i] = true
				v.overlaps = append(v.overlaps, e)
			}
		}
	}
	b.list = append(b.list, booked{row: row, src: src})
	i := len(b.list) - 1
	b.byID[row.ID] = i
	b.byHashtag[row.Hashtag] = append(b.byHashtag[row.Hashtag], i)
	b.byCommunity[row.Community] = append(b.byCommunity[row.Community], i)
	return v
}

// overlapReason says how a chat overlaps an earlier one.
func overlapReason(row neo4jstore.ChatRow, e booked) string {
	same, tail := "hashtag", "; a post with the hashtag made while both run is put into one of them only"
	switch {
	case row.Hashtag == e.row.Hashtag && row.Community == e.row.Community:
		same = "hashtag and community"
	case row.Hashtag != e.row.Hashtag:
		same, tail = "community", ""
	}
	return fmt.Sprintf("the chat %s overlaps the chat of %s line %d (%s) of the same %s%s",
		span(row.StartsAt, row.EndsAt), e.src.File, e.src.Line, span(e.row.StartsAt, e.row.EndsAt), same, tail)
}

func span(from, to time.Time) string {
	return from.UTC().Format("2006-01-02 15:04") + "–" + to.UTC().Format("15:04 MST")
}

// chatDiff names what b says otherwise than a of the same chat.
func chatDiff(a, b neo4jstore.ChatRow) string {
	var d []string
	if a.Community != b.Community {
		d = append(d, fmt.Sprintf("community %q there, %q here", a.Community, b.Community))
	}
	if a.Topic != b.Topic {
		d = append(d, fmt.Sprintf("topic %q there, %q here", a.Topic, b.Topic))
	}
	if a.Host != b.Host {
		d = append(d, fmt.Sprintf("host %q there, %q here", a.Host, b.Host))
	}
	if !a.StartsAt.Equal(b.StartsAt) || !a.EndsAt.Equal(b.EndsAt) {
		d = append(d, fmt.Sprintf("%s there, %s here", span(a.StartsAt, a.EndsAt), span(b.StartsAt, b.EndsAt)))
	}
	return strings.Join(d, ", ")
}
