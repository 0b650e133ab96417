package secrets

import (
	"context"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	ahocorasick "github.com/BobuSumisu/aho-corasick"
	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/report"
)

// Searching near keywords.
//
// gitleaks runs a rule over the whole text it is given as soon as one of
// the rule's keywords occurs anywhere in it. The keywords of the generic
// rule (key, token, api, auth, secret, ...) occur in nearly every source
// file, so that rule's regex, which no literal prefix speeds up, used to
// read every byte of every file: most of a scan's CPU.
//
// The engine finds where the keywords are (one Aho-Corasick pass over the
// file) and runs each rule whose shape allows it (shape.go: every match
// holds a keyword and spans a bounded number of lines) on the lines around
// the keyword occurrences that pass the rule's probe, one gitleaks detector
// per rule. Each window reaches a line further than a match can on either
// side, so a match never starts on a window's first line nor ends on its
// last: the regex sees the same text around every match as in the whole
// file, reports the same matches (leftmost-first, no match can begin
// outside a window) and gitleaks computes the same line for its allowlists.
// The few rules without that shape keep running over the whole file, only
// in files holding one of their keywords. Findings are the same as one
// whole-file detection (TestNearKeywordsSameAsWhole compares them).

// engine holds the compiled detectors of the default configuration.
type engine struct {
	all      *detect.Detector // every rule, for files searched whole
	whole    *detect.Detector // the rules without a shape; nil when none
	wholeIDs []string         // their ids, to gate on keywords and paths
	rules    config.Config
	windowed []windowedRule
	trie     *ahocorasick.Trie
	// per trie pattern: the windowed rules and the whole rules having it
	kwWindowed, kwWhole [][]int
	pathAllow           []pathAllowlist // global allowlists matching on path alone
}

type windowedRule struct {
	id string
	shape
	det *detect.Detector // this rule alone
	// anyText is the rule alone without gitleaks' keyword filter, built
	// on first use (fold.go)
	anyText func() *detect.Detector
	path    bool      // the rule reports only files whose path matches
	first   [256]bool // bytes X's part can start with; all true when unknown
	trim    trimBound // how its windows on long lines may be cut (trim.go)
}

var (
	engOnce sync.Once
	eng     *engine
	engErr  error
)

// defaultEngine builds the engine of gitleaks' default configuration once
// per process.
func defaultEngine() (*engine, error) {
	engOnce.Do(func() {
		c, err := defaultConfig()
		if err != nil {
			engErr = err
			return
		}
		eng = newEngine(c)
	})
	return eng, engErr
}

func newDetector(c config.Config) *detect.Detector {
	d := detect.NewDetector(c)
	d.MaxDecodeDepth = 0 // secrets are located in the raw text, never in decoded copies
	return d
}

// subConfig is c with only the given rules (and their keywords) and the
// global allowlists given.
func subConfig(c config.Config, ids []string, allow []*config.Allowlist) config.Config {
	s := c
	s.Allowlists = allow
	s.Rules = make(map[string]config.Rule, len(ids))
	s.Keywords = map[string]struct{}{}
	s.OrderedRules = nil
	for _, id := range ids {
		r := c.Rules[id]
		s.Rules[id] = r
		s.OrderedRules = append(s.OrderedRules, id)
		for _, k := range r.Keywords {
			s.Keywords[strings.ToLower(k)] = struct{}{}
		}
	}
	return s
}

func newEngine(c config.Config) *engine {
	e := &engine{all: newDetector(c), rules: c}
	// detectNear skips the files a global allowlist's paths allow before
	// any detector sees them, so the per-rule detectors, called once per
	// window, need not match the paths again and again: they get the
	// global allowlists without paths (an allowlist whose condition is OR
	// checks paths only for whole fragments, never for findings)
	var nearAllow []*config.Allowlist
	for _, a := range c.Allowlists {
		if a.MatchCondition == config.AllowlistMatchAnd || len(a.Paths) == 0 {
			nearAllow = append(nearAllow, a)
			continue
		}
		e.pathAllow = append(e.pathAllow, newPathAllowlist(a))
		if len(a.Regexes) == 0 && len(a.StopWords) == 0 && len(a.Commits) == 0 {
			continue
		}
		b := &config.Allowlist{Description: a.Description, MatchCondition: a.MatchCondition, Commits: a.Commits,
			RegexTarget: a.RegexTarget, Regexes: a.Regexes, StopWords: a.StopWords}
		if err := b.Validate(); err != nil {
			nearAllow = append(nearAllow, a) // keep the original: slower, same result
			continue
		}
		nearAllow = append(nearAllow, b)
	}
	ids := make([]string, 0, len(c.Rules))
	for id := range c.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	// rules that another rule requires, and those requiring one, stay
	// together in the whole-file detector
	composite := map[string]bool{}
	for _, id := range ids {
		if r := c.Rules[id]; len(r.RequiredRules) > 0 {
			composite[id] = true
			for _, q := range r.RequiredRules {
				composite[q.RuleID] = true
			}
		}
	}
	var wholeIDs []string
	for _, id := range ids {
		r := c.Rules[id]
		switch {
		case r.Regex == nil && !composite[id]:
			continue // path-only: reports no secret, which the pass skips
		case r.SkipReport && !composite[id]:
			continue // reports nothing on its own
		}
		if s, ok := ruleShape(r.Regex.String(), r.Keywords); ok && !composite[id] {
			w := windowedRule{id: id, shape: s, det: newDetector(subConfig(c, []string{id}, nearAllow)), path: r.Path != nil}
			w.anyText = sync.OnceValue(func() *detect.Detector {
				sc := subConfig(c, []string{id}, nearAllow)
				r := sc.Rules[id]
				r.Keywords = nil
				sc.Rules[id] = r
				sc.Keywords = map[string]struct{}{}
				return newDetector(sc)
			})
			w.first = firstBytes(s)
			w.trim = newTrimBound(r.Regex.String(), append(append([]*config.Allowlist(nil), nearAllow...), r.Allowlists...))
			e.windowed = append(e.windowed, w)
			continue
		}
		wholeIDs = append(wholeIDs, id)
	}
	if len(wholeIDs) > 0 {
		e.whole = newDetector(subConfig(c, wholeIDs, c.Allowlists))
		e.wholeIDs = wholeIDs
	}
	kwIndex := map[string]int{}
	var kws []string
	index := func(k string) int {
		k = strings.ToLower(k)
		i, ok := kwIndex[k]
		if !ok {
			i = len(kws)
			kwIndex[k] = i
			kws = append(kws, k)
			e.kwWindowed = append(e.kwWindowed, nil)
			e.kwWhole = append(e.kwWhole, nil)
		}
		return i
	}
	for ri, w := range e.windowed {
		for _, k := range c.Rules[w.id].Keywords {
			i := index(k)
			e.kwWindowed[i] = append(e.kwWindowed[i], ri)
		}
	}
	for wi, id := range wholeIDs {
		for _, k := range c.Rules[id].Keywords {
			i := index(k)
			e.kwWhole[i] = append(e.kwWhole[i], wi)
		}
	}
	e.trie = ahocorasick.NewTrieBuilder().AddStrings(kws).Build()
	return e
}

// needsWholeFile: K U+212A and ſ U+017F are matched by Go's (?i) k and s,
// so a match could hold a keyword the ASCII search does not see (and
// strings.ToLower, gitleaks' keyword filter, keeps ſ): files holding one
// take detectFolded's path, which decides per chunk as gitleaks does. İ
// U+0130 only lower-cases to i: no regex matches it for i, but it can make
// gitleaks' filter see a keyword, which matters only for the rules run
// over whole files (detectNear).
func needsWholeFile(text string) bool {
	return strings.Contains(text, "\u212A") || strings.Contains(text, "\u017F")
}

// ref is finding raw of call.
type ref struct{ call, raw int }

// inOrder lists the findings of calls in the order they claim their
// offsets in the text (two rules may match the same secret, and one
// offset goes to one finding): chunk by chunk, specific rules before
// generic ones, then by rule and position. gitleaks returns a call's
// findings in the random order of its rule map, so without this order the
// winner would change from run to run.
func inOrder(calls []call) []ref {
	var out []ref
	for ci, c := range calls {
		for ri := range c.raw {
			out = append(out, ref{ci, ri})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := calls[out[i].call], calls[out[j].call]
		if a.chunk != b.chunk {
			return a.chunk < b.chunk
		}
		fa, fb := a.raw[out[i].raw], b.raw[out[j].raw]
		if ga, gb := isGeneric(fa.RuleID), isGeneric(fb.RuleID); ga != gb {
			return gb
		}
		if fa.RuleID != fb.RuleID {
			return fa.RuleID < fb.RuleID
		}
		if la, lb := a.line+fa.StartLine, b.line+fb.StartLine; la != lb {
			return la < lb
		}
		return fa.StartColumn < fb.StartColumn
	})
	return out
}

// call is one detector run over text[lo:hi] (its findings are located
// there), whose first line is line (0-based) of the file; used holds the
// offsets already given to a finding its findings compete with (see
// locate), seen those of other calls they must also avoid. A file searched
// in several chunks has a used set per chunk (a finding in the overlap of
// two chunks is reported by both and must land on the same offset), and
// chunk numbers its call.
type call struct {
	lo, hi, line, chunk int
	raw                 []report.Finding
	used, seen          map[int]bool
}

func (c call) taken(off int) bool { return c.used[off] || c.seen[off] }

// detectChunks runs d over the whole text in chunks (chunks()), as the
// pass always did.
func detectChunks(ctx context.Context, d *detect.Detector, path, text string, lineStarts []int, fileUsed map[int]bool) []call {
	var out []call
	cs := chunks(text)
	for i, c := range cs {
		if ctx.Err() != nil {
			break
		}
		raw := d.DetectContext(ctx, detect.Fragment{Raw: text[c.start:c.end], FilePath: path})
		if len(raw) == 0 {
			continue
		}
		k := call{lo: c.start, hi: c.end, line: lineIndex(lineStarts, c.start), chunk: i, raw: raw, used: fileUsed}
		if len(cs) > 1 {
			k.used, k.seen = map[int]bool{}, fileUsed
		}
		out = append(out, k)
	}
	return out
}

// detectNear is the windowed search of one file.
func (e *engine) detectNear(ctx context.Context, path, text string, lineStarts []int) []call {
	for _, a := range e.pathAllow {
		if a.allowed(path) {
			return nil // gitleaks' global allowlist skips the file
		}
	}
	if needsWholeFile(text) {
		return e.detectFolded(ctx, path, text, lineStarts)
	}
	buf := lowerPool.Get().(*[]byte)
	defer lowerPool.Put(buf)
	lower := asciiLower(*buf, text)
	*buf = lower

	// İ lower-cases to i: gitleaks may see a keyword of a whole-file rule
	// where the ASCII search does not; let the whole-file detector decide
	needWhole := strings.Contains(text, "\u0130")
	wins := e.windows(path, text, lineStarts, lower, nil, nil, e.trimmer(path, text), func(pat int) {
		if needWhole {
			return
		}
		for _, wi := range e.kwWhole[pat] {
			if r := e.rules.Rules[e.wholeIDs[wi]]; r.Path == nil || r.Path.MatchString(path) {
				needWhole = true
				return
			}
		}
	})

	var out []call
	used := map[int]bool{} // shared: windows of different rules may overlap
	for ri := range e.windowed {
		ws := wins[ri]
		if len(ws) == 0 {
			continue
		}
		for _, s := range mergeByteSpans(ws) {
			if ctx.Err() != nil {
				return out
			}
			raw := e.windowed[ri].det.DetectContext(ctx, detect.Fragment{Raw: text[s.start:s.end], FilePath: path})
			if len(raw) > 0 {
				line := lineIndex(lineStarts, s.start)
				shiftColumns(raw, s.start-lineStarts[line])
				out = append(out, call{lo: 0, hi: len(text), line: line, raw: raw, used: used})
			}
		}
	}
	if needWhole && e.whole != nil {
		out = append(out, detectChunks(ctx, e.whole, path, text, lineStarts, used)...)
	}
	return out
}

// trimmer says per windowed rule whether its windows on long lines may be
// cut in this file (trim.go); nil when none may.
func (e *engine) trimmer(path, text string) func(ri int) bool {
	if fileHasAllowSignature(text) {
		return nil
	}
	trimOK := make([]int8, len(e.windowed)) // 0 not asked yet, 1 yes, -1 no
	return func(ri int) bool {
		if trimOK[ri] == 0 {
			trimOK[ri] = -1
			if e.windowed[ri].trim.inFile(path, text) {
				trimOK[ri] = 1
			}
		}
		return trimOK[ri] > 0
	}
}

// shiftColumns moves the columns of findings on the first line of a window
// that starts delta bytes into that line to where they are in the line
// (inOrder sorts by column).
func shiftColumns(raw []report.Finding, delta int) {
	if delta == 0 {
		return
	}
	for i := range raw {
		if raw[i].StartLine == 0 {
			raw[i].StartColumn += delta
			if raw[i].EndLine == 0 {
				raw[i].EndColumn += delta
			}
		}
	}
}

// windows lists, per windowed rule, the byte spans (whole lines, or cut
// around the occurrence on long lines when trim says the rule may be, see
// trim.go; trim nil: never) around the keyword
// occurrences in hay (text with its letters folded, byte for byte unless
// orig maps each byte of hay to the offset in text its rune starts at,
// with len(text) last) that pass the rule's probe; a rule for which skip
// says true gets none. onKeyword sees every occurrence's trie pattern.
func (e *engine) windows(path, text string, lineStarts []int, hay []byte, orig []int, skip []bool, trim func(ri int) bool, onKeyword func(pat int)) map[int][]span {
	wins := make(map[int][]span) // windowed rule → windows, in hit order
	pathOK := map[int]bool{}
	nlines := len(lineStarts)
	e.trie.Walk(hay, func(end, n, pat int64) bool {
		hs, he := int(end-n+1), int(end+1)
		if orig != nil {
			hs, he = orig[hs], orig[he]
		}
		onKeyword(int(pat))
		line := -1
		for _, ri := range e.kwWindowed[pat] {
			if skip != nil && skip[ri] {
				continue
			}
			w := &e.windowed[ri]
			if w.path {
				ok, seen := pathOK[ri]
				if !seen {
					ok = e.rules.Rules[w.id].Path.MatchString(path)
					pathOK[ri] = ok
				}
				if !ok {
					continue
				}
			}
			if line < 0 {
				line = lineIndex(lineStarts, hs)
			}
			lo, hi := spanBytes(text, lineStarts, lineSpan{max(0, line-w.before-1), min(nlines-1, line+w.after+1)})
			win := span{lo, hi}
			if hi-lo > trimMin && trim != nil && trim(ri) {
				win = w.trim.span(text, hs, he, lo, hi)
			}
			ws := wins[ri]
			if k := len(ws); k > 0 && ws[k-1].start <= win.start && win.end <= ws[k-1].end {
				continue // already inside this rule's last window
			}
			if w.probe != nil {
				ok, end := w.probes(text, lineStarts, hs, he, line)
				if !ok {
					continue
				}
				if end >= 0 {
					// no match holding the occurrence reaches past end: the
					// window stops a line after the one end is on
					last := line
					for last+1 < nlines && lineStarts[last+1] < end {
						last++
					}
					if last+1 < min(nlines-1, line+w.after+1) {
						_, h := spanBytes(text, lineStarts, lineSpan{last + 1, last + 1})
						win.end = min(win.end, h)
						if k := len(ws); k > 0 && ws[k-1].start <= win.start && win.end <= ws[k-1].end {
							continue
						}
					}
				}
			}
			wins[ri] = append(ws, win)
		}
		return true
	})
	return wins
}

// spanBytes is the byte range of text the lines of s cover.
func spanBytes(text string, lineStarts []int, s lineSpan) (lo, hi int) {
	lo, hi = lineStarts[s.from], len(text)
	if s.to+1 < len(lineStarts) {
		hi = lineStarts[s.to+1]
	}
	return lo, hi
}

// maxProbeSpan bounds the text one probe may read. Past it (very long
// lines: minified code, data) the probe reads the text through a reader
// that stops there, and a probe that asks for more (a rule whose probe
// reads to the end of the line, "curl .*?") gives the hit its window
// unprobed: it would otherwise read a long line once per hit, where the
// window, merged for all hits on that line, is searched once.
const maxProbeSpan = 8 << 10

// probes reports whether the rule's probe matches at an offset where X's
// part can start while holding the keyword occurrence [hs, he); true also
// when that needs more than maxProbeSpan bytes (the probe only filters).
// end is the furthest any of those probe matches ends (the probe accepts
// more than the rule, so no match of the rule holding the occurrence in
// X's part ends past it), or -1 when unknown.
func (w *windowedRule) probes(text string, lineStarts []int, hs, he, line int) (ok bool, end int) {
	limit := len(text)
	if l := line + w.after + 2; l < len(lineStarts) {
		limit = lineStarts[l]
	}
	if limit-max(0, he-w.probeBack) > maxProbeSpan {
		return w.probesCapped(text[:limit], hs, he), -1
	}
	end = -1
	for pos := max(0, he-w.probeBack); pos <= hs; pos++ {
		if w.first[text[pos]] && w.probe.MatchString(text[pos:limit]) {
			m := w.probeLong.FindStringIndex(text[pos:limit])
			if m == nil {
				return true, -1 // cannot be: the same regex
			}
			end = max(end, pos+m[1])
		}
	}
	return end >= 0, end
}

// probesCapped is probes on a long span: each probe reads at most
// maxProbeSpan bytes, and one that would read more counts as a match. The
// probe has no assertions but \A, so a match in the bytes read is a match
// in the text, and a probe that stops reading before the cap without
// matching (its regex has no thread left) has no match in the text.
func (w *windowedRule) probesCapped(text string, hs, he int) bool {
	for pos := max(0, he-w.probeBack); pos <= hs; pos++ {
		if !w.first[text[pos]] {
			continue
		}
		r := cappedReader{s: text[pos:], n: maxProbeSpan}
		if w.probe.MatchReader(&r) || r.over {
			return true
		}
	}
	return false
}

// cappedReader reads the runes of s (as the regexp package decodes a
// string) up to n bytes, then reports the end of the text and notes that
// it was asked for more.
type cappedReader struct {
	s    string
	i, n int
	over bool
}

func (r *cappedReader) ReadRune() (rune, int, error) {
	if r.i >= len(r.s) {
		return 0, 0, io.EOF
	}
	if r.i >= r.n {
		r.over = true
		return 0, 0, io.EOF
	}
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	c, w := utf8.DecodeRuneInString(r.s[r.i:])
	r.i += w
	return c, w, nil
}

// firstBytes is the set of bytes a match of X's part can start with, from
// its prefixes (all bytes when one is empty or starts outside ASCII).
func firstBytes(s shape) [256]bool {
	var set [256]bool
	all := func() [256]bool {
		for i := range set {
			set[i] = true
		}
		return set
	}
	if s.x == nil {
		return all()
	}
	for _, p := range prefixes(s.x) {
		if p.s == "" || p.s[0] >= 0x80 {
			return all()
		}
		c := p.s[0]
		set[c] = true
		if 'a' <= c && c <= 'z' {
			// A-Z, and the first byte of K U+212A and ſ U+017F
			for f := unicode.SimpleFold(rune(c)); f != rune(c); f = unicode.SimpleFold(f) {
				var b [utf8.UTFMax]byte
				utf8.EncodeRune(b[:], f)
				set[b[0]] = true
			}
		}
	}
	return set
}

type lineSpan struct{ from, to int } // inclusive 0-based lines

// lineIndex is the 0-based line holding byte offset off.
func lineIndex(lineStarts []int, off int) int {
	return sort.Search(len(lineStarts), func(i int) bool { return lineStarts[i] > off }) - 1
}

var lowerPool = sync.Pool{New: func() any { b := []byte(nil); return &b }}

// asciiLower lower-cases the ASCII letters of s into buf (offsets kept).
func asciiLower(buf []byte, s string) []byte {
	if cap(buf) < len(s) {
		buf = make([]byte, len(s))
	}
	buf = buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf
}

// shadowed marks the findings gitleaks drops when it sees them together:
// a generic rule's finding whose secret a specific rule's finding on the
// same line holds (detect's filter, applied per detector call, which the
// per-rule calls above split).
func shadowed(calls []call) map[ref]bool {
	specific := map[int][]string{} // file line → secrets of non-generic findings
	for _, c := range calls {
		for _, r := range c.raw {
			if !isGeneric(r.RuleID) {
				specific[c.line+r.StartLine] = append(specific[c.line+r.StartLine], r.Secret)
			}
		}
	}
	out := map[ref]bool{}
	for ci, c := range calls {
		for ri, r := range c.raw {
			if !isGeneric(r.RuleID) {
				continue
			}
			for _, s := range specific[c.line+r.StartLine] {
				if strings.Contains(s, r.Secret) {
					out[ref{ci, ri}] = true
					break
				}
			}
		}
	}
	return out
}

func isGeneric(ruleID string) bool { return strings.Contains(strings.ToLower(ruleID), "generic") }
