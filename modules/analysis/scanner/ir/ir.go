// Package ir is the language-neutral intermediate representation the
// dataflow engine runs on: each function (and a module's top level) is a
// control-flow graph of basic blocks holding simple three-address
// instructions (assign, call, operator, return), with branches on
// conditions and reads and writes of bounded access paths (a.b, a[*],
// a['k']). Front ends (scanner/lang/...) lower syntax trees into it and
// resolve names (imports and aliases) to canonical symbols.
package ir

import (
	"strconv"
	"strings"
)

// Span is a source range: bytes, and 1-based lines and columns.
type Span struct {
	Start, End      uint32
	Line, Col       int
	EndLine, EndCol int
}

// ElemKind says what one step of an access path selects.
type ElemKind uint8

const (
	// Field is an attribute or field: a.name.
	Field ElemKind = iota
	// Key is a container element at a constant key or index: a['q'], a[0].
	Key
	// AnyElem is a container element at an unknown key or index: a[*].
	AnyElem
)

// Elem is one step of an access path.
type Elem struct {
	Kind ElemKind
	Name string // field name, or the key's text for Key
}

// MaxPath bounds access paths: deeper ones are cut to their first steps
// (a read or write then covers the whole cut-off subtree).
const MaxPath = 3

// Place is a variable or a path inside one: x, x.f, x[*], x['k'].f.
// Temporaries the front end introduces have bases starting with '$'.
type Place struct {
	Base string
	Path []Elem
}

// Key is the place as text: x.f[*]['k'].
func (p Place) Key() string {
	if len(p.Path) == 0 {
		return p.Base
	}
	var sb strings.Builder
	sb.WriteString(p.Base)
	for _, e := range p.Path {
		switch e.Kind {
		case Field:
			sb.WriteByte('.')
			sb.WriteString(e.Name)
		case Key:
			sb.WriteByte('[')
			sb.WriteString(e.Name)
			sb.WriteByte(']')
		default:
			sb.WriteString("[*]")
		}
	}
	return sb.String()
}

// Extend returns p with e appended (cut at MaxPath).
func (p Place) Extend(e Elem) Place {
	if len(p.Path) >= MaxPath {
		return p
	}
	path := make([]Elem, len(p.Path), len(p.Path)+1)
	copy(path, p.Path)
	return Place{Base: p.Base, Path: append(path, e)}
}

// IsTemp reports whether the place is a front-end temporary.
func (p Place) IsTemp() bool { return strings.HasPrefix(p.Base, "$") }

// ConstKind is the type of a constant.
type ConstKind uint8

const (
	// NoConst marks an operand or value that is not a known constant.
	NoConst ConstKind = iota
	Str
	Int
	Float
	Bool
	Null
)

// Const is a constant value known at analysis time.
type Const struct {
	Kind ConstKind
	S    string  // Str
	I    int64   // Int; Bool as 0/1
	F    float64 // Float
}

// Known reports whether c is a constant at all.
func (c Const) Known() bool { return c.Kind != NoConst }

// Truth is the constant's truthiness (Python/JavaScript-like: "", 0, false
// and null are false) and whether it is known.
func (c Const) Truth() (val, ok bool) {
	switch c.Kind {
	case Str:
		return c.S != "", true
	case Int, Bool:
		return c.I != 0, true
	case Float:
		return c.F != 0, true
	case Null:
		return false, true
	}
	return false, false
}

// String renders the constant for IR dumps and trace messages.
func (c Const) String() string {
	switch c.Kind {
	case Str:
		return strconv.Quote(c.S)
	case Int:
		return strconv.FormatInt(c.I, 10)
	case Float:
		return strconv.FormatFloat(c.F, 'g', -1, 64)
	case Bool:
		if c.I != 0 {
			return "true"
		}
		return "false"
	case Null:
		return "null"
	}
	return "?"
}

// Operand is an instruction input: a place read or a constant.
type Operand struct {
	Const Const // Known() for constants
	Place Place // read when the operand is not a constant
}

// IsConst reports whether the operand is a constant.
func (o Operand) IsConst() bool { return o.Const.Known() }

// String renders the operand for IR dumps.
func (o Operand) String() string {
	if o.IsConst() {
		return o.Const.String()
	}
	return o.Place.Key()
}

// P is an operand reading a place.
func P(p Place) Operand { return Operand{Place: p} }

// C is a constant operand.
func C(c Const) Operand { return Operand{Const: c} }

// Op is an instruction's operation.
type Op uint8

const (
	// Assign copies Args[0] to Dst (a strong update of a variable, field or
	// constant key; a weak one of an unknown element a[*]).
	Assign Op = iota
	// Call calls Callee (canonical symbol) / Text (callee as written) with
	// receiver Recv (method calls), Args and Kwargs; the result goes to Dst.
	Call
	// Binary combines Args with operator Sub (+, %, *, ...): string
	// building carries taint from every operand; constants fold.
	Binary
	// Compare compares Args with Sub (==, <, in, is, ...): the result is a
	// boolean that carries no taint; constants fold.
	Compare
	// Not negates the truthiness of Args[0].
	Not
	// Format builds a string from Args (f-strings, template literals).
	Format
	// Build makes a container: Args are elements at their positions
	// (Dst[0], Dst[1], ...; at unknown keys Dst[*] when Sub is "dict" or
	// "object"), Kwargs are entries at constant keys (Dst['k']); in an
	// "object" (a JavaScript literal) named keys are fields (Dst.k).
	Build
	// Opaque is any other expression: Dst takes the taint of every Arg.
	Opaque
	// Return returns Args[0] (no Args: returns nothing).
	Return
	// MakeFunc binds the nested function Func (a def, lambda or closure)
	// to Dst; the function sees the state at this point.
	MakeFunc
)

var opNames = [...]string{"assign", "call", "binary", "compare", "not", "format", "build", "opaque", "return", "func"}

func (o Op) String() string { return opNames[o] }

// Kwarg is a keyword argument or a dictionary entry with a constant key.
type Kwarg struct {
	Name string
	Val  Operand
}

// Instr is one simple statement.
type Instr struct {
	Op     Op
	Dst    *Place
	Args   []Operand
	Kwargs []Kwarg
	Recv   *Operand // method receiver (Call)
	Callee string   // canonical callee symbol (Call): imports and aliases resolved
	Text   string   // callee as written, whitespace removed (Call)
	Sub    string   // operator (Binary, Compare)
	Func   *Func    // MakeFunc
	Span   Span     // the syntax the instruction comes from
	Note   string   // where it sits, for traces: "in else-branch of line 4"

	// Numeric marks a Binary whose result is always a number in the
	// language (PHP's `$a * 2`, `$a - 1`): it carries no taint of its
	// operands; constants still fold.
	Numeric bool
}

// Block is a basic block. A block with two successors branches on Cond:
// Succs[0] when it is true, Succs[1] when false; a nil Cond means either
// may run (a loop's "more elements?", an exception edge).
type Block struct {
	Index  int
	Instrs []*Instr
	Cond   *Operand
	Succs  []*Block
	Preds  []*Block
	Note   string // what the block is: "if-then line 3", "loop body", ...
}

// Param is a function parameter.
type Param struct {
	Name string
	Decl string // declaration text, whitespace runs collapsed
	Span Span
	// Decorators are the canonical names of the parameter's own
	// annotations or decorators (Java `@RequestParam String q`).
	Decorators []string
}

// Func is one function or a module's top level, as a CFG.
type Func struct {
	Name   string // name it is called by ("" anonymous); module top level: "<module>"
	Class  string // enclosing class, if a method
	Recv   string // the method's receiver as the body names it (self, this), if any
	Params []Param
	Blocks []*Block // Blocks[0] is the entry; Exit is among them
	Exit   *Block
	Span   Span
	// Decorators are the canonical names of decorator calls (Python).
	Decorators []string
	// Children are the functions defined directly inside (MakeFunc targets).
	Children []*Func
	// Locals are the temporaries defined and used within a single block
	// (see Finish): analyses keep them out of the state they carry
	// between blocks.
	Locals map[string]bool
	// Calls are the names the function's calls may resolve to in its file
	// (the last segment of each callee as written; see Finish).
	Calls map[string]bool
	// Types maps local names whose type the front end sees where they are
	// declared (typed parameters, `var x T`, a known constructor's result)
	// to the canonical type symbol: Go `r *http.Request` makes `r` the
	// symbol `net/http.Request`, so the place `r.Header` resolves to
	// `net/http.Request.Header` (see CanonicalIn). Nil for most languages.
	Types map[string]string
}

// Finish computes what analyses derive from a complete CFG (Locals);
// front ends call it once per function when lowering is done.
func (f *Func) Finish() {
	home := map[string]int{}
	out := map[string]bool{}
	note := func(base string, b int) {
		if len(base) == 0 || base[0] != '$' {
			return
		}
		if h, ok := home[base]; !ok {
			home[base] = b
			out[base] = true
		} else if h != b {
			out[base] = false
		}
	}
	for _, b := range f.Blocks {
		for _, in := range b.Instrs {
			if in.Dst != nil {
				note(in.Dst.Base, b.Index)
			}
			for _, a := range in.Args {
				note(a.Place.Base, b.Index)
			}
			for _, k := range in.Kwargs {
				note(k.Val.Place.Base, b.Index)
			}
			if in.Recv != nil {
				note(in.Recv.Place.Base, b.Index)
			}
		}
		if b.Cond != nil {
			note(b.Cond.Place.Base, b.Index)
		}
	}
	for k, v := range out {
		if !v {
			delete(out, k)
		}
	}
	f.Locals = out
	f.Calls = map[string]bool{}
	for _, b := range f.Blocks {
		for _, in := range b.Instrs {
			if in.Op == Call && in.Text != "" {
				n := in.Text
				if i := strings.LastIndexAny(n, ".:>"); i >= 0 {
					n = n[i+1:]
				}
				f.Calls[n] = true
			}
		}
	}
}

// Module is one lowered source file.
type Module struct {
	Path string
	Top  *Func
	// Imports maps a local name to the canonical symbol it stands for.
	Imports map[string]string
	// Funcs lists every function, top level first, nested ones after their parents.
	Funcs []*Func
	// Errors counts subtrees the front end could not lower (skipped).
	Errors int
}

// NewBlock appends a new empty block to f.
func (f *Func) NewBlock(note string) *Block {
	b := &Block{Index: len(f.Blocks), Note: note}
	f.Blocks = append(f.Blocks, b)
	return b
}

// Edge links from to to.
func Edge(from, to *Block) {
	from.Succs = append(from.Succs, to)
	to.Preds = append(to.Preds, from)
}

// CanonicalIn is Canonical within function f: a name f declares with a
// known type (f.Types) resolves to that type before imports are tried.
func CanonicalIn(f *Func, imports map[string]string, text string) string {
	if f != nil && len(f.Types) > 0 {
		head, rest := text, ""
		if i := strings.IndexAny(text, ".(["); i >= 0 {
			head, rest = text[:i], text[i:]
		}
		if t, ok := f.Types[head]; ok {
			return t + rest
		}
	}
	return Canonical(imports, text)
}

// Canonical resolves a callee or expression text (whitespace removed) to a
// canonical symbol through a file's imports: `sp.run` with
// `import subprocess as sp` is `subprocess.run`. Unbound names stay as written.
func Canonical(imports map[string]string, text string) string {
	head, rest := text, ""
	if i := strings.IndexAny(text, ".(["); i >= 0 {
		head, rest = text[:i], text[i:]
	}
	if sym, ok := imports[head]; ok {
		return sym + rest
	}
	return text
}
