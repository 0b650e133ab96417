package analysis

import (
	"testing"

	"vigil/modules/analysis/scanner"
)

func TestSkippedNote(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name         string
		skipped      []scanner.Skip
		includeTests bool
		want         string
	}{
		{name: "nothing skipped", want: ""},
		{name: "one binary file", skipped: []scanner.Skip{{Path: "static/logo.png", Reason: "binary file"}},
			want: "1 file not analysed: static/logo.png (binary file)."},
		{name: "test directory left out by default", skipped: []scanner.Skip{{Path: "tests/", Reason: "excluded by config"}},
			want: "1 directory not analysed: tests/ (excluded by the analysis settings; test code is left out unless “Include test files” is on)."},
		{name: "excluded with tests included", includeTests: true, skipped: []scanner.Skip{{Path: "gen/x.py", Reason: "excluded by config"}},
			want: "1 file not analysed: gen/x.py (excluded by the analysis settings)."},
		{name: "grouped by reason, details after the colon dropped, long lists cut", skipped: []scanner.Skip{
			{Path: "a.png", Reason: "binary file"}, {Path: "data.json", Reason: "too large: 3000000 bytes (limit 1000000)"},
			{Path: "b.png", Reason: "binary file"}, {Path: "c.png", Reason: "binary file"}, {Path: "d.png", Reason: "binary file"},
			{Path: "node_modules/", Reason: "vendored dependencies"}, {Path: "vendor/", Reason: "vendored dependencies"},
		}, want: "5 files and 2 directories not analysed: a.png, b.png, c.png and 1 more (binary file); data.json (too large); node_modules/, vendor/ (vendored dependencies)."},
		{name: "files the parser refused have notes of their own", skipped: []scanner.Skip{{Path: "huge.py", Reason: "syntax tree too large"}}, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := skippedNote(tt.skipped, tt.includeTests); got != tt.want {
				t.Errorf("skippedNote = %q\nwant %q", got, tt.want)
			}
		})
	}
}
