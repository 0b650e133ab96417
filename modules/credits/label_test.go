package credits

import "testing"

func TestStaticLabelPlural(t *testing.T) {
	cases := []struct {
		per  int64
		want string
	}{
		{1, "Static analysis: 1 credit per 10,000 lines, at least 1"},
		{2, "Static analysis: 2 credits per 10,000 lines, at least 1"},
	}
	for _, tc := range cases {
		if got := staticLabel(tc.per); got != tc.want {
			t.Errorf("staticLabel(%d) = %q, want %q", tc.per, got, tc.want)
		}
	}
}
