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
			res, err := ScanFS(context.Background(), fstest.MapFS{tc.file: {Data: []byte(tc.src)}}, Options{Config: &Config{}})
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
