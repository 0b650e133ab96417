package dataflow

import "vigil/modules/analysis/scanner/ir"

// Summary is what a call site needs to know about a function: which
// parameters flow to its return value (ParamRet[i] is the trace inside the
// function), which reach a sink (ParamSink[i], ending at the sink step),
// whether it returns source data (RetSrc), and whether every return
// returns the same constant (RetConst).
type Summary struct {
	RetSrc    *Trace
	ParamRet  []*Trace
	ParamSink []*Trace
	RetConst  ir.Const
	// RecvSink[f]: data in field f of the object a method is called on
	// reaches a sink (the trace inside the method); RecvRet[f]: it is
	// returned; FieldStore[f][i]: parameter i is stored in field f
	// (recvfields.go).
	RecvSink, RecvRet map[string]*Trace
	FieldStore        map[string][]*Trace
	// ParamInto lists what the function writes into an element or field
	// of one of its parameters (`store[:k] = @v`): a caller passing a
	// place an assignment there is a sink of (`session`) reaches that
	// sink (paraminto.go).
	ParamInto []ParamWrite
	// Returns is false while no return has been seen (the result is then
	// unknown rather than clean: a recursive call during the fixpoint).
	Returns bool
	// retVal accumulates the joined return value during an analysis.
	retVal  Val
	retSeen bool
	// recvSink, recvRet: by receiver field id, what reaches a sink or the
	// return value during an analysis (RecvSink, RecvRet once complete)
	recvSink, recvRet []*Trace
	// checks is 1 + the parameter the function returns true only for
	// when it passed a check (a validation helper), or 0.
	checks int
}

// Empty reports whether the summary says nothing flows anywhere.
func (s *Summary) Empty() bool {
	if s == nil || s.RetSrc != nil || len(s.RecvSink) > 0 || len(s.RecvRet) > 0 || len(s.FieldStore) > 0 || len(s.ParamInto) > 0 {
		return s == nil
	}
	for _, t := range s.ParamRet {
		if t != nil {
			return false
		}
	}
	for _, t := range s.ParamSink {
		if t != nil {
			return false
		}
	}
	return true
}

// shape is a comparable fingerprint of what the summary says (not traces).
func (s *Summary) shape() [5]uint64 {
	var out [5]uint64
	out[4] = s.recvShape() + uint64(len(s.ParamInto))<<56
	if s.RetSrc != nil {
		out[0] = 1
	}
	out[0] |= uint64(s.checks) << 1
	for i, t := range s.ParamRet {
		if t != nil && i < 64 {
			out[1] |= 1 << i
		}
	}
	for i, t := range s.ParamSink {
		if t != nil && i < 64 {
			out[2] |= 1 << i
		}
	}
	if s.RetConst.Known() {
		out[3] = 1 + uint64(s.RetConst.Kind)
	}
	return out
}

func setTrace(list []*Trace, i int, t *Trace) []*Trace {
	for len(list) <= i {
		list = append(list, nil)
	}
	if list[i] == nil {
		list[i] = t
	}
	return list
}
