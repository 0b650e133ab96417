// Package password hashes and verifies passwords with argon2id.
//
// Hashing is deliberately expensive, so a Hasher bounds how many hashes run
// at once: a flood of sign-in attempts queues instead of exhausting memory
// (argon2id allocates MemoryKiB per hash). Verification of an unknown
// account runs against a dummy hash so that response times do not reveal
// which emails have accounts.
package password

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"

	"golang.org/x/crypto/argon2"
)

// Params are the argon2id cost parameters.
type Params struct {
	MemoryKiB   uint32
	Iterations  uint32
	Parallelism uint8
}

// DefaultParams are OWASP's recommended minimum for argon2id (m=19 MiB, t=2, p=1).
var DefaultParams = Params{MemoryKiB: 19 * 1024, Iterations: 2, Parallelism: 1}

const (
	saltLen = 16
	keyLen  = 32
)

// ErrMismatch is returned when a password does not match its hash.
var ErrMismatch = errors.New("password: mismatch")

// Hasher hashes and verifies passwords with a bounded number of concurrent
// argon2 computations.
type Hasher struct {
	params Params
	sem    chan struct{}
	dummy  string
	// computed counts argon2 computations, so tests (and metrics) can see
	// that every path pays for exactly one.
	computed atomic.Int64
}

// Computations returns how many argon2 computations the Hasher has run.
func (h *Hasher) Computations() int64 { return h.computed.Load() }

// NewHasher returns a Hasher with the given parameters that runs at most
// maxConcurrent hashes at a time (at least 1).
func NewHasher(p Params, maxConcurrent int) (*Hasher, error) {
	if p.MemoryKiB == 0 || p.Iterations == 0 || p.Parallelism == 0 {
		p = DefaultParams
	}
	if maxConcurrent < 1 {
		maxConcurrent = 1
	}
	h := &Hasher{params: p, sem: make(chan struct{}, maxConcurrent)}
	dummy, err := h.Hash(context.Background(), "vigil-dummy-password-for-timing")
	if err != nil {
		return nil, err
	}
	h.dummy = dummy
	return h, nil
}

func (h *Hasher) acquire(ctx context.Context) error {
	select {
	case h.sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("password: waiting for a hashing slot: %w", ctx.Err())
	}
}

func (h *Hasher) release() { <-h.sem }

// Hash returns an encoded argon2id hash in the PHC string format.
func (h *Hasher) Hash(ctx context.Context, password string) (string, error) {
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("password: salt: %w", err)
	}
	if err := h.acquire(ctx); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(password), salt, h.params.Iterations, h.params.MemoryKiB, h.params.Parallelism, keyLen)
	h.release()
	h.computed.Add(1)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version,
		h.params.MemoryKiB, h.params.Iterations, h.params.Parallelism,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// Verify checks password against encoded. An empty encoded hash (unknown
// account, or an account without a password) is verified against a dummy
// hash and always fails, taking as long as a real check.
func (h *Hasher) Verify(ctx context.Context, encoded, password string) error {
	if encoded == "" {
		_ = h.verify(ctx, h.dummy, password)
		return ErrMismatch
	}
	return h.verify(ctx, encoded, password)
}

// NeedsRehash reports whether encoded was made with other parameters than
// the Hasher's current ones.
func (h *Hasher) NeedsRehash(encoded string) bool {
	p, _, _, err := decode(encoded)
	return err != nil || p != h.params
}

func (h *Hasher) verify(ctx context.Context, encoded, password string) error {
	p, salt, want, err := decode(encoded)
	if err != nil {
		return err
	}
	if err := h.acquire(ctx); err != nil {
		return err
	}
	got := argon2.IDKey([]byte(password), salt, p.Iterations, p.MemoryKiB, p.Parallelism, uint32(len(want)))
	h.release()
	h.computed.Add(1)
	if subtle.ConstantTimeCompare(got, want) != 1 {
		return ErrMismatch
	}
	return nil
}

func decode(encoded string) (Params, []byte, []byte, error) {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return Params{}, nil, nil, errors.New("password: not an argon2id hash")
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return Params{}, nil, nil, errors.New("password: unsupported argon2 version")
	}
	var p Params
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.MemoryKiB, &p.Iterations, &p.Parallelism); err != nil {
		return Params{}, nil, nil, fmt.Errorf("password: bad parameters: %w", err)
	}
	b64 := base64.RawStdEncoding
	salt, err := b64.DecodeString(parts[4])
	if err != nil {
		return Params{}, nil, nil, fmt.Errorf("password: bad salt: %w", err)
	}
	key, err := b64.DecodeString(parts[5])
	if err != nil || len(key) == 0 {
		return Params{}, nil, nil, errors.New("password: bad key")
	}
	return p, salt, key, nil
}
