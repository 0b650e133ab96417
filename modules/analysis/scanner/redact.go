package scanner

import (
	"io/fs"
	"sort"
	"strings"
)

// minRedactPiece is the shortest line of a multi-line secret (a key
// block) that is replaced on its own.
const minRedactPiece = 8

// MinSecretLen is the shortest value masked by value. Shorter strings
// ("dev", "1234") are too common to replace across every text of a report
// without mangling it, and are no credential worth the name.
const MinSecretLen = 4

// MaskSecret returns s with all but a short prefix hidden behind a fixed
// run of asterisks, so neither the value nor its length can be read back.
// Secrets shorter than 10 bytes keep no prefix at all.
func MaskSecret(s string) string {
	keep := 0
	switch {
	case len(s) >= 20:
		keep = 4
	case len(s) >= 10:
		keep = 2
	}
	prefix := s[:keep]
	if i := strings.IndexAny(prefix, "\r\n"); i >= 0 {
		prefix = prefix[:i]
	}
	return prefix + "********"
}

// Redactor masks known secret values wherever they appear in a text. It
// masks by value, not by position or rule: a password found on one line
// is masked in every snippet, context line, trace, message and note that
// repeats it. The zero value and nil mask nothing.
type Redactor struct {
	rep *strings.Replacer
	n   int
}

// NewRedactor builds a redactor for rs. Each line of a multi-line value
// (a key block) is masked on its own as well, so a single line of it
// shown out of context does not leak either; PEM armour lines are not
// secret and stay readable. A value with an empty Mask gets MaskSecret's.
func NewRedactor(rs []Redaction) *Redactor {
	seen := map[string]string{}
	for _, r := range rs {
		if len(r.Value) < MinSecretLen {
			continue
		}
		mask := r.Mask
		if mask == "" {
			mask = MaskSecret(r.Value)
		}
		seen[r.Value] = mask
		if strings.Contains(r.Value, "\n") {
			for _, piece := range strings.Split(r.Value, "\n") {
				piece = strings.TrimRight(piece, "\r")
				if len(piece) >= minRedactPiece && !strings.HasPrefix(piece, "-----") {
					if _, ok := seen[piece]; !ok {
						seen[piece] = "********"
					}
				}
			}
		}
	}
	if len(seen) == 0 {
		return &Redactor{}
	}
	values := make([]string, 0, len(seen))
	for v := range seen {
		values = append(values, v)
	}
	// longest first, so a whole value wins over a piece of it
	sort.Slice(values, func(i, j int) bool {
		if len(values[i]) != len(values[j]) {
			return len(values[i]) > len(values[j])
		}
		return values[i] < values[j]
	})
	pairs := make([]string, 0, 2*len(values))
	for _, v := range values {
		pairs = append(pairs, v, seen[v])
	}
	return &Redactor{rep: strings.NewReplacer(pairs...), n: len(values)}
}

// Empty reports whether the redactor knows no secret.
func (r *Redactor) Empty() bool { return r == nil || r.n == 0 }

// Replace returns s with every known secret masked.
func (r *Redactor) Replace(s string) string {
	if r.Empty() || s == "" {
		return s
	}
	return r.rep.Replace(s)
}

// Finding masks every text field of f that may hold code in place. The
// title and remediation of a rule, secret or dependency finding are the
// rule's own words and stay as written (a weak value such as "secret"
// would otherwise mask the word in "Hard-coded secret"); an AI finding's
// title is model output and is masked.
func (r *Redactor) Finding(f *Finding) {
	if r.Empty() {
		return
	}
	if f.Kind == KindAI {
		f.Title = r.Replace(f.Title)
		f.Remediation = r.Replace(f.Remediation)
	}
	f.Message = r.Replace(f.Message)
	f.Snippet = r.Replace(f.Snippet)
	for j := range f.Trace {
		f.Trace[j].Message = r.Replace(f.Trace[j].Message)
		f.Trace[j].Snippet = r.Replace(f.Trace[j].Snippet)
	}
	for k, v := range f.Extra {
		f.Extra[k] = r.Replace(v)
	}
	if f.Suppression != nil {
		f.Suppression.Justification = r.Replace(f.Suppression.Justification)
	}
	if f.Context != nil { // lines around a finding may hold a nearby secret
		for j := range f.Context.Lines {
			f.Context.Lines[j] = r.Replace(f.Context.Lines[j])
		}
	}
}

// redact is the one point every scan result passes through before anything
// stores or prints it: it masks every value listed in any finding's Redact
// (the secrets passes and credential rules found) in the text of all
// findings, notes, skips and parse errors, records where each value is in
// res.SecretLocations, then clears the lists. extra are values of findings
// that are not reported (a disabled secret rule) but masked all the same.
func redact(res *Result, extra ...Redaction) {
	var all []Redaction
	locs := map[Location]bool{}
	add := func(rs []Redaction) {
		for _, r := range rs {
			if len(r.Value) < MinSecretLen {
				continue
			}
			all = append(all, r)
			if r.At.Path != "" && !locs[r.At] {
				locs[r.At] = true
				res.SecretLocations = append(res.SecretLocations, r.At)
			}
		}
	}
	add(extra)
	for i := range res.Findings {
		add(res.Findings[i].Redact)
		res.Findings[i].Redact = nil
	}
	sort.Slice(res.SecretLocations, func(i, j int) bool {
		a, b := res.SecretLocations[i], res.SecretLocations[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.StartLine != b.StartLine {
			return a.StartLine < b.StartLine
		}
		return a.StartColumn < b.StartColumn
	})
	rd := NewRedactor(all)
	if rd.Empty() {
		return
	}
	for i := range res.Findings {
		rd.Finding(&res.Findings[i])
	}
	for i := range res.Notes {
		res.Notes[i].Message = rd.Replace(res.Notes[i].Message)
	}
	for i := range res.ParseErrors {
		res.ParseErrors[i].Message = rd.Replace(res.ParseErrors[i].Message)
	}
	for i := range res.Skipped {
		res.Skipped[i].Reason = rd.Replace(res.Skipped[i].Reason)
	}
}

// SecretValues reads back the values at locs (a Result's SecretLocations)
// from the scanned tree, for code that shows the same files later (the AI
// prompts) and must mask the same values. Locations that no longer match
// the file are skipped.
func SecretValues(fsys fs.FS, locs []Location) []string {
	byPath := map[string][]Location{}
	for _, l := range locs {
		byPath[l.Path] = append(byPath[l.Path], l)
	}
	var out []string
	seen := map[string]bool{}
	for p, ls := range byPath {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			continue
		}
		starts := []int{0}
		for i, c := range data {
			if c == '\n' {
				starts = append(starts, i+1)
			}
		}
		off := func(line, col int) int {
			if line < 1 || line > len(starts) {
				return -1
			}
			o := starts[line-1] + col - 1
			if o < 0 || o > len(data) {
				return -1
			}
			return o
		}
		for _, l := range ls {
			s, e := off(l.StartLine, l.StartColumn), off(l.EndLine, l.EndColumn)
			if s < 0 || e <= s {
				continue
			}
			if v := string(data[s:e]); len(v) >= MinSecretLen && !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
		}
	}
	sort.Strings(out)
	return out
}

// capturedSecret returns the redaction for a rule match's secret capture:
// the literal's content without its quotes and string prefix, masked as
// the secrets pass masks, and where it is in the file.
func capturedSecret(r rawFinding, path string, src []byte) []Redaction {
	if r.secret == nil {
		return nil
	}
	s, e := int(r.secret[0]), int(r.secret[1])
	if s < 0 || e > len(src) || s >= e {
		return nil
	}
	s, e = literalContent(src, s, e)
	if e-s < MinSecretLen {
		return nil
	}
	v := string(src[s:e])
	sl, sc := lineCol(src, s)
	el, ec := lineCol(src, e)
	return []Redaction{{Value: v, Mask: MaskSecret(v), At: Location{Path: path, StartLine: sl, StartColumn: sc, EndLine: el, EndColumn: ec}}}
}

// literalContent narrows [s, e) of a string literal to its content:
// surrounding blanks (a C macro's body), a prefix of letters or sigils (r,
// b, u, f, @) and matching quotes (', ", `, or tripled) are dropped. Text
// that is not quoted is kept whole.
func literalContent(src []byte, s, e int) (int, int) {
	for s < e && (src[s] == ' ' || src[s] == '\t') {
		s++
	}
	for e > s && (src[e-1] == ' ' || src[e-1] == '\t' || src[e-1] == '\r') {
		e--
	}
	i := s
	for i < e && i-s < 3 && strings.IndexByte("rRbBuUfF@", src[i]) >= 0 {
		i++
	}
	if i >= e || strings.IndexByte("'\"`", src[i]) < 0 {
		return s, e
	}
	q := src[i]
	n := 1
	if e-i >= 6 && src[i+1] == q && src[i+2] == q && src[e-1] == q && src[e-2] == q && src[e-3] == q {
		n = 3
	}
	if e-i < 2*n || src[e-1] != q {
		return s, e
	}
	return i + n, e - n
}

// lineCol converts a byte offset of src to a 1-based line and column.
func lineCol(src []byte, off int) (int, int) {
	line, start := 1, 0
	for i := 0; i < off && i < len(src); i++ {
		if src[i] == '\n' {
			line++
			start = i + 1
		}
	}
	return line, off - start + 1
}
