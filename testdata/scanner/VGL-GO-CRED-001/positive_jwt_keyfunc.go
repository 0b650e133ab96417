package auth

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

// Claims are the token's claims.
type Claims struct {
	jwt.RegisteredClaims
	Role string `json:"role"`
}

// Verify checks a token against a key written in the code.
func Verify(raw string) (*Claims, error) {
	claims := &Claims{}
	tok, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) { // vigil:expect VGL-GO-CRED-001
		return []byte("k7Qz9vLp2Xw8e3Rt"), nil
	})
	if err != nil || !tok.Valid {
		return nil, errors.New("invalid token")
	}
	return claims, nil
}
