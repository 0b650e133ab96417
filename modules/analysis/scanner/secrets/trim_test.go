package secrets

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLongLineWindowsTrimmed: a keyword on a long minified line gets a
// window of a few hundred bytes, not the line (before trim.go, the line).
func TestLongLineWindowsTrimmed(t *testing.T) {
	e, err := defaultEngine()
	if err != nil {
		t.Fatal(err)
	}
	filler := strings.Repeat("var a=b(c,d);function e(f){return f+1};", 5000) // 200 KB, no keyword
	cases := []struct {
		name, text string
		rule       string
		trimmed    bool
	}{
		{"generic", "x=1\n" + filler + `apiKey:"Zx81kQ0pLm3vB7nT2wE5";` + filler + "\ny=2\n", "generic-api-key", true},
		{"atlassian", filler + `jira_token="abcdefghij0123456789abcd";` + filler, "atlassian-api-token", true},
		{"allow signature", filler + `apiKey:"Zx81kQ0pLm3vB7nT2wE5"; // gitleaks:allow` + filler, "generic-api-key", false},
		{"line allowlist elsewhere", "import { a } from 'b'\n" + filler + `apiKey:"Zx81kQ0pLm3vB7nT2wE5";` + filler, "generic-api-key", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lineStarts := lineOffsets(c.text)
			var trim func(int) bool
			if !fileHasAllowSignature(c.text) {
				trim = func(ri int) bool { return e.windowed[ri].trim.inFile("a.js", c.text) }
			}
			wins := e.windows("a.js", c.text, lineStarts, asciiLower(nil, c.text), nil, nil, trim, func(int) {})
			for ri, ws := range wins {
				if e.windowed[ri].id != c.rule {
					continue
				}
				size := 0
				for _, s := range mergeByteSpans(ws) {
					size += s.end - s.start
				}
				if got := size < 16<<10; got != c.trimmed {
					t.Fatalf("%s: windows of %d bytes, trimmed %v, want %v", c.rule, size, got, c.trimmed)
				}
				return
			}
			t.Fatalf("no window for %s", c.rule)
		})
	}
}

// TestTrimmedWindowsSameAsWhole is the differential test of trim.go: on
// long lines holding keywords at every distance from each other and from
// the trimmed windows' edges, secrets of bounded and unbounded length,
// values the allowlists drop, lines the line allowlists and the
// gitleaks:allow signature drop, and text outside ASCII, the windowed
// pass reports what one whole-file detection reports.
func TestTrimmedWindowsSameAsWhole(t *testing.T) {
	near, whole := passes(t)
	r := rand.New(rand.NewPCG(7, 11))
	pick := func(alphabet string, n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		return string(b)
	}
	const aln = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	oneOf := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	piece := func() string {
		switch r.IntN(16) {
		case 0:
			return oneOf("apiKey", "auth_token", "secret", "password", "access", "Key", "creds", "TOKEN") + oneOf(":", "=", " = ", "=>", ",") +
				oneOf(`"`, `'`, "", "`") + pick(aln+"._-", 4+r.IntN(60)) + oneOf(`"`, `'`, "", ";", "\\n")
		case 1: // unbounded tail: [a-z0-9][a-z0-9+/]{11,}
			return "secret=" + pick(aln+"+/", 100+r.IntN(3000)) + oneOf("", "=", "==") + oneOf(";", " ", "")
		case 2:
			return oneOf("jira", "confluence", "atlassian") + oneOf("_token", "Key", "") + oneOf("=", ":", " = ") + `"` + pick("abcdefghijklmnopqrstuvwxyz0123456789", 20) + pick("0123456789abcdef", 4) + `"`
		case 3:
			return "ATATT3" + pick(aln+"_-=", 186) + oneOf(" ", ";", "")
		case 4:
			return "ghp_" + pick(aln, 36)
		case 5:
			return "token=" + oneOf("aaaaaa", "000000", "_ec2_") + pick(aln, 12)
		case 6:
			return "key" + strings.Repeat(" ", r.IntN(30)) + "=" + pick(aln, 11+r.IntN(20))
		case 7:
			return oneOf("é", "中文", "\xff\xfe", "€") + "password=" + pick(aln, 16) + oneOf("é", "中")
		case 8:
			return "AKIA" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
		case 9:
			return strings.Repeat(pick(aln, 1), r.IntN(2000)) // a long run of the generic rule's repeat
		case 10:
			return "Authorization: Bearer " + pick(aln, 30)
		}
		return oneOf("var a=b(c,d);", "function e(f){return f+1};", "x.y(z)", "if(a&&b){c()}", "q=[1,2,3];", " ", "\n")
	}
	total := 0
	for i := 0; i < 60; i++ {
		var b strings.Builder
		for b.Len() < 5000+r.IntN(60000) {
			b.WriteString(piece())
			if r.IntN(40) == 0 {
				b.WriteString(oneOf("\n", "\r\n"))
			}
		}
		text := b.String()
		switch r.IntN(8) {
		case 0:
			text += " // gitleaks:allow"
		case 1:
			text = "import { a, b } from 'mod'\n" + text
		case 2:
			text = strings.Replace(text, ";", "\n--mount=type=secret,id=x ", 1)
		}
		path := fmt.Sprintf("gen/min%02d%s", i, oneOf(".js", ".json", ".bb", ".map", ".txt"))
		total += compareFile(t, near, whole, path, text)
	}
	if total < 200 {
		t.Errorf("only %d findings: the inputs do not exercise the rules", total)
	}
	t.Logf("%d findings compared", total)
}
