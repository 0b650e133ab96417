package analysis

import (
	"fmt"

	"vigil/modules/analysis/cortex"
	"vigil/modules/analysis/internal/store"
)

// aiFromTriage keeps cortex's verdict with the model that produced it; an
// item cortex could not judge says so instead of inventing a verdict.
func aiFromTriage(t cortex.TriageResult) *store.AI {
	ai := &store.AI{Verdict: t.Verdict, Explanation: t.Reason, Model: t.Model}
	if t.Verdict == "" {
		ai.Verdict = "unavailable"
		ai.Explanation = t.Note
	}
	if t.Provider != "" && t.Model != "" {
		ai.Model = fmt.Sprintf("%s/%s", t.Provider, t.Model)
	}
	return ai
}
