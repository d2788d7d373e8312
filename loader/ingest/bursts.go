package ingest

import (
	"hash/fnv"
	"slices"
	"sort"
	"time"
)

// BurstConfig says what a chat looks like in the posts when no catalogue
// describes it: at least MinPosts posts with the hashtag, with no gap longer
// than MaxGap between them, and lasting no longer than MaxLength.
type BurstConfig struct {
	Bucket    time.Duration // posts are counted per bucket of this size
	MinPosts  int
	MaxGap    time.Duration
	MaxLength time.Duration
}

// DefaultBursts matches the hosted hour of the WeCommunities: a chat is
// dozens of posts within an hour or so; a quiet hashtag a few posts a day.
var DefaultBursts = BurstConfig{Bucket: 5 * time.Minute, MinPosts: 15, MaxGap: 20 * time.Minute, MaxLength: 3 * time.Hour}

// BurstDetector counts distinct posts per hashtag and time bucket in a
// first pass over the input. A post two files of one load both hold (two
// archives of one chat, a collection that fetched a page twice) counts
// once, as it is loaded once: each bucket keeps its posts' 64-bit id
// hashes, 8 bytes a post counted, and Chats counts them distinct.
type BurstDetector struct {
	cfg    BurstConfig
	counts map[string]map[int64][]uint64 // hashtag -> bucket start (unix s) -> post id hashes
}

// NewBurstDetector makes a detector with cfg.
func NewBurstDetector(cfg BurstConfig) *BurstDetector {
	return &BurstDetector{cfg: cfg, counts: map[string]map[int64][]uint64{}}
}

// Count records the post with id and hashtag at t.
func (d *BurstDetector) Count(hashtag string, t time.Time, id string) {
	b := t.Truncate(d.cfg.Bucket).Unix()
	m := d.counts[hashtag]
	if m == nil {
		m = map[int64][]uint64{}
		d.counts[hashtag] = m
	}
	h := fnv.New64a() // unseeded, so that the detectors of a load (one a file reader) hash an id alike
	h.Write([]byte(id))
	m[b] = append(m[b], h.Sum64())
}

// add counts what other counted too.
func (d *BurstDetector) add(other *BurstDetector) {
	for tag, buckets := range other.counts {
		m := d.counts[tag]
		if m == nil {
			d.counts[tag] = buckets
			continue
		}
		for b, ids := range buckets {
			m[b] = append(m[b], ids...)
		}
	}
}

// distinct is how many different posts a bucket holds.
func distinct(ids []uint64) int {
	slices.Sort(ids)
	return len(slices.Compact(ids))
}

// Chats returns the bursts found, as chat windows, in hashtag and time order.
func (d *BurstDetector) Chats() []Window {
	var out []Window
	tags := make([]string, 0, len(d.counts))
	for tag := range d.counts {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	bucket := int64(d.cfg.Bucket / time.Second)
	for _, tag := range tags {
		starts := make([]int64, 0, len(d.counts[tag]))
		for b := range d.counts[tag] {
			starts = append(starts, b)
		}
		sort.Slice(starts, func(i, j int) bool { return starts[i] < starts[j] })
		flush := func(first, last int64, posts int) {
			length := time.Duration(last+bucket-first) * time.Second
			if posts >= d.cfg.MinPosts && length <= d.cfg.MaxLength {
				start := time.Unix(first, 0).UTC()
				out = append(out, Window{ID: ChatID(tag, start), Hashtag: tag, StartsAt: start, EndsAt: time.Unix(last+bucket, 0).UTC()})
			}
		}
		first, last, posts := starts[0], starts[0], 0
		for _, b := range starts {
			if time.Duration(b-(last+bucket))*time.Second > d.cfg.MaxGap {
				flush(first, last, posts)
				first, posts = b, 0
			}
			last = b
			posts += distinct(d.counts[tag][b])
		}
		flush(first, last, posts)
	}
	return out
}
