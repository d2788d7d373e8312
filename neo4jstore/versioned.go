package neo4jstore

import "sync"

// versionedCache keeps answers that cost a read of every professional (the
// counts the dashboard asks on every visit) for as long as the graph's data
// version is the one they were read at: every write that can change them
// moves the version on (snapshot.go). Read the version before the answer,
// in the same transaction, so that a kept answer is never older than the
// version it is kept under.
type versionedCache[V any] struct {
	mu      sync.Mutex
	version string
	entries map[string]V
	// clone copies an answer, so that no caller shares what is kept.
	clone func(V) V
}

// versionedCacheSize bounds the answers kept for one version: a key comes
// from a request's arguments, and names that match nothing are keys too.
const versionedCacheSize = 256

// get returns the answer kept for key at version. A graph with no version
// yet ("") has nothing to tell a change by, so nothing is kept for it.
func (c *versionedCache[V]) get(version, key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.entries[key]
	if !ok || version == "" || version != c.version {
		var zero V
		return zero, false
	}
	return c.copy(v), true
}

func (c *versionedCache[V]) put(version, key string, v V) {
	if version == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if version != c.version || len(c.entries) >= versionedCacheSize {
		c.version, c.entries = version, map[string]V{}
	}
	c.entries[key] = c.copy(v)
}

func (c *versionedCache[V]) copy(v V) V {
	if c.clone == nil {
		return v
	}
	return c.clone(v)
}
