package scanner

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// AssignFingerprints sets Finding.Fingerprint on findings that have none.
// The fingerprint hashes the rule id, the file path, the matched code with
// all whitespace removed, and the occurrence index of that same (rule, path,
// code) triple in file order: no line numbers, so inserting or removing
// unrelated lines or re-indenting keeps every fingerprint. Findings must be
// sorted by position first.
func AssignFingerprints(findings []Finding) {
	seen := map[string]int{}
	for i := range findings {
		f := &findings[i]
		if f.Fingerprint != "" {
			continue
		}
		f.Fingerprint = fingerprint(f.RuleID, f.Location.Path, f.Snippet, seen)
	}
}

func fingerprint(ruleID, path, code string, seen map[string]int) string {
	key := ruleID + "\x00" + path + "\x00" + normText(code)
	idx := seen[key]
	seen[key] = idx + 1
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", key, idx)))
	return hex.EncodeToString(sum[:16])
}

// LineHash is the SARIF partialFingerprints.primaryLocationLineHash value:
// the fingerprint plus ":1" (GitHub's own format is "<hash>:<occurrence>").
func LineHash(f Finding) string {
	return strings.TrimSpace(f.Fingerprint) + ":1"
}
