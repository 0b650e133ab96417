package secrets

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

// ErrOpen is returned for a ciphertext that is malformed, was sealed with
// an unknown key, or was modified.
var ErrOpen = errors.New("secrets: cannot decrypt (wrong key, tampered or malformed)")

const version = "v1"

// Sealer encrypts short secrets (provider tokens, webhook secrets) for
// storage. Ciphertexts are "v1.<key id>.<base64url(nonce|sealed)>": the key
// id lets a rotated instance still open values sealed with a previous key,
// while sealing always uses the current one.
type Sealer struct {
	current string
	keys    map[string]cipher.AEAD
}

// NewSealer derives the encryption keys from the current secret key and any
// previous ones (kept only to open older ciphertexts).
func NewSealer(current string, previous ...string) (*Sealer, error) {
	if len(current) < MinKeyLength {
		return nil, fmt.Errorf("secrets: secret key must be at least %d characters", MinKeyLength)
	}
	s := &Sealer{keys: map[string]cipher.AEAD{}}
	for i, secret := range append([]string{current}, previous...) {
		if secret == "" {
			continue
		}
		id, aead, err := deriveAEAD(secret)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			s.current = id
		}
		if _, dup := s.keys[id]; !dup {
			s.keys[id] = aead
		}
	}
	return s, nil
}

func deriveAEAD(secret string) (string, cipher.AEAD, error) {
	key, err := Derive(secret, "sealer/aes-256-gcm", 32)
	if err != nil {
		return "", nil, err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return "", nil, fmt.Errorf("secrets: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return "", nil, fmt.Errorf("secrets: %w", err)
	}
	// The id is a hash of derived material, never of the key itself.
	sum := sha256.Sum256(append([]byte("vigil key id:"), key...))
	return hex.EncodeToString(sum[:4]), aead, nil
}

// KeyID names the current key (for logs and rotation checks).
func (s *Sealer) KeyID() string { return s.current }

// Seal encrypts plaintext. context binds the ciphertext to where it is
// stored (e.g. "repositories.token:<id>"): it opens only with the same
// context, so a value copied into another row does not decrypt.
func (s *Sealer) Seal(plaintext []byte, context string) (string, error) {
	aead := s.keys[s.current]
	nonce := make([]byte, aead.NonceSize(), aead.NonceSize()+len(plaintext)+aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return "", fmt.Errorf("secrets: %w", err)
	}
	sealed := aead.Seal(nonce, nonce, plaintext, []byte(context))
	return version + "." + s.current + "." + base64.RawURLEncoding.EncodeToString(sealed), nil
}

// Open decrypts a value produced by Seal with the same context.
func (s *Sealer) Open(ciphertext, context string) ([]byte, error) {
	parts := strings.SplitN(ciphertext, ".", 3)
	if len(parts) != 3 || parts[0] != version {
		return nil, ErrOpen
	}
	aead, ok := s.keys[parts[1]]
	if !ok {
		return nil, ErrOpen
	}
	raw, err := base64.RawURLEncoding.DecodeString(parts[2])
	if err != nil || len(raw) < aead.NonceSize()+aead.Overhead() {
		return nil, ErrOpen
	}
	pt, err := aead.Open(nil, raw[:aead.NonceSize()], raw[aead.NonceSize():], []byte(context))
	if err != nil {
		return nil, ErrOpen
	}
	return pt, nil
}

// NeedsRotation reports whether ciphertext was sealed with a previous key
// (re-seal it to retire that key).
func (s *Sealer) NeedsRotation(ciphertext string) bool {
	parts := strings.SplitN(ciphertext, ".", 3)
	return len(parts) == 3 && parts[1] != s.current
}

// OpenRefresh is Open for values stored at rest that should move to the
// current key: when ciphertext was sealed with a previous key it also
// returns the plaintext sealed again with the current one (same context),
// for the caller to store in place of the old value; resealed is "" when
// ciphertext already uses the current key (or sealing failed, which
// leaves the old value usable).
func (s *Sealer) OpenRefresh(ciphertext, context string) (plaintext []byte, resealed string, err error) {
	plaintext, err = s.Open(ciphertext, context)
	if err != nil || !s.NeedsRotation(ciphertext) {
		return plaintext, "", err
	}
	resealed, err = s.Seal(plaintext, context)
	if err != nil {
		return plaintext, "", nil
	}
	return plaintext, resealed, nil
}
