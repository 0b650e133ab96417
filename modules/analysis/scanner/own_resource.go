package scanner

import (
	"strings"

	"vigil/modules/analysis/scanner/ir"
)

// ownResource reports whether an operand of fn is a document the
// application ships: a class-path resource opened by a constant name
// (`getResourceAsStream("/x.xml")`, `new ClassPathResource(NAME).getInputStream()`),
// possibly wrapped (`new InputSource(...)`), kept in a local, named by a
// constant field of the file, or returned by a helper of the file that
// opens its parameter so (`open("x.xml")`).
func ownResource(m *ir.Module, fn *ir.Func, o ir.Operand) bool {
	r := resourceResolver{m: m, consts: moduleConsts(m)}
	return r.opens(fn, o, nil, 0)
}

type resourceResolver struct {
	m      *ir.Module
	consts map[string]bool
}

// moduleConsts are the places the module's top level assigns a string
// constant (static final fields: `Cls.NAME`), and only that.
func moduleConsts(m *ir.Module) map[string]bool {
	out := map[string]bool{}
	if m == nil || m.Top == nil {
		return out
	}
	bad := map[string]bool{}
	for _, b := range m.Top.Blocks {
		for _, in := range b.Instrs {
			if in.Dst == nil || len(in.Dst.Path) > 0 {
				continue
			}
			k := in.Dst.Base
			if in.Op == ir.Assign && len(in.Args) == 1 && in.Args[0].IsConst() && in.Args[0].Const.Kind == ir.Str {
				out[k] = true
			} else {
				bad[k] = true
			}
		}
	}
	for k := range bad {
		delete(out, k)
	}
	return out
}

var (
	resourceOpeners = map[string]bool{"getResourceAsStream": true, "getSystemResourceAsStream": true, "getResource": true, "getSystemResource": true}
	resourceMakers  = map[string]bool{"ClassPathResource": true}
	// resourceReads read the resource their receiver names
	resourceReads = map[string]bool{"openStream": true, "getInputStream": true, "getFile": true, "toURI": true, "toExternalForm": true, "getURL": true, "getURI": true}
	// resourceWraps wrap the stream or reader of their first argument
	resourceWraps = map[string]bool{"InputSource": true, "StreamSource": true, "BufferedInputStream": true, "InputStreamReader": true, "BufferedReader": true}
)

func lastSeg(s string) string {
	if i := strings.LastIndexAny(s, ".>:"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// defs are the instructions assigning a whole variable of fn.
func defs(fn *ir.Func, name string) []*ir.Instr {
	var out []*ir.Instr
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if in.Dst != nil && in.Dst.Base == name {
				out = append(out, in)
			}
		}
	}
	return out
}

func paramIndex(fn *ir.Func, name string) int {
	for i, p := range fn.Params {
		if p.Name == name {
			return i
		}
	}
	return -1
}

// constName reports whether o is a constant string where it is used: a
// literal, a constant field of the file, a local assigned only such (or
// text joined from such parts), or a parameter whose argument (args, from the helper's caller) is one.
func (r *resourceResolver) constName(fn *ir.Func, o ir.Operand, args func(int) bool, depth int) bool {
	if o.IsConst() {
		return o.Const.Kind == ir.Str
	}
	if depth > 4 || len(o.Place.Path) > 0 || o.Place.Base == "" {
		return false
	}
	base := o.Place.Base
	if r.consts[base] {
		return true
	}
	if i := paramIndex(fn, base); i >= 0 {
		return args != nil && args(i)
	}
	ds := defs(fn, base)
	if len(ds) == 0 {
		return false
	}
	for _, d := range ds {
		// a copy, or text joined from constant parts ("templates/" + name)
		if len(d.Dst.Path) > 0 || len(d.Args) == 0 || d.Op != ir.Assign && d.Op != ir.Binary && d.Op != ir.Format || d.Op == ir.Binary && d.Sub != "+" {
			return false
		}
		for _, a := range d.Args {
			if !r.constName(fn, a, args, depth+1) {
				return false
			}
		}
	}
	return true
}

// opens reports whether o is a stream (URL, resource) of a class-path
// resource named by a constant.
func (r *resourceResolver) opens(fn *ir.Func, o ir.Operand, args func(int) bool, depth int) bool {
	if depth > 6 || o.IsConst() || o.Place.Base == "" || len(o.Place.Path) > 0 {
		return false
	}
	ds := defs(fn, o.Place.Base)
	if len(ds) == 0 {
		return false
	}
	for _, d := range ds {
		if !r.opensDef(fn, d, args, depth) {
			return false
		}
	}
	return true
}

func (r *resourceResolver) opensDef(fn *ir.Func, d *ir.Instr, args func(int) bool, depth int) bool {
	if len(d.Dst.Path) > 0 {
		return false
	}
	switch d.Op {
	case ir.Assign:
		return len(d.Args) == 1 && r.opens(fn, d.Args[0], args, depth+1)
	case ir.Call:
	default:
		return false
	}
	name := lastSeg(strings.TrimPrefix(d.Text, "new "))
	switch {
	case resourceOpeners[name] || resourceMakers[name]:
		return len(d.Args) >= 1 && r.constName(fn, d.Args[0], args, 0)
	case resourceReads[name]:
		return d.Recv != nil && r.opens(fn, *d.Recv, args, depth+1)
	case resourceWraps[name]:
		return len(d.Args) >= 1 && r.opens(fn, d.Args[0], args, depth+1)
	}
	if strings.ContainsAny(d.Text, ".([") && !strings.HasPrefix(d.Text, "this.") || r.m == nil {
		return false
	}
	// a helper of the file: every value it returns opens a resource named
	// by a constant, its parameters standing for this call's arguments
	h := helperNamed(r.m, lastSeg(d.Text), len(d.Args))
	if h == nil || depth > 3 {
		return false
	}
	outer := func(i int) bool { return i < len(d.Args) && r.constName(fn, d.Args[i], args, 0) }
	seen := false
	for _, b := range h.Blocks {
		for _, in := range b.Instrs {
			if in.Op != ir.Return {
				continue
			}
			if len(in.Args) == 0 || !r.opens(h, in.Args[0], outer, depth+1) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// helperNamed is the file's one function of that name taking n arguments.
func helperNamed(m *ir.Module, name string, n int) *ir.Func {
	var found *ir.Func
	for _, f := range m.Funcs {
		fname := f.Name
		if i := strings.IndexByte(fname, '#'); i > 0 {
			fname = fname[:i]
		}
		if fname != name || len(f.Params) != n {
			continue
		}
		if found != nil {
			return nil
		}
		found = f
	}
	return found
}
