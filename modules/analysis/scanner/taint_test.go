package scanner

import (
	"context"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
)

// The taint engine is generic over grammars: these rules (test-only, the
// built-in Go/Java/PHP/Ruby rules belong to their own rule files) check that
// each language profile tracks a flow from a source to a sink, through an
// assignment and a helper function, and stops at a sanitizer.
const profileRules = `
rules:
  - id: VGL-GO-TEST-001
    title: t
    languages: [go]
    severity: high
    confidence: high
    cwe: [CWE-89]
    description: d
    remediation: r
    taint:
      sources: [{call: "r.URL.Query().Get"}, {call: "r.FormValue"}]
      sinks: [{call: "*.Query", args: [0]}]
      sanitizers: [{call: strconv.Atoi}]
  - id: VGL-JAVA-TEST-001
    title: t
    languages: [java]
    severity: high
    confidence: high
    cwe: [CWE-78]
    description: d
    remediation: r
    taint:
      sources: [{call: "*.getParameter"}]
      sinks: [{call: "Runtime.getRuntime().exec", args: [0]}, {call: ProcessBuilder}]
  - id: VGL-PHP-TEST-001
    title: t
    languages: [php]
    severity: high
    confidence: high
    cwe: [CWE-89]
    description: d
    remediation: r
    taint:
      sources: [{expr: "$_GET*"}, {expr: "$_POST*"}]
      sinks: [{call: mysqli_query, args: [1]}, {call: "*->query", args: [0]}]
      sanitizers: [{call: intval}]
  - id: VGL-RUBY-TEST-001
    title: t
    languages: [ruby]
    severity: high
    confidence: high
    cwe: [CWE-78]
    description: d
    remediation: r
    taint:
      sources: [{expr: "params*"}]
      sinks: [{call: system}]
      sanitizers: [{call: "Shellwords.escape"}]
  - id: VGL-C-TEST-001
    title: t
    languages: [c, cpp]
    severity: high
    confidence: high
    cwe: [CWE-120]
    description: d
    remediation: r
    taint:
      sources: [{call: ntohs}, {expr: "re:argv\\[.*\\]"}]
      sinks: [{call: "re:(std::)?memcpy", args: [2]}]
      sanitizers: [{call: MIN}]
`

func TestTaintLanguageProfiles(t *testing.T) {
	rules, err := LoadRules(fstest.MapFS{"r.yml": {Data: []byte(profileRules)}}, ".")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		file, src string
		want      []int
	}{
		{"a.go", `package a

import (
	"database/sql"
	"net/http"
	"strconv"
)

func find(db *sql.DB, name string) {
	q := "SELECT * FROM t WHERE name = '" + name + "'"
	db.Query(q)
}

func H(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	n := r.URL.Query().Get("name")
	find(db, n)
	db.Query("SELECT * FROM t WHERE id = " + r.FormValue("id"))
	id, _ := strconv.Atoi(r.FormValue("id"))
	db.Query("SELECT * FROM t LIMIT ?", id)
}
`, []int{11, 17}},
		{"A.java", `class A {
  void h(javax.servlet.http.HttpServletRequest req) throws Exception {
    String cmd = "ls " + req.getParameter("dir");
    Runtime.getRuntime().exec(cmd);
    new ProcessBuilder(req.getParameter("x")).start();
    Runtime.getRuntime().exec("ls");
  }
}
`, []int{4, 5}},
		{"a.php", `<?php
function show($db) {
    $id = $_GET['id'];
    $sql = "SELECT * FROM t WHERE id = " . $id;
    mysqli_query($db, $sql);
    $n = intval($_POST['n']);
    $db->query("SELECT * FROM t LIMIT " . $n);
}
`, []int{5}},
		{"a.c", `#include <string.h>
static void copy(char *dst, const char *src, unsigned n) {
    memcpy(dst, src, n);
}
static char *copy_ret(char *dst, const char *src, unsigned n) {
    memcpy(dst, src, MIN(n, 16));
    return dst;
}
int main(int argc, char **argv) {
    char buf[16];
    unsigned short len = ntohs(*(unsigned short *) argv[1]);
    copy(buf, argv[2], len);
    copy_ret(buf, argv[2], len);
    copy(buf, "x", 1);
    return 0;
}
`, []int{3}},
		{"a.cpp", `#include <cstring>
namespace net {
unsigned char *Reader::take(unsigned char *dst, const unsigned char *p, unsigned n) {
    std::memcpy(dst, p, n);
    return dst;
}
}
void on_packet(net::Reader &r, const unsigned char *p) {
    unsigned char buf[64];
    r.take(buf, p + 2, ntohs(*(const unsigned short *) p));
}
`, []int{4}},
		{"a.rb", `def run
  host = params[:host]
  system("ping -c 1 #{host}")
  system("ping -c 1 #{Shellwords.escape(params[:h])}")
end
`, []int{3}},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			res, err := ScanFS(context.Background(), fstest.MapFS{tc.file: {Data: []byte(tc.src)}}, Options{Rules: rules, Config: &Config{}})
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, f := range res.Findings {
				got = append(got, f.Location.StartLine)
				if len(f.Trace) < 2 || f.Trace[0].Kind != "source" || f.Trace[len(f.Trace)-1].Kind != "sink" {
					t.Errorf("line %d: trace %+v", f.Location.StartLine, f.Trace)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("lines %v, want %v (parse errors %v)", got, tc.want, res.ParseErrors)
				for _, f := range res.Findings {
					t.Log(f.Message, strings.Repeat("-", 3))
				}
			}
		})
	}
}

// paramRules mark annotated framework parameters as sources (`param:`).
const paramRules = `
rules:
  - id: VGL-JAVA-TEST-002
    title: t
    languages: [java]
    severity: high
    confidence: high
    cwe: [CWE-89]
    description: d
    remediation: r
    taint:
      sources:
        - {param: "re:.*@(RequestParam|PathVariable)\\b.*\\sString\\s+\\w+"}
      sinks: [{call: "*.executeQuery", args: [0]}]
      sanitizers: [{call: Integer.parseInt}]
`

func TestTaintParamSources(t *testing.T) {
	rules, err := LoadRules(fstest.MapFS{"r.yml": {Data: []byte(paramRules)}}, ".")
	if err != nil {
		t.Fatal(err)
	}
	src := `class C {
  Object a(@RequestParam("q") String q, Statement st) throws Exception {
    return st.executeQuery("SELECT * FROM t WHERE n = '" + q + "'");
  }
  Object b(@PathVariable Long id, String q, Statement st) throws Exception {
    return st.executeQuery("SELECT * FROM t WHERE id = " + id + " AND n = '" + q + "'");
  }
  Object c(@RequestParam(value = "n", required = false)
           String n, Statement st) throws Exception {
    String sql = "SELECT * FROM t LIMIT " + Integer.parseInt(n);
    st.executeQuery(sql);
    return run(n, st);
  }
  Object run(String s, Statement st) throws Exception {
    return st.executeQuery("SELECT * FROM t WHERE n = '" + s + "'");
  }
}
`
	res, err := ScanFS(context.Background(), fstest.MapFS{"C.java": {Data: []byte(src)}}, Options{Rules: rules, Config: &Config{}})
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, f := range res.Findings {
		got = append(got, f.Location.StartLine)
		if f.Trace[0].Kind != "source" || !strings.Contains(f.Trace[0].Message, "parameter") {
			t.Errorf("line %d: trace starts with %+v", f.Location.StartLine, f.Trace[0])
		}
	}
	sort.Ints(got)
	if want := []int{3, 15}; !slices.Equal(got, want) {
		t.Errorf("lines %v, want %v", got, want)
	}
}

func TestParamSourceOnlyForSources(t *testing.T) {
	bad := strings.Replace(paramRules, "sanitizers: [{call: Integer.parseInt}]", "sanitizers: [{param: \"*String*\"}]", 1)
	if _, err := LoadRules(fstest.MapFS{"r.yml": {Data: []byte(bad)}}, "."); err == nil || !strings.Contains(err.Error(), "sanitizers take call only") {
		t.Fatalf("err = %v, want a sanitizer error", err)
	}
	both := strings.Replace(paramRules, `{param: "re:`, `{call: x, param: "re:`, 1)
	if _, err := LoadRules(fstest.MapFS{"r.yml": {Data: []byte(both)}}, "."); err == nil || !strings.Contains(err.Error(), "exactly one of expr, call or param") {
		t.Fatalf("err = %v, want an exactly-one error", err)
	}
}

// constructRules use language constructs as sinks (see constructCallee).
const constructRules = `
rules:
  - id: VGL-PHP-TEST-002
    title: t
    languages: [php]
    severity: high
    confidence: high
    cwe: [CWE-79]
    description: d
    remediation: r
    taint:
      sources: [{expr: "$_GET*"}]
      sinks: [{call: echo}, {call: print}, {call: exit}, {call: "` + "`" + `"}]
      sanitizers: [{call: htmlspecialchars}, {call: escapeshellarg}]
  - id: VGL-RUBY-TEST-002
    title: t
    languages: [ruby]
    severity: high
    confidence: high
    cwe: [CWE-78]
    description: d
    remediation: r
    taint:
      sources: [{expr: "params*"}]
      sinks: [{call: "` + "`" + `"}]
`

func TestTaintConstructSinks(t *testing.T) {
	rules, err := LoadRules(fstest.MapFS{"r.yml": {Data: []byte(constructRules)}}, ".")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		file, src string
		want      []int
	}{
		// exit ends the script: it comes last, as code after it never runs
		{"a.php", "<?php\n$q = $_GET['q'];\necho '<p>', $q;\nprint htmlspecialchars($q);\n$o = `ls $q`;\n$p = `ls ` . escapeshellarg($q);\nexit(\"bad \" . $q);\necho 'done';\n", []int{3, 5, 7}},
		{"a.rb", "def run\n  d = params[:d]\n  `ls #{d}`\n  %x(du -sh #{params[:p]})\n  `uptime`\nend\n", []int{3, 4}},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			res, err := ScanFS(context.Background(), fstest.MapFS{tc.file: {Data: []byte(tc.src)}}, Options{Rules: rules, Config: &Config{}})
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, f := range res.Findings {
				got = append(got, f.Location.StartLine)
			}
			sort.Ints(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("lines %v, want %v", got, tc.want)
			}
		})
	}
}

// TestTraceSnippetsKeepIndentation: a trace step's snippet is its source
// line as written (trailing blanks dropped), so the report's code view can
// line it up with the context lines around it.
func TestTraceSnippetsKeepIndentation(t *testing.T) {
	rules, err := LoadRules(fstest.MapFS{"r.yml": {Data: []byte(profileRules)}}, ".")
	if err != nil {
		t.Fatal(err)
	}
	src := "package main\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tif true {\n\t\tname := r.FormValue(\"n\")   \n\t\tdb.Query(\"SELECT \" + name)\n\t}\n}\n"
	res, err := ScanFS(context.Background(), fstest.MapFS{"h.go": {Data: []byte(src)}}, Options{Rules: rules, Config: &Config{}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 {
		t.Fatalf("%d findings, want 1", len(res.Findings))
	}
	want := map[int]string{5: "\t\tname := r.FormValue(\"n\")", 6: "\t\tdb.Query(\"SELECT \" + name)"}
	for _, st := range res.Findings[0].Trace {
		if w, ok := want[st.Location.StartLine]; ok {
			if st.Snippet != w {
				t.Errorf("line %d: snippet %q, want %q", st.Location.StartLine, st.Snippet, w)
			}
			delete(want, st.Location.StartLine)
		}
	}
	if len(want) > 0 {
		t.Errorf("no trace step on lines %v: %+v", want, res.Findings[0].Trace)
	}
}
