package neo4jstore_test

import (
	"context"
	"net"
	"sync/atomic"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/neo4jstore"
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
