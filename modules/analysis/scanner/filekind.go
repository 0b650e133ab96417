package scanner

import (
	"bytes"
	"math"
	"path"
	"regexp"
	"strings"
)

// FileKind says what a file is for. Findings outside production code are
// kept (a weakness in a test helper can still be worth knowing about) but
// lowered and hidden by default: in real projects most pattern matches sit in
// tests and examples, where they are not exploitable weaknesses.
type FileKind string

// File kinds. Production is the default: a file is something else only when
// its path or its content follows a known convention.
const (
	FileProduction FileKind = "production"
	FileTest       FileKind = "test"
	FileExample    FileKind = "example"
	FileDocs       FileKind = "docs"
	FileBenchmark  FileKind = "benchmark"
	FileVendored   FileKind = "vendored"
)

// IsProduction reports whether k is production code ("" counts as
// production: findings of older reports carry no kind).
func (k FileKind) IsProduction() bool { return k == "" || k == FileProduction }

// dirKinds classify a file by any directory on its path. The first
// directory (from the root) that names a kind wins: examples/tests/x.py is
// an example.
var dirKinds = map[string]FileKind{
	"test": FileTest, "tests": FileTest, "__tests__": FileTest, "testing": FileTest, "spec": FileTest,
	"specs": FileTest, "testdata": FileTest, "test_data": FileTest, "test-data": FileTest, "fixtures": FileTest,
	"__fixtures__": FileTest, "__mocks__": FileTest, "mocks": FileTest, "mock": FileTest, "fakes": FileTest,
	"e2e": FileTest, "cypress": FileTest, "integration_tests": FileTest, "integration-tests": FileTest,
	"functional_tests": FileTest, "unittests": FileTest, "unit_tests": FileTest, "testutil": FileTest,
	"testutils": FileTest, "testhelpers": FileTest, "test_utils": FileTest, "test-utils": FileTest,
	"conformance": FileTest, "fixture": FileTest, "_fixture": FileTest, "_fixtures": FileTest,
	"example": FileExample, "examples": FileExample, "_examples": FileExample, "sample": FileExample,
	"samples": FileExample, "demo": FileExample, "demos": FileExample, "tutorial": FileExample,
	"tutorials": FileExample, "playground": FileExample, "quickstart": FileExample, "cookbook": FileExample,
	"docs": FileDocs, "doc": FileDocs, "documentation": FileDocs, "_docs": FileDocs, "docs_src": FileDocs,
	"bench": FileBenchmark, "benches": FileBenchmark, "benchmark": FileBenchmark, "benchmarks": FileBenchmark,
	"vendor": FileVendored, "vendored": FileVendored, "third_party": FileVendored, "third-party": FileVendored,
	"thirdparty": FileVendored, "node_modules": FileVendored, "bower_components": FileVendored,
	"site-packages": FileVendored, "_vendor": FileVendored,
	// build output: a copy of the sources, bundled (axios' dist/axios.js)
	"dist": FileVendored,
}

// versionedDirRe matches a directory named after a released library
// version (public/plugins/codemirror-5.17.0, static/jquery-3.7.1): a copy
// of third-party code checked in as is.
var versionedDirRe = regexp.MustCompile(`^[A-Za-z][\w.]*[-_]v?\d+\.\d+(\.\d+)?([-.][\w.]+)?$`)

// testNameRe matches test file names per language: Go's _test.go, pytest's
// test_*.py / *_test.py / conftest.py, Jest/Vitest/Mocha/Cypress *.test.js /
// *.spec.ts / *.cy.js, JUnit's *Test(s).java / *IT.java, RSpec and
// Minitest's *_spec.rb / *_test.rb, PHPUnit's *Test.php.
var testNameRe = regexp.MustCompile(`(?:_test\.go$|^test_.*\.py$|_tests?\.py$|^tests?\.py$|^conftest\.py$|` +
	`\.(?:test|spec|cy|e2e)\.[cm]?[jt]sx?$|^tests?\.[cm]?[jt]sx?$|` +
	`(?:Test|Tests|IT|TestCase)\.(?:java|kt|php)$|^Test[A-Z]\w*\.java$|_(?:spec|test)\.rb$|^test_.*\.rb$)`)

// benchNameRe matches benchmark file names (bench_*.py, *.bench.ts, ...).
var benchNameRe = regexp.MustCompile(`(?:^bench(?:mark)?_.*\.py$|_bench(?:mark)?\.py$|\.bench\.[cm]?[jt]sx?$)`)

// exampleNameRe matches example file names (example_*.py, example.js, ...).
// Go's example_test.go is a test already.
var exampleNameRe = regexp.MustCompile(`^(?:examples?|demo|sample)(?:[-_.][^/]*)?\.(?:py|[cm]?[jt]sx?|rb|php|java|go)$`)

// docExts are documentation formats (a secret in them is an illustration
// unless it looks live).
var docExts = map[string]bool{".md": true, ".markdown": true, ".rst": true, ".adoc": true, ".asciidoc": true, ".txt": true, ".ipynb": true}

// testContentRes recognise test code by its imports when its name does not
// say so: a module that imports a test framework is a test or a test
// helper. Only the head of the file is looked at.
var testContentRes = map[string]*regexp.Regexp{
	"python":     regexp.MustCompile(`(?m)^\s*(?:import\s+(?:pytest|unittest)\b|from\s+(?:pytest|unittest|django\.test|hypothesis)\b[\w.]*\s+import\b)`),
	"javascript": jsTestImportRe,
	"typescript": jsTestImportRe,
	"tsx":        jsTestImportRe,
	"java":       regexp.MustCompile(`(?m)^\s*import\s+(?:static\s+)?(?:org\.junit|org\.testng|org\.mockito|org\.assertj)\.`),
	"ruby":       regexp.MustCompile(`(?m)^\s*require\s+['"](?:rspec|minitest/autorun|test/unit|spec_helper|rails_helper|test_helper)['"]`),
	"php":        regexp.MustCompile(`(?m)^\s*use\s+PHPUnit\\`),
	"go":         regexp.MustCompile(`(?m)^package\s+\w+test\s*$`),
}

var jsTestImportRe = regexp.MustCompile(`(?m)(?:from\s+['"](?:vitest|@jest/globals|mocha|chai|ava|tap|node:test|@playwright/test|@testing-library/[\w-]+|supertest)['"]|require\(\s*['"](?:mocha|chai|ava|tap|node:test|supertest|assert)['"]\s*\))`)

// ClassifyFile says what a file is for, from its slash-separated path
// relative to the scanned root and (when known, else nil) the head of its
// content. Path conventions come first; content only turns production code
// into test code (a module importing a test framework).
func ClassifyFile(p string, head []byte) FileKind {
	p = strings.TrimPrefix(path.Clean("/"+p), "/")
	dirs := strings.Split(p, "/")
	base := dirs[len(dirs)-1]
	dirs = dirs[:len(dirs)-1]
	for _, d := range dirs {
		if k, ok := dirKinds[strings.ToLower(d)]; ok {
			return k
		}
		if versionedDirRe.MatchString(d) {
			return FileVendored
		}
	}
	switch {
	case testNameRe.MatchString(base):
		return FileTest
	case benchNameRe.MatchString(base):
		return FileBenchmark
	case exampleNameRe.MatchString(strings.ToLower(base)):
		return FileExample
	case docExts[strings.ToLower(path.Ext(base))] && !IsManifest(p):
		return FileDocs
	}
	if len(head) > 0 {
		if re := testContentRes[DetectLanguage(base)]; re != nil && re.Match(head) {
			return FileTest
		}
		if DetectLanguage(base) == "go" && bytes.Contains(head, []byte(`"testing"`)) && goTestingImportRe.Match(head) {
			return FileTest
		}
	}
	return FileProduction
}

// goTestingImportRe: a Go file outside _test.go that imports "testing" is a
// test helper (testutil packages, fakes taking *testing.T).
var goTestingImportRe = regexp.MustCompile(`(?m)^\s*(?:import\s+)?"testing"\s*$`)

// classifyFiles sets FileKind on every finding and lowers those outside
// production code: rule, taint and dependency findings to info, secrets to
// low unless the value looks live (a provider's own token format with high
// entropy and no placeholder in it). The severity before lowering is kept
// in Extra["original_severity"]. It runs before redaction, while the
// secret values are still known.
func (s *scanState) classifyFiles() {
	for i := range s.res.Findings {
		f := &s.res.Findings[i]
		if f.Location.Path == "" {
			continue
		}
		k, ok := s.kinds[f.Location.Path]
		if !ok {
			k = ClassifyFile(f.Location.Path, nil)
		}
		f.FileKind = k
		if k.IsProduction() {
			continue
		}
		to := SeverityInfo
		if f.Kind == KindSecret {
			if secretLooksLive(*f) {
				continue
			}
			to = SeverityLow
		}
		if f.Severity.Rank() <= to.Rank() {
			continue
		}
		if f.Extra == nil {
			f.Extra = map[string]string{}
		}
		f.Extra["original_severity"] = string(f.Severity)
		f.Severity = to
	}
}

// genericSecretRules are secret rules that match a keyword next to a
// random-looking value, or a format no provider issues (a PEM private key:
// test certificates are generated by the dozen), rather than a provider's
// own token format.
var genericSecretRules = map[string]bool{"generic-api-key": true, "jwt": true, "jwt-base64": true, "private-key": true, "": true}

// secretLooksLive reports whether a secret found outside production code
// should keep its severity: a provider-specific format (an AWS key id, a
// GitHub token, ...), a value of high entropy, and nothing in it that
// marks a placeholder or a sample.
func secretLooksLive(f Finding) bool {
	if genericSecretRules[f.Extra["secret_rule"]] {
		return false
	}
	for _, r := range f.Redact {
		if shannonEntropy(r.Value) >= 3.5 && !looksPlaceholder(r.Value) {
			return true
		}
	}
	return false
}

// placeholderMarks appear in sample values written to be replaced or in
// documentation (AWS's own AKIAIOSFODNN7EXAMPLE, "xxxx", "1234...").
var placeholderMarks = []string{"example", "sample", "dummy", "fake", "test", "placeholder", "changeme", "your", "xxxx", "0000", "1234", "abcd", "redacted", "****", "..."}

func looksPlaceholder(v string) bool {
	l := strings.ToLower(v)
	for _, m := range placeholderMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// shannonEntropy is the entropy of s in bits per byte.
func shannonEntropy(s string) float64 {
	if s == "" {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	n := float64(len(s))
	e := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			e -= p * math.Log2(p)
		}
	}
	return e
}

// HideNonProduction removes findings outside production code from res (the
// CLI's default; --include-tests keeps them), recounts the severities and
// records how many were hidden in Stats.HiddenNonProduction.
func HideNonProduction(res *Result) int {
	kept := res.Findings[:0]
	hidden := 0
	for _, f := range res.Findings {
		if !f.FileKind.IsProduction() {
			hidden++
			continue
		}
		kept = append(kept, f)
	}
	res.Findings = kept
	res.Stats.HiddenNonProduction += hidden
	res.Stats.Suppressed = 0
	res.Stats.BySeverity = map[string]int{}
	for _, f := range res.Findings {
		if f.Suppression != nil {
			res.Stats.Suppressed++
			continue
		}
		res.Stats.BySeverity[string(f.Severity)]++
	}
	return hidden
}
