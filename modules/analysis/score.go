package analysis

import "math"

// Score weights: how much one open finding of a severity costs. A finding
// triaged as false positive, accepted risk or fixed, or suppressed in code,
// costs nothing.
var scoreWeights = map[string]float64{"critical": 25, "high": 10, "medium": 4, "low": 1, "info": 0}

// ScoreMethod explains the score in the report (shown to users).
const ScoreMethod = "score = round(100 × 100 / (100 + penalty)), penalty = 25 per open critical, 10 per high, 4 per medium, 1 per low finding (info, suppressed and triaged findings cost nothing). Grade: A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F; any open critical finding caps the grade at C."

// score computes the security score (0–100) and grade from open counts by
// severity. The curve never reaches 0, so a project with 100 findings
// still differs from one with 10: 1 critical → 80, 4 criticals → 50.
func score(counts map[string]int) (int, string) {
	var penalty float64
	for sev, n := range counts {
		penalty += scoreWeights[sev] * float64(n)
	}
	sc := int(math.Round(100 * 100 / (100 + penalty)))
	var grade string
	switch {
	case sc >= 90:
		grade = "A"
	case sc >= 80:
		grade = "B"
	case sc >= 70:
		grade = "C"
	case sc >= 60:
		grade = "D"
	default:
		grade = "F"
	}
	if counts["critical"] > 0 && grade < "C" {
		grade = "C"
	}
	return sc, grade
}
