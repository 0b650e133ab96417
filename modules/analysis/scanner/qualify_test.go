package scanner

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"
)

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

// TestLineStartAgrees: each line-start search finds exactly the matches of
// the whole-text regex it stands for, on hand-made texts (matches running
// over lines, files without a final newline, CRLF, tabs, look-alikes in
// mid-line) and on every Python and JavaScript file of the rule corpus.
func TestLineStartAgrees(t *testing.T) {
	pairs := []struct {
		name  string
		whole *regexp.Regexp
		at    lineStart
	}{
		{"pyImportAs", pyImportAs, pyImportAsAt},
		{"pyFrom", pyFrom, pyFromAt},
		{"pyLocal", pyLocal, pyLocalAt},
		{"jsImportDef", jsImportDef, jsImportDefAt},
		{"jsImportSet", jsImportSet, jsImportSetAt},
	}
	texts := []string{
		"",
		"import os as o",
		"import os as o\nimport sys as s\n",
		"  \timport a.b as c # x\nx = import_ as y\n",
		"from a import (\n  b,\n  c as d,\n)\nfrom e import f\n",
		"from a import (b,\nfrom c import d)\nfrom e import f",
		"from a import (b\nfrom c import d\n",
		"from a import b # c\r\nfrom x import y\r\n",
		"x = from_ import b\n    from q import r",
		"rng = random.Random(7)\nself.r: Random = mod.Make(1)\na = b = c(\nd == e(\n",
		"x=(1)\n=f(\n y = z.w(",
		"import x from 'm'\nimport * as y from \"n\"\nimport {a, b as c} from 'o'\nimport d, {\n  e,\n  f as g\n} from 'p';\n",
		"import {a\nimport {b} from 'q'\n} from 'r'\nimport {c} from 's'",
		"// import {a} from 'b'\n  import {c} from 'd'\nfoo(); import e from 'f'\n",
		"\n\n\nimport os as o\n\n",
	}
	err := filepath.WalkDir("../../../testdata/scanner", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch filepath.Ext(p) {
		case ".py", ".js", ".ts", ".jsx", ".tsx", ".mjs":
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			texts = append(texts, string(data))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	matched := 0
	for _, pr := range pairs {
		for i, s := range texts {
			want := pr.whole.FindAllStringSubmatch(s, -1)
			got := pr.at.findAll(s)
			matched += len(want)
			if !reflect.DeepEqual(got, want) && (len(got) != 0 || len(want) != 0) {
				t.Errorf("%s, text %d (%.60q): line starts found %q, whole text %q", pr.name, i, s, got, want)
			}
		}
	}
	t.Logf("%d matches compared", matched)
	if matched < 50 {
		t.Errorf("only %d matches in all: the texts do not exercise the regexes", matched)
	}
}
