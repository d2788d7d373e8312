package neo4jstore_test

import (
	"context"
	"net"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// The read model's check of the change log is how a server learns that the
// graph is gone; a managed transaction would retry a refused connection
// until its deadline, and every answer meanwhile would claim to be
// current. The check tries once.
func TestChangesSinceTriesOnceWhenTheGraphIsGone(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var attempts atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			attempts.Add(1)
			c.Close() // a Neo4j going down: the connection is dropped before Bolt's handshake
		}
	}()
	s, err := neo4jstore.Open(neo4jstore.Config{URI: "bolt://" + ln.Addr().String(), Timeout: time.Minute}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())

	_, err = s.ChangesSince(context.Background(), "")
	if err == nil {
		t.Fatal("ChangesSince answered from a server that drops every connection")
	}
	if domain.ErrorCode(err) != domain.EUNAVAILABLE {
		t.Errorf("error %v: want code %s", err, domain.EUNAVAILABLE)
	}
	if n := attempts.Load(); n != 1 {
		t.Errorf("ChangesSince connected %d times: want one attempt, no retries", n)
	}
}

// A write that commits while the change log is read can show its record
// but not the version it moved on to (Neo4j reads committed data
// statement by statement). Such a record, newer than the version read,
// is left for the next read: the log up to the version read is complete,
// and the read model takes it in rather than rebuilding from a snapshot.
func TestChangesSinceReadsTheLogUpToTheVersionRead(t *testing.T) {
	s := storetest.MustOpen(t)
	ctx := context.Background()
	first, err := s.BumpDataVersion(ctx, neo4jstore.Change{Kind: neo4jstore.ChangeRows, Professionals: []string{"x:ann"}})
	must(t, err)
	second, err := s.BumpDataVersion(ctx, neo4jstore.Change{Kind: neo4jstore.ChangeRows, Professionals: []string{"x:bob"}})
	must(t, err)
	epoch, n, ok := neo4jstore.ParseVersion(second)
	if !ok {
		t.Fatalf("version %q", second)
	}
	// The record of a write whose version move is not visible yet.
	storetest.OpenGraph(t).MustWrite(t, `CREATE (:DataChange {epoch: $epoch, n: $n, kind: 'rows', professionals: ['x:carla'], chats: []})`,
		map[string]any{"epoch": epoch, "n": n + 1})
	c, err := s.ChangesSince(ctx, first)
	must(t, err)
	if c.Version != second || !c.Complete || !slices.Equal(c.Professionals, []string{"x:bob"}) {
		t.Errorf("changes since %s = %+v; want version %s, complete, x:bob alone", first, c, second)
	}
}
