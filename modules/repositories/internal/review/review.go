// Package review plans a pull request review from an analysis of the PR's
// head: which findings are new in the PR (on a line it adds or changes),
// which are only made reachable by it (their trace crosses a changed
// line: summarised, not commented inline), which were posted before (not
// again) or dismissed (quiet), and the check run's conclusion by a
// severity threshold. It is pure: no network, no database.
package review

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Severities from most to least severe.
var Severities = []string{"critical", "high", "medium", "low", "info"}

// rank orders severities: critical 5 … info 1, unknown 0.
func rank(s string) int {
	i := slices.Index(Severities, strings.ToLower(s))
	if i < 0 {
		return 0
	}
	return len(Severities) - i
}

// AtLeast reports whether severity is at or above threshold (both among
// Severities; an unknown severity is below every threshold).
func AtLeast(severity, threshold string) bool {
	r := rank(severity)
	return r > 0 && r >= rank(threshold)
}

// Step is one hop of a finding's trace.
type Step struct {
	Path string
	Line int
	Note string
}

// Finding is what a review needs of one finding.
type Finding struct {
	Fingerprint string
	RuleID      string
	Title       string
	Message     string
	Severity    string
	CWE         []string
	Path        string
	StartLine   int
	EndLine     int
	Trace       []Step
	// Fix is the AI fix as a unified diff, if any.
	Fix string
	// Dismissed is true when the finding was triaged false positive or
	// accepted risk: it stays quiet.
	Dismissed bool
}

// File is one file of the pull request with its patch ("" when GitHub
// sent none: binary or too large).
type File struct {
	Path   string
	Status string
	Patch  string
}

// Comment is one inline comment to post.
type Comment struct {
	Fingerprint string
	Path        string
	StartLine   int // > 0 for a multi-line suggestion
	Line        int
	Body        string
	Severity    string
}

// Plan is the review to post and the check run's verdict.
type Plan struct {
	Comments      []Comment
	Summarised    []Finding
	AlreadyPosted int
	Dismissed     int
	OutsideDiff   int
	FilesTotal    int
	FilesReviewed int
	// Unreviewed names files whose diff GitHub did not send.
	Unreviewed []string
	// Blocking counts new findings at or above the threshold.
	Blocking   int
	Conclusion string // success or failure
}

// marker tags Vigil's comments with the finding's fingerprint, so a later
// push never posts the same finding again.
func marker(fp string) string { return "<!-- vigil:fp=" + fp + " -->" }

var markerRe = regexp.MustCompile(`<!-- vigil:fp=([A-Za-z0-9:_\-]+) -->`)

// Posted returns the fingerprints named in existing comment bodies.
func Posted(bodies []string) map[string]bool {
	out := map[string]bool{}
	for _, b := range bodies {
		for _, m := range markerRe.FindAllStringSubmatch(b, -1) {
			out[m[1]] = true
		}
	}
	return out
}

var hunkRe = regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@`)

// Added returns the new-side line numbers a patch adds or changes.
func Added(patch string) map[int]bool {
	out := map[int]bool{}
	n := 0
	for _, l := range strings.Split(patch, "\n") {
		if m := hunkRe.FindStringSubmatch(l); m != nil {
			n, _ = strconv.Atoi(m[3])
			continue
		}
		switch {
		case n == 0, strings.HasPrefix(l, "-"), strings.HasPrefix(l, `\`):
		case strings.HasPrefix(l, "+"):
			out[n] = true
			n++
		default:
			n++
		}
	}
	return out
}

// Build plans the review of files (the PR's diff) for findings (of the
// PR's head), skipping fingerprints already posted; threshold is the
// least severity that fails the check run.
func Build(files []File, findings []Finding, posted map[string]bool, threshold string) Plan {
	p := Plan{FilesTotal: len(files), Conclusion: "success"}
	added := map[string]map[int]bool{}
	for _, f := range files {
		if f.Patch == "" && f.Status != "removed" {
			p.Unreviewed = append(p.Unreviewed, f.Path)
			continue
		}
		p.FilesReviewed++
		added[f.Path] = Added(f.Patch)
	}
	for _, f := range findings {
		lines := added[f.Path]
		line := 0
		for l := max(f.StartLine, 1); l <= max(f.EndLine, f.StartLine); l++ {
			if lines[l] {
				line = l
				break
			}
		}
		if line == 0 {
			if reachable(f, added) && !f.Dismissed && !posted[f.Fingerprint] {
				p.Summarised = append(p.Summarised, f)
			} else {
				p.OutsideDiff++
			}
			continue
		}
		switch {
		case f.Dismissed:
			p.Dismissed++
			continue
		case rank(f.Severity) >= rank(threshold):
			p.Blocking++
		}
		if posted[f.Fingerprint] {
			p.AlreadyPosted++
			continue
		}
		c := Comment{Fingerprint: f.Fingerprint, Path: f.Path, Line: line, Severity: f.Severity}
		suggestion := ""
		if start, end, text, ok := suggest(f, lines); ok {
			c.StartLine, c.Line, suggestion = start, end, text
			if start == end {
				c.StartLine = 0
			}
		}
		c.Body = body(f, suggestion)
		p.Comments = append(p.Comments, c)
	}
	if p.Blocking > 0 {
		p.Conclusion = "failure"
	}
	return p
}

// reachable reports whether a step of f's trace (other than its sink) sits
// on a changed line.
func reachable(f Finding, added map[string]map[int]bool) bool {
	for _, s := range f.Trace {
		if added[s.Path][s.Line] {
			return true
		}
	}
	return false
}

// suggest turns f's fix into a GitHub suggestion when the fix is one hunk
// of f's file whose replaced lines are all changed lines of the PR (where
// GitHub lets a suggestion replace them).
func suggest(f Finding, lines map[int]bool) (start, end int, text string, ok bool) {
	if f.Fix == "" {
		return 0, 0, "", false
	}
	var hunks int
	var newLines []string
	for _, l := range strings.Split(strings.TrimRight(f.Fix, "\n"), "\n") {
		switch {
		case strings.HasPrefix(l, "--- "), strings.HasPrefix(l, "+++ "):
			if p := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(l, "--- "), "+++ "), "a/"), "b/"); p != f.Path && p != "/dev/null" {
				return 0, 0, "", false
			}
		case hunkRe.MatchString(l):
			hunks++
			m := hunkRe.FindStringSubmatch(l)
			start, _ = strconv.Atoi(m[1])
			count := 1
			if m[2] != "" {
				count, _ = strconv.Atoi(m[2])
			}
			end = start + count - 1
		case strings.HasPrefix(l, "+"):
			newLines = append(newLines, l[1:])
		case strings.HasPrefix(l, " "):
			newLines = append(newLines, l[1:])
		}
	}
	if hunks != 1 || start < 1 || end < start {
		return 0, 0, "", false
	}
	for l := start; l <= end; l++ {
		if !lines[l] {
			return 0, 0, "", false
		}
	}
	return start, end, strings.Join(newLines, "\n"), true
}

// body writes one comment: severity, title, rule, CWE, the message, the
// trace in short and the suggestion. Finding text is code-derived data:
// it is quoted, never interpreted.
func body(f Finding, suggestion string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** · %s\n\n", strings.ToUpper(f.Severity), oneLine(f.Title))
	fmt.Fprintf(&b, "Rule `%s`", f.RuleID)
	if len(f.CWE) > 0 {
		fmt.Fprintf(&b, " · %s", strings.Join(f.CWE, ", "))
	}
	b.WriteString("\n\n")
	if f.Message != "" {
		b.WriteString(oneLine(f.Message) + "\n\n")
	}
	if len(f.Trace) > 0 {
		var hops []string
		for _, s := range f.Trace {
			hops = append(hops, fmt.Sprintf("`%s:%d`", s.Path, s.Line))
		}
		if len(hops) > 6 {
			hops = append(hops[:3], append([]string{"…"}, hops[len(hops)-2:]...)...)
		}
		b.WriteString("Trace: " + strings.Join(hops, " → ") + "\n\n")
	}
	if suggestion != "" {
		b.WriteString("Suggested fix:\n\n```suggestion\n" + suggestion + "\n```\n\n")
	}
	b.WriteString(marker(f.Fingerprint))
	return b.String()
}

// oneLine keeps text on one line without markup that could break out of
// the comment's structure.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, "<!--", "< !--")
	if len(s) > 500 {
		s = s[:500] + "…"
	}
	return s
}

// Summary is the check run's and the review's summary text.
func Summary(p Plan, threshold string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Files reviewed: %d of %d.", p.FilesReviewed, p.FilesTotal)
	if len(p.Unreviewed) > 0 {
		names := p.Unreviewed
		if len(names) > 10 {
			names = append(names[:10:10], fmt.Sprintf("and %d more", len(p.Unreviewed)-10))
		}
		fmt.Fprintf(&b, " Not reviewed (GitHub sent no diff: binary or too large): %s.", strings.Join(names, ", "))
	}
	if p.FilesTotal >= 3000 {
		b.WriteString(" GitHub lists at most 3,000 files of a pull request; files beyond them were not reviewed.")
	}
	fmt.Fprintf(&b, "\n\nNew findings on changed lines: %d (%d at or above %s).", len(p.Comments)+p.AlreadyPosted, p.Blocking, threshold)
	if p.AlreadyPosted > 0 {
		fmt.Fprintf(&b, " Already commented on an earlier push: %d.", p.AlreadyPosted)
	}
	if p.Dismissed > 0 {
		fmt.Fprintf(&b, " Dismissed in Vigil: %d.", p.Dismissed)
	}
	if len(p.Summarised) > 0 {
		fmt.Fprintf(&b, "\n\nMade reachable by this change (the finding is on an unchanged line, its data flow crosses a changed one):\n")
		for _, f := range p.Summarised {
			fmt.Fprintf(&b, "- **%s** %s at `%s:%d` (`%s`)\n", strings.ToUpper(f.Severity), oneLine(f.Title), f.Path, f.StartLine, f.RuleID)
		}
	}
	return b.String()
}
