package scanner

import (
	"testing"

	"vigil/modules/analysis/scanner/ir"
)

// TestCallFactsPerScan: what a callee is to a rule is worked out once per
// scan and shared by every file, and agrees with matching it afresh.
func TestCallFactsPerScan(t *testing.T) {
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	var r *Rule
	for _, x := range rules {
		if x.ID == "VGL-PY-CMDI-001" {
			r = x
		}
	}
	if r == nil {
		t.Fatal("VGL-PY-CMDI-001 not found")
	}
	vm, err := defaultV2Models()
	if err != nil {
		t.Fatal(err)
	}
	rm := vm.view(r, "python")
	recv := &ir.Operand{}
	calls := []*ir.Instr{
		{Op: ir.Call, Text: "os.system", Callee: "os.system", Recv: recv},
		{Op: ir.Call, Text: "run", Callee: "os.system"},
		{Op: ir.Call, Text: "print", Callee: "print"},
		{Op: ir.Call, Text: "os.system", Callee: "os.system"},
	}
	ids := map[int32]bool{}
	for _, in := range calls {
		id := vm.calleeID("python", keyOfCall(in))
		ids[id] = true
		first := rm.factsOf(id, in)
		// a later file's call of the same callee (a copy of its names)
		again := &ir.Instr{Op: ir.Call, Text: string([]byte(in.Text)), Callee: string([]byte(in.Callee)), Recv: in.Recv}
		if got := rm.factsOf(vm.calleeID("python", keyOfCall(again)), again); got != first {
			t.Errorf("%s: facts worked out again for the same callee", in.Text)
		}
		fresh := rm.callFacts(in)
		if len(fresh.sinks) != len(first.sinks) || fresh.src != first.src || fresh.san != first.san || fresh.prop != first.prop {
			t.Errorf("%s: shared facts %+v, fresh %+v", in.Text, first, fresh)
		}
	}
	if len(ids) != len(calls) {
		t.Errorf("%d callee numbers for %d distinct calls (with and without a receiver are distinct)", len(ids), len(calls))
	}
	if f := rm.factsOf(vm.calleeID("python", keyOfCall(calls[1])), calls[1]); len(f.sinks) == 0 {
		t.Error("run aliasing os.system is not a sink")
	}
	if f := rm.factsOf(vm.calleeID("python", keyOfCall(calls[2])), calls[2]); f != noFacts {
		t.Error("print is something to a command injection rule")
	}
}
