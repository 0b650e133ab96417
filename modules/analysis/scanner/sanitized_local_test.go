package scanner

import "testing"

// TestSanitizedTail: a branch value is clean when it is a literal or text
// a sanitized local holds, reshaped without request data.
func TestSanitizedTail(t *testing.T) {
	clean := map[string]bool{"text": true}
	tests := []struct {
		tail string
		want bool
	}{
		{`text`, true},
		{`text || ""`, true},
		{`(text or '')`, true},
		{`text.scan(/<[^>]*|[^<]+/).each { |s| s.gsub!(re, mark) }.join`, true},
		{`"&nbsp;"`, true},
		{`nil`, true},
		{`"#{other}"`, false},
		{`other`, false},
		{`text || other`, false},
		{`text.sub("Q", params[:q])`, false},
		{`texts.join`, false},
	}
	for _, tc := range tests {
		if got := sanitizedTail(tc.tail, clean); got != tc.want {
			t.Errorf("sanitizedTail(%q) = %v, want %v", tc.tail, got, tc.want)
		}
	}
}

// TestCallerOption: a sanitizer skipped only when the caller's options
// say so still counts; any other condition does not.
func TestCallerOption(t *testing.T) {
	for cond, want := range map[string]bool{
		"options.fetch(:sanitize, true)":  true,
		"options[:sanitize] != false":     true,
		"current_user.admin?":             false,
		"options.fetch(:sanitize, false)": false,
	} {
		if got := callerOptionRe.MatchString(cond); got != want {
			t.Errorf("%q: %v, want %v", cond, got, want)
		}
	}
}
