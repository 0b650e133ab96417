package dataflow

import (
	"strings"

	"vigil/modules/analysis/scanner/ir"
)

// resetJoins finds, for URL targets (HostCheck), the if-statements that
// replace a value with a constant when its regular-expression check
// fails:
//
//	if (preg_match('#^https?://[^/]++#i', $path, $host) && !preg_match($allowedHosts, $host[0])) {
//	    $path = '/';
//	}
//
// The check reads the value itself or a group a start-anchored
// preg_match of it captured (its scheme and host), against any pattern;
// the failing edge leads to a block that only assigns constants to the
// value (and to nothing else), and the passing edge goes, directly or
// through an empty block, to the same join. Past that join the code has
// kept the value only where its allow-list check did not reject it: the
// value is read as checked there. A pattern the application does not
// show (a configured host regex) is trusted as the allow-list the code
// treats it as; checks that reject by returning or throwing are the
// ordinary validators (validated). It returns, per join block, the
// variables to read as checked on entry.
func resetJoins(f *ir.Func) map[int][]string {
	var out map[int][]string
	for _, r := range f.Blocks {
		if r.Cond != nil || len(r.Preds) != 1 || len(r.Succs) != 1 || len(r.Instrs) == 0 {
			continue
		}
		reset := map[string]bool{}
		for _, in := range r.Instrs {
			if in.Op != ir.Assign || in.Dst == nil || len(in.Dst.Path) != 0 || in.Dst.IsTemp() || len(in.Args) != 1 || !in.Args[0].IsConst() {
				reset = nil
				break
			}
			reset[in.Dst.Base] = true
		}
		if len(reset) == 0 {
			continue
		}
		c, j := r.Preds[0], r.Succs[0]
		if c.Cond == nil || len(c.Succs) != 2 || c.Cond.IsConst() || !c.Cond.Place.IsTemp() {
			continue
		}
		check, passOnTrue := regexCheck(c, c.Cond.Place.Base)
		if check == nil {
			continue
		}
		fail, pass := c.Succs[1], c.Succs[0]
		if !passOnTrue {
			fail, pass = pass, fail
		}
		if fail != r || !(pass == j || len(pass.Instrs) == 0 && pass.Cond == nil && len(pass.Succs) == 1 && pass.Succs[0] == j) {
			continue
		}
		if pat := check.Args[0]; pat.IsConst() {
			// a constant pattern must be an allow-list: anchored at both
			// ends and without wildcards (as for validated's preg_match)
			p := delimited(pat.Const.S)
			if !strings.HasPrefix(p, "^") || !(strings.HasSuffix(p, "$") || strings.HasSuffix(p, `\z`)) || !tightPattern(p, true) {
				continue
			}
		}
		subj := check.Args[1]
		if subj.IsConst() {
			continue
		}
		v := subj.Place.Base
		if len(subj.Place.Path) > 0 {
			// a group captured from the value: preg_match('#^...#', $v, $m) then $m[0]
			v = capturedFrom(f, subj.Place)
		} else if subj.Place.IsTemp() {
			continue
		}
		if v == "" || !reset[v] {
			continue
		}
		if out == nil {
			out = map[int][]string{}
		}
		out[j.Index] = append(out[j.Index], v)
	}
	return out
}

// regexCheck is the preg_match call whose result (possibly negated) is
// the temporary cond of block c, and whether true means it matched.
func regexCheck(c *ir.Block, cond string) (*ir.Instr, bool) {
	pos := true
	for steps := 0; steps < 4; steps++ {
		var def *ir.Instr
		for _, in := range c.Instrs {
			if in.Dst != nil && in.Dst.Base == cond && len(in.Dst.Path) == 0 {
				def = in
			}
		}
		switch {
		case def == nil:
			return nil, false
		case def.Op == ir.Not && len(def.Args) == 1 && !def.Args[0].IsConst() && def.Args[0].Place.IsTemp():
			pos = !pos
			cond = def.Args[0].Place.Base
		case def.Op == ir.Call && def.Recv == nil && strings.TrimPrefix(def.Text, `\`) == "preg_match" && len(def.Args) >= 2:
			return def, pos
		default:
			return nil, false
		}
	}
	return nil, false
}

// capturedFrom is the variable whose text a start-anchored preg_match
// captured into the array p reads (`preg_match('#^https?://[^/]+#', $v,
// $m)` then `$m[0]`), or "".
func capturedFrom(f *ir.Func, p ir.Place) string {
	if p.IsTemp() || len(p.Path) != 1 || p.Path[0].Kind != ir.Key {
		return ""
	}
	found := ""
	for _, b := range f.Blocks {
		for _, in := range b.Instrs {
			if in.Op != ir.Call || in.Recv != nil || strings.TrimPrefix(in.Text, `\`) != "preg_match" || len(in.Args) < 3 {
				continue
			}
			if in.Args[2].IsConst() || in.Args[2].Place.Base != p.Base || in.Args[1].IsConst() || in.Args[1].Place.IsTemp() || len(in.Args[1].Place.Path) != 0 {
				continue
			}
			if !in.Args[0].IsConst() || !strings.HasPrefix(delimited(in.Args[0].Const.S), "^") {
				return ""
			}
			if found != "" && found != in.Args[1].Place.Base {
				return ""
			}
			found = in.Args[1].Place.Base
		}
	}
	return found
}
