package secrets

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/report"
)

// Files holding K U+212A or ſ U+017F (needsWholeFile).
//
// Go's (?i) matches K for k and ſ for s, so a rule's match may hold a
// keyword spelled with one of them, which the ASCII keyword search misses.
// gitleaks decides which rules run on a text from strings.ToLower of it,
// which folds K to k but keeps ſ (and folds İ U+0130 to i, which no regex
// matches for i): a match holding "ſecret" is found when the text it is in
// holds a keyword of the rule elsewhere. Those files were searched whole
// with every rule (pdf.js-like bundles, where that cost seconds).
//
// detectFolded keeps gitleaks' decision exactly and still searches near
// keywords: per chunk of the whole-file search (chunks()), it lists the
// rules whose keywords strings.ToLower of the chunk holds, which are the
// rules gitleaks runs on that chunk; it finds the keyword occurrences as
// the regexes see them (foldForRegex) and runs each rule that some chunk
// runs on its windows without gitleaks' keyword filter, keeping only the
// matches that lie in a chunk running the rule. The window argument of
// window.go holds unchanged: every match holds a folded keyword occurrence
// (shape.go folds K and ſ too), and a window's lines reach past the match.
// Windows on long lines are cut around the keyword as in any file
// (trim.go). A file whose windows would still cost more bytes of search
// than its chunks (one long line that a rule's windows cannot be cut on)
// is searched in chunks with every rule, as before.

// detectFolded is the windowed search of a file that needsWholeFile, after
// the global path allowlists.
func (e *engine) detectFolded(ctx context.Context, path, text string, lineStarts []int) []call {
	cs := chunks(text)
	runs := make([][]bool, len(cs)) // chunk → windowed rule → gitleaks runs it there
	skip := make([]bool, len(e.windowed))
	for ri := range skip {
		skip[ri] = true
	}
	needWhole := false
	for i, c := range cs {
		runs[i] = make([]bool, len(e.windowed))
		e.trie.Walk([]byte(strings.ToLower(text[c.start:c.end])), func(_, _, pat int64) bool {
			for _, ri := range e.kwWindowed[pat] {
				runs[i][ri], skip[ri] = true, false
			}
			if !needWhole {
				for _, wi := range e.kwWhole[pat] {
					if r := e.rules.Rules[e.wholeIDs[wi]]; r.Path == nil || r.Path.MatchString(path) {
						needWhole = true
						break
					}
				}
			}
			return true
		})
	}
	hay, orig := foldForRegex(text)
	wins := e.windows(path, text, lineStarts, hay, orig, skip, e.trimmer(path, text), func(int) {})

	// the windows of a file of few, long lines (a source map) are most of
	// it, once per rule: then the chunks gitleaks filters by keyword cost
	// less, and they are the reference the windows reproduce
	merged := make([][]span, len(e.windowed))
	nearCost, wholeCost := 0, 0
	for ri := range e.windowed {
		if len(wins[ri]) == 0 {
			continue
		}
		merged[ri] = mergeByteSpans(wins[ri])
		for _, s := range merged[ri] {
			nearCost += s.end - s.start
		}
	}
	for i, c := range cs {
		for ri, run := range runs[i] {
			if run && (!e.windowed[ri].path || e.rules.Rules[e.windowed[ri].id].Path.MatchString(path)) {
				wholeCost += c.end - c.start
			}
		}
	}
	if wholeCost < nearCost {
		return detectChunks(ctx, e.all, path, text, lineStarts, map[int]bool{})
	}

	var out []call
	used := map[int]bool{}
	for ri, spans := range merged {
		for _, s := range spans {
			if ctx.Err() != nil {
				return out
			}
			line := lineIndex(lineStarts, s.start)
			raw := e.windowed[ri].anyText().DetectContext(ctx, detect.Fragment{Raw: text[s.start:s.end], FilePath: path})
			if len(cs) > 1 {
				raw = inRunningChunk(raw, text, lineStarts, line, s, cs, runs, ri)
			}
			if len(raw) > 0 {
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

// inRunningChunk keeps the findings of windowed rule ri in the window w,
// whose first line is line, whose match lies whole in a chunk gitleaks
// runs the rule on.
func inRunningChunk(raw []report.Finding, text string, lineStarts []int, line int, w span, cs []span, runs [][]bool, ri int) []report.Finding {
	keep := raw[:0]
	for _, f := range raw {
		from := max(w.start, lineStarts[min(len(lineStarts)-1, line+max(0, f.StartLine))])
		start := strings.Index(text[from:w.end], f.Match)
		if start < 0 {
			continue // not in the window's text: nothing to report either
		}
		start += from
		end := start + len(f.Match)
		for ci, c := range cs {
			if runs[ci][ri] && c.start <= start && end <= c.end {
				keep = append(keep, f)
				break
			}
		}
	}
	return keep
}

// foldForRegex lower-cases the ASCII letters of text and replaces each
// rune outside ASCII that Go's case-insensitive regexes match for an ASCII
// letter (K U+212A, ſ U+017F; see foldRune) with that letter; orig maps
// each byte of the result to the offset in text its rune starts at, and
// has len(text) last.
func foldForRegex(text string) (folded []byte, orig []int) {
	folded = make([]byte, 0, len(text))
	orig = make([]int, 0, len(text)+1)
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			folded, orig = append(folded, c), append(orig, i)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if f := foldRune(r); r != utf8.RuneError && f < utf8.RuneSelf {
			folded, orig = append(folded, byte(f)), append(orig, i)
			i += n
			continue
		}
		for j := 0; j < n; j++ { // kept as it is: no ASCII keyword holds these bytes
			folded, orig = append(folded, text[i+j]), append(orig, i)
		}
		i += n
	}
	return folded, append(orig, len(text))
}
