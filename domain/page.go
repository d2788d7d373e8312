package domain

import (
	"encoding/base64"
	"strings"
	"time"
)

// MaxPageSize bounds every page so that no request can ask the database for
// an unbounded result.
const MaxPageSize = 100

// Page asks for First items after an opaque cursor.
type Page struct {
	First int
	After string
}

// PageInfo is the Relay page information of a connection.
type PageInfo struct {
	HasNextPage bool    `json:"hasNextPage"`
	EndCursor   *string `json:"endCursor"`
}

// Window is a time window; a zero bound is open.
type Window struct {
	Since time.Time
	Until time.Time
}

// ProfessionalFilter narrows a list of professionals.
type ProfessionalFilter struct {
	Profession string // canonical name, "" for any
	Community  string // community name, "" for any
	// Search is part of a name or account key, lower case, without a
	// leading "@"; "" for any (NormalizeSearch makes it).
	Search string
}

// NormalizeSearch is what a typed search matches: trimmed, lower case, a
// leading "@" dropped (people write handles with one).
func NormalizeSearch(s string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s), "@"))
}

// ProfessionalConnection is one page of professionals. Filter is kept so
// that totalCount can be asked for only when a client wants it.
type ProfessionalConnection struct {
	Nodes    []*Professional `json:"nodes"`
	PageInfo PageInfo        `json:"pageInfo"`
	Filter   ProfessionalFilter
}

// ProfessionalEdge is a professional with its cursor.
type ProfessionalEdge struct {
	Cursor string        `json:"cursor"`
	Node   *Professional `json:"node"`
}

// ChatFilter narrows a list of chats.
type ChatFilter struct {
	Community string
	Window    Window
}

// ChatConnection is one page of chats, newest first.
type ChatConnection struct {
	Nodes    []*Chat  `json:"nodes"`
	PageInfo PageInfo `json:"pageInfo"`
	Filter   ChatFilter
	// Total, when set, is the count without paging (a professional's chats);
	// otherwise it is counted from Filter when asked.
	Total *int `json:"-"`
}

// ChatEdge is a chat with its cursor.
type ChatEdge struct {
	Cursor string `json:"cursor"`
	Node   *Chat  `json:"node"`
}

// EncodeCursor makes an opaque cursor from the sort key of the last item, so
// that clients cannot come to depend on its shape.
func EncodeCursor(parts ...string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorMark + strings.Join(parts, "\x00")))
}

// cursorMark starts every cursor, so that a string that merely happens to
// be valid base64 is not taken for one.
const cursorMark = "pg1\x00"

// DecodeCursor reads a cursor made by EncodeCursor and checks it has the
// expected number of parts.
func DecodeCursor(cursor string, parts int) ([]string, error) {
	raw, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil {
		return nil, &Error{Code: EINVALID, Field: "after", Message: "after: not a cursor this API gave out"}
	}
	body, ok := strings.CutPrefix(string(raw), cursorMark)
	fields := strings.Split(body, "\x00")
	if !ok || len(fields) != parts {
		return nil, &Error{Code: EINVALID, Field: "after", Message: "after: not a cursor this API gave out"}
	}
	return fields, nil
}

// PageOf cuts the page p out of items already in their final order; a
// cursor is found by comparing it with cursorOf of each item, so an item
// gone since the cursor was made ends the list rather than repeating it.
func PageOf[T any](items []T, p Page, cursorOf func(T) string) ([]T, PageInfo, error) {
	start := 0
	if p.After != "" {
		if _, err := DecodeCursor(p.After, 2); err != nil {
			return nil, PageInfo{}, err
		}
		start = len(items)
		for i, it := range items {
			if cursorOf(it) == p.After {
				start = i + 1
				break
			}
		}
	}
	end := min(start+p.First, len(items))
	page := items[start:end]
	info := PageInfo{HasNextPage: end < len(items)}
	if len(page) > 0 {
		c := cursorOf(page[len(page)-1])
		info.EndCursor = &c
	}
	return page, info, nil
}
