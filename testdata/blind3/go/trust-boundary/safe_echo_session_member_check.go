package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

var workspaces = map[string]string{"acme": "ws_01", "globex": "ws_02"}

func selectWorkspace(c echo.Context) error {
	id, ok := workspaces[c.FormValue("workspace")]
	if !ok {
		return c.NoContent(http.StatusForbidden)
	}
	sess, _ := session.Get("app", c)
	sess.Values["workspace"] = id
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
