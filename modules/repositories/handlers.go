package repositories

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"vigil/platform/httpserver"
)

func (s *Service) handleList(c echo.Context) error {
	l, err := s.List(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, l)
}

// Handlers with a body check the caller before reading it, so a key
// without the scope is told so rather than about its fields.

func (s *Service) handleAdd(c echo.Context) error {
	if _, err := s.authorize(c.Request().Context(), ActionManage); err != nil {
		return err
	}
	var r AddRequest
	if err := httpserver.Bind(c, &r); err != nil {
		return err
	}
	rep, err := s.Add(c.Request().Context(), r)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, rep)
}

func (s *Service) handleGet(c echo.Context) error {
	d, err := s.Get(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, d)
}

func (s *Service) handleUpdate(c echo.Context) error {
	if _, err := s.authorize(c.Request().Context(), ActionManage); err != nil {
		return err
	}
	var u UpdateRequest
	if err := httpserver.Bind(c, &u); err != nil {
		return err
	}
	rep, err := s.Update(c.Request().Context(), c.Param("id"), u)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, rep)
}

func (s *Service) handleDelete(c echo.Context) error {
	if err := s.Delete(c.Request().Context(), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (s *Service) handleScan(c echo.Context) error {
	var r ScanRequest
	if c.Request().ContentLength != 0 {
		if err := httpserver.Bind(c, &r); err != nil {
			return err
		}
	}
	st, err := s.Scan(c.Request().Context(), c.Param("id"), r)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, st)
}

// handleInstall sends the browser to GitHub's installation page, or, for
// a JSON client (the web app, which must send its workspace header),
// answers the URL.
func (s *Service) handleInstall(c echo.Context) error {
	u, err := s.InstallURL(c.Request().Context())
	if err != nil {
		return err
	}
	if strings.Contains(c.Request().Header.Get(echo.HeaderAccept), echo.MIMEApplicationJSON) {
		return c.JSON(http.StatusOK, InstallLink{URL: u})
	}
	return c.Redirect(http.StatusFound, u)
}

// InstallLink is the JSON answer of GET /api/v1/integrations/github/install.
type InstallLink struct {
	URL string `json:"url"`
}

// handleSetup is the App's setup URL: GitHub sends the browser back here
// with installation_id and the state Vigil signed.
func (s *Service) handleSetup(c echo.Context) error {
	id, _ := strconv.ParseInt(c.QueryParam("installation_id"), 10, 64)
	if _, err := s.CompleteInstall(c.Request().Context(), id, c.QueryParam("code"), c.QueryParam("state")); err != nil {
		return err
	}
	return c.Redirect(http.StatusFound, s.gh.baseURL+"/repositories?github=installed")
}

func (s *Service) handleInstalled(c echo.Context) error {
	l, err := s.Installed(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, l)
}
