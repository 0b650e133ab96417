package analysis

import (
	"encoding/json"
	"fmt"

	"vigil/modules/analysis/cortex"
	"vigil/modules/analysis/internal/store"
)

// aiModel names the model behind an AI output as users see it everywhere:
// "provider/model" (two workspace providers may serve models of one name).
func aiModel(a cortex.Attribution) string {
	if a.Provider != "" && a.Model != "" {
		return fmt.Sprintf("%s/%s", a.Provider, a.Model)
	}
	return a.Model
}

// aiFromTriage keeps cortex's verdict with the model that produced it; an
// item cortex could not judge says so instead of inventing a verdict.
func aiFromTriage(t cortex.TriageResult) *store.AI {
	ai := &store.AI{Verdict: t.Verdict, Explanation: t.Reason, Model: aiModel(t.Attribution)}
	if t.Verdict == "" {
		ai.Verdict = "unavailable"
		ai.Explanation = t.Note
	}
	return ai
}

// applyFixes adds cortex's fixes to the findings' AI records (creating one
// for a finding triage did not judge, e.g. an AI-raised finding) and
// returns the model that wrote each fix by fingerprint: it may differ from
// the triage model the record names, so it travels in the finding's extra
// as "ai_fix_model". A fix cortex could not write adds nothing.
func applyFixes(verdicts map[string]*store.AI, fixes []cortex.FixResult) map[string]string {
	models := map[string]string{}
	for _, f := range fixes {
		if f.Diff == "" {
			continue
		}
		v := verdicts[f.Fingerprint]
		if v == nil {
			// Only a fix: the record names the model that wrote it.
			v = &store.AI{Model: aiModel(f.Attribution)}
			verdicts[f.Fingerprint] = v
		}
		v.FixDiff = f.Diff
		models[f.Fingerprint] = aiModel(f.Attribution)
	}
	return models
}

// withExtra returns a copy of extra with key set (scanner findings share
// their Extra map with cortex's report).
func withExtra(extra map[string]string, key, value string) map[string]string {
	out := make(map[string]string, len(extra)+1)
	for k, v := range extra {
		out[k] = v
	}
	out[key] = value
	return out
}

// AISummary is the report's executive summary, with the model that wrote it.
type AISummary struct {
	Summary  string   `json:"summary"`
	TopRisks []string `json:"top_risks"`
	Model    string   `json:"model"`
}

// encodeSummary is what the ai_summary column holds: "" when cortex wrote
// no summary (not configured, out of budget, or the model failed).
func encodeSummary(r cortex.SummaryResult) string {
	if r.Summary == "" {
		return ""
	}
	risks := r.TopRisks
	if risks == nil {
		risks = []string{}
	}
	b, _ := json.Marshal(AISummary{Summary: r.Summary, TopRisks: risks, Model: aiModel(r.Attribution)})
	return string(b)
}

func decodeSummary(s string) *AISummary {
	if s == "" {
		return nil
	}
	var v AISummary
	if json.Unmarshal([]byte(s), &v) != nil || v.Summary == "" {
		return nil
	}
	return &v
}
