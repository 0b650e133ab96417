package scanner

import "testing"

// TestRubyCSRFEnvironments: turning forgery protection off is reported in
// the app's and production's configuration, not in the test and
// development environments, which do it by design.
func TestRubyCSRFEnvironments(t *testing.T) {
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	var r *Rule
	for _, x := range rules {
		if x.ID == "VGL-RUBY-CSRF-001" {
			r = x
		}
	}
	if r == nil {
		t.Fatal("no VGL-RUBY-CSRF-001")
	}
	src := []byte("Rails.application.configure do\n  config.action_controller.allow_forgery_protection = false\nend\n")
	cases := []struct {
		path string
		want int
	}{
		{"config/environments/production.rb", 1},
		{"config/application.rb", 1},
		{"config/environments/test.rb", 0},
		{"config/environments/development.rb", 0},
	}
	for _, tc := range cases {
		if got := runRuleOn(t, r, tc.path, src); len(got) != tc.want {
			t.Errorf("%s: findings on lines %v, want %d", tc.path, got, tc.want)
		}
	}
}
