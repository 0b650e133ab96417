package scanner

import (
	"path"
	"slices"
	"sort"
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
			got := x.newIdle("app.py", tf).skip(&Rule{ID: "R"}, func() bool { return tt.sink }, x.look("app.py", nil))
			if got != tt.skipped {
				t.Errorf("skip = %v, want %v", got, tt.skipped)
			}
		})
	}
}

// TestXfileReanalysable: only a file that calls into its own wave or a
// later one (a cycle), or into a file that may be analysed again, is kept
// for another analysis.
func TestXfileReanalysable(t *testing.T) {
	tests := []struct {
		name  string
		edges map[string][]string // caller -> callees
		want  []string
	}{
		{"chain", map[string][]string{"a": {"b"}, "b": {"c"}}, nil},
		{"two-file cycle", map[string][]string{"a": {"b"}, "b": {"a"}}, []string{"a", "b"}},
		{"caller of a cycle", map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"b"}}, []string{"a", "b", "c"}},
		{"callee of a cycle", map[string][]string{"a": {"b"}, "b": {"a", "c"}}, []string{"a", "b"}},
		{"self-contained diamond", map[string][]string{"a": {"b", "c"}, "b": {"d"}, "c": {"d"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := &xstate{edges: map[string]map[string]bool{}, callers: map[string][]string{}}
			for p, ts := range tt.edges {
				x.edges[p] = map[string]bool{}
				for _, c := range ts {
					x.edges[p][c] = true
					x.callers[c] = append(x.callers[c], p)
				}
			}
			var got []string
			for p := range x.reanalysable() {
				got = append(got, p)
			}
			sort.Strings(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("reanalysable = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestXfileKeptSameFindings: reusing a file's lowered IR in a later round
// gives the findings and notes of parsing and lowering it again.
func TestXfileKeptSameFindings(t *testing.T) {
	for _, name := range []string{"positive_py_import_cycle", "positive_js_reexport", "negative_py_cleaning_helper"} {
		t.Run(name, func(t *testing.T) {
			dir := path.Join(testdataDir, "xfile", name)
			scan := func(keep bool) (string, int64) {
				xKeep = keep
				defer func() { xKeep = true }()
				before := xKeptReused.Load()
				out := scanOutcome(t, dir, Options{})
				return out, xKeptReused.Load() - before
			}
			without, _ := scan(false)
			with, reused := scan(true)
			if with != without {
				t.Errorf("findings differ with the IR kept:\n%s\nwithout:\n%s", with, without)
			}
			if name == "positive_py_import_cycle" && reused == 0 {
				t.Error("the import cycle's second analysis did not reuse the kept IR")
			}
		})
	}
}
