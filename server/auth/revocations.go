package auth

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

// Revocations is a list of revoked token ids (jti), one a line in a file
// (blank lines and # comments ignored), which the server reloads when the
// file changes: looked at no more often than every Every, on the request
// that needs it, so a revocation holds within Every of being written. A
// file that cannot be read at a reload leaves the last list in force.
type Revocations struct {
	path  string
	every time.Duration

	mu      sync.Mutex
	ids     map[string]bool
	checked time.Time
	modTime time.Time
	size    int64
	err     error
}

// DefaultRevocationCheck is how often the revocation file is looked at.
const DefaultRevocationCheck = 5 * time.Second

// LoadRevocations reads the file now (it must be readable at start) and
// keeps it current.
func LoadRevocations(path string, every time.Duration, now time.Time) (*Revocations, error) {
	r := &Revocations{path: path, every: every}
	if err := r.reload(now); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *Revocations) reload(now time.Time) error {
	r.checked = now
	fi, err := os.Stat(r.path)
	if err != nil {
		return fmt.Errorf("auth: revoked tokens file: %w", err)
	}
	if r.ids != nil && fi.ModTime().Equal(r.modTime) && fi.Size() == r.size {
		return nil
	}
	b, err := os.ReadFile(r.path)
	if err != nil {
		return fmt.Errorf("auth: revoked tokens file: %w", err)
	}
	ids := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, _, _ := strings.Cut(line, " ") // a comment may follow the id
		ids[id] = true
	}
	r.ids, r.modTime, r.size = ids, fi.ModTime(), fi.Size()
	return nil
}

// Revoked says whether the token id is on the list, reloading it first
// when it was last looked at more than Every ago.
func (r *Revocations) Revoked(jti string, now time.Time) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if now.Sub(r.checked) >= r.every {
		r.err = r.reload(now)
	}
	return r.ids[jti]
}

// Err is the last reload's failure, nil when the list in force is the file's.
func (r *Revocations) Err() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}
