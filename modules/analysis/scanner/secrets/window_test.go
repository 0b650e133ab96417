package secrets

import (
	"context"
	"encoding/base64"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"vigil/modules/analysis/scanner"
	"vigil/modules/analysis/scanner/secrets/planted"
)

// passes returns the pass searching near keywords and the same pass
// searching every file whole with all rules (the way it worked before).
func passes(t testing.TB) (near, whole *Pass) {
	t.Helper()
	near, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	w := *near
	w.whole = true
	return near, &w
}

// describe renders what a user sees of a file's secret findings.
func describe(fs []scanner.Finding) []string {
	var out []string
	for _, f := range fs {
		l := f.Location
		out = append(out, fmt.Sprintf("%s %d:%d-%d:%d %s %s %q", f.RuleID, l.StartLine, l.StartColumn, l.EndLine, l.EndColumn,
			f.Extra["secret_masked"], f.Fingerprint, f.Snippet))
	}
	sort.Strings(out)
	return out
}

// compareFile fails when the two passes report different findings.
func compareFile(t *testing.T, near, whole *Pass, path, text string) (findings int) {
	t.Helper()
	ctx := context.Background()
	a, b := describe(near.scanFile(ctx, path, text)), describe(whole.scanFile(ctx, path, text))
	if strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Errorf("%s: near keywords\n  %s\nwhole file\n  %s", path, strings.Join(a, "\n  "), strings.Join(b, "\n  "))
	}
	return len(b)
}

// TestNearKeywordsSameAsWhole is the differential test of window.go: the
// per-rule keyword windows must report exactly what one whole-file
// detection with every rule reports, on the rule corpus, the planted
// credentials and generated files built to stress the windows' edges.
func TestNearKeywordsSameAsWhole(t *testing.T) {
	near, whole := passes(t)
	total := 0
	t.Run("corpus", func(t *testing.T) {
		n := 0
		err := filepath.WalkDir("../../../../testdata/scanner", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			n++
			total += compareFile(t, near, whole, filepath.ToSlash(p), string(data))
			return nil
		})
		if err != nil || n < 100 {
			t.Fatalf("corpus walk: %v (%d files)", err, n)
		}
	})
	t.Run("planted", func(t *testing.T) {
		for seed := uint64(1); seed <= 5; seed++ {
			for p, text := range planted.New(seed).Files {
				total += compareFile(t, near, whole, p, text)
			}
		}
	})
	t.Run("dotted capital I", func(t *testing.T) {
		// "aİrtable" lower-cases to the airtable rule's keyword, whose
		// regex (pat…) does not hold it: gitleaks runs the rule over the
		// whole file; so must the windowed pass
		tok := "pat" + "Q3EGR7KTZ2WX5Y" + "." + strings.Repeat("9f3c1a7e5b2d8046", 4)
		for i, text := range []string{"# a\u0130rtable\nx = '" + tok + "'\n", "# airtable\nx = '" + tok + "'\n", "x = '" + tok + "'\n"} {
			n := compareFile(t, near, whole, "conf/app.py", text)
			total += n
			if n != min(1, 2-i) {
				t.Errorf("case %d: %d findings", i, n)
			}
		}
	})
	t.Run("generated", func(t *testing.T) {
		r := rand.New(rand.NewPCG(16, 3))
		for i := 0; i < 120; i++ {
			p, text := genFile(r, i)
			total += compareFile(t, near, whole, p, text)
		}
	})
	// the comparison means something only if secrets were found
	if total < 1000 {
		t.Errorf("only %d findings in all: the inputs do not exercise the rules", total)
	}
	t.Logf("%d findings compared", total)
}

// TestNearKeywordsSameAsWholeOnTrees compares the two on every file under
// the directories in VIGIL_SECRETS_DIFF_DIRS (colon-separated; skipped
// when unset), e.g. the real projects under /tmp/rules-proj.
func TestNearKeywordsSameAsWholeOnTrees(t *testing.T) {
	dirs := os.Getenv("VIGIL_SECRETS_DIFF_DIRS")
	if dirs == "" {
		t.Skip("VIGIL_SECRETS_DIFF_DIRS not set")
	}
	near, whole := passes(t)
	type job struct{ path, text string }
	jobs := make(chan job)
	var mu sync.Mutex
	total, files := 0, 0
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				n := compareFile(t, near, whole, j.path, j.text)
				mu.Lock()
				total, files = total+n, files+1
				mu.Unlock()
			}
		}()
	}
	for _, dir := range strings.Split(dirs, ":") {
		if dir == "" {
			continue
		}
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !d.Type().IsRegular() {
				return nil
			}
			if info, err := d.Info(); err != nil || info.Size() > DefaultMaxFileSize {
				return nil
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return nil
			}
			rel, _ := filepath.Rel(dir, p)
			jobs <- job{filepath.Base(dir) + "/" + filepath.ToSlash(rel), string(data)}
			return nil
		})
	}
	close(jobs)
	wg.Wait()
	t.Logf("%d files, %d findings compared", files, total)
}

// genFile writes a file of code lines, keywords that lead nowhere, and
// secrets of several shapes: on one line, spread over line breaks, private
// key blocks, next to each other, at the very start and end of the file,
// on lines too long to probe;
// with LF or CRLF, with or without a final newline, sometimes with text
// outside ASCII (including the runes that make a file be searched whole)
// and sometimes longer than one chunk.
func genFile(r *rand.Rand, i int) (string, string) {
	pick := func(alphabet string, n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		return string(b)
	}
	const (
		up  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		low = "abcdefghijklmnopqrstuvwxyz"
		dig = "0123456789"
		aln = up + low + dig
	)
	oneOf := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	names := []string{"api_key", "apiKey", "API_KEY", "auth_token", "AUTH", "secret", "client_secret", "password",
		"passwd", "db_password", "access_token", "accessKey", "credentials", "my_creds", "token", "stripe_key",
		"github_token", "slack", "lob_key", "heroku_api_key", "twilio_auth", "key", "Key", "primary_key"}
	value := func() string {
		switch r.IntN(9) {
		case 0:
			return "ghp_" + pick(aln, 36)
		case 1:
			return "AKIA" + pick(up+"234567", 16)
		case 2:
			return "sk_" + oneOf("live_", "test_") + pick(aln, 24)
		case 3:
			return "xoxb-" + pick(dig, 11) + "-" + pick(dig, 12) + "-" + pick(aln, 24)
		case 4:
			return oneOf("live_", "test_") + pick("0123456789abcdef", 35)
		case 5:
			return "glpat-" + pick(aln+"_-", 20)
		case 6:
			return pick(low+dig, r.IntN(30)+4)
		case 7:
			return pick(aln+"+/", r.IntN(60)+8) + oneOf("", "=", "==")
		}
		return pick(aln+"._-", r.IntN(40)+6)
	}
	ops := []string{" = ", "=", ": ", " := ", " => ", "=>", " ?= ", ", ", " || ", ":::=", "> "}
	quotes := []string{`"`, `'`, "`", ""}
	breaks := []string{"", "", "", "\n", "\n\n", " \n ", "\n\t", "\n\n\n\n"}
	secretLine := func() string {
		q := oneOf(quotes...)
		name := oneOf(names...)
		if r.IntN(4) == 0 {
			name = pick(low+"_.", r.IntN(8)) + name + pick(low+"_", r.IntN(6))
		}
		return name + oneOf("", " ", "\t") + oneOf(breaks...) + oneOf(ops...) + oneOf(breaks...) + q + value() + q + oneOf("", ";", ",", " # note", "\\n")
	}
	pemBlock := func() string {
		raw := make([]byte, 48+r.IntN(400))
		for i := range raw {
			raw[i] = byte(r.IntN(256))
		}
		body := base64.StdEncoding.EncodeToString(raw)
		var b strings.Builder
		kind := oneOf("RSA ", "EC ", "OPENSSH ", "")
		b.WriteString("-----BEGIN " + kind + "PRIVATE KEY-----\n")
		for len(body) > 64 {
			b.WriteString(body[:64] + "\n")
			body = body[64:]
		}
		b.WriteString(body + "\n-----END " + kind + "PRIVATE KEY-----")
		return b.String()
	}
	code := []string{
		"def get_token(self):", "    return self._key", "primary_key = True", "x = compute(1, 2)",
		"if auth is None:", "    raise KeyError(key)", "const apiBase = '/api/v1'", "for key, value in items:",
		"// the secret sauce", "  accessLevel: admin", "}", "", "    pass", "func (s *Store) Key() string { return s.k }",
		"test_that_it_works()", "curl -u user:pass https://example.invalid", "kind: Secret", "data:",
		"password_field = forms.CharField()", "token = next(tokens)", "session[:api_key] = params[:key]",
	}
	exotic := []string{"é", "中文", "\u0130", "\u212A", "\u017F", "\xff\xfe"}
	var lines []string
	n := 5 + r.IntN(60)
	if r.IntN(8) == 0 {
		n = 1 // a single line
	}
	for j := 0; j < n; j++ {
		switch k := r.IntN(10); {
		case k < 5:
			lines = append(lines, oneOf(code...))
		case k < 8:
			lines = append(lines, secretLine())
		case k < 9:
			lines = append(lines, secretLine()+" "+secretLine())
		default:
			lines = append(lines, pemBlock())
		}
		if r.IntN(30) == 0 {
			lines[len(lines)-1] += oneOf(exotic...)
		}
	}
	if r.IntN(10) == 0 { // a very long line (minified code): windows without probes
		var parts []string
		for len(strings.Join(parts, "")) < 3*maxProbeSpan {
			parts = append(parts, oneOf(code...), strings.ReplaceAll(secretLine(), "\n", " "), "curl -H 'Authorization: Bearer "+value()+"'")
		}
		lines = append(lines, strings.Join(parts, " ; "))
	}
	if r.IntN(12) == 0 { // longer than a chunk
		filler := strings.Repeat("x = compute(1, 2)  # ordinary code line\n", 2000)
		lines = append(lines[:len(lines)/2], append([]string{filler + secretLine()}, lines[len(lines)/2:]...)...)
	}
	nl := "\n"
	if r.IntN(5) == 0 {
		nl = "\r\n"
	}
	text := strings.Join(lines, nl)
	if r.IntN(2) == 0 {
		text += nl
	}
	ext := oneOf(".py", ".js", ".go", ".yaml", ".env", ".php", ".tf", ".json", ".rb", ".java")
	return fmt.Sprintf("gen/f%03d%s", i, ext), text
}

func TestRuleShape(t *testing.T) {
	cases := []struct {
		name, re string
		keywords []string
		ok       bool
		before   int
		after    int
		probe    bool
	}{
		{"keyword literal, one line", `(?i)token[ \t]*=[ \t]*([a-z0-9]{20})`, []string{"token"}, true, 0, 0, true},
		{"keyword inside a word class", `(?i)[\w.-]{0,50}?(?:key|token)[ \t]*=\s{0,2}([a-z0-9]{20})`, []string{"key", "token"}, true, 0, 2, true},
		{"keyword in a capture after a line break", `(?i)lob\s?=\s?((?:live|test)_[a-f0-9]{35})`, []string{"live_", "test_"}, true, 2, 0, true},
		{"keyword spread over a class and a literal", `(?-i:[Aa]pi|API)[ \t]*=\s?x{3}`, []string{"api"}, true, 0, 1, true},
		{"unbounded line breaks after the keyword", `(?-i:[Aa]pi|API)\s*=\s?x{3}`, []string{"api"}, false, 0, 0, false},
		{"factored alternation", `\b((?:A3T[A-Z0-9]|AKIA|ASIA)[A-Z2-7]{16})\b`, []string{"a3t", "akia", "asia"}, true, 0, 0, true},
		{"keyword absent from the regex", `\b(pat[[:alnum:]]{14})\b`, []string{"airtable"}, false, 0, 0, false},
		{"a wildcard where the keyword has a dot", `hooks.slack.com/[a-z]{10}`, []string{"hooks.slack.com"}, false, 0, 0, false},
		{"unbounded line breaks", `(?i)-----BEGIN PRIVATE KEY-----[\s\S-]{64,}?KEY-----`, []string{"-----begin"}, false, 0, 0, false},
		{"keyword only in an optional part", `(?:key)?[a-z]{10}`, []string{"key"}, false, 0, 0, false},
		{"no keywords", `[a-z]{10}`, nil, false, 0, 0, false},
		{"keyword part of unbounded length", `(?:key|[a-z]+token)=x`, []string{"key", "token"}, true, 0, 0, false},
		{"keyword at the start of an unbounded capture", `\b(ey[a-zA-Z0-9]{17,}\.ey[a-zA-Z0-9]{17,})(?:['"\s;]|$)`, []string{"ey"}, true, 0, 1, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, ok := ruleShape(tc.re, tc.keywords)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if !ok {
				return
			}
			if s.before != tc.before || s.after != tc.after || (s.probe != nil) != tc.probe {
				t.Errorf("before %d after %d probe %v, want %d %d %v", s.before, s.after, s.probe, tc.before, tc.after, tc.probe)
			}
		})
	}
}

// TestProbeRelaxesAssertions: the probe runs on a slice of the file, so
// \b, ^ and $ must not depend on what lies outside it.
func TestProbeRelaxesAssertions(t *testing.T) {
	s, ok := ruleShape(`\bkey=([a-z]{4})\b$`, []string{"key"})
	if !ok || s.probe == nil {
		t.Fatal("no probe")
	}
	for _, in := range []string{"key=abcd", "key=abcdz more", "key=abcd\nnext"} {
		if !s.probe.MatchString(in) {
			t.Errorf("probe rejects %q", in)
		}
	}
	if s.probe.MatchString("xkey=abcd") || s.probe.MatchString("key=ab") {
		t.Error("probe accepts what cannot match")
	}
}

func TestMergeSpans(t *testing.T) {
	got := mergeByteSpans([]span{{10, 12}, {0, 3}, {3, 5}, {11, 20}, {30, 31}})
	want := []span{{0, 5}, {10, 20}, {30, 31}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestNeedsWholeFile(t *testing.T) {
	for in, want := range map[string]bool{
		"plain": false, "café = 1": false, "ſecret": true, "\u212Aey": true, "apİ": false,
	} {
		if got := needsWholeFile(in); got != want {
			t.Errorf("needsWholeFile(%q) = %v", in, got)
		}
	}
}

// TestEveryCommonRuleIsWindowed guards the speed-up: the rules whose
// keywords are common words must not fall back to whole files.
func TestEveryCommonRuleIsWindowed(t *testing.T) {
	e, err := defaultEngine()
	if err != nil {
		t.Fatal(err)
	}
	windowed := map[string]bool{}
	for _, w := range e.windowed {
		windowed[w.id] = true
	}
	for _, id := range []string{"generic-api-key", "lob-api-key", "aws-access-token", "github-pat", "stripe-access-token"} {
		if !windowed[id] {
			t.Errorf("%s runs over whole files", id)
		}
	}
	if len(e.windowed) < len(e.rules.Rules)*3/4 {
		t.Errorf("only %d of %d rules windowed", len(e.windowed), len(e.rules.Rules))
	}
}

// windowsOf is the merged windows of one rule in text (no trimming).
func windowsOf(t *testing.T, id, text string) []span {
	t.Helper()
	e, err := defaultEngine()
	if err != nil {
		t.Fatal(err)
	}
	for ri, w := range e.windowed {
		if w.id == id {
			ws := e.windows("app/x.py", text, lineOffsets(text), asciiLower(nil, text), nil, nil, nil, func(int) {})[ri]
			if len(ws) == 0 {
				return nil
			}
			return mergeByteSpans(ws)
		}
	}
	t.Fatalf("%s is not windowed", id)
	return nil
}

// TestWindowsEndWhereProbesEnd: a window reaches one line past the furthest
// any probe match holding the keyword ends, not the furthest any match of
// the rule could (the generic rule: 9 line breaks after its keyword).
func TestWindowsEndWhereProbesEnd(t *testing.T) {
	filler := strings.Repeat("y = 2\n", 20)
	for _, tc := range []struct {
		name, text string
		lines      int // lines the window spans
	}{
		{"one line", "x = 1\napi_key = \"Zq8vR3kPm2Xw7Ty4Lc9N\"\n" + filler, 3},
		{"value on the next line", "x = 1\napi_key =\n  \"Zq8vR3kPm2Xw7Ty4Lc9N\"\n" + filler, 4},
		{"first line", "api_key = \"Zq8vR3kPm2Xw7Ty4Lc9N\"\n" + filler, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ws := windowsOf(t, "generic-api-key", tc.text)
			if len(ws) != 1 {
				t.Fatalf("windows %v", ws)
			}
			if n := strings.Count(tc.text[ws[0].start:ws[0].end], "\n"); n != tc.lines || ws[0].start != 0 {
				t.Errorf("window %v spans %d lines, want %d from the start", ws[0], n, tc.lines)
			}
		})
	}
}

// TestLongLinesProbed: on a line longer than maxProbeSpan the probe still
// rejects the keyword occurrences it can tell apart within maxProbeSpan
// bytes, and a probe that would read further gives the window unprobed.
func TestLongLinesProbed(t *testing.T) {
	long := strings.Repeat(`"keyboard": 1, "m": "AAAA;BBBB,CCCC", `, 1000)
	if ws := windowsOf(t, "generic-api-key", long); ws != nil {
		t.Errorf("generic rule windows on a long line without a match: %v", ws)
	}
	hit := long + `"api_key": "Zq8vR3kPm2Xw7Ty4Lc9N", ` + long
	if ws := windowsOf(t, "generic-api-key", hit); len(ws) != 1 {
		t.Errorf("generic rule windows %v, want the line", ws)
	}
	curl := "curl -s " + strings.Repeat("x", 3*maxProbeSpan) + " -H 'Authorization: Bearer Zq8vR3kPm2Xw7Ty4Lc9N'"
	if ws := windowsOf(t, "curl-auth-header", curl); len(ws) != 1 {
		t.Errorf("curl rule windows %v, want the line", ws)
	}
	n := 0
	near, whole := passes(t)
	for _, text := range []string{long, hit, curl} {
		n += compareFile(t, near, whole, "app/x.js", text)
	}
	if n != 2 {
		t.Errorf("%d findings, want the generic and the curl one", n)
	}
}
