package repositories

import "testing"

func TestCheckTitlePlural(t *testing.T) {
	cases := []struct {
		c    checkResult
		want string
	}{
		{checkResult{}, "No open findings"},
		{checkResult{Total: 1, Blocking: 1}, "1 open finding, 1 at or above high"},
		{checkResult{Total: 3}, "3 open findings, 0 at or above high"},
	}
	for _, tc := range cases {
		if got := tc.c.title("high"); got != tc.want {
			t.Errorf("title(%+v) = %q, want %q", tc.c, got, tc.want)
		}
	}
}
