package analysis

import "testing"

func TestValidFilterFileKind(t *testing.T) {
	t.Parallel()
	for kind, ok := range map[string]bool{"": true, "production": true, "test": true, "vendored": true, "all": true, "tests": false, "prod": false} {
		if err := validFilter(FindingFilter{FileKind: kind}); (err == nil) != ok {
			t.Errorf("file_kind %q: err %v, want ok=%v", kind, err, ok)
		}
	}
}
