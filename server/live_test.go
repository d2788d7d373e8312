package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/loader/ingest"
	"github.com/peergraph/peergraph/neo4jstore/storetest"
)

// liveEvents opens the live stream of a chat and sends each `chat` event
// on the channel until the test ends.
func liveEvents(t *testing.T, base, chat, token string) (int, <-chan domain.LiveChat) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, err := http.NewRequestWithContext(ctx, "GET", base+"/live/"+chat, nil)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	out := make(chan domain.LiveChat, 16)
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return resp.StatusCode, nil
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Errorf("live: Content-Type %q", ct)
	}
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 16<<20)
		event := ""
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				event = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: ") && event == "chat":
				var c domain.LiveChat
				if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &c); err == nil {
					out <- c
				}
			}
		}
	}()
	return resp.StatusCode, out
}

// next waits for the first event that satisfies ok.
func next(t *testing.T, events <-chan domain.LiveChat, what string, ok func(domain.LiveChat) bool) domain.LiveChat {
	t.Helper()
	deadline := time.After(30 * time.Second)
	for {
		select {
		case c := <-events:
			if ok(c) {
				return c
			}
		case <-deadline:
			t.Fatalf("no event %s within 30 s", what)
		}
	}
}

func waitingIDs(c domain.LiveChat) []string {
	var ids []string
	for _, w := range c.Waiting {
		ids = append(ids, w.ID)
	}
	return ids
}

// A chat on now, as its host sees it live: a newcomer's unanswered post
// is pushed to the stream (no request of the page's) with who could
// welcome them, from the chat, another profession first; an answer to it
// is pushed too, and the newcomer leaves the list. Only an ADMIN and a
// COORDINATOR of the chat's community may follow it.
func TestLiveChatIsPushedToHosts(t *testing.T) {
	auditLog := filepath.Join(t.TempDir(), "audit.jsonl")
	base := mustServe(t, "--audit-log", auditLog)
	s := storetest.MustOpen(t)
	dir := t.TempDir()
	now := time.Now().UTC().Truncate(time.Second)
	at := func(d time.Duration) string { return now.Add(d).Format(time.RFC3339) }
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cat := write("chats.csv", "community,hashtag,topic,host,start,duration\n"+
		"WeLive,#WeLive,Last month,,"+at(-30*24*time.Hour)+",60\n"+
		"WeLive,#WeLive,Tonight,,"+at(-10*time.Minute)+",60\n")
	roster := write("roster.csv", "accounts,name,professions,communities,opted_out\n"+
		"x:hana,Hana Host,Pharmacist,WeLive,false\n"+
		"x:nina,Nina New,Nurse,WeLive,false\n"+
		"x:nora,Nora Nurse,Nurse,WeLive,false\n")
	post := func(id, author, text string, d time.Duration, extra string) string {
		return fmt.Sprintf(`{"id": "x:%s", "author": "x:%s", "text": %q, "created_at": %q, "hashtags": ["welive"], "platform": "x"%s}`+"\n",
			id, author, text, at(d), extra)
	}
	first := write("posts.jsonl",
		post("1", "hana", "last month's chat #WeLive", -30*24*time.Hour+5*time.Minute, "")+
			post("2", "nora", "hello again #WeLive", -30*24*time.Hour+6*time.Minute, "")+
			post("3", "hana", "welcome to tonight's chat #WeLive", -9*time.Minute, "")+
			post("4", "nora", "evening all #WeLive", -8*time.Minute, "")+
			post("5", "nina", "first time here, a nurse from Leeds #WeLive", -5*time.Minute, ""))
	if _, err := ingest.Run(context.Background(), s, []string{cat, roster, first}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	waitCurrent(t, base, s)
	_, resp := postQuery(t, base, `{ chats(community: "WeLive", first: 5) { nodes { id topic } } }`, nil)
	var chat string
	for _, n := range resp.Data["chats"].(map[string]any)["nodes"].([]any) {
		if n.(map[string]any)["topic"] == "Tonight" {
			chat = n.(map[string]any)["id"].(string)
		}
	}
	if chat == "" {
		t.Fatalf("no chat Tonight: %v", resp)
	}

	// Who may follow it.
	for _, c := range []struct {
		who   string
		token string
		want  int
	}{
		{"public", "", http.StatusForbidden},
		{"member", testToken(t, domain.Principal{Role: domain.RoleMember, Professional: "x:nina", Subject: "nina"}), http.StatusForbidden},
		{"researcher", testToken(t, domain.Principal{Role: domain.RoleResearcher, Subject: "rita"}), http.StatusForbidden},
		{"another community's coordinator", testToken(t, domain.Principal{Role: domain.RoleCoordinator, Communities: []string{"WeNurses"}, Subject: "olga"}), http.StatusForbidden},
		{"another community's coordinator, a chat that is not there", testToken(t, domain.Principal{Role: domain.RoleCoordinator, Communities: []string{"WeNurses"}, Subject: "olga"}), http.StatusForbidden},
		{"admin", testToken(t, domain.Principal{Role: domain.RoleAdmin, Subject: "adam"}), http.StatusOK},
	} {
		id := chat
		if strings.Contains(c.who, "not there") {
			id = "no-such-chat"
		}
		if status, _ := liveEvents(t, base, id, c.token); status != c.want {
			t.Errorf("%s: %d, want %d", c.who, status, c.want)
		}
	}

	host := testToken(t, domain.Principal{Role: domain.RoleCoordinator, Communities: []string{"WeLive"}, Subject: "carla"})
	status, events := liveEvents(t, base, chat, host)
	if status != http.StatusOK {
		t.Fatalf("the community's coordinator: %d", status)
	}
	c := next(t, events, "with nina waiting", func(c domain.LiveChat) bool { return len(c.Waiting) > 0 })
	if c.Participants != 3 || c.Posts != 3 {
		t.Errorf("participants %d, posts %d; want 3 and 3", c.Participants, c.Posts)
	}
	if ids := waitingIDs(c); len(ids) == 0 || ids[0] != c.Waiting[0].ID || !c.Waiting[0].Newcomer || c.Waiting[0].Name != "Nina New" {
		t.Fatalf("waiting %+v, want Nina first, as a newcomer", c.Waiting[0].LiveParticipant)
	}
	nina := c.Waiting[0]
	if nina.WaitingFor < 4*60 {
		t.Errorf("nina has waited %.0f s, want about 5 minutes", nina.WaitingFor)
	}
	if len(nina.Welcomers) == 0 || nina.Welcomers[0].Name != "Hana Host" {
		t.Errorf("welcomers %v, want Hana (a pharmacist, in the chat) first", nina.Welcomers)
	}
	for _, w := range nina.Welcomers {
		if w.ID == nina.ID {
			t.Errorf("nina is suggested to welcome herself")
		}
	}

	// Hana answers: the stream says so without being asked.
	answer := write("answer.jsonl", post("6", "hana", "@nina welcome, Nina! #WeLive", -time.Minute, `, "reply_to": "x:5", "reply_to_account": "x:nina", "mentions": ["x:nina"]`))
	loaded := time.Now()
	if _, err := ingest.Run(context.Background(), s, []string{answer}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	c = next(t, events, "with nina answered", func(c domain.LiveChat) bool {
		for _, w := range c.Waiting {
			if w.ID == nina.ID {
				return false
			}
		}
		return true
	})
	t.Logf("the answer reached the stream %s after its load began", time.Since(loaded).Round(time.Millisecond))
	if c.Posts != 4 || c.ReplyRate != 0.25 {
		t.Errorf("posts %d, reply rate %.2f; want 4 and 0.25", c.Posts, c.ReplyRate)
	}
	audit, _ := os.ReadFile(auditLog)
	if !strings.Contains(string(audit), `"field":"live"`) || !strings.Contains(string(audit), `"outcome":"forbidden"`) {
		t.Errorf("the audit log lacks the live streams:\n%s", audit)
	}
}
