package ingest

import (
	"hash/maphash"
	"sort"
	"sync"
	"time"

	"github.com/peergraph/peergraph/internal/hashset"
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
// once, as it is loaded once: the detectors of a load (one a file reader)
// share one set of the posts counted, a 64-bit hash of each id, and a
// bucket keeps only its count. (Each bucket once kept its posts' hashes,
// 8 bytes a post and hashtag plus its slice's spare room: 140 MB at the
// 100k-member world, most of the loader's peak.) When two copies of a post
// differ in time or hashtags, the copy counted is the first one read, which
// with files read in parallel need not be the one the load keeps.
type BurstDetector struct {
	cfg    BurstConfig
	counts map[string]map[int64]int32 // hashtag -> bucket start (unix s) -> posts
	posts  *countedPosts
}

// countedPosts is the posts a load's detectors have counted, shared by
// readers running in parallel.
type countedPosts struct {
	mu   sync.Mutex
	seed maphash.Seed
	ids  hashset.Set
}

// NewBurstDetector makes a detector with cfg.
func NewBurstDetector(cfg BurstConfig) *BurstDetector {
	return &BurstDetector{cfg: cfg, counts: map[string]map[int64]int32{},
		posts: &countedPosts{seed: maphash.MakeSeed()}}
}

// Sibling is a detector for another reader of the same load: counts of
// its own (added up with add), the same memory of the posts counted.
func (d *BurstDetector) Sibling() *BurstDetector {
	return &BurstDetector{cfg: d.cfg, counts: map[string]map[int64]int32{}, posts: d.posts}
}

// Count records the post with id at t under each of hashtags, unless this
// detector or a sibling has counted it already.
func (d *BurstDetector) Count(id string, t time.Time, hashtags ...string) {
	if len(hashtags) == 0 {
		return
	}
	h := maphash.String(d.posts.seed, id)
	d.posts.mu.Lock()
	_, had := d.posts.ids.Add(h)
	d.posts.mu.Unlock()
	if had {
		return
	}
	b := t.Truncate(d.cfg.Bucket).Unix()
	for _, tag := range hashtags {
		m := d.counts[tag]
		if m == nil {
			m = map[int64]int32{}
			d.counts[tag] = m
		}
		m[b]++
	}
}

// add counts what a sibling counted too.
func (d *BurstDetector) add(other *BurstDetector) {
	for tag, buckets := range other.counts {
		m := d.counts[tag]
		if m == nil {
			d.counts[tag] = buckets
			continue
		}
		for b, n := range buckets {
			m[b] += n
		}
	}
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
			posts += int(d.counts[tag][b])
		}
		flush(first, last, posts)
	}
	return out
}
