package secrets

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/viper"
	"github.com/zricethezav/gitleaks/v8/logging"

	"vigil/modules/analysis/scanner"
)

// The fake credentials below match the providers' formats but were made up
// for these tests; they are assembled from pieces so the repository itself
// holds no string a secret scanner would flag.
var (
	fakeAWS    = "AKIA" + "Q3EGR7KTZ2WX5YHN"
	fakeGitHub = "ghp_" + "R8tKz2mQ7vXw4LpN9sYc3HdF6jBq1GaE5uTo"
	fakeStripe = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc"
	fakeSlack  = "xoxb-" + "2718281828-3141592653" + "-Zq8Ld3Kf9Rw2Tn6Yp1Vx4Hb"
	fakeAPI    = "Jk3h" + "Q9zP2mV8xR4tL7wC1nB6yF5dS0gA"
)

// TestMain checks that building the pass leaves viper's global instance
// (used by the host program) alone and silences gitleaks' logger.
func TestMain(m *testing.M) {
	viper.SetConfigType("yaml")
	if err := viper.ReadConfig(strings.NewReader("title: host-config\n")); err != nil {
		panic(err)
	}
	if _, err := New(Options{}); err != nil {
		panic(err)
	}
	if got := viper.GetString("title"); got != "host-config" {
		println("global viper was modified by New: title =", got)
		os.Exit(1)
	}
	if logging.Logger.GetLevel() != zerolog.Disabled {
		println("gitleaks logger not silenced")
		os.Exit(1)
	}
	os.Exit(m.Run())
}

func scan(t *testing.T, files fstest.MapFS, opts Options) *scanner.Result {
	t.Helper()
	p, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	res, err := scanner.ScanFS(context.Background(), files, scanner.Options{Rules: []*scanner.Rule{}, Passes: []scanner.Pass{p}})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func mapFS(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for k, v := range files {
		m[k] = &fstest.MapFile{Data: []byte(v), Mode: 0o644}
	}
	return m
}

func ecKeyPEM(t *testing.T) string {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalECPrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: der}))
}

func assertNoSecret(t *testing.T, res *scanner.Result, secrets ...string) {
	t.Helper()
	out, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range secrets {
		if strings.Contains(string(out), s) {
			t.Errorf("report contains the full secret %q", s)
		}
	}
}

func TestFindsSecrets(t *testing.T) {
	key := ecKeyPEM(t)
	cases := []struct {
		name, path, content string
		secret              string
		rule                string
		line, col           int
		severity            scanner.Severity
		snippet             string
	}{
		{"aws key in python", "app/settings.py", "import os\n\nAWS_ACCESS_KEY_ID = \"" + fakeAWS + "\"\n",
			fakeAWS, "VGL-SECRET-AWS-ACCESS-TOKEN", 3, 22, scanner.SeverityCritical, `AWS_ACCESS_KEY_ID = "AKIA********"`},
		{"github token in env file", ".env", "DEBUG=1\n# ci\nGITHUB_TOKEN=" + fakeGitHub + "\n",
			fakeGitHub, "VGL-SECRET-GITHUB-PAT", 3, 14, scanner.SeverityCritical, "GITHUB_TOKEN=ghp_********"},
		{"stripe key in js", "src/pay.js", "const stripe = require('stripe')('" + fakeStripe + "');\n",
			fakeStripe, "VGL-SECRET-STRIPE-ACCESS-TOKEN", 1, 35, scanner.SeverityCritical, "const stripe = require('stripe')('sk_l********');"},
		{"slack bot token in yaml", "deploy/values.yaml", "slack:\n  channel: ops\n  token: " + fakeSlack + "\n",
			fakeSlack, "VGL-SECRET-SLACK-BOT-TOKEN", 3, 10, scanner.SeverityHigh, "  token: xoxb********"},
		{"generic api key", "config/app.go", "package config\n\nconst apiKey = \"" + fakeAPI + "\"\n",
			fakeAPI, "VGL-SECRET-GENERIC-API-KEY", 3, 17, scanner.SeverityMedium, `const apiKey = "Jk3h********"`},
		{"private key block", "certs/server.key", "\n" + key,
			key, "VGL-SECRET-PRIVATE-KEY", 2, 1, scanner.SeverityCritical, "----********"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := scan(t, mapFS(map[string]string{tc.path: tc.content}), Options{})
			if len(res.Findings) != 1 {
				t.Fatalf("want 1 finding, got %d: %+v", len(res.Findings), res.Findings)
			}
			f := res.Findings[0]
			if f.RuleID != tc.rule || f.Kind != scanner.KindSecret || f.Severity != tc.severity {
				t.Errorf("rule/kind/severity = %s/%s/%s, want %s/secret/%s", f.RuleID, f.Kind, f.Severity, tc.rule, tc.severity)
			}
			if f.Location.Path != tc.path || f.Location.StartLine != tc.line || f.Location.StartColumn != tc.col {
				t.Errorf("location = %+v, want %s:%d:%d", f.Location, tc.path, tc.line, tc.col)
			}
			if f.Snippet != tc.snippet {
				t.Errorf("snippet = %q, want %q", f.Snippet, tc.snippet)
			}
			if len(f.Fingerprint) != 32 || len(f.CWE) != 1 || f.CWE[0] != "CWE-798" {
				t.Errorf("fingerprint %q, cwe %v", f.Fingerprint, f.CWE)
			}
			assertNoSecret(t, res, tc.secret)
		})
	}
}

func TestPrivateKeySpan(t *testing.T) {
	key := ecKeyPEM(t)
	res := scan(t, mapFS(map[string]string{"k.pem": "x\n" + key}), Options{})
	if len(res.Findings) != 1 {
		t.Fatalf("findings: %+v", res.Findings)
	}
	lines := strings.Count(strings.TrimRight(key, "\n"), "\n")
	if l := res.Findings[0].Location; l.StartLine != 2 || l.EndLine != 2+lines {
		t.Errorf("span = %d-%d, want 2-%d", l.StartLine, l.EndLine, 2+lines)
	}
	for _, line := range strings.Split(key, "\n")[1:] {
		if len(line) > 20 {
			assertNoSecret(t, res, line)
		}
	}
}

func TestTwoSecretsOnOneLineBothMasked(t *testing.T) {
	res := scan(t, mapFS(map[string]string{"ci.sh": "export A=" + fakeAWS + " B=" + fakeGitHub + "\n"}), Options{})
	if len(res.Findings) != 2 {
		t.Fatalf("findings: %+v", res.Findings)
	}
	for _, f := range res.Findings {
		if f.Snippet != "export A=AKIA******** B=ghp_********" {
			t.Errorf("snippet %q", f.Snippet)
		}
	}
	if res.Findings[0].Location.StartColumn != 10 || res.Findings[1].Location.StartColumn != 33 {
		t.Errorf("columns %d, %d", res.Findings[0].Location.StartColumn, res.Findings[1].Location.StartColumn)
	}
	assertNoSecret(t, res, fakeAWS, fakeGitHub)
}

func TestFingerprintStableAcrossLineShifts(t *testing.T) {
	body := "token = \"" + fakeGitHub + "\"\nother = \"" + fakeGitHub + "\"\n"
	a := scan(t, mapFS(map[string]string{"a.py": body}), Options{})
	b := scan(t, mapFS(map[string]string{"a.py": "# new header\nimport sys\n\n" + body}), Options{})
	c := scan(t, mapFS(map[string]string{"a.py": strings.ReplaceAll(body, fakeGitHub, "ghp_"+"W2bN7cK9pQ4xZ8vL3mR6tY1sD5fH0jG9aE2u")}), Options{})
	if len(a.Findings) != 2 || len(b.Findings) != 2 || len(c.Findings) != 2 {
		t.Fatalf("findings: %d %d %d", len(a.Findings), len(b.Findings), len(c.Findings))
	}
	if a.Findings[0].Fingerprint == a.Findings[1].Fingerprint {
		t.Error("two occurrences share a fingerprint")
	}
	for i := range a.Findings {
		if a.Findings[i].Fingerprint != b.Findings[i].Fingerprint {
			t.Errorf("fingerprint %d changed after inserting lines", i)
		}
		if a.Findings[i].Fingerprint == c.Findings[i].Fingerprint {
			t.Errorf("fingerprint %d unchanged after rotating the secret", i)
		}
	}
}

func TestNegatives(t *testing.T) {
	cases := map[string]string{
		"placeholder words":  "API_KEY = \"your_api_key_here_0123456789\"\n",
		"template reference": "token: ${GITHUB_TOKEN}\npassword: {{ .Values.password }}\n",
		"aws documentation":  "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n",
		"low entropy":        "aws_access_key_id = AKIAAAAAAAAAAAAAAAAA\n",
		"masked in docs":     "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
		"plain code":         "def key_for(user):\n    return user.id\npassword = request.form['password']\n",
		"hash constant":      "const sha = \"e3b0c44298fc1c149afbf4c8996fb924\"\n",
		"counting run":       "SECRET_KEY = \"0123456789abcdef0123456789abcdef0123\"\n",
		"reverse run":        "api_key = \"fedcba9876543210fedcba9876543210-key-b\"\n",
		"keyword arguments":  "def f(keyfunc, ignore_unpopulated_attribute=False):\n    return _mapped_collection_cls(\n        keyfunc, ignore_unpopulated_attribute=ignore_unpopulated_attribute\n    )\n",
		"mime table":         "'mdb' => ['application/x-msaccess', 'application/mdb', 'application/msaccess'],\n",
		"error code uuid":    "    public const INVALID_PASSWORD_ERROR = '2d2a4bf3-8b4c-4a3f-9c6e-5a1e2d3f4b5c';\n",
		"dotted constant":    "    def get_attribute_history(\n        self, state, key, passive=attributes.PASSIVE_NO_INITIALIZE\n    ):\n",
	}
	for name, content := range cases {
		t.Run(name, func(t *testing.T) {
			res := scan(t, mapFS(map[string]string{"src/conf.py": content}), Options{})
			if len(res.Findings) != 0 {
				t.Errorf("false alarm: %+v", res.Findings)
			}
		})
	}
}

func TestExampleFilesSkippedWithNote(t *testing.T) {
	real := "GITHUB_TOKEN=" + fakeGitHub + "\n"
	files := mapFS(map[string]string{".env.example": real, "config.sample.yml": real, "example.env": real, ".env": real})
	res := scan(t, files, Options{})
	if len(res.Findings) != 1 || res.Findings[0].Location.Path != ".env" {
		t.Fatalf("want only .env, got %+v", res.Findings)
	}
	found := false
	for _, n := range res.Notes {
		if n.Pass == PassName && strings.Contains(n.Message, "3 example/sample/template files") {
			found = true
		}
	}
	if !found {
		t.Errorf("no note about skipped examples: %+v", res.Notes)
	}
	res = scan(t, files, Options{CheckExamples: true})
	if len(res.Findings) != 4 {
		t.Errorf("CheckExamples: want 4 findings, got %d", len(res.Findings))
	}
}

func TestInlineSuppressionAndLargeFiles(t *testing.T) {
	files := mapFS(map[string]string{
		"a.go":   "// vigil:ignore VGL-SECRET-GITHUB-PAT revoked test token\nvar t = \"" + fakeGitHub + "\"\n",
		"big.js": strings.Repeat("// filler line\n", 200) + "const k = '" + fakeStripe + "';\n",
	})
	res := scan(t, files, Options{MaxFileSize: 1000})
	if len(res.Findings) != 1 || res.Findings[0].Suppression == nil || res.Findings[0].Suppression.Kind != "inline" {
		t.Fatalf("want one inline-suppressed finding, got %+v", res.Findings)
	}
	found := false
	for _, n := range res.Notes {
		found = found || strings.Contains(n.Message, "larger than 1000 bytes not searched for secrets: big.js")
	}
	if !found {
		t.Errorf("no note for the large file: %+v", res.Notes)
	}
}

func TestMask(t *testing.T) {
	cases := map[string]string{
		"":                         "********",
		"short":                    "********",
		"tenletters":               "te********",
		"ABCDEFGHIJKLMNOPQRSTUVWX": "ABCD********",
		"-----BEGIN\nKEY":          "--********",
	}
	for in, want := range cases {
		if got := Mask(in); got != want {
			t.Errorf("Mask(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Mask("ab\ncdefghijklmnopqrstu"); got != "ab********" {
		t.Errorf("newline kept in prefix: %q", got)
	}
}

func TestIsExampleFile(t *testing.T) {
	cases := map[string]bool{
		".env.example": true, "config/settings.sample.py": true, "example.env": true, "app.template.yml": true,
		"config.yml.dist": true, "settings_example.py": true, "sample-config.json": true, ".env.tpl": true,
		".env": false, "src/exampleservice.go": false, "sampler.py": false, "template.go": false,
		"dist-utils.js": false, "examples_test.go": false, "templates.py": false, "dist/app.js": false,
	}
	for p, want := range cases {
		if got := IsExampleFile(p); got != want {
			t.Errorf("IsExampleFile(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestManyFilesConcurrently(t *testing.T) {
	files := map[string]string{}
	for i := 0; i < 40; i++ {
		files[fmt.Sprintf("pkg%02d/conf.py", i)] = strings.Repeat("# padding\n", i) + "TOKEN = \"" + fakeGitHub + "\"\n"
	}
	res := scan(t, mapFS(files), Options{Workers: 4})
	if len(res.Findings) != 40 {
		t.Fatalf("want 40 findings, got %d", len(res.Findings))
	}
	for i, f := range res.Findings {
		if f.Location.Path != fmt.Sprintf("pkg%02d/conf.py", i) || f.Location.StartLine != i+1 {
			t.Errorf("finding %d at %s:%d", i, f.Location.Path, f.Location.StartLine)
		}
	}
	assertNoSecret(t, res, fakeGitHub)
}

func TestFileTimeoutNoted(t *testing.T) {
	big := strings.Repeat("password = \"Zx9Qv2Lm8Rt4Wp6Ky3Hd\"\n", 20000)
	res := scan(t, mapFS(map[string]string{"big.py": big}), Options{FileTimeout: time.Nanosecond})
	found := false
	for _, n := range res.Notes {
		found = found || (n.Level == "warning" && strings.Contains(n.Message, "big.py: search exceeded the 1ns time budget"))
	}
	if !found {
		t.Errorf("no time-budget note: %+v", res.Notes)
	}
}

func TestLargeFilesAreSearchedInPieces(t *testing.T) {
	key := ecKeyPEM(t)
	filler := strings.Repeat("x = compute(1, 2)  # ordinary code line\n", 1600) // ~64 KiB
	cases := []struct {
		name    string
		content string
		rules   []string
		lines   []int
	}{
		// the key block starts just before the first cut and ends after it
		{"key across a cut", strings.Repeat("#", chunkSize-101) + "\n" + key + filler,
			[]string{"VGL-SECRET-PRIVATE-KEY"}, []int{2}},
		// a token inside the overlap of two pieces is reported once
		{"token in the overlap", filler + "t = \"" + fakeGitHub + "\"\n" + filler + filler,
			[]string{"VGL-SECRET-GITHUB-PAT"}, []int{1601}},
		{"tokens far apart", "a = \"" + fakeGitHub + "\"\n" + filler + filler + filler + "b = \"" + fakeAWS + "\"\n",
			[]string{"VGL-SECRET-GITHUB-PAT", "VGL-SECRET-AWS-ACCESS-TOKEN"}, []int{1, 4802}},
		// one 300 kB line: cut without a newline
		{"long single line", strings.Repeat("v=1;", 50000) + " k=\"" + fakeAWS + "\";" + strings.Repeat("w=2;", 30000),
			[]string{"VGL-SECRET-AWS-ACCESS-TOKEN"}, []int{1}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := scan(t, mapFS(map[string]string{"big.py": tc.content}), Options{})
			var rules []string
			var lines []int
			for _, f := range res.Findings {
				rules = append(rules, f.RuleID)
				lines = append(lines, f.Location.StartLine)
			}
			if fmt.Sprint(rules) != fmt.Sprint(tc.rules) || fmt.Sprint(lines) != fmt.Sprint(tc.lines) {
				t.Errorf("got %v at %v, want %v at %v", rules, lines, tc.rules, tc.lines)
			}
			if tc.name == "long single line" && len(res.Findings) == 1 {
				if c := res.Findings[0].Location.StartColumn; c != 200000+5 {
					t.Errorf("column %d, want %d", c, 200005)
				}
			}
			assertNoSecret(t, res, fakeAWS, fakeGitHub)
		})
	}
}

func TestChunksCoverText(t *testing.T) {
	text := strings.Repeat("abc\n", 100000) + strings.Repeat("z", 200000)
	cs := chunks(text)
	if len(cs) < 5 || cs[0].start != 0 || cs[len(cs)-1].end != len(text) {
		t.Fatalf("chunks %v", cs)
	}
	for i := 1; i < len(cs); i++ {
		if cs[i].start > cs[i-1].end-chunkOverlap || cs[i].start <= cs[i-1].start {
			t.Fatalf("gap or no overlap between %v and %v", cs[i-1], cs[i])
		}
		if cs[i].start < 400000 && text[cs[i].start-1] != '\n' {
			t.Errorf("piece %d does not start after a newline", i)
		}
	}
}

// TestRuleFindingsMaskedToo runs the built-in rules with the pass: the
// credential rule's finding on the same line must not show the secret.
func TestRuleFindingsMaskedToo(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	files := mapFS(map[string]string{"app/settings.py": "SETTINGS = {\n    \"api_key\": \"" + fakeGitHub + "\",\n}\n"})
	res, err := scanner.ScanFS(context.Background(), files, scanner.Options{Passes: []scanner.Pass{p}})
	if err != nil {
		t.Fatal(err)
	}
	// The credential rule and gitleaks name one weakness on one line: one
	// finding, the secret's, that lists the rule it absorbed.
	if len(res.Findings) != 1 {
		t.Fatalf("want one finding, got %+v", res.Findings)
	}
	f := res.Findings[0]
	if f.Redact != nil {
		t.Errorf("%s: redaction list left in the result", f.RuleID)
	}
	if f.RuleID != "VGL-SECRET-GITHUB-PAT" || !strings.Contains(f.Extra["also_matched"], "VGL-PY-CRED-001") {
		t.Fatalf("want the secret finding absorbing VGL-PY-CRED-001, got %+v", f)
	}
	if f.Snippet != `    "api_key": "ghp_********",` {
		t.Errorf("snippet %q", f.Snippet)
	}
	assertNoSecret(t, res, fakeGitHub)
}

func TestNamesACode(t *testing.T) {
	for match, want := range map[string]bool{
		"PASSWORD_STRENGTH_ERROR = '4234df00-45dd-49a4-b303-a75dbf8b10d8'": true,
		"api_error_code: 'f00d1e2a3b4c5d6e7f80'":                           true,
		"API_KEY = '4234df00-45dd-49a4-b303-a75dbf8b10d8'":                 false,
		"secret_token => 'Jk3hG8sL2mQ9xV7pR4tY6wZ1'":                       false,
	} {
		if got := NamesACode(match); got != want {
			t.Errorf("NamesACode(%q) = %v, want %v", match, got, want)
		}
	}
}

func TestLooksLikeCode(t *testing.T) {
	tests := []struct {
		secret string
		want   bool
	}{
		{"ignore_unpopulated_attribute=ignore_unpopulated_attribute", true},
		{"passive=attributes.PASSIVE_NO_INITIALIZE", true},
		{"settings.SECRET_KEY", true},
		{"api_key_header_name", true},
		{"Jk3hG8sL2mQ9xV7pR4tY6wZ1", false},
		{"key=Jk3hG8sL2mQ9xV7pR4tY6wZ1", false},
		{"sk_live_4eC39HqLyjWDarjtT1zdp7dc", false},
		{"AbCdEfGhIjKlMnOpQrStUvWx", false},
		{"application/vnd.ms-access", true},
	}
	for _, tc := range tests {
		if got := LooksLikeCode(tc.secret); got != tc.want {
			t.Errorf("LooksLikeCode(%q) = %v, want %v", tc.secret, got, tc.want)
		}
	}
}

// TestCurlCredentialsOfLocalCIServices: a CI job that starts a service on the
// runner and talks to it on localhost with the password it just set holds no
// secret; the same command against another host, or outside a CI file, does.
func TestCurlCredentialsOfLocalCIServices(t *testing.T) {
	pass := "Pw" + "9xQ2kL7v"
	cases := []struct {
		name, path, content string
		want                int
	}{
		{"ci job to its own service", ".github/workflows/tests.yml",
			"    run: |\n      curl -s -u Admin:" + pass + " -X POST http://localhost:8091/pools/default -d 'x=1'\n", 0},
		{"ci job to loopback address", ".gitlab-ci.yml",
			"script:\n  - curl --user admin:" + pass + " http://127.0.0.1:9200/_security/user\n", 0},
		{"ci job to a remote host", ".github/workflows/deploy.yml",
			"    run: curl -u deploy:" + pass + " https://registry.example.com/upload\n", 1},
		{"ci job to loopback and a remote host", ".github/workflows/sync.yml",
			"    run: curl -u sync:" + pass + " http://localhost:8080/export https://backup.example.com/in\n", 1},
		{"script outside ci", "scripts/setup.sh",
			"curl -s -u Admin:" + pass + " -X POST http://localhost:8091/pools/default\n", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := scan(t, mapFS(map[string]string{tc.path: tc.content}), Options{})
			if len(res.Findings) != tc.want {
				t.Fatalf("want %d findings, got %d: %+v", tc.want, len(res.Findings), res.Findings)
			}
			if tc.want > 0 && res.Findings[0].RuleID != "VGL-SECRET-CURL-AUTH-USER" {
				t.Errorf("rule = %s", res.Findings[0].RuleID)
			}
		})
	}
}

func TestLocalCIServiceCredential(t *testing.T) {
	cases := []struct {
		file, line string
		want       bool
	}{
		{".github/workflows/ci.yml", "curl -u a:b http://localhost:8091/x", true},
		{".github/workflows/ci.yaml", "curl -u a:b http://[::1]:80/", true},
		{".circleci/config.yml", "curl -u a:b 'http://127.0.0.1/x'", true},
		{".github/workflows/ci.yml", "curl -u a:b http://localhost.example.com/x", false},
		{".github/workflows/ci.yml", "curl -u a:b $URL", false},
		{"docs/ci.yml", "curl -u a:b http://localhost/x", false},
		{".github/workflows/ci.yml", "curl -u a:b http://10.0.0.5/x", false},
	}
	for _, tc := range cases {
		if got := LocalCIServiceCredential(tc.file, tc.line); got != tc.want {
			t.Errorf("LocalCIServiceCredential(%q, %q) = %v, want %v", tc.file, tc.line, got, tc.want)
		}
	}
}
