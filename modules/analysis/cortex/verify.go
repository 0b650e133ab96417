package cortex

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Reasons an AI finding is dropped.
const (
	DropFileNotFound  = "file_not_found"
	DropLinesInvalid  = "lines_out_of_range"
	DropQuoteMismatch = "quote_mismatch"
)

// maxCitedLines bounds the span one AI finding may cite.
const maxCitedLines = 200

var linePrefix = regexp.MustCompile(`^\s*\d+\s*\|\s?`)

// normalizeCode collapses whitespace and drops the "N| " prefixes a model
// may copy from the numbered listing, so a quote is compared on its code.
func normalizeCode(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = linePrefix.ReplaceAllString(l, "")
	}
	return strings.Join(strings.Fields(strings.Join(lines, "\n")), " ")
}

// verifyCitation checks that lines start..end exist in f and that quote is
// code found in those lines. It returns a Drop* reason or "".
func verifyCitation(f *sourceFile, start, end int, quote string) string {
	if start < 1 || end < start || end > len(f.lines) || end-start >= maxCitedLines {
		return DropLinesInvalid
	}
	q := normalizeCode(quote)
	if q == "" {
		return DropQuoteMismatch
	}
	have := normalizeCode(strings.Join(f.lines[start-1:end], "\n"))
	if !strings.Contains(have, q) {
		return DropQuoteMismatch
	}
	return ""
}

// hunkHeader matches "@@ -a,b +c,d @@".
var hunkHeader = regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@`)

// checkDiff verifies a unified diff against the file it claims to fix: its
// headers name the file, it has at least one hunk with a change, and every
// context and removed line matches the file (a hunk may sit a few lines off
// its header, as patch(1) allows). A diff that would not apply is rejected.
func checkDiff(f *sourceFile, diff string) error {
	lines := strings.Split(strings.ReplaceAll(diff, "\r\n", "\n"), "\n")
	var sawOld, sawNew, hunks, changes int
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case strings.HasPrefix(l, "--- "):
			if !diffPathIs(l[4:], f.path) {
				return fmt.Errorf("diff header %q does not name %s", l, f.path)
			}
			sawOld++
		case strings.HasPrefix(l, "+++ "):
			if !diffPathIs(l[4:], f.path) {
				return fmt.Errorf("diff header %q does not name %s", l, f.path)
			}
			sawNew++
		case strings.HasPrefix(l, "@@"):
			m := hunkHeader.FindStringSubmatch(l)
			if m == nil {
				return fmt.Errorf("bad hunk header %q", l)
			}
			oldStart, _ := strconv.Atoi(m[1])
			var old []string
			j := i + 1
			for ; j < len(lines) && !strings.HasPrefix(lines[j], "@@") && !strings.HasPrefix(lines[j], "--- "); j++ {
				hl := lines[j]
				switch {
				case hl == "" || strings.HasPrefix(hl, `\`):
					if hl == "" && j < len(lines)-1 {
						old = append(old, "")
					}
				case hl[0] == ' ':
					old = append(old, hl[1:])
				case hl[0] == '-':
					old = append(old, hl[1:])
					changes++
				case hl[0] == '+':
					changes++
				default:
					return fmt.Errorf("unexpected line in hunk: %q", hl)
				}
			}
			if !hunkApplies(f.lines, oldStart, old) {
				return fmt.Errorf("hunk %q does not match the file's lines", l)
			}
			hunks++
			i = j - 1
		}
	}
	if sawOld == 0 || sawNew == 0 {
		return errors.New("diff has no ---/+++ file headers")
	}
	if hunks == 0 || changes == 0 {
		return errors.New("diff changes nothing")
	}
	return nil
}

func diffPathIs(header, want string) bool {
	p := strings.TrimSpace(header)
	if i := strings.IndexByte(p, '\t'); i >= 0 {
		p = p[:i]
	}
	p = strings.TrimPrefix(strings.TrimPrefix(p, "a/"), "b/")
	return p == want || p == "/dev/null"
}

// hunkApplies looks for old at oldStart, then up to 20 lines either side.
func hunkApplies(file []string, oldStart int, old []string) bool {
	// Trailing blank lines in a model's diff are usually an artefact.
	for len(old) > 0 && old[len(old)-1] == "" {
		old = old[:len(old)-1]
	}
	if len(old) == 0 {
		return oldStart >= 0 && oldStart <= len(file)
	}
	for off := 0; off <= 20; off++ {
		for _, start := range []int{oldStart - off, oldStart + off} {
			if start < 1 || start-1+len(old) > len(file) {
				continue
			}
			ok := true
			for k, want := range old {
				if strings.TrimRight(file[start-1+k], " \t") != strings.TrimRight(want, " \t") {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}
