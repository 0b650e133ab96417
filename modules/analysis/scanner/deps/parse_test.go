package deps

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParsers(t *testing.T) {
	cases := []struct {
		file  string
		parse parser
		eco   string
		want  []string // name@version:line
	}{
		{"go.mod", parseGoMod, EcosystemGo, []string{
			"github.com/gin-gonic/gin@v1.9.0:6", "golang.org/x/net@v0.0.0-20220722155237-a158d28d115b:7",
			"github.com/quoted/mod@v1.0.0:8", "github.com/swapped/new@v0.3.1:10",
			"gopkg.in/yaml.v3@v3.0.0-20200313102051-9f266ea9e77c:13"}},
		{"go.sum", parseGoSum, EcosystemGo, []string{"github.com/pkg/errors@v0.9.1:1"}},
		{"package-lock.json", parseNPMLock, EcosystemNPM, []string{
			"@babel/core@7.20.0:19", "semver@6.3.0:23", "lodash@4.17.15:14", "minimist@1.2.5:27"}},
		{"package-lock-v1.json", parseNPMLock, EcosystemNPM, []string{
			"express@4.16.0:7", "qs@6.5.1:13", "qs@6.11.0:18"}},
		{"yarn.lock", parseYarnLock, EcosystemNPM, []string{"@types/node@18.11.9:5", "axios@0.21.1:9"}},
		{"yarn-berry.lock", parseYarnLock, EcosystemNPM, []string{"minimist@1.2.5:14", "ansi-regex@5.0.0:21"}},
		{"pnpm-lock.yaml", parsePNPMLock, EcosystemNPM, []string{"@babel/core@7.20.0:16", "lodash@4.17.15:20"}},
		{"pnpm-lock-v5.yaml", parsePNPMLock, EcosystemNPM, []string{"minimist@1.2.5:11", "@types/node@18.11.9:15"}},
		{"pnpm-lock-v6.yaml", parsePNPMLock, EcosystemNPM, []string{"axios@0.21.1:5", "@scope/pkg@2.0.0:10"}},
		{"requirements.txt", parseRequirements, EcosystemPyPI, []string{
			"Django@3.2.4:2", "requests@2.25.0:3", "PyYAML@5.3.1:4", "urllib3@1.26.4:9"}},
		{"poetry.lock", parsePoetryLock, EcosystemPyPI, []string{"jinja2@2.11.2:4", "MarkupSafe@2.0.1:17"}},
		{"Pipfile.lock", parsePipfileLock, EcosystemPyPI, []string{"pillow@8.1.0:7", "pytest@6.2.1:18"}},
		{"Gemfile.lock", parseGemfileLock, EcosystemRubyGems, []string{"actionpack@6.1.3:10", "nokogiri@1.11.1:12", "rack@2.2.3:14"}},
		{"composer.lock", parseComposerLock, EcosystemPackagist, []string{
			"guzzlehttp/psr7@1.8.1:8", "symfony/http-kernel@5.2.1:13", "phpunit/phpunit@9.5.0:23"}},
		{"pom.xml", parsePOM, EcosystemMaven, []string{
			"org.apache.logging.log4j:log4j-core@2.14.1:22", "com.fasterxml.jackson.core:jackson-databind@2.9.10:27",
			"com.acme:shop-common@2.0.0:33"}},
		{"Cargo.lock", parseCargoLock, EcosystemCrates, []string{"smallvec@1.6.0:13", "time@0.1.43:19"}},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "manifests", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			pkgs, err := tc.parse("sub/"+tc.file, data)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range pkgs {
				if p.Ecosystem != tc.eco || p.Path != "sub/"+tc.file {
					t.Errorf("%+v: wrong ecosystem or path", p)
				}
				got = append(got, p.Name+"@"+p.Version+":"+itoa(p.Line))
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("got  %v\nwant %v", got, tc.want)
			}
		})
	}
}

func itoa(n int) string { return fmtInt(n) }

func fmtInt(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func TestParserErrors(t *testing.T) {
	cases := []struct {
		name  string
		parse parser
		data  string
	}{
		{"package-lock.json", parseNPMLock, `{"packages": [`},
		{"poetry.lock", parsePoetryLock, "[[package]\nname = "},
		{"Pipfile.lock", parsePipfileLock, `{"default": 3}`},
		{"composer.lock", parseComposerLock, `not json`},
		{"pom.xml", parsePOM, `<project><dependencies><dependency></project>`},
		{"Cargo.lock", parseCargoLock, `[[package]]` + "\nname = 1 = 2"},
	}
	for _, tc := range cases {
		if _, err := tc.parse(tc.name, []byte(tc.data)); err == nil {
			t.Errorf("%s: malformed input accepted", tc.name)
		}
	}
}

func TestParserFor(t *testing.T) {
	for p, ok := range map[string]bool{"a/go.mod": true, "web/pnpm-lock.yaml": true, "requirements-dev.txt": true, "yarn.lock": true, "README.md": false} {
		if (parserFor(p) != nil) != ok {
			t.Errorf("parserFor(%q) = %v", p, parserFor(p) != nil)
		}
	}
}

func TestJSONKeyOccurrences(t *testing.T) {
	data := []byte("{\n  \"a\": {\"b\": \"x\\\"y: {\", \"c\":\n  {\n  }},\n  \"d\\u0041\" : {},\n  \"a\": {}, \"s\": \"{\"\n}\n")
	got := jsonKeyOccurrences(data)
	want := map[string][]int{"a": {2, 6}, "c": {2}, "dA": {5}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, v := range want {
		if fmtInts(got[k]) != fmtInts(v) {
			t.Errorf("%q: got %v, want %v", k, got[k], v)
		}
	}
}

func fmtInts(v []int) string {
	s := make([]string, len(v))
	for i, n := range v {
		s[i] = fmtInt(n)
	}
	return strings.Join(s, " ")
}
