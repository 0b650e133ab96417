package principaltest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/labstack/echo/v4"

	"vigil/platform/errs"
	"vigil/platform/principal"
)

func TestMinRoles(t *testing.T) {
	table := MinRoles{"x:read": "viewer", "x:manage": "admin"}
	tests := []struct {
		name   string
		p      *principal.Principal
		ws     string
		action string
		want   errs.Kind
	}{
		{"nobody", nil, "w1", "x:read", errs.KindUnauthorized},
		{"other workspace", &principal.Principal{UserID: "u", WorkspaceID: "w2", Role: "owner"}, "w1", "x:read", errs.KindNotFound},
		{"viewer reads", &principal.Principal{UserID: "u", WorkspaceID: "w1", Role: "viewer"}, "w1", "x:read", ""},
		{"member may not manage", &principal.Principal{UserID: "u", WorkspaceID: "w1", Role: "member"}, "w1", "x:manage", errs.KindForbidden},
		{"owner manages", &principal.Principal{UserID: "u", WorkspaceID: "w1", Role: "owner"}, "w1", "x:manage", ""},
		{"unlisted action", &principal.Principal{UserID: "u", WorkspaceID: "w1", Role: "owner"}, "w1", "x:other", errs.KindForbidden},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := table.Can(context.Background(), tc.p, tc.ws, tc.action)
			var e *errs.Error
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("err = %v, want allowed", err)
			case tc.want != "" && (!errors.As(err, &e) || e.Kind != tc.want):
				t.Fatalf("err = %v, want kind %s", err, tc.want)
			}
		})
	}
}

func TestHeaderAuth(t *testing.T) {
	tests := []struct {
		header, want string
		code         int
	}{
		{"", "nobody", http.StatusOK},
		{Value("member", "w1", "u1"), "member w1 u1", http.StatusOK},
		{"member w1", "", http.StatusUnauthorized},
	}
	for _, tc := range tests {
		e := echo.New()
		e.HTTPErrorHandler = func(err error, c echo.Context) {
			var x *errs.Error
			if errors.As(err, &x) && x.Kind == errs.KindUnauthorized {
				_ = c.NoContent(http.StatusUnauthorized)
				return
			}
			_ = c.NoContent(http.StatusInternalServerError)
		}
		e.GET("/", func(c echo.Context) error {
			p, _ := principal.From(c.Request().Context())
			if p == nil {
				return c.String(http.StatusOK, "nobody")
			}
			return c.String(http.StatusOK, Value(p.Role, p.WorkspaceID, p.UserID))
		}, HeaderAuth)
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		if tc.header != "" {
			req.Header.Set(Header, tc.header)
		}
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, req)
		if rec.Code != tc.code || (tc.code == http.StatusOK && rec.Body.String() != tc.want) {
			t.Errorf("%q: %d %q, want %d %q", tc.header, rec.Code, rec.Body.String(), tc.code, tc.want)
		}
	}
}
