package domain

import (
	"errors"
	"fmt"
)

// Error codes, translated to transport codes at the edges (GraphQL
// extensions, HTTP status), so that the store and the API agree on meaning
// without knowing each other.
const (
	EINVALID     = "BAD_USER_INPUT"
	ENOTFOUND    = "NOT_FOUND"
	EAMBIGUOUS   = "AMBIGUOUS"
	EUNAVAILABLE = "UNAVAILABLE"
	EINTERNAL    = "INTERNAL"
	// EFORBIDDEN: the caller's role (or token scope) does not cover what was
	// asked; the field answers null and the rest of the query still answers.
	EFORBIDDEN = "FORBIDDEN"
	// EUNAUTHENTICATED: a token was sent but could not be accepted (expired,
	// badly signed, wrong issuer); never silently read as PUBLIC.
	EUNAUTHENTICATED = "UNAUTHENTICATED"
)

// Error is an error a user may see: its message is written for them.
type Error struct {
	Code    string
	Message string
	// Field names the argument at fault, when there is one.
	Field string
	// Candidates lists what an ambiguous argument could have meant.
	Candidates []string
	// Err is the cause, kept for logs; users see only Message.
	Err error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf is a helper for an Error with a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode is the code of the first Error in err's chain, EINTERNAL for any
// other error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage is the user-facing message of err: internal details are not
// shown to users.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

// NoCommunity is the error for a community argument that names none: the
// Cypher path and the read model must say it in the same words.
func NoCommunity(name string) *Error {
	return &Error{Code: ENOTFOUND, Field: "community", Message: "community: no community is named " + name}
}
