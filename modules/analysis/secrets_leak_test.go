package analysis

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"vigil/modules/analysis/cortex"
	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/secrets"
	"vigil/modules/analysis/scanner/secrets/planted"
	"vigil/platform/config"
	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/httpserver"
	"vigil/platform/logging"
	"vigil/platform/logging/logtest"
	"vigil/platform/openaitest"
	"vigil/platform/principal/principaltest"
)

// TestPlantedSecretsNeverLeave uploads a tree of planted credentials of
// many kinds through the HTTP API, runs the analysis with the secrets pass
// and an AI provider, then greps everything a user, an operator or a model
// could see for the planted values: every request the model received, the
// analysis and finding pages, every export format, every row of every
// table, and the logs. Masking is by value: a password a credential rule
// found is masked in another finding's context lines and in the code sent
// to the model as well.
func TestPlantedSecretsNeverLeave(t *testing.T) {
	t.Parallel()
	kit := planted.New(11)
	sp, err := secrets.New(secrets.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		logs := &logtest.Buffer{}
		logger := logging.New(logs, config.Log{Level: "debug", Format: "json"})
		model := newParrot(t)
		e := newEnvWith(t, db, false, func(d *Deps) {
			d.Scanner = inProcess{passes: []scanner.Pass{sp}}
			d.Logger = logger
			d.Chromium = fakeChromium(t)
		})
		ai, err := cortex.New(cortex.Deps{DB: db, Logger: logger, AI: config.AI{
			Breaker: config.Breaker{Failures: 50, Successes: 1, Cooldown: 60e9},
			Providers: []config.AIProvider{{Name: "parrot", Kind: "openai", BaseURL: model.Base(), APIKey: "sk-parrot-0000",
				Models: []config.AIModel{{Name: "parrot-fast", Tier: "fast", Context: 128000}, {Name: "parrot-strong", Tier: "strong", Context: 128000}}}},
		}})
		if err != nil {
			t.Fatal(err)
		}
		e.svc.d.AI = ai
		a := serveAPI(t, e)

		ct, body := multipartBody(t, TierStandard, map[string][]byte{"shop.zip": zipOf(t, kit.Files)})
		res := a.do(t, a.who("member"), "POST", "/api/v1/analyses", ct, body)
		if res.StatusCode != 201 {
			b, _ := io.ReadAll(res.Body)
			t.Fatalf("create: %d %s", res.StatusCode, b)
		}
		id := decode[Created](t, res).ID
		if err := a.svc.Run(context.Background(), id); err != nil {
			t.Fatal(err)
		}
		viewer := a.who("viewer")
		get := func(path string) string {
			t.Helper()
			res := a.do(t, viewer, "GET", path, "", nil)
			b, _ := io.ReadAll(res.Body)
			if res.StatusCode != 200 {
				t.Fatalf("GET %s: %d %s", path, res.StatusCode, b)
			}
			return string(b)
		}
		check := func(what, out string) {
			t.Helper()
			if leaks := kit.Leaks(out); len(leaks) > 0 {
				t.Errorf("%s shows planted secrets in clear: %v", what, leaks)
			}
		}

		v := decode[map[string]any](t, a.do(t, viewer, "GET", "/api/v1/analyses/"+id, "", nil))
		if v["status"] != "completed" || v["ai_status"] != "completed" {
			t.Fatalf("analysis: %v", v)
		}
		check("the analysis page", mustJSON(v))
		page := get("/api/v1/analyses/" + id + "/findings?limit=200")
		check("the findings page", page)
		var items struct {
			Items []FindingView `json:"items"`
		}
		if err := json.Unmarshal([]byte(page), &items); err != nil {
			t.Fatal(err)
		}
		rules := map[string]bool{}
		for _, f := range items.Items {
			rules[f.RuleID] = true
			check("finding page "+f.RuleID, get("/api/v1/findings/"+f.ID))
		}
		// the detectors did find the planted values (masked), so the greps mean something
		for _, want := range []string{"VGL-PY-CRED-001", "VGL-JS-CRED-001", "VGL-SECRET-AWS-ACCESS-TOKEN", "VGL-SECRET-GITHUB-PAT",
			"VGL-SECRET-PRIVATE-KEY", "VGL-SECRET-STRIPE-ACCESS-TOKEN", "VGL-SECRET-SLACK-BOT-TOKEN", "VGL-SECRET-GCP-API-KEY", "VGL-SECRET-JWT",
			"vigil.ai.review"} {
			if !rules[want] {
				t.Errorf("no %s finding among %v", want, rules)
			}
		}
		check("the summary", get("/api/v1/analyses/"+id+"/summary"))
		check("the progress events", get("/api/v1/analyses/"+id+"/events"))
		for f := range reportFormats {
			out := get("/api/v1/analyses/" + id + "/report." + f)
			if len(out) < 100 {
				t.Errorf("report.%s is nearly empty: %q", f, out)
			}
			check("report."+f, out)
		}
		check("the requests the model received", received(model))
		if len(model.Calls()) == 0 {
			t.Error("the model was never called")
		}
		check("the database", dumpTables(t, db))
		check("the logs", logs.String())
	})
}

// serveAPI serves e's routes the way newAPI does, for an env built with
// custom Deps.
func serveAPI(t testing.TB, e *env) *api {
	t.Helper()
	e.svc.d.Authenticate = principaltest.HeaderAuth
	hs, err := httpserver.New(httpserver.Options{Config: config.HTTP{BodyLimit: "1M", UploadLimit: "20M"}, Logger: e.svc.d.Logger})
	if err != nil {
		t.Fatal(err)
	}
	hs.Mount(e.svc.Routes()...)
	srv := httptest.NewServer(hs.Echo())
	t.Cleanup(srv.Close)
	return &api{env: e, srv: srv}
}

// fakeChromium is a stand-in browser that "prints" the HTML it is given
// by copying it, so the test sees exactly what goes into the PDF.
func fakeChromium(t testing.TB) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "chromium")
	script := `#!/bin/sh
out=""; in=""
for a in "$@"; do
  case "$a" in
    --print-to-pdf=*) out="${a#--print-to-pdf=}" ;;
    file://*) in="${a#file://}" ;;
  esac
done
cat "$in" > "$out"
`
	if err := os.WriteFile(p, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

// dumpTables renders every row of every table as text.
func dumpTables(t testing.TB, db *database.DB) string {
	t.Helper()
	g := db.Gorm()
	var tables []string
	q := "SELECT name FROM sqlite_master WHERE type = 'table'"
	if db.Dialect() == database.Postgres {
		q = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
	}
	if err := g.Raw(q).Scan(&tables).Error; err != nil {
		t.Fatal(err)
	}
	if len(tables) < 10 {
		t.Fatalf("only %d tables: %v", len(tables), tables)
	}
	var b strings.Builder
	for _, tb := range tables {
		rows, err := g.Raw(`SELECT * FROM "` + tb + `"`).Rows()
		if err != nil {
			t.Fatalf("%s: %v", tb, err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatalf("%s: %v", tb, err)
			}
			fmt.Fprintf(&b, "%s:", tb)
			for _, v := range vals {
				if bs, ok := v.([]byte); ok {
					v = string(bs)
				}
				fmt.Fprintf(&b, " %v", v)
			}
			b.WriteByte('\n')
		}
		rows.Close()
	}
	return b.String()
}

// newParrot starts an OpenAI-compatible model that repeats what it was
// shown: its triage reasons quote the prompt, its review cites the
// credential lines of the code it read, its fixes and summary echo them.
// Whatever reaches the model in clear therefore also comes back in its
// answers, which are stored and exported.
func newParrot(t testing.TB) *openaitest.Server {
	t.Helper()
	return openaitest.New(t, openaitest.Options{Answer: parrot})
}

var numberedLine = regexp.MustCompile(`(?m)^(\d+)\| (.*(?:secret_access_key|password|apiKey).*)$`)

func parrot(c openaitest.Call) any {
	system, user := c.System, c.User
	quote := func(s string, n int) string {
		s = strings.TrimSpace(s)
		if len(s) > n {
			s = s[:n]
		}
		return s
	}
	cited := numberedLine.FindAllStringSubmatch(user, -1)
	switch {
	case strings.Contains(system, `"top_risks"`):
		return map[string]any{"summary": "Seen: " + quote(user, 1500), "top_risks": []string{"hard-coded credentials"}}
	case strings.Contains(system, `"diff"`):
		d := "--- a/app/settings.py\n+++ b/app/settings.py\n"
		for _, c := range cited {
			d += "-" + c[2] + "\n+" + "# read from the environment\n"
		}
		return map[string]any{"diff": d, "explanation": "Load it from the environment instead of: " + quote(user, 1500)}
	case strings.Contains(system, `"confirmed"`):
		return map[string]any{"verdict": "confirmed", "confidence": 0.9, "reason": "Confirmed: " + quote(user, 1500)}
	case strings.Contains(system, `"quote"`):
		fs := []map[string]any{}
		for _, c := range cited {
			var line int
			fmt.Sscan(c[1], &line)
			fs = append(fs, map[string]any{"title": "Credential in code", "severity": "high", "cwe": "CWE-798",
				"start_line": line, "end_line": line, "quote": c[2], "explanation": "The line " + c[2] + " holds a credential.", "confidence": 0.9})
		}
		return map[string]any{"findings": fs}
	}
	return map[string]any{"verdict": "true_positive", "confidence": 0.9, "reason": "I saw: " + quote(user, 1500)}
}

// received is every request body the model received.
func received(m *openaitest.Server) string {
	var raw []string
	for _, c := range m.Calls() {
		raw = append(raw, c.Raw)
	}
	return strings.Join(raw, "\n")
}
