package main

import (
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

var signingKey = []byte("9f2c7e1a4b8d3f6e0a5c2b7d1e4f8a3c") // LABEL: CWE-798

type userDirectory interface {
	Verify(email, password string) (userID string, err error)
}

var users userDirectory

func issueToken(c echo.Context) error {
	userID, err := users.Verify(c.FormValue("email"), c.FormValue("password"))
	if err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized)
	}
	claims := jwt.RegisteredClaims{
		Subject:   userID,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour)),
	}
	token, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.JSON(http.StatusOK, map[string]string{"token": token})
}

func main() {
	e := echo.New()
	e.POST("/token", issueToken)
	e.Start(":8080")
}
