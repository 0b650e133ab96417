package scanner

import (
	"regexp"
	"strings"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/models"
)

// Where a finding is reported. A sink that only builds or configures an
// object carrying the tainted value (`File target = new File(root, name)`,
// `pb = new ProcessBuilder(cmd)`, `curl_setopt($ch, CURLOPT_URL, $u)`,
// `os.MkdirAll(filepath.Dir(target))`) does no harm yet: the harm happens
// where the object is used, at the call that deletes or opens the file,
// runs the process or sends the request. Reviewers mark that statement, so
// the finding goes there: to the first call after the sink, in the same
// function, that is an effect of the sink's kind (models.Effect, the packs'
// effects: lists) and takes the object. "Takes" follows the object through
// locals and call chains on it (`ack = HttpRequest.newBuilder(u).GET().build();
// http.send(ack, h)`, `target.toPath()`): first from the sink call's result
// and receiver; when none of those reaches an effect, from the values of the
// sink's arguments (`curl_setopt($ch, ...)` then `curl_exec($ch)`; MkdirAll
// of a path's directory, then os.OpenFile of the path). When several path
// sinks use the same path, the first that reads, writes or deletes the
// file's content is thus where the flow is reported: a sink that is itself
// an effect stays where it is, and one that is not (making its directory,
// `new File`) moves to it. A sink whose object is returned, stored or
// passed away without an effect call in the function stays at the sink.

// effectCall returns the call where a finding at the sink call spanning at
// is reported instead, or nil to keep it at the sink.
func effectCall(fn *ir.Func, at ir.Span, effects []models.Effect) *ir.Instr {
	if fn == nil || len(effects) == 0 {
		return nil
	}
	var instrs []*ir.Instr
	for _, b := range fn.Blocks {
		instrs = append(instrs, b.Instrs...)
	}
	sink := -1
	for i, in := range instrs {
		if in.Op == ir.Call && in.Span.Start == at.Start && in.Span.End == at.End {
			sink = i // the last: a chain's outer call spans its inner ones
		}
	}
	if sink < 0 {
		return nil
	}
	isEffect := func(in *ir.Instr) bool {
		if in.Op != ir.Call {
			return false
		}
		for i := range effects {
			if matchRe(effects[i].Re(), in.Text, in.Callee) {
				return true
			}
		}
		return false
	}
	s := instrs[sink]
	if isEffect(s) {
		return nil
	}
	// the object: the sink's result and its receiver
	obj := map[string]bool{}
	if s.Dst != nil && len(s.Dst.Path) == 0 {
		obj[s.Dst.Base] = true
	}
	if s.Recv != nil && !s.Recv.Const.Known() && len(s.Recv.Place.Path) == 0 && s.Recv.Place.Base != "" {
		obj[s.Recv.Place.Base] = true
	}
	if e := firstEffect(instrs[sink+1:], obj, isEffect); e != nil {
		return e
	}
	if escapes(instrs[sink+1:], obj) {
		return nil // the object is used elsewhere: reported where it is built
	}
	// the values of its arguments, through the temporaries and once-set
	// locals that computed them from arguments (filepath.Dir(target), root + dir)
	vals := map[string]bool{}
	var add func(op ir.Operand, depth int)
	add = func(op ir.Operand, depth int) {
		if op.Const.Known() || len(op.Place.Path) != 0 || op.Place.Base == "" || depth > 8 {
			return
		}
		b := op.Place.Base
		if vals[b] {
			return
		}
		vals[b] = true
		// a temporary, or an argument that is a local set once before the
		// sink (dir := filepath.Dir(target)), stands for what it was
		// computed from; other locals are values of their own
		if depth > 0 && !isTemp(b) {
			return
		}
		var def *ir.Instr
		for _, in := range instrs[:sink] {
			if in.Dst != nil && in.Dst.Base == b {
				if def != nil || len(in.Dst.Path) != 0 {
					return
				}
				def = in
			}
		}
		if def == nil {
			return
		}
		// arguments only: the object a method is called on
		// (file.getOriginalFilename()) is not the value it returns
		for _, a := range def.Args {
			add(a, depth+1)
		}
	}
	for _, a := range s.Args {
		add(a, 0)
	}
	for _, k := range s.Kwargs {
		add(k.Val, 0)
	}
	if len(vals) == 0 {
		return nil
	}
	return firstEffect(instrs[sink+1:], vals, isEffect)
}

var tempRe = regexp.MustCompile(`^\$\d+$`)

// isTemp reports whether a place is a front end's temporary ($1, $2, ...).
func isTemp(base string) bool { return tempRe.MatchString(base) }

// firstEffect walks the instructions after a sink and returns the first
// effect call that takes one of carriers (receiver or argument). What an
// instruction computes from a carrier carries it on (a local it is copied
// to, a call made on it or with it).
func firstEffect(after []*ir.Instr, carriers map[string]bool, isEffect func(*ir.Instr) bool) *ir.Instr {
	if len(carriers) == 0 {
		return nil
	}
	for _, in := range after {
		if !usesCarrier(in, carriers) {
			continue
		}
		if isEffect(in) {
			return in
		}
		if in.Dst != nil && len(in.Dst.Path) == 0 && in.Dst.Base != "" {
			carriers[in.Dst.Base] = true
		}
	}
	return nil
}

// escapes reports whether the object a sink built (carriers: its result
// and receiver) is passed to a call, returned or stored in a field or
// element after the sink. Only an object that does not (unused, or an error
// only compared, `if err := os.MkdirAll(d); err != nil`) lets the sink's
// finding move on to an effect on the values of its arguments.
func escapes(after []*ir.Instr, obj map[string]bool) bool {
	carriers := map[string]bool{}
	for k := range obj {
		carriers[k] = true
	}
	for _, in := range after {
		if !usesCarrier(in, carriers) {
			continue
		}
		switch in.Op {
		case ir.Call, ir.Return, ir.Build:
			return true
		case ir.Assign:
			if in.Dst == nil || len(in.Dst.Path) != 0 {
				return true
			}
			carriers[in.Dst.Base] = true
		}
	}
	return false
}

// effectNote is the trace step of a finding moved to its effect call.
func effectNote(in *ir.Instr) string {
	t := in.Text
	if t == "" {
		t = in.Callee
	}
	return "used by " + strings.TrimSpace(short(t)) + "()"
}

// usesCarrier reports whether in reads one of the carriers (by receiver,
// argument or keyword).
func usesCarrier(in *ir.Instr, carriers map[string]bool) bool {
	uses := func(op ir.Operand) bool {
		return !op.Const.Known() && op.Place.Base != "" && carriers[op.Place.Base]
	}
	if in.Recv != nil && uses(*in.Recv) {
		return true
	}
	for _, a := range in.Args {
		if uses(a) {
			return true
		}
	}
	for _, k := range in.Kwargs {
		if uses(k.Val) {
			return true
		}
	}
	return false
}
