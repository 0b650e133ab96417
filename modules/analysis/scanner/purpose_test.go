package scanner

import (
	"strings"
	"testing"
)

// TestFlowLines: the lines that use what a statement assigns are read for
// what they say of the value (where it goes), two assignments deep,
// without the other values passed beside it.
func TestFlowLines(t *testing.T) {
	cases := []struct {
		name, body, stmt string
		want, notWant    []string
	}{
		{
			name:    "session and e-mail",
			body:    "n = random.randint(0, 9)\ncode = '%06d' % n\nrequest.session['otp'] = code\nsms.send(phone, 'Your code ' + code)\nlog(other_token)\n",
			stmt:    "n = random.randint(0, 9)",
			want:    []string{"'otp'", "sms.send(", "'Your code '"},
			notWant: []string{"other_token"},
		},
		{
			name:    "sibling argument",
			body:    "const greeting = pick();\nres.render(\"login\", { csrfToken, greeting });\n",
			stmt:    "const greeting = pick();",
			want:    []string{"res.render(", "\"login\""},
			notWant: []string{"csrfToken"},
		},
		{
			name: "field assignment",
			body: "$code = mt_rand();\n$this->resetCode = $code;\n",
			stmt: "$code = mt_rand();",
			want: []string{"$this->resetCode"},
		},
		{
			name:    "nothing assigned",
			body:    "return rand.Intn(9)\nfoo(token)\n",
			stmt:    "return rand.Intn(9)",
			notWant: []string{"foo", "token"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := flowLines(c.body, c.stmt, false)
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("flowLines = %q, want it to hold %q", got, w)
				}
			}
			for _, w := range c.notWant {
				if strings.Contains(got, w) {
					t.Errorf("flowLines = %q, want it without %q", got, w)
				}
			}
		})
	}
}
