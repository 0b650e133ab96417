package dataflow

import (
	"context"
	"fmt"
	"strings"

	"vigil/modules/analysis/scanner/ir"
)

// Options bound the analysis of one module.
type Options struct {
	// Budget is the most instruction visits one function's fixpoint may
	// take (0: DefaultBudget); past it the function's analysis stops and
	// the function is listed in Result.BudgetHit.
	Budget int
	// Rounds bounds the summary fixpoint across functions (0: 4).
	Rounds int
}

// DefaultBudget is Options.Budget's default: far above what real functions
// need (a few visits per instruction), low enough to bound a pathological one.
const DefaultBudget = 200000

// Finding is a flow from a source to a sink.
type Finding struct {
	Sink  ir.Span // the sink call or assignment (for an Inter finding: the call that leads there)
	Desc  string  // the sink, as named in messages: "os.system()"
	Trace []Step  // source first, sink last
	// Inter is set when the sink lies in another function, reached
	// through a call: the last step of Trace is the sink itself.
	Inter bool
}

// Result is what one analysis of a module found.
type Result struct {
	Findings []Finding
	// Summaries are the named functions' summaries (by name).
	Summaries map[string]*Summary
	// BudgetHit names the functions whose fixpoint hit the budget.
	BudgetHit []string
	// Converged is false when the summary fixpoint ran out of rounds.
	Converged bool
}

type analyzer struct {
	ctx      context.Context
	m        *ir.Module
	spec     Spec
	opts     Options
	sums     map[string]*Summary // previous round's, used at call sites
	next     map[string]*Summary
	defEnv   map[*ir.Func]state
	findings map[string]Finding
	order    []string
	srcCache map[string]bool
	budget   map[string]bool
	visits   int
	aborted  bool
}

// Analyze runs the taint analysis of spec over every function of m.
func Analyze(ctx context.Context, m *ir.Module, spec Spec, opts Options) (*Result, error) {
	if opts.Budget <= 0 {
		opts.Budget = DefaultBudget
	}
	if opts.Rounds <= 0 {
		opts.Rounds = 4
	}
	a := &analyzer{ctx: ctx, m: m, spec: spec, opts: opts, sums: map[string]*Summary{}, srcCache: map[string]bool{}, budget: map[string]bool{}}
	res := &Result{}
	for round := 0; round < opts.Rounds; round++ {
		a.next = map[string]*Summary{}
		a.defEnv = map[*ir.Func]state{}
		a.findings = map[string]Finding{}
		a.order = a.order[:0]
		for _, f := range m.Funcs {
			env := a.defEnv[f]
			if env == nil {
				env = state{}
			}
			a.function(f, env)
			if a.aborted {
				return nil, ctx.Err()
			}
		}
		same := len(a.next) == len(a.sums)
		nonEmpty := false
		for k, s := range a.next {
			if !s.Empty() || s.RetConst.Known() {
				nonEmpty = true
			}
			if p, ok := a.sums[k]; !ok || p.shape() != s.shape() {
				same = false
			}
		}
		a.sums = a.next
		if same || !nonEmpty {
			res.Converged = true
			break
		}
	}
	for _, k := range a.order {
		res.Findings = append(res.Findings, a.findings[k])
	}
	res.Summaries = a.sums
	for f := range a.budget {
		res.BudgetHit = append(res.BudgetHit, f)
	}
	return res, nil
}

func funcLabel(f *ir.Func) string {
	if f.Name == "" {
		return "anonymous function"
	}
	return f.Name + "()"
}

// function analyses one function's CFG to its fixpoint.
func (a *analyzer) function(f *ir.Func, env state) {
	sum := &Summary{}
	init := env.clone()
	for i, p := range f.Params {
		t := &Taint{Params: setTrace(nil, i, (*Trace)(nil).With(Step{Span: f.Span, Kind: "step",
			Message: fmt.Sprintf("parameter %s of %s", p.Name, funcLabel(f))}))}
		if a.spec.ParamSource(f, i) {
			t.Src = (*Trace)(nil).With(Step{Span: p.Span, Kind: "source", Message: "untrusted data from parameter " + short(p.Decl)})
		}
		init[p.Name] = &entry{whole: Val{T: t}}
	}
	in := make([]state, len(f.Blocks))
	queued := make([]bool, len(f.Blocks))
	work := []int{0}
	in[0] = init
	queued[0] = true
	visits := 0
	for len(work) > 0 {
		// lowest index first: blocks are mostly laid out in flow order,
		// so joins see all their forward predecessors before running
		bi := 0
		for i := 1; i < len(work); i++ {
			if work[i] < work[bi] {
				bi = i
			}
		}
		idx := work[bi]
		work[bi] = work[len(work)-1]
		work = work[:len(work)-1]
		queued[idx] = false
		b := f.Blocks[idx]
		s := in[idx].clone()
		for _, instr := range b.Instrs {
			visits++
			a.transfer(f, instr, s, sum)
		}
		if visits > a.opts.Budget {
			a.budget[funcLabel(f)] = true
			break
		}
		a.visits += len(b.Instrs) + 1
		if a.visits > 4096 {
			a.visits = 0
			if a.ctx.Err() != nil {
				a.aborted = true
				return
			}
		}
		succs := b.Succs
		if b.Cond != nil && len(succs) == 2 {
			if v := a.operand(*b.Cond, s, ir.Span{}); v.C.Known() {
				if t, ok := v.C.Truth(); ok {
					if t {
						succs = succs[:1]
					} else {
						succs = succs[1:]
					}
				}
			}
		}
		for _, sb := range succs {
			if in[sb.Index] == nil {
				in[sb.Index] = s.clone()
			} else if !join(in[sb.Index], s) {
				continue
			}
			if !queued[sb.Index] {
				queued[sb.Index] = true
				work = append(work, sb.Index)
			}
		}
	}
	// the return value is a constant only if every way out returns it
	if sum.retSeen && f.Exit != nil {
		for _, p := range f.Exit.Preds {
			if in[p.Index] == nil {
				continue
			}
			if n := len(p.Instrs); n == 0 || p.Instrs[n-1].Op != ir.Return {
				sum.retVal.C = ir.Const{}
			}
		}
		sum.RetConst = sum.retVal.C
	}
	sum.Returns = sum.retSeen
	if f.Name != "" && f != a.m.Top {
		a.next[f.Name] = sum
	}
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

// operand evaluates an operand in a state.
func (a *analyzer) operand(o ir.Operand, s state, at ir.Span) Val {
	if o.IsConst() {
		return Val{C: o.Const}
	}
	if o.Place.Base == "" {
		return Val{}
	}
	v, _ := s.read(o.Place)
	if !o.Place.IsTemp() && a.isSourcePlace(o.Place) {
		key := o.Place.Key()
		v.T = union(&Taint{Src: (*Trace)(nil).With(Step{Span: at, Kind: "source", Message: "untrusted data from " + short(key)})}, v.T)
		v.C = ir.Const{}
	}
	return v
}

func (a *analyzer) isSourcePlace(p ir.Place) bool {
	key := p.Key()
	v, ok := a.srcCache[key]
	if !ok {
		v = a.spec.SourcePlace(key, ir.Canonical(a.m.Imports, key))
		if !v {
			// a.b[k].c is source data when a.b is
			for i := len(p.Path) - 1; i >= 0 && !v; i-- {
				pre := ir.Place{Base: p.Base, Path: p.Path[:i]}
				pk := pre.Key()
				if c, ok := a.srcCache[pk]; ok {
					v = c
					continue
				}
				c := a.spec.SourcePlace(pk, ir.Canonical(a.m.Imports, pk))
				a.srcCache[pk] = c
				v = c
			}
		}
		a.srcCache[key] = v
	}
	return v
}
