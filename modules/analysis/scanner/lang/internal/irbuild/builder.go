// Package irbuild holds the scaffolding every Scanner v2 front end
// (scanner/lang/...) uses to build its CFGs: the current function and
// block, temporaries, the note of the construct being lowered, the blocks
// of the enclosing try bodies, and the span and text of syntax nodes. A
// front end embeds a Builder in its lowerer and keeps only what is
// particular to its language (loop targets, scopes, classes).
package irbuild

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/syntax"
)

// Try collects the blocks of a try (begin) body: each may raise into the
// handlers.
type Try struct{ Blocks []*ir.Block }

// Builder builds the CFG of one function at a time. Cur is nil after a
// jump (return, raise, break, continue): what follows is dead code.
type Builder struct {
	Src   []byte
	Mod   *ir.Module
	Fn    *ir.Func
	Cur   *ir.Block
	Temps int
	Tries []*Try
	Note  string
}

// Body lowers a function body into f with fresh per-function state
// (blocks, temporaries, tries, note) and restores the enclosing function's
// afterwards: fill runs with an entry block open, and the block it ends in
// flows to f's exit.
func (b *Builder) Body(f *ir.Func, fill func()) {
	fn, cur, temps, tries, note := b.Fn, b.Cur, b.Temps, b.Tries, b.Note
	b.Fn, b.Temps, b.Tries, b.Note = f, 0, nil, ""
	b.Cur = b.NewBlock("entry")
	exit := &ir.Block{Note: "exit"}
	f.Exit = exit
	fill()
	if b.Cur != nil {
		ir.Edge(b.Cur, exit)
	}
	exit.Index = len(f.Blocks)
	f.Blocks = append(f.Blocks, exit)
	b.Fn, b.Cur, b.Temps, b.Tries, b.Note = fn, cur, temps, tries, note
}

// NewBlock appends a new block to the function; inside a try body it is
// one of the blocks that may raise.
func (b *Builder) NewBlock(note string) *ir.Block {
	blk := b.Fn.NewBlock(note)
	b.inTry(blk)
	return blk
}

func (b *Builder) inTry(blk *ir.Block) {
	if len(b.Tries) > 0 {
		t := b.Tries[len(b.Tries)-1]
		t.Blocks = append(t.Blocks, blk)
	}
}

// Block returns the current block, opening an "unreachable" one after a
// jump.
func (b *Builder) Block() *ir.Block {
	if b.Cur == nil {
		b.Cur = b.NewBlock("unreachable")
	}
	return b.Cur
}

// Emit appends in to the current block, giving it the current note unless
// it has its own, and returns it.
func (b *Builder) Emit(in *ir.Instr) *ir.Instr {
	blk := b.Block()
	if in.Note == "" {
		in.Note = b.Note
	}
	blk.Instrs = append(blk.Instrs, in)
	return in
}

// Temp returns a fresh temporary place ($1, $2, ...) of the function.
func (b *Builder) Temp() ir.Place {
	b.Temps++
	return ir.Place{Base: "$" + strconv.Itoa(b.Temps)}
}

// Jump ends the current block with an edge to target; what follows is
// dead until a block is placed.
func (b *Builder) Jump(target *ir.Block) {
	if b.Cur != nil {
		ir.Edge(b.Cur, target)
	}
	b.Cur = nil
}

// Branch ends the current block on cond (nil: unknown) and returns the new
// blocks for true and false.
func (b *Builder) Branch(cond *ir.Operand, tnote, fnote string) (*ir.Block, *ir.Block) {
	blk := b.Block()
	t, f := b.NewBlock(tnote), b.NewBlock(fnote)
	blk.Cond = cond
	ir.Edge(blk, t)
	ir.Edge(blk, f)
	b.Cur = nil
	return t, f
}

// Place appends a pre-made block (a join point) and continues there; the
// current block, if any, falls through into it. A join nothing reaches
// stays unreachable.
func (b *Builder) Place(blk *ir.Block) {
	blk.Index = len(b.Fn.Blocks)
	b.Fn.Blocks = append(b.Fn.Blocks, blk)
	b.inTry(blk)
	if b.Cur != nil {
		ir.Edge(b.Cur, blk)
	}
	b.Cur = blk
}

// ShortCircuit lowers `left op right` where right runs on one side of a
// test of left only (&&, ||, and, or, ??): left goes to a temporary, the
// block branches on it (test false: on nothing known, as for ??), right
// runs on the true side (whenTrue) or the false one and, where it says
// so (ok), goes to the same temporary, the expression's value.
func (b *Builder) ShortCircuit(n syntax.Node, op string, left ir.Operand, test, whenTrue bool, right func() (v ir.Operand, ok bool)) ir.Operand {
	t := b.Temp()
	b.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{left}, Span: Span(n)})
	ln := Line(n)
	var cond *ir.Operand
	if test {
		c := ir.P(t)
		cond = &c
	}
	yes, no := b.Branch(cond, fmt.Sprintf("%s-true line %d", op, ln), fmt.Sprintf("%s-false line %d", op, ln))
	after := &ir.Block{Note: fmt.Sprintf("after %s line %d", op, ln)}
	rhs, skip := yes, no
	if !whenTrue {
		rhs, skip = no, yes
	}
	b.Cur = rhs
	if v, ok := right(); ok {
		b.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{v}, Span: Span(n)})
	}
	b.Jump(after)
	b.Cur = skip
	b.Jump(after)
	b.Place(after)
	return ir.P(t)
}

// Conditional lowers the two sides of a conditional expression (`c ? a :
// b`) once its condition has branched to yes and no: side(0) runs in yes,
// side(1) in no, each value going, where the side says so (ok), to t, the
// expression's value after the join.
func (b *Builder) Conditional(n syntax.Node, t ir.Place, yes, no *ir.Block, side func(i int) (v ir.Operand, at ir.Span, ok bool)) ir.Operand {
	ln := Line(n)
	after := &ir.Block{Note: fmt.Sprintf("after ternary line %d", ln)}
	for i, blk := range []*ir.Block{yes, no} {
		b.Cur = blk
		if v, at, ok := side(i); ok {
			b.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{v}, Span: at, Note: fmt.Sprintf("in %s-branch of ternary line %d", [2]string{"true", "false"}[i], ln)})
		}
		b.Jump(after)
	}
	b.Place(after)
	return ir.P(t)
}

// Hold returns a place holding o: the place o reads, or a temporary
// assigned o (a constant, or a value of no place) at n.
func (b *Builder) Hold(o ir.Operand, n syntax.Node) ir.Place {
	if !o.IsConst() && o.Place.Base != "" {
		return o.Place
	}
	t := b.Temp()
	b.Emit(&ir.Instr{Op: ir.Assign, Dst: &t, Args: []ir.Operand{o}, Span: Span(n)})
	return t
}

// Format returns the text args make one after the other (an interpolated
// string n): a string constant when every one is, else a temporary a
// Format instruction fills.
func (b *Builder) Format(args []ir.Operand, n syntax.Node) ir.Operand {
	var sb strings.Builder
	for _, o := range args {
		if !o.IsConst() || o.Const.Kind != ir.Str {
			t := b.Temp()
			b.Emit(&ir.Instr{Op: ir.Format, Dst: &t, Args: args, Span: Span(n)})
			return ir.P(t)
		}
		sb.WriteString(o.Const.S)
	}
	return ir.C(ir.Const{Kind: ir.Str, S: sb.String()})
}

// WithNote runs fn with note as the current note.
func (b *Builder) WithNote(note string, fn func()) {
	saved := b.Note
	b.Note = note
	fn()
	b.Note = saved
}

// PushTry opens a try body that starts at block start.
func (b *Builder) PushTry(start *ir.Block) *Try {
	t := &Try{Blocks: []*ir.Block{start}}
	b.Tries = append(b.Tries, t)
	return t
}

// PopTry closes the innermost try body and returns it; its blocks may
// also raise into the enclosing try's handlers.
func (b *Builder) PopTry() *Try {
	t := b.Tries[len(b.Tries)-1]
	b.Tries = b.Tries[:len(b.Tries)-1]
	if len(b.Tries) > 0 {
		outer := b.Tries[len(b.Tries)-1]
		outer.Blocks = append(outer.Blocks, t.Blocks...)
	}
	return t
}

// Span is the source span of n.
func (b *Builder) Span(n syntax.Node) ir.Span { return Span(n) }

// Text is the source text of n.
func (b *Builder) Text(n syntax.Node) string { return syntax.Text(n, b.Src) }

// Span is the source span of n (1-based lines and columns).
func Span(n syntax.Node) ir.Span {
	sr, sc := n.StartPoint()
	er, ec := n.EndPoint()
	return ir.Span{Start: n.StartByte(), End: n.EndByte(), Line: int(sr) + 1, Col: int(sc) + 1, EndLine: int(er) + 1, EndCol: int(ec) + 1}
}

// Line is the 1-based line n starts on.
func Line(n syntax.Node) int {
	r, _ := n.StartPoint()
	return int(r) + 1
}

// NormText is s without its white space (`a . b` and `a.b` name the same
// thing).
func NormText(s string) string {
	if !strings.ContainsFunc(s, unicode.IsSpace) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
