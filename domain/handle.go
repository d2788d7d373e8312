package domain

import "strings"

// Platforms a handle can name.
var Platforms = []string{"x", "mastodon", "bsky"}

// HandleQuery is what a user typed to name a professional: either a full
// account key ("x:carla") or a bare handle ("carla", "@carla") that may match
// accounts on several platforms.
type HandleQuery struct {
	Key  string // set when the user named the platform
	Bare string // set otherwise: the handle, lowercased, without a leading '@'
}

// ParseHandle reads a handle as users write it. Keys and handles are case-
// insensitive because the platforms treat them so.
func ParseHandle(s string) (HandleQuery, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return HandleQuery{}, &Error{Code: EINVALID, Field: "handle", Message: "handle: must not be empty"}
	}
	if platform, handle, ok := strings.Cut(s, ":"); ok {
		for _, p := range Platforms {
			if p == platform {
				handle = strings.TrimPrefix(handle, "@")
				if handle == "" {
					return HandleQuery{}, &Error{Code: EINVALID, Field: "handle", Message: "handle: " + s + " names a platform but no handle"}
				}
				return HandleQuery{Key: platform + ":" + handle}, nil
			}
		}
		return HandleQuery{}, &Error{Code: EINVALID, Field: "handle",
			Message: "handle: unknown platform " + platform + " (use x:, mastodon: or bsky:, or a bare handle)"}
	}
	return HandleQuery{Bare: strings.TrimPrefix(s, "@")}, nil
}
