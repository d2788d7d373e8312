// Package readyz reads what a peergraph server's /readyz says of its read
// model, for the benchmarks that must know whether the questions they time
// are answered from it.
package readyz

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

// linePrefix starts the line the server writes for its read model
// (server/routes.go).
const linePrefix = "read model: "

// ReadModel asks url (a server's /readyz) how its read model stands: the
// status the server gives, or "" when it names no read model (it runs
// without one).
func ReadModel(url string) (string, error) {
	resp, err := http.Get(url)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", fmt.Errorf("%s: %w", url, err)
	}
	status := ""
	for _, line := range strings.Split(string(b), "\n") {
		if s, ok := strings.CutPrefix(line, linePrefix); ok {
			status = s
		}
	}
	return status, nil
}

// Current says whether a status from ReadModel is that of a model as new as
// the graph.
func Current(status string) bool { return strings.HasPrefix(status, "current") }
