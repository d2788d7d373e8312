package main

import (
	"container/list"
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// byteCache is a least-recently-used cache bounded by the bytes its entries
// hold rather than by their number: a thousand entries of a few hundred
// bytes and a thousand of a megabyte are not the same memory. An entry
// larger than a tenth of the budget is not kept at all, so that one request
// cannot empty the cache of everyone else's.
type byteCache[V any] struct {
	mu     sync.Mutex
	max    int64
	used   int64
	sizeOf func(key string, v V) int64
	order  *list.List // front: most recently used
	byKey  map[string]*list.Element
}

type cacheEntry[V any] struct {
	key  string
	v    V
	size int64
}

func newByteCache[V any](maxBytes int64, sizeOf func(string, V) int64) *byteCache[V] {
	return &byteCache[V]{max: maxBytes, sizeOf: sizeOf, order: list.New(), byKey: map[string]*list.Element{}}
}

var (
	_ graphql.Cache[*ast.QueryDocument] = (*byteCache[*ast.QueryDocument])(nil)
	_ graphql.Cache[string]             = (*byteCache[string])(nil)
)

func (c *byteCache[V]) Get(_ context.Context, key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[key]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*cacheEntry[V]).v, true
	}
	var zero V
	return zero, false
}

func (c *byteCache[V]) Add(_ context.Context, key string, v V) {
	size := c.sizeOf(key, v)
	if size > c.max/10 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[key]; ok {
		old := e.Value.(*cacheEntry[V])
		c.used += size - old.size
		old.v, old.size = v, size
		c.order.MoveToFront(e)
	} else {
		c.byKey[key] = c.order.PushFront(&cacheEntry[V]{key: key, v: v, size: size})
		c.used += size
	}
	for c.used > c.max {
		e := c.order.Back()
		old := e.Value.(*cacheEntry[V])
		c.order.Remove(e)
		delete(c.byKey, old.key)
		c.used -= old.size
	}
}

// Bytes is what the cache holds, by its own estimate.
func (c *byteCache[V]) Bytes() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.used
}

// parsedQuerySize estimates the memory of a parsed and validated query: the
// document keeps its source text and about 20 times its length in nodes
// (measured: 12–21× over queries of 50 B to 50 KB).
func parsedQuerySize(key string, _ *ast.QueryDocument) int64 { return int64(len(key))*24 + 1024 }

// persistedQuerySize is a persisted query's hash and text.
func persistedQuerySize(key, query string) int64 { return int64(len(key)+len(query)) + 64 }
