package main

import (
	"net/http"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/uuid"

	"vigil/modules/auth"
)

// instanceAdmin marks routes for instance administrators only: they need
// the admin scope on an API key, and an instance administrator behind it.
const instanceAdmin = "instance-admin"

// routeScopes is, for every /api/v1 route, the API key scope it needs
// ("" when no scope is checked: public routes and routes for browser
// sessions only). A route missing here fails the walk below, so a new
// route must say what it needs.
var routeScopes = map[string]string{
	"POST /api/v1/auth/register":                "",
	"POST /api/v1/auth/login":                   "",
	"POST /api/v1/auth/logout":                  "",
	"POST /api/v1/auth/refresh":                 "",
	"GET /api/v1/auth/me":                       "",
	"PATCH /api/v1/auth/me":                     "",
	"PUT /api/v1/auth/me/workspace":             "",
	"POST /api/v1/auth/password":                "",
	"POST /api/v1/auth/password/forgot":         "",
	"POST /api/v1/auth/password/reset":          "",
	"POST /api/v1/auth/verify-email":            "",
	"POST /api/v1/auth/verify-email/resend":     "",
	"GET /api/v1/auth/sessions":                 "",
	"DELETE /api/v1/auth/sessions/:id":          "",
	"POST /api/v1/auth/sessions/revoke-all":     "",
	"GET /api/v1/auth/providers":                "",
	"GET /api/v1/auth/oauth/:provider/start":    "",
	"GET /api/v1/auth/oauth/:provider/callback": "",
	"GET /api/v1/meta":                          "",
	"GET /api/v1/openapi.json":                  "",
	"POST /api/v1/webhooks/stripe":              "",
	"POST /api/v1/webhooks/github":              "",
	"POST /api/v1/invitations/accept":           "",

	"GET /api/v1/workspaces":                                   "",
	"POST /api/v1/workspaces":                                  "",
	"GET /api/v1/workspaces/:id":                               "read",
	"PATCH /api/v1/workspaces/:id":                             "admin",
	"GET /api/v1/workspaces/:id/members":                       "read",
	"PATCH /api/v1/workspaces/:id/members/:user_id":            "admin",
	"DELETE /api/v1/workspaces/:id/members/:user_id":           "admin",
	"GET /api/v1/workspaces/:id/invitations":                   "admin",
	"POST /api/v1/workspaces/:id/invitations":                  "admin",
	"DELETE /api/v1/workspaces/:id/invitations/:invitation_id": "admin",
	"GET /api/v1/workspaces/:id/ai-providers":                  "admin",
	"POST /api/v1/workspaces/:id/ai-providers":                 "admin",
	"DELETE /api/v1/workspaces/:id/ai-providers/:provider_id":  "admin",
	"GET /api/v1/api-keys":                                     "admin",
	"POST /api/v1/api-keys":                                    "admin",
	"DELETE /api/v1/api-keys/:id":                              "admin",

	"GET /api/v1/credits":               "read",
	"GET /api/v1/credits/ledger":        "read",
	"GET /api/v1/credits/packs":         "read",
	"POST /api/v1/credits/quote":        "read",
	"POST /api/v1/credits/checkout":     "admin",
	"GET /api/v1/credits/checkout/:ref": "read",
	"GET /api/v1/credits/checkouts":     "read",
	"POST /api/v1/credits/grants":       instanceAdmin,

	"POST /api/v1/analyses":                 "analyze",
	"POST /api/v1/analyses/quote":           "analyze",
	"GET /api/v1/analyses":                  "read",
	"GET /api/v1/dashboard":                 "read",
	"GET /api/v1/analyses/:id":              "read",
	"GET /api/v1/analyses/:id/events":       "read",
	"GET /api/v1/analyses/:id/workspace":    "read",
	"POST /api/v1/analyses/:id/cancel":      "analyze",
	"GET /api/v1/analyses/:id/findings":     "read",
	"GET /api/v1/analyses/:id/summary":      "read",
	"GET /api/v1/analyses/:id/compare":      "read",
	"GET /api/v1/analyses/:id/report.csv":   "read",
	"GET /api/v1/analyses/:id/report.html":  "read",
	"GET /api/v1/analyses/:id/report.json":  "read",
	"GET /api/v1/analyses/:id/report.pdf":   "read",
	"GET /api/v1/analyses/:id/report.sarif": "read",
	"DELETE /api/v1/analyses/:id":           "admin",
	"GET /api/v1/findings/:id":              "read",
	"GET /api/v1/findings/:id/workspace":    "read",
	"PATCH /api/v1/findings/:id":            "analyze",
	"POST /api/v1/analyses/:id/triage":      "analyze",

	"GET /api/v1/repositories":           "read",
	"POST /api/v1/repositories":          "admin",
	"GET /api/v1/repositories/:id":       "read",
	"PATCH /api/v1/repositories/:id":     "admin",
	"DELETE /api/v1/repositories/:id":    "admin",
	"POST /api/v1/repositories/:id/scan": "analyze",

	"GET /api/v1/integrations/github/install":      "admin",
	"GET /api/v1/integrations/github/setup":        "admin",
	"GET /api/v1/integrations/github/repositories": "read",

	"GET /api/v1/integrations/notifications":                "admin",
	"POST /api/v1/integrations/notifications":               "admin",
	"GET /api/v1/integrations/notifications/:id":            "admin",
	"PATCH /api/v1/integrations/notifications/:id":          "admin",
	"DELETE /api/v1/integrations/notifications/:id":         "admin",
	"POST /api/v1/integrations/notifications/:id/test":      "admin",
	"GET /api/v1/integrations/notifications/:id/deliveries": "admin",

	"GET /api/v1/admin/users":                   instanceAdmin,
	"POST /api/v1/admin/users/:id/disable":      instanceAdmin,
	"POST /api/v1/admin/users/:id/enable":       instanceAdmin,
	"POST /api/v1/admin/users/:id/reset-link":   instanceAdmin,
	"POST /api/v1/admin/users/:id/verify-email": instanceAdmin,
	"GET /api/v1/admin/sign-ins":                instanceAdmin,
	"GET /api/v1/admin/ai/health":               instanceAdmin,
	"POST /api/v1/admin/users/:id/make-admin":   instanceAdmin,
	"POST /api/v1/admin/users/:id/revoke-admin": instanceAdmin,
	"GET /api/v1/admin/audit":                   instanceAdmin,
	"GET /api/v1/admin/audit/verify":            instanceAdmin,
	"GET /api/v1/admin/kpis":                    instanceAdmin,
}

// scopeCovers mirrors the documented scope order: admin covers
// everything, analyze covers read.
func scopeCovers(have, need string) bool {
	switch need {
	case "":
		return true
	case instanceAdmin:
		return have == "admin"
	}
	return have == "admin" || have == need || (have == "analyze" && need == "read")
}

var (
	scopeRefusal = regexp.MustCompile(`lacks the \\?"(\w+)\\?" scope`)
	notAdmin     = "only instance administrators"
)

// TestEveryRouteWithEveryScope walks every registered /api/v1 route with
// an API key of each scope, held by an instance administrator and by an
// ordinary account: a key is refused for its scope exactly where the
// route needs more, and every instance administration route needs the
// admin scope and an instance administrator.
func TestEveryRouteWithEveryScope(t *testing.T) {
	eachWiredApp(t, func(t *testing.T, app wiredApp) {
		srv, base := app.srv, app.base
		admin := newAPIClient(t, base)
		adminWS := admin.signUp("root@example.com") // the first account administers the instance
		user := newAPIClient(t, base)
		userWS := user.signUp("user@example.com")
		type holder struct {
			name          string
			ws            string
			instanceAdmin bool
			keys          map[string]*apiClient
		}
		holders := []holder{{name: "instance admin", ws: adminWS, instanceAdmin: true, keys: map[string]*apiClient{}},
			{name: "user", ws: userWS, keys: map[string]*apiClient{}}}
		scopes := []string{"read", "analyze", "admin"}
		for _, sc := range scopes {
			holders[0].keys[sc] = admin.apiKey(sc)
			holders[1].keys[sc] = user.apiKey(sc)
		}

		var routes []string
		for _, r := range srv.Echo().Routes() {
			if !strings.HasPrefix(r.Path, "/api/v1/") || strings.HasSuffix(r.Path, "/*") || !slices.Contains(
				[]string{http.MethodGet, http.MethodPost, http.MethodPatch, http.MethodPut, http.MethodDelete}, r.Method) {
				continue
			}
			routes = append(routes, r.Method+" "+r.Path)
		}
		sort.Strings(routes)
		for name := range routeScopes {
			if !slices.Contains(routes, name) {
				t.Errorf("routeScopes lists %s, which is not registered", name)
			}
		}
		params := regexp.MustCompile(`:(\w+)`)
		for _, rt := range routes {
			need, ok := routeScopes[rt]
			if !ok {
				t.Errorf("%s is missing from routeScopes: say which API key scope it needs", rt)
				continue
			}
			method, path, _ := strings.Cut(rt, " ")
			if strings.HasPrefix(path, "/api/v1/admin/") && need != instanceAdmin {
				t.Errorf("%s administers the instance but is not marked instanceAdmin", rt)
			}
			for _, h := range holders {
				url := params.ReplaceAllStringFunc(path, func(p string) string {
					switch {
					case p == ":id" && strings.HasPrefix(path, "/api/v1/workspaces/"):
						return h.ws
					case p == ":provider":
						return "github"
					}
					return uuid.NewString()
				})
				for _, sc := range scopes {
					t.Run(rt+"/"+h.name+"/"+sc, func(t *testing.T) {
						var body any
						if method != http.MethodGet && method != http.MethodDelete {
							body = map[string]any{}
						}
						r := h.keys[sc].do(method, url, body)
						refused := r.status == http.StatusForbidden && scopeRefusal.Match(r.body)
						notAdminRefusal := r.status == http.StatusForbidden && strings.Contains(string(r.body), notAdmin)
						switch {
						case need == instanceAdmin && !h.instanceAdmin:
							if r.status != http.StatusForbidden || !(refused || notAdminRefusal) {
								t.Errorf("%s with a %s key of a non-administrator: %d %s; want 403", url, sc, r.status, r.body)
							}
						case r.status == http.StatusUnauthorized && rt != "POST /api/v1/auth/refresh": // refresh reads only its cookie
							t.Errorf("%s with a %s key: 401 %s", url, sc, r.body)
						case !scopeCovers(sc, need) && !refused:
							t.Errorf("%s with a %s key of the %s: %d %s; want 403 for the missing %q scope", url, sc, h.name, r.status, r.body, need)
						case scopeCovers(sc, need) && refused:
							t.Errorf("%s with a %s key of the %s: refused for its scope: %s", url, sc, h.name, r.body)
						case need == instanceAdmin && h.instanceAdmin && notAdminRefusal:
							t.Errorf("%s refused the instance administrator: %s", url, r.body)
						case need != instanceAdmin && notAdminRefusal:
							t.Errorf("%s is not instance administration but answered: %s", url, r.body)
						}
					})
				}
			}
		}
	})
}

// TestInstanceAdminRoutesDocumented keeps the table of instance
// administration routes in docs/permissions.md (auth.InstanceAdminRoutes)
// equal to the routes marked instanceAdmin above, which the walk checks
// against the wired routes.
func TestInstanceAdminRoutesDocumented(t *testing.T) {
	var marked, listed []string
	for rt, need := range routeScopes {
		if need == instanceAdmin {
			marked = append(marked, rt)
		}
	}
	for _, r := range auth.InstanceAdminRoutes {
		listed = append(listed, r[0])
	}
	sort.Strings(marked)
	sort.Strings(listed)
	if !slices.Equal(marked, listed) {
		t.Fatalf("instance administration routes:\n marked here: %v\n documented:  %v", marked, listed)
	}
}
