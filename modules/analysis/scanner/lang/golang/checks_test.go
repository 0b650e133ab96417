package golang

import (
	"strings"
	"testing"

	"vigil/modules/analysis/scanner/ir"
)

// callArgs returns, for the first call whose text is callee in f, which
// arguments are plain reads of a variable (true) or fresh temporaries.
func callArgs(t *testing.T, m *ir.Module, callee string) []bool {
	t.Helper()
	for _, f := range m.Funcs {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if in.Op == ir.Call && in.Text == callee {
					var out []bool
					for _, a := range in.Args {
						out = append(out, !a.IsConst() && !a.Place.IsTemp())
					}
					return out
				}
			}
		}
	}
	t.Fatalf("no call %s", callee)
	return nil
}

// TestNumericVerbs: arguments printed by numeric, boolean or hex verbs are
// lowered as fresh values (no data of their own); %s, %v, %q, %c and
// formats with argument indexes or * widths keep them.
func TestNumericVerbs(t *testing.T) {
	cases := []struct {
		format string
		want   []bool // per argument after the format: still the variable
	}{
		{`"%d %s"`, []bool{false, true}},
		{`"%5.2f|%t|%x|%X|%o|%b|%e|%g|%U"`, []bool{false, false, false, false, false, false, false, false, false}},
		{`"%%d %s %v %q %c"`, []bool{true, true, true, true}},
		{`"%-08d %+v"`, []bool{false, true}},
		{`"%[1]d %s"`, []bool{true, true}},
		{`"%*d %s"`, []bool{true, true}},
		{"`%d`", []bool{false}},
	}
	for _, tc := range cases {
		args := make([]string, len(tc.want))
		for i := range args {
			args[i] = "a" + string(rune('0'+i))
		}
		src := "package p\nimport \"fmt\"\nfunc f(a0, a1, a2, a3, a4, a5, a6, a7, a8 string) {\n\tfmt.Sprintf(" + tc.format + ", " + strings.Join(args, ", ") + ")\n}\n"
		got := callArgs(t, lower(t, src), "fmt.Sprintf")[1:]
		for i := range tc.want {
			if got[i] != tc.want[i] {
				t.Errorf("%s: argument %d kept %v, want %v", tc.format, i, got[i], tc.want[i])
			}
		}
	}
	// a format that is not a constant keeps every argument
	got := callArgs(t, lower(t, "package p\nimport \"fmt\"\nfunc f(format, a string) { fmt.Sprintf(format, a) }\n"), "fmt.Sprintf")
	if !got[1] {
		t.Errorf("non-constant format: argument dropped")
	}
}

// TestDerivedChecks: a condition reading a local derived by filepath.Rel
// or url.Parse rebuilds its origin on both edges; a new value of either
// ends the derivation; parse errors and URL hosts stand for what was
// parsed inside conditions only.
func TestDerivedChecks(t *testing.T) {
	rebuilt := func(m *ir.Module, origin string) int {
		n := 0
		for _, f := range m.Funcs {
			for _, b := range f.Blocks {
				for _, in := range b.Instrs {
					if in.Op == ir.Assign && in.Dst != nil && in.Dst.Base == origin && strings.Contains(in.Note, "checked through") {
						n++
					}
				}
			}
		}
		return n
	}
	cases := []struct {
		name, body, origin string
		want               int
	}{
		{"Rel then check", "rel, err := filepath.Rel(\"/b\", p)\nif err != nil || strings.HasPrefix(rel, \"..\") {\nreturn\n}", "p", 2},
		{"Rel in the if's init", "if rel, err := filepath.Rel(b, p); err != nil || rel == \"..\" {\nreturn\n}", "p", 2},
		{"url.Parse then host check", "u, _ := url.Parse(p)\nif u.Host != \"\" {\nreturn\n}", "p", 2},
		{"origin reassigned first", "rel, _ := filepath.Rel(\"/b\", p)\np = \"x\"\nif strings.HasPrefix(rel, \"..\") {\nreturn\n}", "p", 0},
		{"base computed by a call: not rebuilt", "rel, _ := filepath.Rel(g(), p)\nif strings.HasPrefix(rel, \"..\") {\nreturn\n}", "p", 0},
		{"derivation made in an inner block ends with it", "if true {\nrel, _ := filepath.Rel(\"/b\", p)\n_ = rel\n}\nif strings.HasPrefix(rel, \"..\") {\nreturn\n}", "p", 0},
		{"no check of the derived value", "rel, _ := filepath.Rel(\"/b\", p)\nif len(p) > 3 {\nreturn\n}\n_ = rel", "p", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := "package p\nimport (\n\"net/url\"\n\"path/filepath\"\n\"strings\"\n)\nfunc f(b, p string) {\n" + tc.body + "\n}\nfunc g() string { return \"\" }\nvar _ = url.Parse\nvar _ = strings.HasPrefix\n"
			if got := rebuilt(lower(t, src), tc.origin); got != tc.want {
				t.Errorf("rebuilt %s %d times, want %d", tc.origin, got, tc.want)
			}
		})
	}
}

// TestRequestCarries: the constructors of requests sent later
// (http.NewRequest, ldap.NewSearchRequest) keep only the arguments the
// request carries to where it is sent (URL, filter); a body, a scope or an
// attribute list is lowered as a fresh value.
func TestRequestCarries(t *testing.T) {
	cases := []struct {
		imp, call string
		nargs     int
		want      []bool
	}{
		{`"net/http"`, "http.NewRequest", 3, []bool{true, true, false}},
		{`"net/http"`, "http.NewRequestWithContext", 4, []bool{true, true, true, false}},
		{`"github.com/go-ldap/ldap/v3"`, "ldap.NewSearchRequest", 9, []bool{false, false, false, false, false, false, true, false, false}},
		{`"net/http"`, "http.Get", 1, []bool{true}},
	}
	for _, tc := range cases {
		args := make([]string, tc.nargs)
		for i := range args {
			args[i] = "a" + string(rune('0'+i))
		}
		src := "package p\nimport " + tc.imp + "\nfunc f(a0, a1, a2, a3, a4, a5, a6, a7, a8 string) {\n\t" + tc.call + "(" + strings.Join(args, ", ") + ")\n}\n"
		got := callArgs(t, lower(t, src), tc.call)
		for i := range tc.want {
			if got[i] != tc.want[i] {
				t.Errorf("%s: argument %d kept %v, want %v", tc.call, i, got[i], tc.want[i])
			}
		}
	}
}
