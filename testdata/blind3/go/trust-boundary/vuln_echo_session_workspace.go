package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

type Prefs struct {
	Workspace string `json:"workspace"`
}

func selectWorkspace(c echo.Context) error {
	var p Prefs
	if err := c.Bind(&p); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	sess, _ := session.Get("app", c)
	sess.Values["workspace"] = p.Workspace // LABEL: CWE-501
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusNoContent)
}

func main() {
	store := sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))
	store.Options = &sessions.Options{Path: "/", MaxAge: 86400, Secure: true, HttpOnly: true}
	e := echo.New()
	e.Use(session.Middleware(store))
	e.PUT("/workspace", selectWorkspace)
	e.Logger.Fatal(e.Start(":8080"))
}
