package scanner

import (
	"slices"
	"testing"
)

func TestWithCWEParents(t *testing.T) {
	cases := []struct {
		in, want []string
	}{
		{[]string{"CWE-95"}, []string{"CWE-95", "CWE-94"}},
		{[]string{"CWE-328"}, []string{"CWE-328", "CWE-327"}},
		{[]string{"CWE-916"}, []string{"CWE-916", "CWE-328", "CWE-327"}},
		{[]string{"CWE-614", "CWE-1004"}, []string{"CWE-614", "CWE-1004", "CWE-319", "CWE-732"}},
		{[]string{"CWE-94", "CWE-95"}, []string{"CWE-94", "CWE-95"}},
		{[]string{"CWE-200"}, []string{"CWE-200"}},
		{nil, nil},
	}
	for _, tc := range cases {
		if got := WithCWEParents(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("WithCWEParents(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
