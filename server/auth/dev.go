package auth

import (
	"crypto/rand"
	"fmt"
	"os"
	"path/filepath"
)

// DevKey reads the named key from the development folder, making a random
// 32-byte one there (readable by the owner only) the first time. Only for
// development: production must be given its keys.
func DevKey(dir, name string) ([]byte, error) {
	path := filepath.Join(dir, name)
	if b, err := os.ReadFile(path); err == nil {
		if len(b) < MinSecretLen {
			return nil, fmt.Errorf("auth: %s is shorter than %d bytes; delete it to make a new one", path, MinSecretLen)
		}
		return b, nil
	} else if !os.IsNotExist(err) {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	b := make([]byte, MinSecretLen)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	// O_EXCL: two processes starting at once agree on the first one's key.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if os.IsExist(err) {
		return os.ReadFile(path)
	} else if err != nil {
		return nil, err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return nil, err
	}
	return b, f.Close()
}
