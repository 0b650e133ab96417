package scanner

import (
	"bytes"
	"regexp"
	"strings"
)

// bindings maps the names a file binds to what they stand for: import
// aliases (Python `import random as rnd` → rnd = random, `from random
// import randint as r` → r = random.randint; Go `r "math/rand/v2"` → r =
// math/rand/v2, and `"math/rand"` → rand = math/rand; Java `import
// java.util.Random;` → Random = java.util.Random; JavaScript `const m =
// require("m")`, `import {a as b} from "m"`; PHP `use A\B as C`) and local
// generators made from a qualified constructor (Go `rng := rand.New(...)`
// → rng = math/rand.Rand; Java `Random r = new Random()` → r =
// java.util.Random; Python `rng = random.Random(seed)`; Ruby
// `gen = Random.new(seed)` → gen = Random.new). It is a per-file reading
// of the source text, not a resolution of scopes: a name bound twice keeps
// its first binding.
type bindings map[string]string

// qualify returns text with its leading name replaced by what b binds it
// to (`rnd.randint(0, 9)` → `random.randint(0, 9)`); text itself when the
// name is not bound.
func (b bindings) qualify(text string) string {
	lead := leadName.FindString(text)
	if lead == "" {
		return text
	}
	if q, ok := b[lead]; ok {
		return q + text[len(lead):]
	}
	return text
}

// leadName is the name a capture's text starts with (an identifier, a Ruby
// instance variable or a PHP variable).
var leadName = regexp.MustCompile(`^(?:self\.|this\.|\$this->)?[@$]{0,2}[A-Za-z_][A-Za-z0-9_]*`)

var (
	pyImportAs = regexp.MustCompile(`(?m)^[ \t]*import[ \t]+([\w.]+)[ \t]+as[ \t]+(\w+)`)
	pyFrom     = regexp.MustCompile(`(?m)^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n#]+)`)
	pyLocal    = regexp.MustCompile(`(?m)^[ \t]*((?:self\.)?\w+)[ \t]*(?::[^=\n]+)?=[ \t]*([\w.]+)\(`)

	goImportSpec = regexp.MustCompile(`(?m)^[ \t]*(?:import[ \t]+)?(?:([A-Za-z_]\w*)[ \t]+)?"([\w./-]+)"`)
	goLocal      = regexp.MustCompile(`(?m)(?:^|[\s(,])(\w+)[ \t]*(?::=|=)[ \t]*(\w+)\.New\(`)
	goVersion    = regexp.MustCompile(`^v[0-9]+$`)
	goDeclStart  = regexp.MustCompile(`(?m)^(func|type|var|const)\b`)

	javaImport = regexp.MustCompile(`(?m)^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+)\.(\w+)[ \t]*;`)
	javaDecl   = regexp.MustCompile(`(?m)\b([A-Z]\w*)(?:<[^<>;=]*>)?[ \t]+(\w+)[ \t]*(?:=[ \t]*(?:new[ \t]+([\w.]+))?|;|,|\))`)

	jsRequire   = regexp.MustCompile(`\b(?:const|let|var)[ \t]+(\w+)[ \t]*=[ \t]*require\([ \t]*["']([^"']+)["']`)
	jsImportDef = regexp.MustCompile(`(?m)^[ \t]*import[ \t]+(?:\*[ \t]+as[ \t]+)?(\w+)[ \t]+from[ \t]+["']([^"']+)["']`)
	jsImportSet = regexp.MustCompile(`(?m)^[ \t]*import[ \t]+(?:\w+[ \t]*,[ \t]*)?\{([^}]*)\}[ \t]*from[ \t]+["']([^"']+)["']`)
	jsAlias     = regexp.MustCompile(`\b(?:const|let|var)[ \t]+(\w+)[ \t]*=[ \t]*((?:Math|crypto)\.\w+)[ \t]*[;\n]`)

	phpUse = regexp.MustCompile(`(?m)^[ \t]*use[ \t]+(?:function[ \t]+)?\\?([\w\\]+?)(?:[ \t]+as[ \t]+(\w+))?[ \t]*;`)

	rubyLocal = regexp.MustCompile(`(?m)(@{0,2}[a-z_]\w*)[ \t]*(?:\|\|)?=[ \t]*((?:::)?(?:[A-Z]\w*::)*[A-Z]\w*\.new)\b`)
)

// Most of the regexes above match only at the start of a line, which
// defeats the regexp package's literal-prefix search: over a whole file
// they cost a few percent of a scan. lineStart runs such a regex (given
// as its \A-anchored twin, which matches exactly the strings the (?m)^
// one matches at a line start) only at the line starts whose line passes
// a cheap test every match's first line passes, and finds the same
// matches as FindAllStringSubmatch of the original: matches start only at
// line starts, in order, the next one at or after the end of the last.
type lineStart struct {
	re *regexp.Regexp
	// may reports whether a match can start at the start of line (the
	// text from a line start to the next line break, exclusive)
	may func(line string) bool
}

// anchoredAtLine returns the \A-anchored twin of a regex written as
// `(?m)^` followed by expr.
func anchoredAtLine(expr string) *regexp.Regexp {
	return regexp.MustCompile(`\A(?:` + expr + `)`)
}

// leadingWord reports whether line, after spaces and tabs, starts with w.
func leadingWord(w string) func(string) bool {
	return func(line string) bool {
		return strings.HasPrefix(strings.TrimLeft(line, " \t"), w)
	}
}

func (l lineStart) findAll(s string) [][]string {
	var out [][]string
	for at := 0; at < len(s); {
		end := strings.IndexByte(s[at:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += at
		}
		if l.may(s[at:end]) {
			if m := l.re.FindStringSubmatchIndex(s[at:]); m != nil {
				sub := make([]string, len(m)/2)
				for i := range sub {
					if m[2*i] >= 0 {
						sub[i] = s[at+m[2*i] : at+m[2*i+1]]
					}
				}
				out = append(out, sub)
				if e := at + m[1]; e > end {
					// the match ran on past its line: the next one starts
					// at the first line start at or after its end
					switch nl := strings.IndexByte(s[e:], '\n'); {
					case s[e-1] == '\n':
						at = e
					case nl < 0:
						at = len(s)
					default:
						at = e + nl + 1
					}
					continue
				}
			}
		}
		at = end + 1
	}
	return out
}

// lineStartSubmatches is lineStart{re, may}.findAll for bytes: the
// submatches of re (a \A-anchored twin) at the line starts whose line
// passes may, as FindAllSubmatch of the (?m)^ regex returns them.
func lineStartSubmatches(re *regexp.Regexp, src []byte, may func(line []byte) bool) [][][]byte {
	var out [][][]byte
	for at := 0; at < len(src); {
		end := bytes.IndexByte(src[at:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += at
		}
		if may(src[at:end]) {
			if m := re.FindSubmatchIndex(src[at:]); m != nil {
				sub := make([][]byte, len(m)/2)
				for i := range sub {
					if m[2*i] >= 0 {
						sub[i] = src[at+m[2*i] : at+m[2*i+1] : at+m[2*i+1]]
					}
				}
				out = append(out, sub)
				if e := at + m[1]; e > end {
					// as findAll: the next match starts at the first line
					// start at or after this one's end
					switch nl := bytes.IndexByte(src[e:], '\n'); {
					case src[e-1] == '\n':
						at = e
					case nl < 0:
						at = len(src)
					default:
						at = e + nl + 1
					}
					continue
				}
			}
		}
		at = end + 1
	}
	return out
}

var (
	pyImportAsAt = lineStart{anchoredAtLine(`[ \t]*import[ \t]+([\w.]+)[ \t]+as[ \t]+(\w+)`), leadingWord("import")}
	pyFromAt     = lineStart{anchoredAtLine(`[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n#]+)`), leadingWord("from")}
	pyLocalAt    = lineStart{anchoredAtLine(`[ \t]*((?:self\.)?\w+)[ \t]*(?::[^=\n]+)?=[ \t]*([\w.]+)\(`), func(line string) bool {
		i := strings.IndexByte(line, '=')
		return i >= 0 && strings.IndexByte(line[i:], '(') >= 0
	}}
	jsImportDefAt = lineStart{anchoredAtLine(`[ \t]*import[ \t]+(?:\*[ \t]+as[ \t]+)?(\w+)[ \t]+from[ \t]+["']([^"']+)["']`), leadingWord("import")}
	jsImportSetAt = lineStart{anchoredAtLine(`[ \t]*import[ \t]+(?:\w+[ \t]*,[ \t]*)?\{([^}]*)\}[ \t]*from[ \t]+["']([^"']+)["']`), leadingWord("import")}
)

// fileBindings reads the bindings of src in language lang (nil when the
// language binds nothing this reading knows).
func fileBindings(lang string, src []byte) bindings {
	b := bindings{}
	add := func(name, q string) {
		if name == "" || q == "" || name == q {
			return
		}
		if _, ok := b[name]; !ok {
			b[name] = q
		}
	}
	s := string(src)
	switch lang {
	case "python":
		for _, m := range pyImportAsAt.findAll(s) {
			add(m[2], m[1])
		}
		for _, m := range pyFromAt.findAll(s) {
			list := strings.Trim(m[2], "() \t\r\n")
			for _, item := range strings.Split(list, ",") {
				f := strings.Fields(item)
				switch {
				case len(f) == 1 && f[0] != "*":
					add(f[0], m[1]+"."+f[0])
				case len(f) == 3 && f[1] == "as":
					add(f[2], m[1]+"."+f[0])
				}
			}
		}
		// generators kept in a variable, made by a class of a module:
		// rng = random.Random(seed)
		for _, m := range pyLocalAt.findAll(s) {
			q := b.qualify(m[2])
			if i := strings.LastIndex(q, "."); i > 0 && i+1 < len(q) && q[i+1] >= 'A' && q[i+1] <= 'Z' {
				add(m[1], q)
			}
		}
	case "go":
		if i := strings.Index(s, "import"); i >= 0 {
			block := s[i:]
			// the import declarations end where the first func, type, var
			// or const declaration starts
			if j := goDeclStart.FindStringIndex(block); j != nil {
				block = block[:j[0]]
			}
			for _, m := range goImportSpec.FindAllStringSubmatch(block, -1) {
				name := m[1]
				if name == "_" || name == "." {
					continue
				}
				if name == "" {
					parts := strings.Split(m[2], "/")
					name = parts[len(parts)-1]
					if goVersion.MatchString(name) && len(parts) > 1 {
						name = parts[len(parts)-2]
					}
				}
				add(name, m[2])
			}
		}
		for _, m := range findAllIf(goLocal, s, strings.Contains(s, ".New(")) { // every match holds ".New("
			if q, ok := b[m[2]]; ok {
				add(m[1], q+".Rand")
			}
		}
	case "java":
		for _, m := range javaImport.FindAllStringSubmatch(s, -1) {
			add(m[2], m[1]+"."+m[2])
		}
		// fields and locals: what they are made as (`Random r = new
		// SecureRandom()` is a SecureRandom), else their declared type
		for _, m := range javaDecl.FindAllStringSubmatch(s, -1) {
			t := m[1]
			if m[3] != "" {
				t = m[3]
			}
			if q, ok := b[t]; ok {
				t = q
			}
			add(m[2], t)
			add("this."+m[2], t)
		}
	case "javascript", "typescript", "tsx":
		// every match of jsRequire holds "require(", of jsAlias "Math." or
		// "crypto."
		for _, m := range findAllIf(jsRequire, s, strings.Contains(s, "require(")) {
			add(m[1], m[2])
		}
		for _, m := range jsImportDefAt.findAll(s) {
			add(m[1], m[2])
		}
		for _, m := range jsImportSetAt.findAll(s) {
			for _, item := range strings.Split(m[1], ",") {
				f := strings.Fields(item)
				switch {
				case len(f) == 1:
					add(f[0], m[2]+"."+f[0])
				case len(f) == 3 && f[1] == "as":
					add(f[2], m[2]+"."+f[0])
				}
			}
		}
		for _, m := range findAllIf(jsAlias, s, strings.Contains(s, "Math.") || strings.Contains(s, "crypto.")) {
			add(m[1], m[2])
		}
	case "php":
		for _, m := range phpUse.FindAllStringSubmatch(s, -1) {
			name := m[2]
			if name == "" {
				name = m[1][strings.LastIndex(m[1], `\`)+1:]
			}
			add(name, m[1])
		}
	case "ruby":
		for _, m := range findAllIf(rubyLocal, s, strings.Contains(s, ".new")) { // every match holds ".new"
			add(m[1], strings.TrimPrefix(m[2], "::"))
		}
	default:
		return nil
	}
	return b
}

// findAllIf is re.FindAllStringSubmatch(s, -1) when may holds, else nil
// (may is a test every match passes, cheaper than the regex).
func findAllIf(re *regexp.Regexp, s string, may bool) [][]string {
	if !may {
		return nil
	}
	return re.FindAllStringSubmatch(s, -1)
}
