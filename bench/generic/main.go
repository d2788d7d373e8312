// Command generic measures the generic reads — a professional with
// professions, communities and partners; a page of a community's
// professionals — through peergraph and through the peer most teams would
// pick instead (@neo4j/graphql, bench/peer), against the same Neo4j and the
// same data, at the same concurrency, one after the other: throughput,
// p50/p99 and errors over a fixed time each.
//
//	go run ./bench/generic --peergraph http://127.0.0.1:8080/graphql --token $ADMIN \
//	  --peer http://127.0.0.1:4100/graphql --concurrency 16 --duration 60s
//
// NEO4J_URI etc. name the database both serve; inputs (professionals who
// took part in chats, and the communities) are read from it.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/peergraph/peergraph/bench/internal/cmdline"
	"github.com/peergraph/peergraph/bench/internal/graphinputs"
	"github.com/peergraph/peergraph/bench/internal/loadgen"
	"github.com/peergraph/peergraph/bench/internal/results"
	"github.com/peergraph/peergraph/neo4jstore"
)

// read is one generic read as each server spells it.
type read struct {
	name      string
	peergraph string
	peer      string
	vars      func(i int) map[string]any
}

// Row is one read through one server.
type Row struct {
	Read   string         `json:"read"`
	Server string         `json:"server"`
	Result loadgen.Result `json:"result"`
}

// Report is what the run writes as JSON.
type Report struct {
	At          time.Time `json:"at"`
	Command     string    `json:"command"`
	GoVersion   string    `json:"goVersion"`
	CPUs        int       `json:"cpus"`
	Concurrency int       `json:"concurrency"`
	Duration    string    `json:"duration"`
	Rows        []Row     `json:"rows"`
	// Ratios: peergraph's successful requests per second over the peer's, per read.
	Ratios map[string]float64 `json:"ratios"`
	// Same of Compared professionals got the same partners, in the same
	// order, from both servers.
	Same     int `json:"samePartners"`
	Compared int `json:"comparedPartners"`
}

func main() {
	var o struct {
		peergraph, token, peer, out, name string
		concurrency                       int
		duration                          time.Duration
		seed                              uint64
	}
	flag.StringVar(&o.peergraph, "peergraph", "http://127.0.0.1:8080/graphql", "peergraph's GraphQL endpoint")
	flag.StringVar(&o.token, "token", os.Getenv("PEERGRAPH_TOKEN"), "a token peergraph accepts for the reads (ADMIN): the reads are not public")
	flag.StringVar(&o.peer, "peer", "http://127.0.0.1:4100/graphql", "the peer's GraphQL endpoint (bench/peer)")
	flag.IntVar(&o.concurrency, "concurrency", 16, "clients sending at once")
	flag.DurationVar(&o.duration, "duration", 60*time.Second, "how long each read is sent to each server")
	flag.Uint64Var(&o.seed, "seed", 1, "seed for picking inputs")
	flag.StringVar(&o.out, "out", "", "folder to write NAME.json and NAME.md into (none: print only)")
	flag.StringVar(&o.name, "name", "generic", "file name of the results, without extension")
	flag.Parse()
	rep, err := run(context.Background(), o.peergraph, o.token, o.peer, o.concurrency, o.duration, o.seed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	rep.Command = cmdline.String("go run ./bench/generic", os.Args[1:])
	printTable(os.Stdout, rep)
	if o.out != "" {
		if err := write(o.out, o.name, rep); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
	}
}

func run(ctx context.Context, peergraphURL, token, peerURL string, concurrency int, duration time.Duration, seed uint64) (*Report, error) {
	cfg, err := neo4jstore.ConfigFromEnv(os.Getenv)
	if err != nil {
		return nil, err
	}
	ids, _, err := graphinputs.Active(ctx, cfg, 400)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("no active professionals: load a generated world first")
	}
	communities, err := graphinputs.Communities(ctx, cfg)
	if err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(seed, seed))
	r.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })

	// Both sides answer the same question: the professional's first 20
	// conversational partners over all time (either direction, opted-out
	// left out, most acts first, then id); the peer through a @cypher
	// field, since its generated relationship fields follow one direction
	// and cannot order by a sum. sameAnswers checks that they agree.
	reads := []read{
		{name: "professional with professions, communities, partners",
			peergraph: `query($id: String!) { professional(handle: $id) { id name professions { profession } communities { name }
  partners(since: "2000-01-01T00:00:00Z", first: 20) { nodes { professional { id name } } } } }`,
			peer: `query($id: ID!) { professionals(where: {id: {eq: $id}}) { id name professions { name } communities { name }
  conversationalPartners(limit: 20) { id name } } }`,
			vars: func(i int) map[string]any { return map[string]any{"id": ids[i%len(ids)]} }},
		{name: "page of a community's professionals",
			peergraph: `query($c: String!) { professionals(first: 20, community: $c) { edges { node { id name professions { profession } communities { name } } } pageInfo { endCursor hasNextPage } } }`,
			peer: `query($c: ID!) { professionalsConnection(first: 20, sort: [{id: ASC}], where: {optedOut: {eq: false}, communities: {some: {name: {eq: $c}}}}) {
  edges { node { id name professions { name } communities { name } } } pageInfo { endCursor hasNextPage } } }`,
			vars: func(i int) map[string]any { return map[string]any{"c": communities[i%len(communities)]} }},
	}
	client := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: concurrency}}
	rep := &Report{At: time.Now().UTC(), GoVersion: runtime.Version(), CPUs: runtime.NumCPU(), Concurrency: concurrency,
		Duration: duration.String(), Ratios: map[string]float64{}}
	rep.Same, rep.Compared, err = sameAnswers(client, peergraphURL, token, peerURL, reads[0], ids[:min(50, len(ids))])
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(os.Stderr, "partners: the same first 20 for %d of %d professionals\n", rep.Same, rep.Compared)
	for _, rd := range reads {
		perSecond := map[string]float64{}
		for _, side := range []struct{ server, url, query, token string }{
			{"peergraph", peergraphURL, rd.peergraph, token},
			{"@neo4j/graphql", peerURL, rd.peer, ""},
		} {
			body := func(c, i int) []byte {
				b, _ := json.Marshal(map[string]any{"query": side.query, "variables": rd.vars(c*7919 + i)})
				return b
			}
			// A short warm-up (JIT, plan caches, connection pools), not measured.
			loadgen.Run(ctx, client, loadgen.Config{URL: side.url, Token: side.token, Concurrency: concurrency, Duration: min(duration/6, 10*time.Second), Body: body})
			res := loadgen.Run(ctx, client, loadgen.Config{URL: side.url, Token: side.token, Concurrency: concurrency, Duration: duration, Body: body})
			if res.Requests == res.Errors {
				return nil, fmt.Errorf("%s through %s: every request failed: %s", rd.name, side.server, res.FirstError)
			}
			fmt.Fprintf(os.Stderr, "%s: %s: %.0f/s\n", rd.name, side.server, res.PerSecond)
			rep.Rows = append(rep.Rows, Row{Read: rd.name, Server: side.server, Result: res})
			perSecond[side.server] = res.PerSecond
		}
		rep.Ratios[rd.name] = perSecond["peergraph"] / perSecond["@neo4j/graphql"]
	}
	return rep, nil
}

func printTable(w *os.File, rep *Report) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "generic reads: %d clients, %s each\n", rep.Concurrency, rep.Duration)
	fmt.Fprintln(tw, "read\tserver\treq/s\tp50\tp99\terrors\t")
	for _, r := range rep.Rows {
		fmt.Fprintf(tw, "%s\t%s\t%.0f\t%s\t%s\t%d\t\n", r.Read, r.Server, r.Result.PerSecond, ms(r.Result.P50), ms(r.Result.P99), r.Result.Errors)
	}
	tw.Flush()
	for _, r := range rep.Rows {
		if r.Server == "peergraph" {
			ratio := rep.Ratios[r.Read]
			fmt.Fprintf(w, "%s: peergraph %.2f× the peer's throughput (target ≥ 2: %s)\n", r.Read, ratio, met(ratio >= 2))
		}
	}
}

func write(dir, name string, rep *Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Generic reads: peergraph beside @neo4j/graphql\n\n%s · `%s`\n\n", rep.At.Format(time.RFC3339), rep.Command)
	fmt.Fprintf(&b, "%d CPUs · %s · %d clients at once, %s per read and server, after a warm-up.\n\n", rep.CPUs, rep.GoVersion, rep.Concurrency, rep.Duration)
	fmt.Fprintf(&b, "Both servers gave the same first 20 partners, in the same order, for %d of %d professionals.\n\n", rep.Same, rep.Compared)
	b.WriteString("| read | server | req/s | p50 | p99 | errors |\n|---|---|---:|---:|---:|---:|\n")
	for _, r := range rep.Rows {
		fmt.Fprintf(&b, "| %s | %s | %.0f | %s | %s | %d |\n", r.Read, r.Server, r.Result.PerSecond, ms(r.Result.P50), ms(r.Result.P99), r.Result.Errors)
	}
	b.WriteString("\n")
	for _, r := range rep.Rows {
		if r.Server == "peergraph" {
			ratio := rep.Ratios[r.Read]
			fmt.Fprintf(&b, "- %s: peergraph %.2f× the peer's throughput (target ≥ 2: %s)\n", r.Read, ratio, met(ratio >= 2))
		}
	}
	return results.Write(dir, name, rep, b.String())
}

func met(b bool) string {
	if b {
		return "met"
	}
	return "missed"
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

// sameAnswers asks both servers the first read for each id and counts the
// ids whose partners, in order, are the same.
func sameAnswers(c *http.Client, peergraphURL, token, peerURL string, rd read, ids []string) (same, compared int, err error) {
	ask := func(url, query, token string, vars map[string]any, out any) error {
		b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		req, err := http.NewRequest("POST", url, bytes.NewReader(b))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := c.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		return json.NewDecoder(resp.Body).Decode(out)
	}
	for _, id := range ids {
		vars := map[string]any{"id": id}
		var ours struct {
			Data struct {
				Professional *struct {
					Partners struct {
						Nodes []struct{ Professional struct{ ID string } }
					}
				}
			}
		}
		var theirs struct {
			Data struct {
				Professionals []struct {
					ConversationalPartners []struct{ ID string }
				}
			}
		}
		if err := ask(peergraphURL, rd.peergraph, token, vars, &ours); err != nil {
			return 0, 0, fmt.Errorf("peergraph's partners of %s: %w", id, err)
		}
		if err := ask(peerURL, rd.peer, "", vars, &theirs); err != nil {
			return 0, 0, fmt.Errorf("the peer's partners of %s: %w", id, err)
		}
		var a, b []string
		if p := ours.Data.Professional; p != nil {
			for _, n := range p.Partners.Nodes {
				a = append(a, n.Professional.ID)
			}
		}
		if len(theirs.Data.Professionals) > 0 {
			for _, n := range theirs.Data.Professionals[0].ConversationalPartners {
				b = append(b, n.ID)
			}
		}
		compared++
		if slices.Equal(a, b) {
			same++
		}
	}
	return same, compared, nil
}
