// Package token issues and verifies the short-lived access JWT and
// generates the opaque random secrets (refresh tokens, API keys, reset and
// invitation tokens) that are stored only as SHA-256 hashes.
package token

import (
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Audience is the aud claim of access tokens: only Vigil's API accepts them.
const Audience = "vigil-api"

// Claims are the access token's claims. SessionID ties the token to a
// refresh-token family so revoking the session ends it.
type Claims struct {
	SessionID string `json:"sid"`
	jwt.RegisteredClaims
}

// Issuer signs and verifies access tokens with HS256.
type Issuer struct {
	key    []byte
	issuer string
	ttl    time.Duration
	now    func() time.Time
}

// NewIssuer derives the signing key from the instance secret. issuer is the
// iss claim (the instance's base URL).
func NewIssuer(secret []byte, issuer string, ttl time.Duration, now func() time.Time) (*Issuer, error) {
	if len(secret) == 0 {
		return nil, errors.New("token: empty secret")
	}
	key, err := hkdf.Key(sha256.New, secret, nil, "vigil auth access-token v1", 32)
	if err != nil {
		return nil, fmt.Errorf("token: derive key: %w", err)
	}
	if now == nil {
		now = time.Now
	}
	return &Issuer{key: key, issuer: issuer, ttl: ttl, now: now}, nil
}

// Issue returns a signed access token for userID in session sessionID and its expiry.
func (i *Issuer) Issue(userID, sessionID string) (string, time.Time, error) {
	now := i.now().UTC()
	exp := now.Add(i.ttl)
	c := Claims{
		SessionID: sessionID,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    i.issuer,
			Subject:   userID,
			Audience:  jwt.ClaimStrings{Audience},
			IssuedAt:  jwt.NewNumericDate(now),
			NotBefore: jwt.NewNumericDate(now.Add(-time.Second)),
			ExpiresAt: jwt.NewNumericDate(exp),
			ID:        RandomString(12),
		},
	}
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(i.key)
	if err != nil {
		return "", time.Time{}, fmt.Errorf("token: sign: %w", err)
	}
	return s, exp, nil
}

// Verify parses and checks an access token: only HS256, our issuer and
// audience, an expiry that has not passed.
func (i *Issuer) Verify(raw string) (*Claims, error) {
	var c Claims
	_, err := jwt.ParseWithClaims(raw, &c, func(*jwt.Token) (any, error) { return i.key, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithAudience(Audience),
		jwt.WithIssuer(i.issuer),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithTimeFunc(i.now),
		jwt.WithLeeway(5*time.Second),
	)
	if err != nil {
		return nil, fmt.Errorf("token: %w", err)
	}
	if c.Subject == "" || c.SessionID == "" {
		return nil, errors.New("token: missing subject or session")
	}
	return &c, nil
}

// RandomString returns n random bytes as URL-safe base64.
func RandomString(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("token: crypto/rand failed: %v", err))
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// Hash returns the hex SHA-256 of a high-entropy secret; such secrets need
// no slow hash because guessing them is already infeasible.
func Hash(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}
