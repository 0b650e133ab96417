package scanner

import (
	"testing"

	"vigil/modules/analysis/scanner/ir"
)

func TestSameSummary(t *testing.T) {
	step := func(line int) TraceStep {
		return TraceStep{Location: Location{Path: "a.py", StartLine: line}, Kind: "step", Message: "m"}
	}
	tests := []struct {
		name string
		a, b *summary
		want bool
	}{
		{"both empty", &summary{}, &summary{}, true},
		{"same traces", &summary{retSrc: []TraceStep{step(1)}, paramSink: map[int][]TraceStep{0: {step(2)}}},
			&summary{retSrc: []TraceStep{step(1)}, paramSink: map[int][]TraceStep{0: {step(2)}}}, true},
		{"returned source only in one", &summary{retSrc: []TraceStep{}}, &summary{}, false},
		{"trace differs", &summary{paramRet: map[int][]TraceStep{0: {step(1)}}}, &summary{paramRet: map[int][]TraceStep{0: {step(3)}}}, false},
		{"other parameter", &summary{paramSink: map[int][]TraceStep{0: {step(1)}}}, &summary{paramSink: map[int][]TraceStep{1: {step(1)}}}, false},
		{"one more fact", &summary{paramRet: map[int][]TraceStep{0: {step(1)}}},
			&summary{paramRet: map[int][]TraceStep{0: {step(1)}}, paramSink: map[int][]TraceStep{0: {step(1)}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameSummary(tt.a, tt.b); got != tt.want {
				t.Errorf("sameSummary = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestXfileRerunOnlyStale: a caller is analysed again only when a summary
// it looked up has changed, and a summary whose content did not change
// keeps its identity across rounds.
func TestXfileRerunOnlyStale(t *testing.T) {
	const rule = "R"
	helper := xtarget{"lib.py", "helper"}
	other := xtarget{"lib.py", "other"}
	clean := &summary{}
	x := &xstate{sums: map[string]map[string]map[string]*summary{}}
	// round 1: lib.py's helper is clean, other is absent
	x.updateSums(&xresult{path: "lib.py", rules: map[string]*xrule{rule: {sums: map[string]*summary{"helper": clean}}}})
	latest := &xresult{path: "app.py", rules: map[string]*xrule{
		rule: {deps: map[xtarget]*summary{helper: clean, other: nil}},
	}}
	if x.stale(latest, rule) {
		t.Fatal("stale right after the analysis")
	}
	if !x.stale(latest, "other-rule") || !x.stale(nil, rule) {
		t.Error("a rule the file was not analysed for must count as stale")
	}
	// round 2: helper analysed again with the same result
	changed := x.updateSums(&xresult{path: "lib.py", rules: map[string]*xrule{rule: {sums: map[string]*summary{"helper": {}}}}})
	if len(changed) != 0 || x.sums["lib.py"][rule]["helper"] != clean {
		t.Fatalf("unchanged summary: changed %v, identity kept %v", changed, x.sums["lib.py"][rule]["helper"] == clean)
	}
	if x.stale(latest, rule) {
		t.Error("stale although nothing it looked up changed")
	}
	// round 3: other now has a summary
	x.updateSums(&xresult{path: "lib.py", rules: map[string]*xrule{rule: {sums: map[string]*summary{
		"helper": {}, "other": {paramSink: map[int][]TraceStep{0: {{Kind: "sink"}}}}}}}})
	if !x.stale(latest, rule) {
		t.Error("not stale although a function it called gained a summary")
	}
}

// TestXfileIdle: a file's cross-file analysis for a rule is skipped only
// when its summaries are wanted by no one and the result cannot differ
// from the per-file pass's where it matters.
func TestXfileIdle(t *testing.T) {
	lib := xtarget{"lib.py", "run"}
	mod := &ir.Module{Top: &ir.Func{Name: "<module>"}}
	mod.Funcs = []*ir.Func{mod.Top, {Name: "handler"}}
	tests := []struct {
		name    string
		wanted  map[string]bool
		sum     *summary // lib.run's summary (nil: none)
		found   bool     // the file's own finding of the rule
		sink    bool     // the file calls a sink of the rule
		skipped bool
	}{
		{"no summary reached", nil, nil, true, true, true},
		{"function wanted by a caller", map[string]bool{"handler": true}, nil, false, false, false},
		{"module wanted by a caller", map[string]bool{"*": true}, nil, false, false, false},
		{"other function wanted", map[string]bool{"other": true}, nil, false, false, true},
		{"summary reached, own finding", nil, &summary{}, true, false, false},
		{"summary reached, own sink", nil, &summary{}, false, true, false},
		{"summary reached, nothing to report", nil, &summary{paramRet: map[int][]TraceStep{0: nil}}, false, false, true},
		{"summary passes to a sink", nil, &summary{paramSink: map[int][]TraceStep{0: {{Kind: "sink"}}}}, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := &xstate{sums: map[string]map[string]map[string]*summary{}, found: map[string]map[string]bool{"app.py": {"R": tt.found}},
				wanted: map[string]map[string]bool{"app.py": tt.wanted}, callers: map[string][]string{"lib.py": {"app.py"}},
				res: map[string]*xresolver{"app.py": {self: "app.py", exact: map[string]xtarget{"run": lib}}}}
			if tt.wanted != nil {
				x.callers["app.py"] = []string{"main.py"}
			}
			if tt.sum != nil {
				x.sums["lib.py"] = map[string]map[string]*summary{"R": {"run": tt.sum}}
			}
			tf := &taintFile{mod: mod, calls: [][2]string{{"run", "run"}}}
			got := x.newIdle("app.py", tf).skip(&Rule{ID: "R"}, func() bool { return tt.sink })
			if got != tt.skipped {
				t.Errorf("skip = %v, want %v", got, tt.skipped)
			}
		})
	}
}
