package secrets

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"vigil/platform/config"
)

const keyA = "0123456789abcdef0123456789abcdef-key-a"
const keyB = "fedcba9876543210fedcba9876543210-key-b"

func TestResolve(t *testing.T) {
	t.Run("configured key wins", func(t *testing.T) {
		cfg := config.Default()
		cfg.DataDir = t.TempDir()
		cfg.SecretKey = keyA
		k, err := Resolve(cfg)
		if err != nil || k != keyA {
			t.Fatalf("got %q, %v", k, err)
		}
		if _, err := os.Stat(filepath.Join(cfg.DataDir, KeyFile)); !errors.Is(err, os.ErrNotExist) {
			t.Fatal("a configured key must not write a key file")
		}
	})
	t.Run("short configured key", func(t *testing.T) {
		cfg := config.Default()
		cfg.SecretKey = "short"
		if _, err := Resolve(cfg); err == nil || !strings.Contains(err.Error(), "at least 32") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("sqlite generates once, 0600, and reuses", func(t *testing.T) {
		cfg := config.Default()
		cfg.DataDir = filepath.Join(t.TempDir(), "fresh")
		var wg sync.WaitGroup
		keys := make([]string, 8)
		for i := range keys {
			wg.Add(1)
			go func() {
				defer wg.Done()
				k, err := Resolve(cfg)
				if err != nil {
					t.Error(err)
				}
				keys[i] = k
			}()
		}
		wg.Wait()
		for _, k := range keys {
			if k != keys[0] || len(k) != 64 {
				t.Fatalf("keys differ or wrong length: %q", keys)
			}
		}
		st, err := os.Stat(filepath.Join(cfg.DataDir, KeyFile))
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o600 {
			t.Fatalf("mode %o, want 600", st.Mode().Perm())
		}
		again, err := Resolve(cfg)
		if err != nil || again != keys[0] {
			t.Fatalf("restart got %q, %v", again, err)
		}
		entries, err := os.ReadDir(cfg.DataDir)
		if err != nil || len(entries) != 1 {
			t.Fatalf("data dir holds %v (%v), want only %s", entries, err, KeyFile)
		}
	})
	t.Run("a key file still being written is waited for", func(t *testing.T) {
		cfg := config.Default()
		cfg.DataDir = t.TempDir()
		path := filepath.Join(cfg.DataDir, KeyFile)
		if err := os.WriteFile(path, nil, 0o600); err != nil { // created, not yet written
			t.Fatal(err)
		}
		go func() {
			time.Sleep(50 * time.Millisecond)
			_ = os.WriteFile(path, []byte(keyA+"\n"), 0o600)
		}()
		if k, err := Resolve(cfg); err != nil || k != keyA {
			t.Fatalf("got %q, %v", k, err)
		}
	})
	t.Run("postgres without key refuses and says why", func(t *testing.T) {
		cfg := config.Default()
		cfg.DataDir = t.TempDir()
		cfg.Database.URL = "postgres://vigil@db:5432/vigil"
		_, err := Resolve(cfg)
		if err == nil || !strings.Contains(err.Error(), "VIGIL_SECRET_KEY is required with PostgreSQL") || !strings.Contains(err.Error(), "replica") {
			t.Fatalf("err = %v", err)
		}
		if _, err := os.Stat(filepath.Join(cfg.DataDir, KeyFile)); !errors.Is(err, os.ErrNotExist) {
			t.Fatal("no key file may be generated for PostgreSQL")
		}
	})
}

func TestSealer(t *testing.T) {
	old, err := NewSealer(keyA)
	if err != nil {
		t.Fatal(err)
	}
	sealedOld, err := old.Seal([]byte("ghp_token"), "repo:1")
	if err != nil {
		t.Fatal(err)
	}
	rotated, err := NewSealer(keyB, keyA)
	if err != nil {
		t.Fatal(err)
	}
	sealedNew, _ := rotated.Seal([]byte("ghp_token"), "repo:1")
	other, _ := NewSealer(keyB)

	tests := []struct {
		name    string
		s       *Sealer
		ct, ctx string
		ok      bool
	}{
		{"same key", old, sealedOld, "repo:1", true},
		{"previous key after rotation", rotated, sealedOld, "repo:1", true},
		{"current key after rotation", rotated, sealedNew, "repo:1", true},
		{"retired key dropped", other, sealedOld, "repo:1", false},
		{"old sealer cannot open new key", old, sealedNew, "repo:1", false},
		{"other context", old, sealedOld, "repo:2", false},
		{"tampered", old, sealedOld[:len(sealedOld)-2] + "AA", "repo:1", false},
		{"garbage", old, "not a ciphertext", "repo:1", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pt, err := tt.s.Open(tt.ct, tt.ctx)
			if tt.ok {
				if err != nil || !bytes.Equal(pt, []byte("ghp_token")) {
					t.Fatalf("Open = %q, %v", pt, err)
				}
				return
			}
			if !errors.Is(err, ErrOpen) {
				t.Fatalf("Open = %q, %v; want ErrOpen", pt, err)
			}
		})
	}
	if !rotated.NeedsRotation(sealedOld) || rotated.NeedsRotation(sealedNew) {
		t.Fatal("NeedsRotation wrong")
	}
	a, _ := old.Seal([]byte("x"), "c")
	b, _ := old.Seal([]byte("x"), "c")
	if a == b {
		t.Fatal("nonces repeat")
	}
	if strings.Contains(sealedOld, "ghp_token") {
		t.Fatal("plaintext visible")
	}
	if _, err := NewSealer("short"); err == nil {
		t.Fatal("short key accepted")
	}
}

func TestDeriveSeparatesPurposes(t *testing.T) {
	a, _ := Derive(keyA, "auth/jwt", 32)
	b, _ := Derive(keyA, "sealer/aes-256-gcm", 32)
	c, _ := Derive(keyA, "auth/jwt", 32)
	if bytes.Equal(a, b) || !bytes.Equal(a, c) || len(a) != 32 {
		t.Fatal("Derive must be deterministic per purpose and differ across purposes")
	}
}

// TestOpenRefresh: a value sealed with a retired key opens and comes back
// sealed with the current key (same context); a current one comes back
// as is; a wrong context fails like Open.
func TestOpenRefresh(t *testing.T) {
	old, _ := NewSealer(keyA)
	rotated, err := NewSealer(keyB, keyA)
	if err != nil {
		t.Fatal(err)
	}
	sealedOld, _ := old.Seal([]byte("ghp_token"), "repo:1")
	sealedNew, _ := rotated.Seal([]byte("ghp_token"), "repo:1")
	tests := []struct {
		name    string
		ct, ctx string
		reseal  bool
		wantErr bool
	}{
		{"previous key", sealedOld, "repo:1", true, false},
		{"current key", sealedNew, "repo:1", false, false},
		{"other context", sealedOld, "repo:2", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pt, fresh, err := rotated.OpenRefresh(tt.ct, tt.ctx)
			if tt.wantErr {
				if !errors.Is(err, ErrOpen) || fresh != "" {
					t.Fatalf("OpenRefresh = %q, %q, %v; want ErrOpen", pt, fresh, err)
				}
				return
			}
			if err != nil || !bytes.Equal(pt, []byte("ghp_token")) {
				t.Fatalf("OpenRefresh = %q, %v", pt, err)
			}
			if (fresh != "") != tt.reseal {
				t.Fatalf("resealed = %q, want a new value: %v", fresh, tt.reseal)
			}
			if fresh == "" {
				return
			}
			if rotated.NeedsRotation(fresh) {
				t.Fatal("resealed with a previous key")
			}
			if b, err := rotated.Open(fresh, tt.ctx); err != nil || !bytes.Equal(b, pt) {
				t.Fatalf("resealed value opens to %q, %v", b, err)
			}
			if _, err := rotated.Open(fresh, "repo:2"); err == nil {
				t.Fatal("resealed value lost its context binding")
			}
		})
	}
}
