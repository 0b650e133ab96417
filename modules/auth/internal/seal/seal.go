// Package seal encrypts small values (the OAuth flow cookie) with AES-GCM
// under a key derived from the instance secret, so any replica can open
// what another sealed without shared memory.
package seal

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
)

// Sealer encrypts and authenticates values with AES-256-GCM.
type Sealer struct {
	aead cipher.AEAD
	// purpose is bound as additional data so a value sealed for one use
	// cannot be replayed as another.
	purpose []byte
}

// New derives a key for purpose from secret and returns a Sealer.
func New(secret []byte, purpose string) (*Sealer, error) {
	if len(secret) == 0 {
		return nil, errors.New("seal: empty secret")
	}
	key, err := hkdf.Key(sha256.New, secret, nil, "vigil auth seal "+purpose, 32)
	if err != nil {
		return nil, fmt.Errorf("seal: derive key: %w", err)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("seal: cipher: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("seal: gcm: %w", err)
	}
	return &Sealer{aead: aead, purpose: []byte(purpose)}, nil
}

// Seal encrypts plaintext and returns URL-safe base64 text.
func (s *Sealer) Seal(plaintext []byte) (string, error) {
	nonce := make([]byte, s.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", fmt.Errorf("seal: nonce: %w", err)
	}
	out := s.aead.Seal(nonce, nonce, plaintext, s.purpose)
	return base64.RawURLEncoding.EncodeToString(out), nil
}

// Open decrypts a value produced by Seal; tampered values fail.
func (s *Sealer) Open(text string) ([]byte, error) {
	raw, err := base64.RawURLEncoding.DecodeString(text)
	if err != nil {
		return nil, errors.New("seal: malformed value")
	}
	n := s.aead.NonceSize()
	if len(raw) < n {
		return nil, errors.New("seal: short value")
	}
	out, err := s.aead.Open(nil, raw[:n], raw[n:], s.purpose)
	if err != nil {
		return nil, errors.New("seal: value rejected")
	}
	return out, nil
}
