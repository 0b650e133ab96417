package scanner

import (
	"vigil/modules/analysis/scanner/dataflow"
	"vigil/modules/analysis/scanner/ir"
)

// Validates implements dataflow.Validator with the model packs'
// validators for the rule's kinds: the first whose pattern matches the
// callee as written or its canonical name (and whose in-file and where
// regexes, if any, match the file and the call's text). A receiver
// validator returns dataflow.RecvArg.
func (s *v2Spec) Validates(in *ir.Instr) (int, bool, bool) {
	for i := range s.view.Validators {
		v := &s.view.Validators[i]
		if v.Matches(in.Callee) || in.Text != in.Callee && v.Matches(in.Text) {
			if re := v.InFileRe(); re != nil && !re.Match(s.src) {
				continue
			}
			if re := v.WhereRe(); re != nil && !re.MatchString(s.callText(in)) {
				continue
			}
			if v.Receiver {
				return dataflow.RecvArg, v.OnTrue(), true
			}
			return v.Arg, v.OnTrue(), true
		}
	}
	return 0, false, false
}
