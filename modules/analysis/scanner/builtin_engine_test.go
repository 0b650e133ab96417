package scanner

import "testing"

// builtinEngine returns the built-in rules, their engine and the default
// model packs, as a scan builds them, failing the test on any error.
func builtinEngine(t *testing.T) ([]*Rule, *Engine, *v2Models) {
	t.Helper()
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	eng, err := NewEngine(rules)
	if err != nil {
		t.Fatal(err)
	}
	mods, err := defaultV2Models()
	if err != nil {
		t.Fatal(err)
	}
	return rules, eng, mods
}
