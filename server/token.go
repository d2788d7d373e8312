package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/server/auth"
)

// principalFlags are the flags that say whom a token or API key is for.
type principalFlags struct {
	role, professional, communities, subject string
}

func (f *principalFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.role, "role", "", "MEMBER, RESEARCHER, COORDINATOR or ADMIN")
	fs.StringVar(&f.professional, "professional", "", "the professional a MEMBER is bound to, by account key (x:carla)")
	fs.StringVar(&f.communities, "communities", "", "comma-separated communities a COORDINATOR may see (WeNurses,WeMDT)")
	fs.StringVar(&f.subject, "subject", "", "who the token is for, as the audit log names them (default: role and professional)")
}

func (f principalFlags) principal() (domain.Principal, error) {
	p := domain.Principal{Role: domain.Role(strings.ToUpper(f.role)), Professional: strings.ToLower(strings.TrimSpace(f.professional)), Subject: f.subject}
	for _, c := range strings.Split(f.communities, ",") {
		if c = strings.TrimSpace(c); c != "" {
			p.Communities = append(p.Communities, c)
		}
	}
	if p.Role == "" {
		return p, errors.New("--role is required")
	}
	if p.Subject == "" {
		p.Subject = strings.ToLower(string(p.Role))
		if p.Professional != "" {
			p.Subject += ":" + p.Professional
		}
	}
	return p, nil
}

// runToken is `server token`: it signs a token with the key the server
// verifies with (the same configuration, so the dev secret in development)
// and prints it.
func runToken(args []string, getenv func(string) string, now time.Time, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("server token", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var pf principalFlags
	pf.register(fs)
	ttl := fs.Duration("ttl", 24*time.Hour, "how long the token is valid (at most PEERGRAPH_JWT_MAX_TTL)")
	var ac accessConfig
	ac.flags(fs, getenv)
	audience := fs.String("audience", getenv("PEERGRAPH_JWT_AUDIENCE"), "the token's aud: the audience the server requires (default PEERGRAPH_JWT_AUDIENCE, as the server reads it)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	p, err := pf.principal()
	if err != nil {
		return err
	}
	if _, err := ac.isProduction(getenv); err != nil {
		return err
	}
	k, err := ac.load()
	if err != nil {
		return err
	}
	s, err := ac.signer(k, *audience)
	if err != nil {
		return err
	}
	tok, id, err := s.IssueWithID(p, *ttl, now)
	if err != nil {
		return err
	}
	// The id goes to stderr, so that scripts that read the token from
	// stdout still can; it is what a revocation names.
	fmt.Fprintf(stderr, "token id (jti, to revoke it: add it to PEERGRAPH_JWT_REVOKED_FILE): %s\n", id)
	_, err = fmt.Fprintln(stdout, tok)
	return err
}

// runAPIKey is `server apikey`: it makes a random key, prints it once, and
// prints the line to add to the API keys file (which holds only its hash).
func runAPIKey(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("server apikey", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var pf principalFlags
	pf.register(fs)
	name := fs.String("name", "", "the key's name, as the audit log shows it (required)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *name == "" {
		return errors.New("--name is required")
	}
	p, err := pf.principal()
	if err != nil {
		return err
	}
	key, entry, err := auth.NewAPIKey(*name, p)
	if err != nil {
		return err
	}
	line, _ := json.Marshal(entry)
	_, err = fmt.Fprintf(stdout, "key (shown once): %s\nadd to the API keys file (a JSON array): %s\n", key, line)
	return err
}
