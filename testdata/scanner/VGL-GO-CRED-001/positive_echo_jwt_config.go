package server

import (
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
)

const jwtSecret = "pr0d-jwt-9f8e7d" // vigil:expect VGL-GO-CRED-001

// Routes protects the API with a literal signing key.
func Routes(e *echo.Echo) {
	g := e.Group("/api")
	g.Use(echojwt.WithConfig(echojwt.Config{
		SigningKey: []byte("an0ther-k3y-v4lue"), // vigil:expect VGL-GO-CRED-001
	}))
	_ = jwtSecret
}
