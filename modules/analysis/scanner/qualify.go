package scanner

import (
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
		for _, m := range pyImportAs.FindAllStringSubmatch(s, -1) {
			add(m[2], m[1])
		}
		for _, m := range pyFrom.FindAllStringSubmatch(s, -1) {
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
		for _, m := range pyLocal.FindAllStringSubmatch(s, -1) {
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
		for _, m := range goLocal.FindAllStringSubmatch(s, -1) {
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
		for _, m := range jsRequire.FindAllStringSubmatch(s, -1) {
			add(m[1], m[2])
		}
		for _, m := range jsImportDef.FindAllStringSubmatch(s, -1) {
			add(m[1], m[2])
		}
		for _, m := range jsImportSet.FindAllStringSubmatch(s, -1) {
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
		for _, m := range jsAlias.FindAllStringSubmatch(s, -1) {
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
		for _, m := range rubyLocal.FindAllStringSubmatch(s, -1) {
			add(m[1], strings.TrimPrefix(m[2], "::"))
		}
	default:
		return nil
	}
	return b
}
