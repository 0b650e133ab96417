package scanner

import "sync"

// sinkMemo remembers, for one scan and one language, which of the
// language's taint rules have a sink a callee may match: the answers of
// mayHaveSink (callee as written, the rules' own sinks) and of
// v2MayHaveSink (as written and canonical, with the model packs' sinks).
// Files share most callee names, so each distinct callee is matched
// against the rules' patterns once per scan instead of once per file and
// rule (those regex matches were ~6% of a Python scan's CPU). The answers
// are exactly the functions': a file may have a sink of rule i when one of
// its callees has bit i set.
type sinkMemo struct {
	rules  []*Rule // the language's taint rules (compiledLang.taint)
	lang   string
	models *v2Models

	// callFns holds, by rule, calleeFunc of its sinks' call patterns
	callFns [][]func(string) bool

	mu   sync.RWMutex
	text map[string][]uint64    // callee as written -> rules (mayHaveSink)
	pair map[[2]string][]uint64 // as written, canonical -> rules (v2MayHaveSink)
}

// sinkMemo returns the scan's memo for a language's taint rules.
func (s *scanState) sinkMemo(cl *compiledLang) *sinkMemo {
	s.memoMu.Lock()
	defer s.memoMu.Unlock()
	if s.memos == nil {
		s.memos = map[string]*sinkMemo{}
	}
	m := s.memos[cl.lang.name]
	if m == nil {
		m = &sinkMemo{rules: cl.taint, lang: cl.lang.name, models: s.models,
			text: map[string][]uint64{}, pair: map[[2]string][]uint64{}}
		m.callFns = make([][]func(string) bool, len(cl.taint))
		for i, r := range cl.taint {
			for _, sk := range r.Taint.Sinks {
				if sk.callRe != nil {
					m.callFns[i] = append(m.callFns[i], calleeFunc(sk.callRe))
				}
			}
		}
		s.memos[cl.lang.name] = m
	}
	return m
}

func bitsFor(n int) []uint64 { return make([]uint64, (n+63)/64) }

func hasBit(b []uint64, i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }

func orBits(dst, src []uint64) {
	for i := range src {
		dst[i] |= src[i]
	}
}

// textRules returns the rules a callee as written may be a sink of
// (mayHaveSink's answer for a file holding only this callee, leaving out
// assignment sinks, which fileSinks adds).
func (m *sinkMemo) textRules(c string) []uint64 {
	m.mu.RLock()
	b, ok := m.text[c]
	m.mu.RUnlock()
	if ok {
		return b
	}
	b = bitsFor(len(m.rules))
	for i, fns := range m.callFns {
		for _, f := range fns {
			if f(c) {
				b[i/64] |= 1 << (uint(i) % 64)
				break
			}
		}
	}
	m.mu.Lock()
	m.text[c] = b
	m.mu.Unlock()
	return b
}

// pairRules returns the rules whose sinks or model sinks match a callee
// (as written, canonical), as v2MayHaveSink asks.
func (m *sinkMemo) pairRules(k [2]string) []uint64 {
	m.mu.RLock()
	b, ok := m.pair[k]
	m.mu.RUnlock()
	if ok {
		return b
	}
	b = bitsFor(len(m.rules))
	for i, r := range m.rules {
		if len(m.models.view(r, m.lang).sinks.match(k[0], k[1])) > 0 {
			b[i/64] |= 1 << (uint(i) % 64)
		}
	}
	m.mu.Lock()
	m.pair[k] = b
	m.mu.Unlock()
	return b
}

// fileSinks answers mayHaveSink and v2MayHaveSink for every rule of one
// file: calls are the file's callees as written (callees), tf the file
// (its IR is lowered only when some rule's answer needs it, as
// v2MayHaveSink would).
type fileSinks struct {
	m      *sinkMemo
	calls  map[string]bool
	tf     *taintFile
	v1, v2 []uint64
}

func (m *sinkMemo) file(calls map[string]bool, tf *taintFile) *fileSinks {
	return &fileSinks{m: m, calls: calls, tf: tf}
}

// may reports mayHaveSink(r, calls) || v2MayHaveSink(r, tf) for the i-th
// rule r of the language.
func (f *fileSinks) may(i int, r *Rule) bool {
	if f.mayV1(i, r) {
		return true
	}
	if !engineV2[f.tf.lang.name] {
		return false
	}
	if f.v2 == nil {
		f.v2 = bitsFor(len(f.m.rules))
		for _, k := range f.tf.callees() {
			orBits(f.v2, f.m.pairRules(k))
		}
	}
	return hasBit(f.v2, i)
}

// mayV1 reports mayHaveSink(r, calls) for the i-th rule r of the language.
func (f *fileSinks) mayV1(i int, r *Rule) bool {
	for _, sk := range r.Taint.Sinks {
		if sk.assignRe != nil {
			return true
		}
	}
	if f.v1 == nil {
		f.v1 = bitsFor(len(f.m.rules))
		for c := range f.calls {
			orBits(f.v1, f.m.textRules(c))
		}
	}
	return hasBit(f.v1, i)
}
