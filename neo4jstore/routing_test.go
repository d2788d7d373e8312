package neo4jstore_test

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/neo4jstore"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// A neo4j:// URI (a cluster, Aura) makes the driver fetch a routing table
// and route reads and writes; the embedded Neo4j advertises 127.0.0.1 so
// the same instance answers both ways.
func TestRoutingURIWorks(t *testing.T) {
	storetest.MustOpen(t)
	cfg, err := neo4jstore.ConfigFromEnv(os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(cfg.URI, "bolt://") {
		t.Skipf("NEO4J_URI %s is not bolt://", cfg.URI)
	}
	cfg.URI = "neo4j://" + strings.TrimPrefix(cfg.URI, "bolt://")
	s, err := neo4jstore.Open(cfg, slog.New(slog.DiscardHandler), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := s.WaitReady(ctx); err != nil {
		t.Fatalf("%s: %v", cfg.URI, err)
	}
	if err := s.WriteChats(ctx, []neo4jstore.ChatRow{{ID: "wemdt-1", Community: "WeMDT", Hashtag: "wemdt",
		StartsAt: chatStart, EndsAt: at(60), Source: "catalogue"}}); err != nil {
		t.Fatalf("write through %s: %v", cfg.URI, err)
	}
	chat, err := s.Chat(ctx, "wemdt-1")
	if err != nil || chat == nil || chat.CommunityName != "WeMDT" {
		t.Fatalf("read through %s: %+v, %v", cfg.URI, chat, err)
	}
}
