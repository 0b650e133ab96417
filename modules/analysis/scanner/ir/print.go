package ir

import (
	"fmt"
	"strings"
)

// Dump renders a function's CFG as text, one block per paragraph: the shape
// front-end tests compare against, and a debugging aid.
func Dump(f *Func) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "func %s(", f.Name)
	for i, p := range f.Params {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(p.Name)
	}
	sb.WriteString(")\n")
	for _, b := range f.Blocks {
		fmt.Fprintf(&sb, "b%d", b.Index)
		if b.Note != "" {
			fmt.Fprintf(&sb, " (%s)", b.Note)
		}
		if b == f.Exit {
			sb.WriteString(" exit")
		}
		sb.WriteString(":\n")
		for _, in := range b.Instrs {
			sb.WriteString("  ")
			sb.WriteString(in.String())
			sb.WriteByte('\n')
		}
		if len(b.Succs) > 0 {
			sb.WriteString("  -> ")
			if b.Cond != nil {
				fmt.Fprintf(&sb, "if %s ", b.Cond)
			}
			for i, s := range b.Succs {
				if i > 0 {
					sb.WriteString(" ")
				}
				fmt.Fprintf(&sb, "b%d", s.Index)
			}
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// String renders one instruction.
func (in *Instr) String() string {
	var sb strings.Builder
	if in.Dst != nil {
		sb.WriteString(in.Dst.Key())
		sb.WriteString(" = ")
	}
	args := make([]string, 0, len(in.Args)+len(in.Kwargs))
	for _, a := range in.Args {
		args = append(args, a.String())
	}
	for _, k := range in.Kwargs {
		args = append(args, k.Name+"="+k.Val.String())
	}
	switch in.Op {
	case Assign:
		sb.WriteString(strings.Join(args, ", "))
	case Call:
		sb.WriteString("call ")
		sb.WriteString(in.Callee)
		if in.Recv != nil {
			fmt.Fprintf(&sb, " on %s", in.Recv)
		}
		fmt.Fprintf(&sb, "(%s)", strings.Join(args, ", "))
	case Binary, Compare:
		fmt.Fprintf(&sb, "%s %s(%s)", in.Op, in.Sub, strings.Join(args, ", "))
	case MakeFunc:
		fmt.Fprintf(&sb, "func %s", in.Func.Name)
	default:
		fmt.Fprintf(&sb, "%s(%s)", in.Op, strings.Join(args, ", "))
	}
	return sb.String()
}
