package cortex

import (
	"io/fs"
	"math"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"vigil/modules/analysis/scanner"
)

// FileRisk is a file's review priority and why.
type FileRisk struct {
	Path    string   `json:"path"`
	Score   float64  `json:"score"`
	Reasons []string `json:"reasons"`
}

// sensitiveName matches paths whose code usually guards something.
var sensitiveName = regexp.MustCompile(`(?i)(auth|login|logout|signin|signup|session|passw|token|oauth|sso|jwt|payment|billing|checkout|invoice|wallet|transfer|admin|permission|acl|role|access|account|user|upload|crypto|secret|webhook)`)

// sinkPattern matches calls that reach dangerous sinks across languages.
var sinkPattern = regexp.MustCompile(`\b(exec|execSync|spawn|system|popen|eval|Function|subprocess|Runtime\.getRuntime|ProcessBuilder|Command|shell_exec|passthru|query|execute|raw|rawQuery|Exec|QueryRow|innerHTML|dangerouslySetInnerHTML|render_template_string|pickle\.loads|yaml\.load|unserialize|readObject|redirect|sendRedirect|open|readFile|writeFile|http\.Get|requests\.get|urlopen|fetch)\s*\(`)

// reviewableExt are the languages worth a model's review.
var reviewableExt = map[string]bool{".py": true, ".js": true, ".jsx": true, ".ts": true, ".tsx": true, ".go": true,
	".java": true, ".kt": true, ".php": true, ".rb": true, ".cs": true, ".c": true, ".cc": true, ".cpp": true, ".rs": true, ".scala": true}

var testPath = regexp.MustCompile(`(?i)(^|/)(tests?|spec|__tests__|testdata|fixtures?|examples?|docs?)/|_test\.go$|\.(test|spec)\.[jt]sx?$|(^|/)test_[^/]*\.py$`)

// RankFiles orders the source files of src for deep review: static findings
// (weighted by severity), sinks, sensitive names (auth, login, payment...)
// and size raise the score; tests and fixtures lower it. Only files of
// reviewable languages are returned, highest score first.
func RankFiles(src fs.FS, findings []scanner.Finding) []FileRisk {
	sev := map[string]float64{}
	cnt := map[string]int{}
	for _, f := range findings {
		if f.Suppression != nil || f.Kind == scanner.KindDependency {
			continue
		}
		w := []float64{0.5, 1, 3, 6, 10}[max(f.Severity.Rank(), 0)]
		sev[f.Location.Path] += w
		cnt[f.Location.Path]++
	}
	var out []FileRisk
	_ = fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			name := d.Name()
			if p != "." && (strings.HasPrefix(name, ".") || name == "node_modules" || name == "vendor" || name == "third_party") {
				return fs.SkipDir
			}
			return nil
		}
		if !reviewableExt[strings.ToLower(path.Ext(p))] {
			return nil
		}
		b, err := fs.ReadFile(src, p)
		if err != nil || len(b) == 0 || len(b) > maxSourceBytes {
			return nil
		}
		text := string(b)
		r := FileRisk{Path: p}
		if s := sev[p]; s > 0 {
			r.Score += s
			r.Reasons = append(r.Reasons, plural(cnt[p], "static finding"))
		}
		if n := len(sinkPattern.FindAllStringIndex(text, 50)); n > 0 {
			r.Score += math.Min(float64(n), 10) * 1.5
			r.Reasons = append(r.Reasons, plural(n, "sink call"))
		}
		if m := sensitiveName.FindString(p); m != "" {
			r.Score += 5
			r.Reasons = append(r.Reasons, "sensitive name ("+strings.ToLower(m)+")")
		}
		lines := strings.Count(text, "\n") + 1
		r.Score += math.Log2(float64(lines)) / 2
		if testPath.MatchString(p) {
			r.Score *= 0.3
			r.Reasons = append(r.Reasons, "test or fixture code")
		}
		out = append(out, r)
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Path < out[j].Path
	})
	return out
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// focusFirst moves files with static findings in the focus categories (OWASP
// ids) ahead of the others, keeping the risk order within each group.
func focusFirst(ranked []FileRisk, findings []scanner.Finding, focus []string) []FileRisk {
	if len(focus) == 0 {
		return ranked
	}
	want := map[string]bool{}
	for _, f := range focus {
		want[scanner.OWASPName(f)] = true
	}
	hit := map[string]bool{}
	for _, f := range findings {
		for _, o := range f.OWASP {
			if want[o] || want[scanner.OWASPName(o)] {
				hit[f.Location.Path] = true
			}
		}
	}
	out := make([]FileRisk, 0, len(ranked))
	for _, fr := range ranked {
		if hit[fr.Path] {
			out = append(out, fr)
		}
	}
	for _, fr := range ranked {
		if !hit[fr.Path] {
			out = append(out, fr)
		}
	}
	return out
}
