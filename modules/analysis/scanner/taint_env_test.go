package scanner

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestTaintComparisonsAndEnvironment: a comparison yields a boolean, so an
// on/off switch read from the environment or a request carries no
// attacker text into a sink; a value read from the environment itself is
// still tracked but named as coming from the environment, not as untrusted
// request data.
func TestTaintComparisonsAndEnvironment(t *testing.T) {
	cases := []struct {
		name, file, src, rule string
		want                  int
		label                 string
	}{
		{"python switch", "a.py", "import os\n\ndef build():\n    debug = os.environ.get(\"DEBUG\") == \"1\"\n    os.system(\"make DEBUG=%s\" % debug)\n", "VGL-PY-CMDI-001", 0, ""},
		{"python not", "a.py", "import os\n\ndef build():\n    quiet = not os.getenv(\"VERBOSE\")\n    os.system(\"make Q=%s\" % quiet)\n", "VGL-PY-CMDI-001", 0, ""},
		{"js switch", "a.js", "const { exec } = require('child_process');\nfunction build() {\n  const on = process.env.DEBUG === 'true';\n  exec('make DEBUG=' + on);\n}\nmodule.exports = build;\n", "VGL-JS-CMDI-001", 0, ""},
		{"python value", "a.py", "import os\n\ndef build():\n    target = os.environ.get(\"TARGET\")\n    os.system(\"make \" + target)\n", "VGL-PY-CMDI-001", 1, "data from the environment: "},
		{"request value", "a.py", "import os\nfrom flask import request\n\ndef build():\n    os.system(\"make \" + request.args[\"t\"])\n", "VGL-PY-CMDI-001", 1, "untrusted data from "},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ScanFS(context.Background(), fstest.MapFS{tc.file: {Data: []byte(tc.src)}}, Options{Config: &Config{}, LocalSources: true})
			if err != nil {
				t.Fatal(err)
			}
			got := 0
			for _, f := range res.Findings {
				if f.RuleID != tc.rule {
					continue
				}
				got++
				if len(f.Trace) == 0 || !strings.HasPrefix(f.Trace[0].Message, tc.label) {
					t.Errorf("source step %+v, want prefix %q", f.Trace, tc.label)
				}
			}
			if got != tc.want {
				t.Errorf("%d findings of %s, want %d", got, tc.rule, tc.want)
			}
		})
	}
}

// TestThreatModelLeavesOutLocalSources: by default a flow whose only source
// is the environment, the command line or standard input is not reported
// (whoever sets them runs the program), and a note says how many were left
// out; local_sources (option or config) reports them; C keeps them.
func TestThreatModelLeavesOutLocalSources(t *testing.T) {
	fsys := fstest.MapFS{
		"tool.py": {Data: []byte("import os, sys\n\ndef run():\n    os.system(\"make \" + sys.argv[1])\n    os.system(\"make \" + os.environ[\"T\"])\n")},
		"web.py":  {Data: []byte("import os\nfrom flask import request\n\ndef run():\n    os.system(\"make \" + request.args[\"t\"])\n")},
		"main.c":  {Data: []byte("#include <string.h>\nint main(int argc, char **argv) {\n    char buf[8];\n    memcpy(buf, argv[1], strlen(argv[2]) + atoi(argv[3]));\n    return 0;\n}\n")},
	}
	count := func(res *Result) (py, c int) {
		for _, f := range res.Findings {
			switch {
			case f.RuleID == "VGL-PY-CMDI-001" && f.Location.Path == "tool.py":
				py++
			case strings.HasPrefix(f.RuleID, "VGL-C-") && f.Kind == KindTaint:
				c++
			}
		}
		return py, c
	}
	cases := []struct {
		name     string
		opts     Options
		wantPy   int
		wantNote bool
	}{
		{"default", Options{Config: &Config{}}, 0, true},
		{"option", Options{Config: &Config{}, LocalSources: true}, 2, false},
		{"config", Options{Config: &Config{LocalSources: true}}, 2, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ScanFS(context.Background(), fsys, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			py, c := count(res)
			if py != tc.wantPy || c == 0 {
				t.Errorf("python local flows %d (want %d), C argv flows %d (want > 0)", py, tc.wantPy, c)
			}
			if len(ruleLines(res, "VGL-PY-CMDI-001")) != tc.wantPy+1 {
				t.Errorf("the request flow in web.py must stay: %v", ruleLines(res, "VGL-PY-CMDI-001"))
			}
			note := false
			for _, n := range res.Notes {
				note = note || strings.Contains(n.Message, "2 data flows from the environment")
			}
			if note != tc.wantNote {
				t.Errorf("note %v, want %v: %+v", note, tc.wantNote, res.Notes)
			}
		})
	}
}
