package main

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Label is one `LABEL: CWE-n` marker: the weaknesses expected on that line.
type Label struct {
	Path string
	Line int
	CWEs []string
}

// Case is one unit of file-level scoring: a source file, or a folder whose
// name starts with vuln_ or safe_ (a case spread over several files).
type Case struct {
	ID       string // slash path relative to the corpus root
	Language string
	Files    []string
	Labels   []Label
	// Rule is set for per-rule cases (testdata/scanner/VGL-*): the rule
	// expected to fire (positive) or to stay silent (negative).
	Rule     string
	Expected bool
}

// Positive reports whether the case expects a finding.
func (c *Case) Positive() bool {
	if c.Rule != "" {
		return c.Expected
	}
	return len(c.Labels) > 0
}

// CWEs returns the distinct labelled CWEs of the case, sorted.
func (c *Case) CWEs() []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range c.Labels {
		for _, w := range l.CWEs {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	sort.Strings(out)
	return out
}

var labelRE = regexp.MustCompile(`LABEL:\s*(CWE-\d+(?:\s*,\s*CWE-\d+)*)`)

// parseLabels returns the labels in one file's text.
func parseLabels(p string, text string) []Label {
	var out []Label
	for i, line := range strings.Split(text, "\n") {
		m := labelRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		var cwes []string
		for _, c := range strings.Split(m[1], ",") {
			cwes = append(cwes, normCWE(c))
		}
		out = append(out, Label{Path: p, Line: i + 1, CWEs: cwes})
	}
	return out
}

// languages maps a file extension to the language it is scored under
// (TypeScript and JSX count as javascript, C++ as c).
var languages = map[string]string{
	".py": "python", ".js": "javascript", ".jsx": "javascript", ".mjs": "javascript", ".cjs": "javascript",
	".ts": "javascript", ".tsx": "javascript", ".go": "go", ".java": "java", ".php": "php", ".rb": "ruby",
	".c": "c", ".h": "c", ".cc": "c", ".cpp": "c", ".hpp": "c",
}

// knownLanguage maps a corpus's first folder name to a language.
var knownLanguage = map[string]string{
	"python": "python", "javascript": "javascript", "typescript": "javascript", "go": "go",
	"java": "java", "php": "php", "ruby": "ruby", "c": "c", "cpp": "c",
}

// languageOf names a case's language: from the corpus's first folder when it
// is a language name, else from the extension.
func languageOf(p string) string {
	if first, _, ok := strings.Cut(p, "/"); ok {
		if l, ok := knownLanguage[first]; ok {
			return l
		}
	}
	if l, ok := languages[strings.ToLower(path.Ext(p))]; ok {
		return l
	}
	return "other"
}

// caseRoot returns the folder case a file belongs to (the outermost folder
// on its path named vuln_* or safe_*), or "" when the file is its own case.
func caseRoot(p string) string {
	parts := strings.Split(p, "/")
	for i := 0; i < len(parts)-1; i++ {
		if strings.HasPrefix(parts[i], "vuln_") || strings.HasPrefix(parts[i], "safe_") {
			return strings.Join(parts[:i+1], "/")
		}
	}
	return ""
}

// loadLabelled reads a corpus of LABEL-marked files. Every source file is a
// case, except the files of a vuln_*/safe_* folder, which together are one.
// Files that are not source (README.md) are ignored unless they sit in a
// folder case.
func loadLabelled(fsys fs.FS) ([]*Case, error) {
	byID := map[string]*Case{}
	var order []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules") {
				return fs.SkipDir
			}
			return nil
		}
		id := caseRoot(p)
		if id == "" {
			if _, ok := languages[strings.ToLower(path.Ext(p))]; !ok {
				return nil
			}
			id = p
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		c := byID[id]
		if c == nil {
			c = &Case{ID: id, Language: languageOf(p)}
			byID[id] = c
			order = append(order, id)
		}
		c.Files = append(c.Files, p)
		c.Labels = append(c.Labels, parseLabels(p, string(data))...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]*Case, 0, len(order))
	for _, id := range order {
		out = append(out, byID[id])
	}
	return out, nil
}

// loadRuleCases reads testdata/scanner-style per-rule folders: in folder
// RULE-ID, a file named positive_* expects a finding of that rule and a
// file named negative_* expects none. Only the names are read.
func loadRuleCases(fsys fs.FS) ([]*Case, error) {
	var out []*Case
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		dir, name := path.Split(p)
		dir = strings.TrimSuffix(dir, "/")
		if dir == "" || strings.Contains(dir, "/") || !strings.HasPrefix(dir, "VGL-") {
			return nil
		}
		var expected bool
		switch {
		case strings.HasPrefix(name, "positive_"):
			expected = true
		case strings.HasPrefix(name, "negative_"):
		default:
			return nil
		}
		out = append(out, &Case{ID: p, Language: languageOf(name), Files: []string{p}, Rule: dir, Expected: expected})
		return nil
	})
	return out, err
}

// splitCorpusArg parses NAME:DIR:REPORT.
func splitCorpusArg(s string) (name, dir, report string, err error) {
	parts := strings.SplitN(s, ":", 3)
	if len(parts) != 3 || parts[0] == "" || parts[1] == "" || parts[2] == "" {
		return "", "", "", fmt.Errorf("want NAME:DIR:REPORT, got %s", strconv.Quote(s))
	}
	return parts[0], parts[1], parts[2], nil
}
