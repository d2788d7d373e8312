package generate

import (
	"crypto/sha256"
	"encoding/base32"
	"strconv"
	"time"
)

// twitterEpoch is the Snowflake epoch, so that generated tweet ids sort and
// decode like real ones.
const twitterEpoch = 1288834974657

func tweetID(ms int64, seq uint64) uint64 {
	return uint64(ms-twitterEpoch)<<22 | seq&0x3fffff
}

// mastodonID follows Mastodon's own Snowflake layout (milliseconds in the
// high 48 bits), so ids sort by time as on a real instance.
func mastodonID(ms int64, seq uint64) uint64 {
	return uint64(ms)<<16 | seq&0xffff
}

const tidAlphabet = "234567abcdefghijklmnopqrstuvwxyz"

// tid is an AT Protocol record key: microseconds and a clock id in
// base32-sortable, 13 characters.
func tid(ms int64, seq uint64) string {
	v := uint64(ms*1000+int64(seq%1000))<<10 | (seq/1000)&0x3ff
	var b [13]byte
	for i := 12; i >= 0; i-- {
		b[i] = tidAlphabet[v&31]
		v >>= 5
	}
	return string(b[:])
}

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

func lowerB32(p []byte) []byte {
	out := make([]byte, b32.EncodedLen(len(p)))
	b32.Encode(out, p)
	for i, c := range out {
		if c >= 'A' && c <= 'Z' {
			out[i] = c + 'a' - 'A'
		}
	}
	return out
}

// cidOf makes a CIDv1 (dag-cbor, sha-256) lookalike from the record's URI:
// the real one hashes the record's bytes, which nothing downstream checks.
func cidOf(uri string) string {
	h := sha256.Sum256([]byte(uri))
	return "bafyrei" + string(lowerB32(h[:]))[:52]
}

func didOf(seed int64, who int) string {
	h := sha256.Sum256([]byte("did:" + strconv.FormatInt(seed, 10) + ":" + strconv.Itoa(who)))
	return "did:plc:" + string(lowerB32(h[:]))[:24]
}

// shortCode is a t.co-like code for a link, derived from what it points at.
func shortCode(s string) string {
	const alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	h := sha256.Sum256([]byte(s))
	b := make([]byte, 10)
	for i := range b {
		b[i] = alnum[int(h[i])%len(alnum)]
	}
	return string(b)
}

// londonOffset is the UK's UTC offset in seconds at t: BST runs from 01:00
// UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
// Computed here rather than from the tz database so that output does not
// depend on the machine's zoneinfo.
func londonOffset(t time.Time) int {
	y := t.Year()
	if !t.Before(lastSunday(y, time.March)) && t.Before(lastSunday(y, time.October)) {
		return 3600
	}
	return 0
}

func lastSunday(y int, m time.Month) time.Time {
	t := time.Date(y, m+1, 1, 1, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	for t.Weekday() != time.Sunday {
		t = t.AddDate(0, 0, -1)
	}
	return t
}

// londonTime is the instant of a UK wall-clock time; chats never start in the
// small hours when the clocks change, so the wall time is never ambiguous.
func londonTime(y int, m time.Month, d, hh, mm int) time.Time {
	noon := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
	off := londonOffset(noon)
	return time.Date(y, m, d, hh, mm, 0, 0, time.UTC).Add(-time.Duration(off) * time.Second)
}

func londonZone(t time.Time) *time.Location {
	if londonOffset(t) == 3600 {
		return bst
	}
	return gmt
}

var (
	bst = time.FixedZone("BST", 3600)
	gmt = time.FixedZone("GMT", 0)
)
