package secrets

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFoldedFilesSameAsWhole: files holding K U+212A or ſ U+017F are
// searched near keywords (detectFolded) and must report what one
// whole-file detection with every rule reports, including matches whose
// keyword is spelled with those runes, which gitleaks finds only when the
// chunk around them holds a keyword it sees.
func TestFoldedFilesSameAsWhole(t *testing.T) {
	near, whole := passes(t)
	filler := strings.Repeat("x = compute(1, 2)  # ordinary code line\n", 40)
	big := strings.Repeat("x = compute(1, 2)  # ordinary code line\n", 2500) // > one chunk
	val := "'Zq8vR3kPm2Xw7Ty4Lc9Nb6Hd1Jf5Gs0'"
	for _, c := range []struct {
		name, text string
		want       int // findings of the whole-file search
	}{
		// gitleaks' filter sees "token" elsewhere: the generic rule runs on
		// the whole text and its (?i)secret matches ſecret
		{"long s, keyword elsewhere", "# token\n" + filler + "\u017Fecret = " + val + "\n", 1},
		{"long s, no other keyword", "# nothing\n" + filler + "\u017Fecret = " + val + "\n", 0},
		{"kelvin is a keyword to gitleaks", "# nothing\n" + filler + "to\u212Aen = " + val + "\n", 1},
		{"dotted I makes a keyword", "# \u0130\n" + filler + "\u017Fecret = " + val + "\n", 0},
		{"dotted I keyword", "# apİ\n" + filler + "\u017Fecret = " + val + "\n", 1},
		{"long s, keyword in the same chunk", "# token\n" + filler + "\u017Fecret = " + val + "\n" + big + "# nothing\n", 1},
		{"long s, keyword in another chunk", "# token\n" + big + filler + "\u017Fecret = " + val + "\n", 0},
		{"long s, keyword in the last chunk", "x = 1\n" + big + filler + "\u017Fecret = " + val + "\n# token\n", 1},
		{"both spellings", "\u017F\n" + filler + "secret = " + val + "\n" + "\u017Fecret = " + val + "\n", 2},
		{"github pat near long s", "\u017F\ngh = 'ghp_" + "Zq8vR3kPm2Xw7Ty4Lc9Nb6Hd1Jf5Gs0aQ7eW" + "'\n", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			if !needsWholeFile(c.text) && !strings.Contains(c.text, "\u0130") {
				t.Fatal("the case must hold K or ſ")
			}
			if n := compareFile(t, near, whole, "app/settings.py", c.text); n != c.want {
				t.Errorf("%d findings, want %d", n, c.want)
			}
		})
	}
	t.Run("generated", func(t *testing.T) {
		r := rand.New(rand.NewPCG(212, 383))
		total := 0
		for i := 0; i < 60; i++ {
			p, text := genFile(r, i)
			text = respell(r, text)
			if r.IntN(4) == 0 { // a keyword gitleaks sees, far from the rest
				text = "# token secret key auth api password\n" + strings.Repeat("y = 2\n", 40+r.IntN(2000)) + text
			}
			if !needsWholeFile(text) {
				text = "\u017F\n" + text
			}
			total += compareFile(t, near, whole, p, text)
		}
		if total < 50 {
			t.Errorf("only %d findings", total)
		}
	})
}

// respell writes some s, S, k and K of text as ſ U+017F and K U+212A.
func respell(r *rand.Rand, text string) string {
	var b strings.Builder
	for _, c := range text {
		switch {
		case (c == 's' || c == 'S') && r.IntN(6) == 0:
			b.WriteRune('\u017F')
		case (c == 'k' || c == 'K') && r.IntN(6) == 0:
			b.WriteRune('\u212A')
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func TestFoldForRegex(t *testing.T) {
	for _, c := range []struct {
		in, want string
		orig     []int
	}{
		{"AbC", "abc", []int{0, 1, 2, 3}},
		{"\u017Fe\u212Ay", "seky", []int{0, 2, 3, 6, 7}},
		{"é\u0130x", "é\u0130x", []int{0, 0, 2, 2, 4, 5}},
		{"\xffK", "\xffk", []int{0, 1, 2}},
	} {
		got, orig := foldForRegex(c.in)
		if string(got) != c.want || len(orig) != len(c.orig) {
			t.Errorf("foldForRegex(%q) = %q %v, want %q %v", c.in, got, orig, c.want, c.orig)
			continue
		}
		for i := range orig {
			if orig[i] != c.orig[i] {
				t.Errorf("foldForRegex(%q) offsets %v, want %v", c.in, orig, c.orig)
				break
			}
		}
	}
}

// TestFirstBytesOfFoldedLetters: a match of (?i)secret may start with ſ,
// one of (?i)key with K; the probe must be tried there.
func TestFirstBytesOfFoldedLetters(t *testing.T) {
	for expr, want := range map[string][]byte{`(?i)secret`: {'s', 'S', 0xC5}, `(?i)key`: {'k', 'K', 0xE2}, `abc`: {'a', 'A'}} {
		s, ok := ruleShape(expr, []string{strings.TrimPrefix(expr, "(?i)")})
		if !ok {
			t.Fatalf("%s: no shape", expr)
		}
		set := firstBytes(s)
		for _, b := range want {
			if !set[b] {
				t.Errorf("%s: byte %#x missing", expr, b)
			}
		}
	}
}

// TestFoldedLongLinesSearchedInChunks: a file of one long line (a source
// map) whose windows cannot be cut nor probed (the curl rule's regex reads
// to the end of the line, trim.go) would be searched whole for that rule;
// where the chunks holding its keyword are less, the file is searched in
// chunks as before, with the same findings.
func TestFoldedLongLinesSearchedInChunks(t *testing.T) {
	near, whole := passes(t)
	var b strings.Builder
	b.WriteString("\u017F")
	b.WriteString(`"cmd": "curl -s", `) // in the first chunk only
	for i := 0; b.Len() < 4*chunkSize; i++ {
		fmt.Fprintf(&b, `"m%d": "AAAA;BBBB,CCCC", `, i)
	}
	b.WriteString(`"api_secret": "Zq8vR3kPm2Xw7Ty4Lc9Nb6Hd1Jf5Gs0"`)
	text := b.String()
	e, err := defaultEngine()
	if err != nil {
		t.Fatal(err)
	}
	calls := e.detectNear(context.Background(), "dist/app.js.map", text, lineOffsets(text))
	chunked := false
	for _, c := range calls {
		chunked = chunked || c.chunk > 0
	}
	if !chunked {
		t.Errorf("searched in windows: %d calls, none in a later chunk", len(calls))
	}
	if n := compareFile(t, near, whole, "dist/app.js.map", text); n == 0 {
		t.Error("the secret at the end is not found")
	}
}

// TestFoldedLongLinesCut: the windows of a K/ſ file of one long line are
// cut around the keyword (trim.go) like any other file's, so they cost
// less than chunks and the file is searched near its keywords, with the
// same findings.
func TestFoldedLongLinesCut(t *testing.T) {
	near, whole := passes(t)
	var b strings.Builder
	b.WriteString("\u017F")
	// tokens of different rules far apart: one chunk each (whole, each
	// rule's window would be the file)
	tokens := []string{"ghp_Zq8vR3kPm2Xw7Ty4Lc9Nb6Hd1Jf5Gs0aBcD", "glpat-Zq8vR3kPm2Xw7Ty4Lc9N", "AKIAQYLPMN5HHHFPZAM2",
		"npm_Zq8vR3kPm2Xw7Ty4Lc9Nb6Hd1Jf5Gs0aBcD", "sk_live_Zq8vR3kPm2Xw7Ty4Lc9Nb6Hd"}
	for i, k := 0, 0; b.Len() < len(tokens)*chunkSize; i++ {
		if b.Len() > k*chunkSize+chunkOverlap+100 {
			fmt.Fprintf(&b, `"%s", `, tokens[k])
			k++
		}
		fmt.Fprintf(&b, `"m%d": "AAAA;BBBB,CCCC", `, i)
	}
	text := b.String()
	e, err := defaultEngine()
	if err != nil {
		t.Fatal(err)
	}
	calls := e.detectNear(context.Background(), "dist/app.js.map", text, lineOffsets(text))
	for _, c := range calls {
		if c.chunk > 0 {
			t.Fatalf("searched in chunks")
		}
	}
	if len(calls) == 0 {
		t.Error("no windows")
	}
	if n := compareFile(t, near, whole, "dist/app.js.map", text); n < 3 {
		t.Errorf("%d findings", n)
	}
}
