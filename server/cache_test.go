package main

import (
	"context"
	"strings"
	"testing"
)

func TestByteCacheStaysWithinItsBytes(t *testing.T) {
	ctx := context.Background()
	c := newByteCache[string](1000, func(k, v string) int64 { return int64(len(k) + len(v)) })
	for i := range 100 {
		c.Add(ctx, strings.Repeat("k", i%7+1)+string(rune('a'+i%26)), strings.Repeat("v", 40))
		if c.Bytes() > 1000 {
			t.Fatalf("after %d adds the cache holds %d bytes of 1000", i+1, c.Bytes())
		}
	}
	c.Add(ctx, "big", strings.Repeat("v", 200)) // over a tenth: not kept
	if _, ok := c.Get(ctx, "big"); ok {
		t.Error("an entry over a tenth of the budget was kept")
	}
	c.Add(ctx, "x", "1")
	c.Add(ctx, "x", "22")
	if v, ok := c.Get(ctx, "x"); !ok || v != "22" {
		t.Errorf("x = %q %v", v, ok)
	}
}
