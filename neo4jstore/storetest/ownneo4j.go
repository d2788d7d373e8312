package storetest

import (
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
)

// OwnNeo4j is a Neo4j a test starts for itself, through the project's
// launcher, in a folder of its own and on a port nothing listened on (a
// fixed one would collide with another checkout's test run on the same
// machine): for the tests that stop it, or import into it.
type OwnNeo4j struct {
	Dir, Port, URI string
	// Launcher is neo4j-launcher/db.sh, absolute.
	Launcher string
}

// MustStartNeo4j starts a Neo4j in dir and stops it when the test ends.
func MustStartNeo4j(t *testing.T, dir string) *OwnNeo4j {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	n := &OwnNeo4j{Dir: dir, Port: freePort(t), Launcher: filepath.Join(filepath.Dir(file), "..", "..", "neo4j-launcher", "db.sh")}
	n.URI = "bolt://127.0.0.1:" + n.Port
	n.Launch(t, "start")
	t.Cleanup(func() { n.Launch(t, "stop") })
	return n
}

// Launch runs a launcher command (start, stop, …) on this Neo4j.
func (n *OwnNeo4j) Launch(t *testing.T, args ...string) {
	t.Helper()
	cmd := exec.Command("bash", append([]string{n.Launcher}, args...)...)
	cmd.Env = append(os.Environ(), "PEERGRAPH_DB_DIR="+n.Dir, "PEERGRAPH_DB_PORT="+n.Port)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("db.sh %v: %v\n%s", args, err, out)
	}
}

// freePort is a TCP port on 127.0.0.1 that nothing listens on now.
func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
}
