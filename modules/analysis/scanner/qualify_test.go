package scanner

import "testing"

// TestQualify: a capture's leading name reads as what the file binds it
// to, import aliases and kept generators alike, in each language.
func TestQualify(t *testing.T) {
	cases := []struct {
		name, lang, src, text, want string
	}{
		{"python module alias", "python", "import random as rnd\n", "rnd.randint(0, 9)", "random.randint(0, 9)"},
		{"python function alias", "python", "from random import randint as r\n", "r(1, 6)", "random.randint(1, 6)"},
		{"python from import", "python", "from random import (\n    choice,\n    sample as pick,\n)\n", "pick", "random.sample"},
		{"python from import plain", "python", "from random import choice\n", "choice(xs)", "random.choice(xs)"},
		{"python kept generator", "python", "import random\n\nclass S:\n    def __init__(self):\n        self.rng = random.Random(7)\n", "self.rng.getrandbits", "random.Random.getrandbits"},
		{"python system random", "python", "from random import SystemRandom\n_r = SystemRandom()\n", "_r.choice", "random.SystemRandom.choice"},
		{"python call result not a generator", "python", "import random\nx = random.choice(xs)\n", "x.upper()", "x.upper()"},
		{"python unbound", "python", "import random\n", "random.choice", "random.choice"},
		{"go plain import", "go", "package a\n\nimport (\n\t\"fmt\"\n\t\"math/rand/v2\"\n)\n", "rand.IntN", "math/rand/v2.IntN"},
		{"go alias", "go", "package a\n\nimport mr \"math/rand\"\n", "mr.Intn", "math/rand.Intn"},
		{"go crypto", "go", "package a\n\nimport \"crypto/rand\"\n", "rand.Read", "crypto/rand.Read"},
		{"go kept generator", "go", "package a\n\nimport \"math/rand\"\n\nvar rng = rand.New(rand.NewSource(1))\n", "rng.Intn", "math/rand.Rand.Intn"},
		{"go string after imports", "go", "package a\n\nimport \"fmt\"\n\nfunc f() { g := \"x/y\" }\n", "y.Z", "y.Z"},
		{"java import and field", "java", "import java.util.Random;\nclass A { private final Random random = new Random(); }\n", "random.nextLong()", "java.util.Random.nextLong()"},
		{"java made as secure", "java", "import java.security.SecureRandom;\nimport java.util.Random;\nclass A { static final Random R = new SecureRandom(); }\n", "R.nextInt()", "java.security.SecureRandom.nextInt()"},
		{"java this field", "java", "import java.util.Random;\nclass A { Random rng; }\n", "this.rng.nextInt(5)", "java.util.Random.nextInt(5)"},
		{"js kept Math.random", "javascript", "const rand = Math.random;\n", "rand", "Math.random"},
		{"js import set", "typescript", "import { random as r } from 'lodash';\n", "r", "lodash.random"},
		{"js require", "javascript", "const _ = require('lodash');\n", "_.sample", "lodash.sample"},
		{"php use", "php", "<?php\nuse App\\Support\\Str as S;\n", "S::random", "App\\Support\\Str::random"},
		{"ruby kept generator", "ruby", "gen = Random.new(seed)\n", "gen.rand(10)", "Random.new.rand(10)"},
		{"ruby ivar generator", "ruby", "@prng ||= ::Random.new(42)\n", "@prng.bytes(8)", "Random.new.bytes(8)"},
		{"c binds nothing", "c", "#include <stdlib.h>\n", "rand()", "rand()"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := fileBindings(c.lang, []byte(c.src)).qualify(c.text); got != c.want {
				t.Errorf("qualify(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}
