package seal

import "testing"

func TestSealOpen(t *testing.T) {
	a, err := New([]byte("secret-one"), "oauth-flow")
	if err != nil {
		t.Fatal(err)
	}
	v, err := a.Seal([]byte("state"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := a.Open(v); err != nil || string(got) != "state" {
		t.Fatalf("round trip: %q %v", got, err)
	}
	otherKey, _ := New([]byte("secret-two"), "oauth-flow")
	otherPurpose, _ := New([]byte("secret-one"), "something-else")
	tampered := []byte(v)
	tampered[len(tampered)-2] ^= 1
	cases := map[string]struct {
		s *Sealer
		v string
	}{
		"other key":     {otherKey, v},
		"other purpose": {otherPurpose, v},
		"tampered":      {a, string(tampered)},
		"garbage":       {a, "!!!"},
		"short":         {a, "AAAA"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := tc.s.Open(tc.v); err == nil {
				t.Fatal("opened")
			}
		})
	}
	if w, _ := a.Seal([]byte("state")); w == v {
		t.Fatal("same nonce twice")
	}
	if _, err := New(nil, "x"); err == nil {
		t.Fatal("empty secret accepted")
	}
}
