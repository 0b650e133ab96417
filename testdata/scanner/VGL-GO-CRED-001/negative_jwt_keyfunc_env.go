package auth

import (
	"errors"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

var signingKey = []byte(os.Getenv("JWT_SECRET"))

// Verify checks a token against the key from the environment; the literal
// the key function returns on the other path is an error message.
func Verify(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errors.New("unexpected signing method")
		}
		return signingKey, nil
	})
}
