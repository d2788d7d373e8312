package archive

import (
	"fmt"
	"strings"
)

func knownPlatform(p string) bool { return p == "x" || p == "mastodon" || p == "bsky" }

// parseAccount reads an account as rosters and catalogues write it and
// returns its key: "platform:handle", or "@handle" for X, or "@user@domain"
// for Mastodon. "twitter:" and "bluesky:" are taken for "x:" and "bsky:".
func parseAccount(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("empty account")
	}
	var platform, handle string
	if h, ok := strings.CutPrefix(s, "@"); ok {
		platform, handle = "x", h
		if strings.Contains(h, "@") {
			platform = "mastodon"
		}
	} else {
		p, h, ok := strings.Cut(s, ":")
		if !ok {
			return "", fmt.Errorf("account %q: write platform:handle (x:, mastodon:, bsky:) or @handle", s)
		}
		platform, handle = strings.ToLower(strings.TrimSpace(p)), strings.TrimPrefix(strings.TrimSpace(h), "@")
		switch platform {
		case "twitter":
			platform = "x"
		case "bluesky":
			platform = "bsky"
		}
	}
	handle = strings.ToLower(handle)
	switch platform {
	case "x":
		if len(handle) == 0 || len(handle) > 50 || strings.Trim(handle, "abcdefghijklmnopqrstuvwxyz0123456789_") != "" {
			return "", fmt.Errorf("account %q: an X handle is letters, digits and _", s)
		}
	case "mastodon":
		user, domain, ok := strings.Cut(handle, "@")
		if !ok || user == "" || domain == "" || strings.Contains(domain, "@") || !validHandle(handle) {
			return "", fmt.Errorf("account %q: a Mastodon account is user@domain", s)
		}
	case "bsky":
		if !validHandle(handle) || !(strings.Contains(handle, ".") || strings.HasPrefix(handle, "did:")) {
			return "", fmt.Errorf("account %q: a Bluesky handle is a domain name (ann.bsky.social)", s)
		}
	default:
		return "", fmt.Errorf("account %q: unknown platform %q (use x:, mastodon: or bsky:)", s, platform)
	}
	return platform + ":" + handle, nil
}
