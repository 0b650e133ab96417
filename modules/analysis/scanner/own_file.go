package scanner

import (
	"regexp"
	"strings"
)

// ownFile reports whether call (a load such as `pickle.load(fh)`, inside
// the function text fn of the file src) reads a file the program writes
// itself: the file object is opened (`with open(P, "rb") as fh`,
// `fh = open(P)`, or `open(P)` in place) from a path P that is — itself or
// through a local the function sets once — a module-level name
// (`STATE = "state.pkl"`) or the result of a function the file defines
// (`_path(key)`), and the file both calls the writer (writer, e.g.
// `pickle\.dump`) and opens that same path for writing (`open(STATE,
// "wb")`, or a local set from `_path(...)` opened with "wb"). A path from
// a parameter or built in place from other data is not the program's own.
func ownFile(call, fn string, src []byte, writer *regexp.Regexp) bool {
	file := string(src)
	if !writer.MatchString(file) {
		return false
	}
	arg := firstArg(call)
	if arg == "" {
		return false
	}
	var path string
	if strings.HasPrefix(arg, "open(") {
		path = firstArg(arg)
	} else if ownPathNameRe.MatchString(arg) {
		q := regexp.QuoteMeta(arg)
		re := regexp.MustCompile(`open\(\s*([\w.]+(?:\([^()]*\))?)\s*(?:,[^()]*)?\)\s+as\s+` + q + `\b|\b` + q + `\s*=\s*open\(\s*([\w.]+(?:\([^()]*\))?)\s*[,)]`)
		m := re.FindStringSubmatch(fn)
		if m == nil {
			return false
		}
		path = m[1] + m[2]
	}
	if path == "" {
		return false
	}
	if ownPathNameRe.MatchString(path) {
		if vals := localValues(path, fn); len(vals) == 1 {
			path = vals[0]
		} else if len(vals) > 1 {
			return false
		}
	}
	switch {
	case ownPathNameRe.MatchString(path) && !strings.Contains(path, "."):
		// a module-level name, opened for writing somewhere in the file
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(path) + `\s*=`).MatchString(file) {
			return false
		}
		return regexp.MustCompile(`open\(\s*` + regexp.QuoteMeta(path) + `\s*,\s*(?:mode\s*=\s*)?['"][wax]`).MatchString(file)
	case helperCallRe.MatchString(path):
		h := helperCallRe.FindStringSubmatch(path)[1]
		if !regexp.MustCompile(`(?m)^\s*def\s+` + regexp.QuoteMeta(h) + `\s*\(`).MatchString(file) {
			return false
		}
		hq := regexp.QuoteMeta(h)
		if regexp.MustCompile(`open\(\s*` + hq + `\([^()]*\)\s*,\s*(?:mode\s*=\s*)?['"][wax]`).MatchString(file) {
			return true
		}
		// a local set from the helper, opened for writing
		for _, m := range regexp.MustCompile(`\b(\w+)\s*=\s*`+hq+`\(`).FindAllStringSubmatch(file, -1) {
			if regexp.MustCompile(`open\(\s*` + regexp.QuoteMeta(m[1]) + `\s*,\s*(?:mode\s*=\s*)?['"][wax]`).MatchString(file) {
				return true
			}
		}
	}
	return false
}

var (
	ownPathNameRe = regexp.MustCompile(`^[A-Za-z_][\w.]*$`)
	helperCallRe  = regexp.MustCompile(`^([A-Za-z_]\w*)\([^()]*\)$`)
)

// firstArg is the text of a call's first argument (to the first comma at
// depth 0), trimmed; "" when there is none.
func firstArg(call string) string {
	i := strings.IndexByte(call, '(')
	if i < 0 {
		return ""
	}
	depth := 0
	for j := i + 1; j < len(call); j++ {
		switch call[j] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				return strings.TrimSpace(call[i+1 : j])
			}
			depth--
		case ',':
			if depth == 0 {
				return strings.TrimSpace(call[i+1 : j])
			}
		}
	}
	return ""
}

// localValues are the values a function assigns to a plain name (`p =
// _path(key)`), as written; nil when it assigns none.
func localValues(name, fn string) []string {
	var out []string
	re := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(name) + `\s*=\s*([^=\n].*?)\s*$`)
	for _, m := range re.FindAllStringSubmatch(fn, -1) {
		out = append(out, m[1])
	}
	return out
}
