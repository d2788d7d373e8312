package neo4jstore

import (
	"fmt"
	"testing"
)

func TestVersionedCacheKeepsAnswersWhileTheVersionStays(t *testing.T) {
	type step struct {
		op           string // "put" or "get"
		version, key string
		value        int
		wantOK       bool
		wantValue    int
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"kept for its version and key", []step{
			{op: "put", version: "e:1", key: "a", value: 7},
			{op: "get", version: "e:1", key: "a", wantOK: true, wantValue: 7},
			{op: "get", version: "e:1", key: "b"},
		}},
		{"a new version forgets", []step{
			{op: "put", version: "e:1", key: "a", value: 7},
			{op: "get", version: "e:2", key: "a"},
			{op: "put", version: "e:2", key: "b", value: 8},
			{op: "get", version: "e:1", key: "a"},
			{op: "get", version: "e:2", key: "a"},
			{op: "get", version: "e:2", key: "b", wantOK: true, wantValue: 8},
		}},
		{"a graph without a version keeps nothing", []step{
			{op: "put", version: "", key: "a", value: 7},
			{op: "get", version: "", key: "a"},
		}},
		{"an answer put at another version starts the kept ones over", []step{
			{op: "put", version: "e:2", key: "a", value: 8},
			{op: "put", version: "e:1", key: "b", value: 7},
			{op: "get", version: "e:2", key: "a"},
			{op: "get", version: "e:1", key: "b", wantOK: true, wantValue: 7},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c versionedCache[int]
			for i, s := range tt.steps {
				switch s.op {
				case "put":
					c.put(s.version, s.key, s.value)
				case "get":
					v, ok := c.get(s.version, s.key)
					if ok != s.wantOK || v != s.wantValue {
						t.Errorf("step %d: get(%q, %q) = %d, %v; want %d, %v", i, s.version, s.key, v, ok, s.wantValue, s.wantOK)
					}
				}
			}
		})
	}
}

func TestVersionedCacheIsBounded(t *testing.T) {
	var c versionedCache[int]
	for i := range versionedCacheSize * 3 {
		c.put("e:1", fmt.Sprint(i), i)
	}
	if n := len(c.entries); n > versionedCacheSize {
		t.Errorf("%d answers kept, want at most %d", n, versionedCacheSize)
	}
	last := fmt.Sprint(versionedCacheSize*3 - 1)
	if v, ok := c.get("e:1", last); !ok || v != versionedCacheSize*3-1 {
		t.Errorf("the last answer put is not kept: %d, %v", v, ok)
	}
}

func TestVersionedCacheGivesCopies(t *testing.T) {
	c := versionedCache[[]int]{clone: func(v []int) []int { return append([]int(nil), v...) }}
	in := []int{1, 2}
	c.put("e:1", "", in)
	in[0] = 9
	got, _ := c.get("e:1", "")
	got[1] = 9
	if again, _ := c.get("e:1", ""); again[0] != 1 || again[1] != 2 {
		t.Errorf("kept answer = %v after callers changed theirs, want [1 2]", again)
	}
}
