package scanner

import "regexp"

// ForeignSuppressionReason is the justification of a finding silenced by
// another tool's suppression comment: the team already looked at this line
// with bandit, ruff, gosec, golangci-lint, SonarQube or Semgrep and decided.
const ForeignSuppressionReason = "suppressed by an existing comment"

// foreignMarkers are the suppression comments of other tools, each only
// inside a comment (after #, // or /*) so that the same word in a string
// or an identifier does not count:
//   - bandit's `# nosec` and gosec's `// #nosec G401` / `//nosec`;
//   - flake8-bandit and ruff's `# noqa: S324` (a bare `# noqa` or one
//     naming only other linters' codes is about style, not security);
//   - SonarQube's `// NOSONAR`;
//   - golangci-lint's bare `//nolint` or `//nolint:gosec,...`;
//   - Semgrep's `# nosemgrep`.
var foreignMarkers = []struct {
	name string
	re   *regexp.Regexp
}{
	{"nosec", regexp.MustCompile(`(?:#|//|/\*)[ \t]*#?[ \t]*nosec\b`)},
	{"noqa: S", regexp.MustCompile(`#[ \t]*noqa[ \t]*:[^#\n]*\bS\d{3}\b`)},
	{"NOSONAR", regexp.MustCompile(`(?i)(?:#|//|/\*)[ \t]*NOSONAR\b`)},
	{"nolint:gosec", regexp.MustCompile(`//[ \t]*nolint(?:[ \t]*$|[ \t]+[^:]|:[\w,-]*\bgosec\b)`)},
	{"nosemgrep", regexp.MustCompile(`(?:#|//|/\*)[ \t]*nosemgrep\b`)},
}

// foreignSuppression looks for another tool's suppression comment on the
// lines a finding spans (from and to, 1-based; at most 10 lines), where
// those tools expect them: on the flagged line itself, which for a
// statement over several lines may be its last.
func foreignSuppression(lines []string, from, to int) *Suppression {
	if to < from {
		to = from
	}
	to = min(to, from+9)
	for ln := from; ln <= to; ln++ {
		if ln < 1 || ln > len(lines) {
			continue
		}
		for _, m := range foreignMarkers {
			if m.re.MatchString(lines[ln-1]) {
				return &Suppression{Kind: "inline", Justification: ForeignSuppressionReason + " (" + m.name + ")"}
			}
		}
	}
	return nil
}
