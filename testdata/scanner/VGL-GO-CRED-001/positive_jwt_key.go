package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var jwtKey = []byte("k9#Lq2!vT7zR") // vigil:expect VGL-GO-CRED-001

// Issue signs a token for a user with the package key.
func Issue(user string) (string, error) {
	claims := jwt.MapClaims{"sub": user, "exp": time.Now().Add(time.Hour).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(jwtKey)
}

// IssueAdmin signs with a literal key.
func IssueAdmin(user string) (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user, "adm": true})
	return t.SignedString([]byte("adm1n-s1gn1ng-k3y")) // vigil:expect VGL-GO-CRED-001
}
