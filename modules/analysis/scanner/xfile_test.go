package scanner

import (
	"context"
	"os"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

var (
	xExpectRe = regexp.MustCompile(`vigil:expect\s+((?:VGL-[A-Z0-9-]+\s*)+)`)
	xSourceRe = regexp.MustCompile(`vigil:source\b`)
)

// TestCrossFileCases scans each program under testdata/scanner/xfile/ as a
// tree of its own. In positive_* programs every sink line reached from
// another file carries `vigil:expect RULE-ID` and the source line carries
// `vigil:source`: the taint finding must be at the sink, its trace must start
// at a source line of ANOTHER file and show every step with its file and
// line. negative_* programs must produce no taint finding at all.
func TestCrossFileCases(t *testing.T) {
	root := testdataDir + "/xfile"
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	npos, nneg := 0, 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		name := e.Name()
		positive := strings.HasPrefix(name, "positive_")
		if !positive && !strings.HasPrefix(name, "negative_") {
			t.Errorf("%s: case directories are named positive_* or negative_*", name)
			continue
		}
		if positive {
			npos++
		} else {
			nneg++
		}
		t.Run(name, func(t *testing.T) {
			dir := path.Join(root, name)
			type at struct {
				file string
				line int
			}
			expects := map[at][]string{}
			sources := map[at]bool{}
			err := walkFiles(dir, func(rel string, data []byte) {
				for i, line := range strings.Split(string(data), "\n") {
					if m := xExpectRe.FindStringSubmatch(line); m != nil {
						expects[at{rel, i + 1}] = strings.Fields(m[1])
					}
					if xSourceRe.MatchString(line) {
						sources[at{rel, i + 1}] = true
					}
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			if positive && (len(expects) == 0 || len(sources) == 0) {
				t.Fatal("a positive case needs vigil:expect and vigil:source lines")
			}
			if !positive && len(expects) > 0 {
				t.Fatal("a negative case must not expect findings")
			}
			res, err := ScanFS(context.Background(), os.DirFS(dir), Options{})
			if err != nil {
				t.Fatal(err)
			}
			met := map[string]bool{}
			for _, f := range res.Findings {
				if f.Kind != KindTaint {
					continue
				}
				sink := at{f.Location.Path, f.Location.StartLine}
				if !contains(expects[sink], f.RuleID) {
					t.Errorf("unexpected %s at %s:%d: %s", f.RuleID, sink.file, sink.line, f.Message)
					continue
				}
				met[sink.file+":"+strconv.Itoa(sink.line)+":"+f.RuleID] = true
				if len(f.Trace) < 3 {
					t.Errorf("%s at %s:%d: trace too short: %+v", f.RuleID, sink.file, sink.line, f.Trace)
					continue
				}
				first, last := f.Trace[0], f.Trace[len(f.Trace)-1]
				if first.Kind != "source" || !sources[at{first.Location.Path, first.Location.StartLine}] {
					t.Errorf("%s at %s:%d: trace does not start at a vigil:source line: %+v", f.RuleID, sink.file, sink.line, first)
				}
				if last.Kind != "sink" || last.Location.Path != sink.file || last.Location.StartLine != sink.line {
					t.Errorf("%s at %s:%d: trace does not end at the sink: %+v", f.RuleID, sink.file, sink.line, last)
				}
				if first.Location.Path != sink.file && !strings.Contains(f.Message, first.Location.Path) {
					t.Errorf("%s at %s:%d: message does not name the source's file: %s", f.RuleID, sink.file, sink.line, f.Message)
				}
				files := map[string]bool{}
				for _, st := range f.Trace {
					if st.Location.Path == "" || st.Location.StartLine < 1 || st.Snippet == "" {
						t.Errorf("%s at %s:%d: step without file, line or snippet: %+v", f.RuleID, sink.file, sink.line, st)
					}
					files[st.Location.Path] = true
				}
				if len(files) < 2 {
					t.Errorf("%s at %s:%d: trace stays in one file: %+v", f.RuleID, sink.file, sink.line, f.Trace)
				}
			}
			var missing []string
			for a, ids := range expects {
				for _, id := range ids {
					if !met[a.file+":"+strconv.Itoa(a.line)+":"+id] {
						missing = append(missing, a.file+":"+strconv.Itoa(a.line)+" "+id)
					}
				}
			}
			sort.Strings(missing)
			for _, m := range missing {
				t.Errorf("missing %s", m)
			}
		})
	}
	if npos < 2 || nneg < 2 {
		t.Errorf("need at least 2 positive and 2 negative cross-file cases, have %d and %d", npos, nneg)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestCrossFileTaintedReceiver: a method of a class declared in another
// file, called on an object built from request data, keeps the object's
// taint in its result (summaries do not follow the receiver's fields), as
// it did before calls on variables resolved across files; a call on an
// untainted object keeps only what the summary says.
func TestCrossFileTaintedReceiver(t *testing.T) {
	term := `package com.acme.search;

public class SearchTerm {
    private final String value;

    public SearchTerm(String value) {
        this.value = value;
    }

    public String text() {
        return value;
    }

    public String fixed(String ignored) {
        return "title";
    }
}
`
	servlet := `package com.acme.search;

import java.sql.Connection;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SearchServlet extends HttpServlet {
    private Connection conn;

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        SearchTerm term = new SearchTerm(req.getParameter("q"));
        String title = term.text();
        conn.createStatement().executeQuery("SELECT * FROM docs WHERE title = '" + title + "'");
        SearchTerm plain = new SearchTerm("x");
        String col = plain.fixed(req.getParameter("c"));
        conn.createStatement().executeQuery("SELECT " + col + " FROM docs");
    }
}
`
	fsys := fstest.MapFS{
		"src/com/acme/search/SearchTerm.java":    {Data: []byte(term)},
		"src/com/acme/search/SearchServlet.java": {Data: []byte(servlet)},
	}
	res, err := ScanFS(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, f := range res.Findings {
		if f.Kind == KindTaint && f.RuleID == "VGL-JAVA-SQLI-001" {
			lines = append(lines, f.Location.StartLine)
		}
	}
	sort.Ints(lines)
	if len(lines) != 1 || lines[0] != 14 {
		t.Errorf("SQL injection findings at lines %v, want [14] (tainted receiver kept, constant-returning method clean)", lines)
	}
}
