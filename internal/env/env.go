// Package env reads settings from the environment the same way everywhere:
// a boolean is what strconv.ParseBool accepts (1, t, T, TRUE, true, True,
// 0, f, F, FALSE, false, False), and anything else is an error naming the
// variable, never a silent false.
package env

import (
	"fmt"
	"strconv"
	"strings"
)

// Bool reads key as a boolean: def when unset or empty, an error when the
// value does not parse.
func Bool(getenv func(string) string, key string, def bool) (bool, error) {
	v := strings.TrimSpace(getenv(key))
	if v == "" {
		return def, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return def, fmt.Errorf("%s: %q is not a boolean (use true or false, 1 or 0)", key, v)
	}
	return b, nil
}
