package scanner

import (
	"regexp"
	"testing"
)

func TestAssignedFrom(t *testing.T) {
	re := regexp.MustCompile(`(?i)(DOMPurify|sanitize)\w*\.?\w*\(`)
	cases := []struct {
		name, text string
		ok, found  bool
	}{
		{"clean", "const clean = DOMPurify.sanitize(html, { a: 1 });\nreturn clean;", true, true},
		{"safe", "const safe: string = useMemo(\n () => DOMPurify.sanitize(h),\n [h]);", true, true},
		{"body", "const body = html.trim();", false, true},
		{"out", "let out = DOMPurify.sanitize(h);\nif (t) {\n out = h;\n}", false, true},
		{"out", "let out = DOMPurify.sanitize(h);\nif (out === x) {}", true, true},
		{"x", "const y = DOMPurify.sanitize(h);", false, false},
		{"this.html", "this.html = sanitizeHtml(v);", true, true},
		{"a+b", "a+b = 1", false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ok, found := assignedFrom(tc.name, tc.text, re)
			if ok != tc.ok || found != tc.found {
				t.Errorf("assignedFrom(%q) = %v, %v; want %v, %v", tc.name, ok, found, tc.ok, tc.found)
			}
		})
	}
}
