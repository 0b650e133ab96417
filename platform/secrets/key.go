// Package secrets owns the instance secret key (VIGIL_SECRET_KEY) and
// encrypts secrets at rest with it (AES-256-GCM, keys derived by HKDF).
package secrets

import (
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"vigil/platform/config"
)

// KeyFile is the generated key's file name under DataDir (SQLite only).
const KeyFile = "secret.key"

// MinKeyLength is the shortest accepted secret key, in characters.
const MinKeyLength = 32

// Resolve returns the instance secret key. A configured key wins. Without
// one, a single SQLite node generates 32 random bytes once into
// DataDir/secret.key (mode 0600) and reuses them, so restarts keep
// sessions and encrypted secrets. PostgreSQL deployments run replicas that
// must share the key, so a missing key is an error there.
func Resolve(cfg config.Config) (string, error) {
	if k := strings.TrimSpace(cfg.SecretKey); k != "" {
		if len(k) < MinKeyLength {
			return "", fmt.Errorf("secrets: secret_key is %d characters, at least %d are required (openssl rand -hex 32)", len(k), MinKeyLength)
		}
		return k, nil
	}
	if cfg.Database.Dialect() == "postgres" {
		return "", errors.New("secrets: VIGIL_SECRET_KEY is required with PostgreSQL: every replica must share it " +
			"to verify each other's sessions and decrypt stored secrets, so it cannot be generated per replica; " +
			"set it to the same random value everywhere (openssl rand -hex 32)")
	}
	return loadOrCreate(filepath.Join(cfg.DataDir, KeyFile))
}

func loadOrCreate(path string) (string, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return "", fmt.Errorf("secrets: %w", err)
	}
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", fmt.Errorf("secrets: %w", err)
	}
	key := hex.EncodeToString(raw[:])
	switch created, err := createWhole(path, key+"\n"); {
	case err != nil:
		return "", err
	case created:
		return key, nil
	}
	st, err := os.Stat(path)
	if err != nil {
		return "", fmt.Errorf("secrets: %w", err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		if err := os.Chmod(path, 0o600); err != nil {
			return "", fmt.Errorf("secrets: %s is readable by others and cannot be fixed: %w", path, err)
		}
	}
	k, err := readKey(path)
	if err != nil {
		return "", err
	}
	if len(k) < MinKeyLength {
		return "", fmt.Errorf("secrets: %s holds a key shorter than %d characters; delete it to generate a new one (sessions and encrypted secrets are lost)", path, MinKeyLength)
	}
	return k, nil
}

// createWhole creates path holding content unless it already exists, and
// says whether it did. The content is written to a private temporary file
// first and linked into place, so two processes starting at once agree on
// the first key and neither ever reads a half-written one. Where the file
// system has no hard links it falls back to O_EXCL (readKey then waits out
// the moment between create and write).
func createWhole(path, content string) (bool, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".secret-*.tmp")
	if err != nil {
		return false, fmt.Errorf("secrets: %w", err)
	}
	defer os.Remove(tmp.Name())
	_, werr := tmp.WriteString(content)
	if err := tmp.Chmod(0o600); werr == nil {
		werr = err
	}
	if err := tmp.Close(); werr == nil {
		werr = err
	}
	if werr != nil {
		return false, fmt.Errorf("secrets: write %s: %w", tmp.Name(), werr)
	}
	err = os.Link(tmp.Name(), path)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, fs.ErrExist):
		return false, nil
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("secrets: create %s: %w", path, err)
	}
	_, werr = f.WriteString(content)
	if err := f.Close(); werr == nil {
		werr = err
	}
	if werr != nil {
		_ = os.Remove(path)
		return false, fmt.Errorf("secrets: write %s: %w", path, werr)
	}
	return true, nil
}

// readKey reads the key file. An empty file is one another process has
// just created without hard links and not written yet: it is read again
// for up to a second before it counts as broken.
func readKey(path string) (string, error) {
	for wait := 10 * time.Millisecond; ; wait *= 2 {
		b, err := os.ReadFile(path)
		if err != nil {
			return "", fmt.Errorf("secrets: read %s: %w", path, err)
		}
		if k := strings.TrimSpace(string(b)); k != "" || wait > time.Second {
			return k, nil
		}
		time.Sleep(wait)
	}
}

// Derive returns n bytes of key material for one purpose (e.g.
// "auth/jwt"), so each use of the secret key gets an independent key.
func Derive(secret, purpose string, n int) ([]byte, error) {
	k, err := hkdf.Key(sha256.New, []byte(secret), nil, "vigil/"+purpose, n)
	if err != nil {
		return nil, fmt.Errorf("secrets: derive %s: %w", purpose, err)
	}
	return k, nil
}
