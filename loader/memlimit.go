package main

import "runtime/debug"

// defaultMemoryLimitMB is the loader's soft memory limit. A load holds
// about 150 MB at its peak at 100k members (the burst pass's set of every
// post and its counts beside two file readers), and Go's collector, left
// to itself, lets the heap grow to twice what is held before collecting:
// 418 MB of resident memory for that load. Under the limit the collector
// runs sooner instead, which costs the loader little (it mostly waits on
// Neo4j). A load holding more than the limit still runs; it collects more
// often (the runtime caps that at half the CPU).
const defaultMemoryLimitMB = 256

// bulkMemoryLimitMB is the soft limit of a bulk first load unless
// --memory-limit says otherwise. Besides what a load holds, the bulk path
// keeps a table of every post read (its id's hash and its author, 12 bytes
// a slot: 100 MB at 100k members), so that it holds about 300 MB while
// reading the 100k world: under a 256 MB limit the collector ran back to
// back (45% of the CPU, the reading 272 s instead of 174 s). The importer
// it runs next needs a GiB of heap of its own.
const bulkMemoryLimitMB = 512

// memoryLimit applies --memory-limit (MB; 0 leaves the runtime's default)
// unless GOMEMLIMIT is set, which the runtime has applied already and
// which wins. It says what it applied (0 for nothing).
func memoryLimit(mb int64, getenv func(string) string) int64 {
	if mb <= 0 || getenv("GOMEMLIMIT") != "" {
		return 0
	}
	debug.SetMemoryLimit(mb << 20)
	return mb
}
