package openaitest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestServer(t *testing.T) {
	s := New(t, Options{Key: "sk-good", Models: []string{"m-fast"}, Answer: func(c Call) any {
		if strings.Contains(c.System, "plain") {
			return "plain words"
		}
		return map[string]any{"echo": c.User}
	}})
	chat := `{"model":"m-fast","stream":%s,"messages":[{"role":"system","content":"%s"},{"role":"user","content":"one"},{"role":"user","content":"two"}]}`
	cases := []struct {
		name, method, path, key, body string
		status                        int
		want                          []string // substrings of the response body
	}{
		{"json answer", "POST", "/v1/chat/completions", "sk-good", fmt.Sprintf(chat, "false", "be brief"), 200,
			[]string{`"object":"chat.completion"`, `"content":"{\"echo\":\"one\\ntwo\\n\"}"`, `"total_tokens":1100`, `"model":"m-fast"`}},
		{"streamed answer", "POST", "/v1/chat/completions", "sk-good", fmt.Sprintf(chat, "true", "plain"), 200,
			[]string{`data: {`, `"content":"plain words"`, `"finish_reason":"stop"`, `"total_tokens":1100`, "data: [DONE]\n\n"}},
		{"wrong key", "POST", "/v1/chat/completions", "sk-bad", fmt.Sprintf(chat, "false", "x"), 401, []string{`"code":"invalid_api_key"`}},
		{"model list", "GET", "/v1/models", "sk-good", "", 200, []string{`"id":"m-fast"`}},
		{"model list, wrong key", "GET", "/v1/models", "", "", 401, []string{"Incorrect API key"}},
		{"bad json", "POST", "/v1/chat/completions", "sk-good", "{", 400, nil},
		{"unknown path", "POST", "/v1/embeddings", "sk-good", "{}", 404, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, s.Base()+strings.TrimPrefix(tc.path, "/v1"), strings.NewReader(tc.body))
			if tc.key != "" {
				req.Header.Set("Authorization", "Bearer "+tc.key)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			b, _ := io.ReadAll(res.Body)
			if res.StatusCode != tc.status {
				t.Fatalf("status %d, want %d: %s", res.StatusCode, tc.status, b)
			}
			for _, w := range tc.want {
				if !strings.Contains(string(b), w) {
					t.Errorf("response lacks %q:\n%s", w, b)
				}
			}
		})
	}
	calls := s.Calls()
	if len(calls) != 2 {
		t.Fatalf("%d calls recorded, want the 2 accepted chat calls", len(calls))
	}
	c := calls[1]
	if c.Model != "m-fast" || !c.Stream || c.System != "plain" || c.User != "one\ntwo\n" || c.Authorization != "Bearer sk-good" || !json.Valid([]byte(c.Raw)) {
		t.Errorf("call recorded as %+v", c)
	}
	if n := s.ModelListings(); n != 2 {
		t.Errorf("ModelListings = %d, want 2 (answered and refused)", n)
	}
	if got := s.HostPort(); strings.Contains(got, "/") || !strings.Contains(got, ":") {
		t.Errorf("HostPort = %q", got)
	}
}

// With no Answer and no Key, any caller gets "{}".
func TestServerDefaults(t *testing.T) {
	s := New(t, Options{})
	res, err := http.Post(s.Base()+"/chat/completions", "application/json", strings.NewReader(`{"model":"x","messages":[]}`))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out struct {
		Choices []struct {
			Message struct{ Content string } `json:"message"`
		} `json:"choices"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil || len(out.Choices) != 1 || out.Choices[0].Message.Content != "{}" {
		t.Fatalf("got %+v, %v", out, err)
	}
}
