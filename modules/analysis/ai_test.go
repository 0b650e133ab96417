package analysis

import (
	"reflect"
	"testing"

	"vigil/modules/analysis/cortex"
	"vigil/modules/analysis/internal/store"
)

func TestAIFromTriage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   cortex.TriageResult
		want store.AI
	}{
		{"verdict with provider and model", cortex.TriageResult{Verdict: "true_positive", Reason: "concatenated",
			Attribution: cortex.Attribution{Provider: "team", Model: "fast", Status: cortex.StatusOK}},
			store.AI{Verdict: "true_positive", Explanation: "concatenated", Model: "team/fast"}},
		{"unavailable keeps the note", cortex.TriageResult{Attribution: cortex.Attribution{Status: cortex.StatusUnavailable, Note: "AI unavailable: 500"}},
			store.AI{Verdict: "unavailable", Explanation: "AI unavailable: 500"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := aiFromTriage(tt.in); *got != tt.want {
				t.Fatalf("got %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestApplyFixes(t *testing.T) {
	t.Parallel()
	verdicts := map[string]*store.AI{"static": {Verdict: "true_positive", Model: "team/fast"}}
	fixes := []cortex.FixResult{
		{Fingerprint: "static", Diff: "d1", Attribution: cortex.Attribution{Provider: "team", Model: "strong", Status: cortex.StatusOK}},
		{Fingerprint: "ai-raised", Diff: "d2", Attribution: cortex.Attribution{Provider: "inst", Model: "big", Status: cortex.StatusOK}},
		{Fingerprint: "failed", Attribution: cortex.Attribution{Status: cortex.StatusUnavailable, Note: "AI unavailable"}},
	}
	models := applyFixes(verdicts, fixes)
	if want := map[string]string{"static": "team/strong", "ai-raised": "inst/big"}; !reflect.DeepEqual(models, want) {
		t.Fatalf("fix models %v, want %v", models, want)
	}
	// The triage record keeps its own model; the fix's model is separate.
	if got := *verdicts["static"]; got != (store.AI{Verdict: "true_positive", Model: "team/fast", FixDiff: "d1"}) {
		t.Fatalf("static record %+v", got)
	}
	// A fix-only record names its model, like every AI record.
	if got := *verdicts["ai-raised"]; got != (store.AI{FixDiff: "d2", Model: "inst/big"}) {
		t.Fatalf("ai-raised record %+v", got)
	}
	if _, ok := verdicts["failed"]; ok {
		t.Fatal("a fix that was not written created a record")
	}
}

func TestWithExtraCopies(t *testing.T) {
	t.Parallel()
	orig := map[string]string{"ai_model": "m"}
	got := withExtra(orig, "ai_fix_model", "team/strong")
	if !reflect.DeepEqual(got, map[string]string{"ai_model": "m", "ai_fix_model": "team/strong"}) || len(orig) != 1 {
		t.Fatalf("got %v, original %v", got, orig)
	}
	if got := withExtra(nil, "k", "v"); got["k"] != "v" {
		t.Fatalf("nil extra: %v", got)
	}
}
