package scanner

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

func TestForeignSuppression(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{`h = hashlib.md5(data)  # nosec`, true},
		{`h = hashlib.md5(data)  # nosec B303`, true},
		{`h = hashlib.md5(data)  # noqa: S324`, true},
		{`h = hashlib.md5(data)  # noqa: E501,S324`, true},
		{`h = hashlib.md5(data)  # noqa`, false},
		{`h = hashlib.md5(data)  # noqa: E501`, false},
		{`h := md5.New() // #nosec G401 -- content addressing`, true},
		{`h := md5.New() //nolint:gosec // content addressing`, true},
		{`h := md5.New() //nolint:errcheck,gosec`, true},
		{`h := md5.New() //nolint`, true},
		{`h := md5.New() //nolint:errcheck`, false},
		{`String h = md5(x); // NOSONAR`, true},
		{`eval(code) // nosemgrep: javascript.eval`, true},
		{`msg = "use nosec to silence bandit"`, false},
		{`nosec = hashlib.md5(data)`, false},
		{`h = hashlib.md5(data)`, false},
	}
	for _, tc := range cases {
		t.Run(tc.line, func(t *testing.T) {
			s := foreignSuppression([]string{tc.line}, 1, 1)
			if (s != nil) != tc.want {
				t.Fatalf("suppressed = %v, want %v", s != nil, tc.want)
			}
			if s != nil && (s.Kind != "inline" || !strings.HasPrefix(s.Justification, ForeignSuppressionReason)) {
				t.Errorf("suppression %+v", s)
			}
		})
	}
}

// TestScanHonoursForeignSuppressions: a finding on a line another tool's
// comment silenced is kept as suppressed with the reason, and it no longer
// counts; the last line of a multi-line call carries the comment too.
func TestScanHonoursForeignSuppressions(t *testing.T) {
	src := "import yaml\n\n" +
		"a = yaml.load(s, Loader=yaml.Loader)  # nosec B506\n" +
		"b = yaml.load(s, Loader=yaml.Loader)\n" +
		"c = yaml.load(\n    s, Loader=yaml.Loader)  # noqa: S506\n"
	fsys := fstest.MapFS{"app.py": &fstest.MapFile{Data: []byte(src)}}
	res, err := ScanFS(context.Background(), fsys, Options{Config: &Config{}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[int]string{}
	for _, f := range res.Findings {
		if f.RuleID != "VGL-PY-DESER-003" {
			continue
		}
		got[f.Location.StartLine] = ""
		if f.Suppression != nil {
			got[f.Location.StartLine] = f.Suppression.Justification
		}
	}
	want := map[int]string{3: ForeignSuppressionReason + " (nosec)", 4: "", 5: ForeignSuppressionReason + " (noqa: S)"}
	for line, w := range want {
		if g, ok := got[line]; !ok || g != w {
			t.Errorf("line %d: suppression %q (found %v), want %q", line, g, ok, w)
		}
	}
	if res.Stats.Suppressed != 2 {
		t.Errorf("suppressed %d, want 2", res.Stats.Suppressed)
	}
}
