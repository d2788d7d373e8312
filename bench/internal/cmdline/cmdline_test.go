package cmdline

import (
	"slices"
	"testing"
)

// A bearer token in a results file committed to the repository would be a
// credential anyone can use until it expires.
func TestRedacted(t *testing.T) {
	tests := []struct {
		args, want []string
	}{
		{[]string{"--url", "http://x/graphql", "--token", "eyJ.secret", "-n", "200"}, []string{"--url", "http://x/graphql", "--token", "…", "-n", "200"}},
		{[]string{"-token", "eyJ.secret"}, []string{"-token", "…"}},
		{[]string{"--token=eyJ.secret", "--duration", "1m"}, []string{"--token=…", "--duration", "1m"}},
		{[]string{"-token=eyJ.secret"}, []string{"-token=…"}},
		{[]string{"--token"}, []string{"--token"}},
		{[]string{"--tokens-per-user", "3"}, []string{"--tokens-per-user", "3"}},
		{[]string{"token", "eyJ.not-a-flag"}, []string{"token", "eyJ.not-a-flag"}},
	}
	for _, tt := range tests {
		if got := Redacted(tt.args); !slices.Equal(got, tt.want) {
			t.Errorf("Redacted(%q) = %q, want %q", tt.args, got, tt.want)
		}
	}
	if got := String("go run ./bench/api", []string{"--token", "s"}); got != "go run ./bench/api --token …" {
		t.Errorf("String = %q", got)
	}
}
