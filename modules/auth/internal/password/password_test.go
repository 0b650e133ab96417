package password

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var cheap = Params{MemoryKiB: 1024, Iterations: 1, Parallelism: 1}

func TestHashVerify(t *testing.T) {
	h, err := NewHasher(cheap, 2)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	enc, err := h.Hash(ctx, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(enc, "$argon2id$v=19$m=1024,t=1,p=1$") {
		t.Fatalf("encoding: %s", enc)
	}
	other, _ := h.Hash(ctx, "correct horse")
	if other == enc {
		t.Fatal("same salt twice")
	}
	cases := []struct {
		name, enc, pw string
		ok            bool
	}{
		{"right", enc, "correct horse", true},
		{"wrong", enc, "correct horsE", false},
		{"empty hash", "", "correct horse", false},
		{"garbage hash", "$argon2i$v=19$m=1,t=1,p=1$AAAA$AAAA", "x", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := h.Verify(ctx, tc.enc, tc.pw); (err == nil) != tc.ok {
				t.Fatalf("Verify = %v", err)
			}
		})
	}
	// Hashes made with other parameters still verify and ask for a rehash.
	h2, _ := NewHasher(Params{MemoryKiB: 2048, Iterations: 1, Parallelism: 1}, 1)
	if err := h2.Verify(ctx, enc, "correct horse"); err != nil || !h2.NeedsRehash(enc) || h.NeedsRehash(enc) {
		t.Fatalf("cross-parameter verify: %v", err)
	}
}

func TestDefaultsAreOWASP(t *testing.T) {
	h, err := NewHasher(Params{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := h.Hash(context.Background(), "x")
	if !strings.Contains(enc, "m=19456,t=2,p=1") {
		t.Fatalf("defaults: %s", enc)
	}
}

// TestConcurrencyIsBounded floods the hasher and checks that no more than
// maxConcurrent computations ever overlap, and that a waiting caller gives
// up when its context ends.
func TestConcurrencyIsBounded(t *testing.T) {
	h, err := NewHasher(cheap, 2)
	if err != nil {
		t.Fatal(err)
	}
	var running, peak atomic.Int64
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := h.acquire(context.Background()); err != nil {
				t.Error(err)
				return
			}
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			running.Add(-1)
			h.release()
		}()
	}
	wg.Wait()
	if peak.Load() > 2 {
		t.Fatalf("%d computations overlapped, limit 2", peak.Load())
	}
	// Both slots taken: a caller with a cancelled context gives up.
	_ = h.acquire(context.Background())
	_ = h.acquire(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := h.Hash(ctx, "x"); err == nil {
		t.Fatal("hash ran beyond the concurrency limit")
	}
}

// storedFixtures are hashes produced by this package at commit 233f581
// (before any change to how hashing is done), one with today's default
// parameters and one with cheap ones. Accounts in existing databases hold
// hashes like these: whatever computes argon2id here must keep verifying
// them, or every user is locked out after an upgrade.
var storedFixtures = []struct {
	name, enc string
	params    Params
}{
	{"defaults", "$argon2id$v=19$m=19456,t=2,p=1$uznlZfs8S944X0uhUXB1wg$KcBu2XwIG2uMCiwgcILIUplvoVGjsc4f9Q/oTxaoHbg", DefaultParams},
	{"cheap", "$argon2id$v=19$m=1024,t=1,p=1$+gKcI4C8vZNtkd1l4TGeaA$g7rFtjytDXm2XnMbilgv1u8i6m0+FFRA4Jgy4brEcpU", cheap},
}

const fixturePassword = "vigil-fixture: correct horse battery staple"

func TestStoredHashesStillVerify(t *testing.T) {
	ctx := context.Background()
	h, err := NewHasher(DefaultParams, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, fx := range storedFixtures {
		t.Run(fx.name, func(t *testing.T) {
			if err := h.Verify(ctx, fx.enc, fixturePassword); err != nil {
				t.Fatalf("stored hash no longer verifies: %v", err)
			}
			if err := h.Verify(ctx, fx.enc, fixturePassword+"!"); err != ErrMismatch {
				t.Fatalf("wrong password against stored hash: %v, want ErrMismatch", err)
			}
			p, _, _, err := decode(fx.enc)
			if err != nil || p != fx.params {
				t.Fatalf("decode = %+v, %v; want %+v", p, err, fx.params)
			}
			if got, want := h.NeedsRehash(fx.enc), fx.params != DefaultParams; got != want {
				t.Fatalf("NeedsRehash = %v, want %v", got, want)
			}
		})
	}
	// A hash made now with today's parameters has the same shape and verifies.
	enc, err := h.Hash(ctx, fixturePassword)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(enc, "$argon2id$v=19$m=19456,t=2,p=1$") || len(enc) != len(storedFixtures[0].enc) {
		t.Fatalf("new hash %q differs in shape from stored %q", enc, storedFixtures[0].enc)
	}
	if err := h.Verify(ctx, enc, fixturePassword); err != nil {
		t.Fatalf("new hash does not verify: %v", err)
	}
}
