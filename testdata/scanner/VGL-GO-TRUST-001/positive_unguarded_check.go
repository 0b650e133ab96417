package web

import (
	"log"
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo/v4"
)

var sessStore2 = sessions.NewCookieStore([]byte("k"))

type Teams interface {
	IsMember(userID, teamID string) bool
}

// The check's result is only logged: nothing stops the write.
func switchTeam(c echo.Context, teams Teams) error {
	sess, _ := sessStore2.Get(c.Request(), "s")
	userID, _ := sess.Values["user_id"].(string)
	teamID := c.FormValue("team_id")
	ok := teams.IsMember(userID, teamID)
	log.Println("member:", ok)
	sess.Values["team_id"] = teamID // vigil:expect VGL-GO-TRUST-001
	return sess.Save(c.Request(), c.Response())
}

// The check guards another value than the one kept.
func switchBoth(c echo.Context, teams Teams) error {
	sess, _ := sessStore2.Get(c.Request(), "s")
	teamID := c.FormValue("team_id")
	other := c.FormValue("other")
	if !teams.IsMember("u", teamID) {
		return c.NoContent(http.StatusForbidden)
	}
	sess.Values["other"] = other // vigil:expect VGL-GO-TRUST-001
	return sess.Save(c.Request(), c.Response())
}
