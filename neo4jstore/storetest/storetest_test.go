package storetest

import "testing"

// Without NEO4J_URI the tests reach the test port, never the 7687 that
// `make run` fills.
func TestDefaultsToTheTestPort(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Setenv("PEERGRAPH_DB_PORT", "7687")
	t.Setenv("PEERGRAPH_TEST_DB_PORT", "")
	if got := Config(t).URI; got != "bolt://127.0.0.1:7688" {
		t.Errorf("URI = %s, want the test port", got)
	}
	t.Setenv("PEERGRAPH_TEST_DB_PORT", "7720")
	if got := Config(t).URI; got != "bolt://127.0.0.1:7720" {
		t.Errorf("URI = %s, want PEERGRAPH_TEST_DB_PORT's", got)
	}
}
