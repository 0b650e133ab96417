package deps

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
)

// goModFields splits a go.mod line into fields, dropping a trailing
// comment and unquoting quoted paths.
func goModFields(line string) []string {
	if i := strings.Index(line, "//"); i >= 0 {
		line = line[:i]
	}
	f := strings.Fields(line)
	for i, s := range f {
		if strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "`") {
			if u, err := strconv.Unquote(s); err == nil {
				f[i] = u
			}
		}
	}
	return f
}

// parseGoMod reads the require directives of a go.mod, applying replace
// directives: a module replaced by another module version is reported as
// that module (its code is what gets built); one replaced by a local
// directory is dropped.
func parseGoMod(file string, data []byte) ([]Package, error) {
	type replacement struct {
		newPath, newVersion string
		local               bool
	}
	var reqs []Package
	repl := map[string]replacement{} // "path" or "path@version"
	block := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		f := goModFields(sc.Text())
		if len(f) == 0 {
			continue
		}
		if block != "" {
			if f[0] == ")" {
				block = ""
				continue
			}
			f = append([]string{block}, f...)
		} else if len(f) == 2 && f[1] == "(" {
			block = f[0]
			continue
		}
		switch f[0] {
		case "require":
			if len(f) >= 3 {
				reqs = append(reqs, Package{Ecosystem: EcosystemGo, Name: f[1], Version: f[2], Path: file, Line: n})
			}
		case "replace":
			arrow := -1
			for i, s := range f {
				if s == "=>" {
					arrow = i
				}
			}
			if arrow < 2 || arrow+1 >= len(f) {
				continue
			}
			old := f[1]
			if arrow == 3 {
				old += "@" + f[2]
			}
			r := replacement{newPath: f[arrow+1]}
			if arrow+2 < len(f) {
				r.newVersion = f[arrow+2]
			} else {
				r.local = true // a directory: not a published module version
			}
			repl[old] = r
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	out := reqs[:0]
	for _, p := range reqs {
		r, ok := repl[p.Name+"@"+p.Version]
		if !ok {
			r, ok = repl[p.Name]
		}
		if ok {
			if r.local {
				continue
			}
			p.Name, p.Version = r.newPath, r.newVersion
		}
		out = append(out, p)
	}
	return out, nil
}

// parseGoSum reads module versions from a go.sum. The pass only uses it
// when no go.mod sits beside it: go.sum also lists versions that minimal
// version selection did not pick.
func parseGoSum(file string, data []byte) ([]Package, error) {
	var out []Package
	seen := map[string]bool{}
	for n, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) != 3 || strings.HasSuffix(f[1], "/go.mod") {
			continue
		}
		k := f[0] + "@" + f[1]
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, Package{Ecosystem: EcosystemGo, Name: f[0], Version: f[1], Path: file, Line: n + 1})
	}
	return out, nil
}
