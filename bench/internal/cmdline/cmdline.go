// Package cmdline writes a benchmark's command line into its results
// without the secrets it was given.
package cmdline

import "strings"

// secretFlags are the flags whose values never go into a results file.
var secretFlags = []string{"token"}

// Redacted is args with the value of every secret flag replaced by "…",
// in both the "--flag value" and the "--flag=value" forms.
func Redacted(args []string) []string {
	out := append([]string(nil), args...)
	for i, a := range out {
		name := strings.TrimLeft(a, "-")
		if name == a {
			continue // not a flag
		}
		for _, s := range secretFlags {
			switch {
			case name == s && i+1 < len(out):
				out[i+1] = "…"
			case strings.HasPrefix(name, s+"="):
				out[i] = a[:len(a)-len(name)] + s + "=…"
			}
		}
	}
	return out
}

// String is the command as the results show it: prog and its redacted
// arguments.
func String(prog string, args []string) string {
	return strings.Join(append([]string{prog}, Redacted(args)...), " ")
}
