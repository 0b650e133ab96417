package github

import "testing"

func TestPermissionCanWrite(t *testing.T) {
	tests := []struct {
		p    Permission
		want bool
	}{
		{Permission{"admin", "admin"}, true},
		{Permission{"write", "maintain"}, true},
		{Permission{"write", "write"}, true},
		{Permission{"read", "triage"}, false},
		{Permission{"read", "read"}, false},
		{Permission{"none", ""}, false},
		{Permission{}, false},
	}
	for _, tt := range tests {
		if got := tt.p.CanWrite(); got != tt.want {
			t.Errorf("%+v.CanWrite() = %v, want %v", tt.p, got, tt.want)
		}
	}
}

func TestGraphQLURL(t *testing.T) {
	for api, want := range map[string]string{
		"https://api.github.com":         "https://api.github.com/graphql",
		"https://ghe.example.com/api/v3": "https://ghe.example.com/api/graphql",
		"http://127.0.0.1:9999":          "http://127.0.0.1:9999/graphql",
	} {
		if got := (&App{api: api}).graphqlURL(); got != want {
			t.Errorf("graphqlURL(%s) = %s, want %s", api, got, want)
		}
	}
}
