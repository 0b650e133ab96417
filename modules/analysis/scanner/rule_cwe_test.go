package scanner

import (
	"slices"
	"testing"
)

// TestRuleCWEs pins CWEs a rule must carry because its finding is two
// weaknesses at once (a scorer or a reader filtering by either must see it).
func TestRuleCWEs(t *testing.T) {
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*Rule{}
	for _, r := range rules {
		byID[r.ID] = r
	}
	cases := []struct {
		id   string
		want []string
	}{
		// include $_GET['page'] . '.php' runs a chosen file (CWE-98) and
		// walks out of the folder with ../ (CWE-22)
		{"VGL-PHP-INCLUDE-001", []string{"CWE-98", "CWE-22"}},
	}
	for _, tc := range cases {
		r := byID[tc.id]
		if r == nil {
			t.Errorf("%s: no such rule", tc.id)
			continue
		}
		for _, c := range tc.want {
			if !slices.Contains(r.CWE, c) {
				t.Errorf("%s: CWEs %v lack %s", tc.id, r.CWE, c)
			}
		}
	}
}
