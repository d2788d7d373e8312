package neo4jstore

import (
	"fmt"
	"os"
	"sync"
	"time"
)

var stepMu sync.Mutex
var stepTimes = map[string]time.Duration{}

func stepAdd(name string, d time.Duration) {
	stepMu.Lock()
	stepTimes[name] += d
	stepMu.Unlock()
}

func DumpSteps() {
	stepMu.Lock()
	defer stepMu.Unlock()
	for k, v := range stepTimes {
		fmt.Fprintf(os.Stderr, "STEP %-30s %8.2fs\n", k, v.Seconds())
	}
}
