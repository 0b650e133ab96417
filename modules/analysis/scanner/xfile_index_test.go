package scanner

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
)

// TestXfileResolve checks how callee texts of one file resolve to functions
// of other files, per language, on small in-memory trees.
func TestXfileResolve(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		from  string
		want  map[string]string // callee -> "file#function" ("" = must not resolve)
	}{
		{
			name: "python absolute, relative and module imports",
			files: map[string]string{
				"app/__init__.py":     "",
				"app/views.py":        "from app.repo import find as lookup, save\nfrom . import util\nimport app.shell as sh\nimport app\nimport app.repo\nimport app.shell\nfrom .missing import gone\n",
				"app/repo.py":         "def find(x):\n    pass\n",
				"app/util.py":         "",
				"app/shell.py":        "",
				"other/app/repo.py":   "",
				"app/sub/__init__.py": "",
			},
			from: "app/views.py",
			want: map[string]string{
				"lookup":        "app/repo.py#find",
				"save":          "app/repo.py#save",
				"util.clean":    "app/util.py#clean",
				"sh.run":        "app/shell.py#run",
				"app.repo.find": "app/repo.py#find",
				"app.shell.run": "app/shell.py#run",
				"find":          "",
				"gone":          "",
				"util.a.b":      "",
				"os.system":     "",
			},
		},
		{
			name: "python factory results, annotated names and class attributes",
			files: map[string]string{
				"app/__init__.py": "",
				"app/repo.py":     "class Repo:\n    def find(self, x):\n        pass\n\n\ndef get_repo():\n    if x:\n        return None\n    return Repo(make())\n",
				"app/deps.py":     "from .repo import Repo\n\n\ndef provide():\n    return Repo(1)\n",
				"app/store.py":    "class Store:\n    pass\n",
				"app/views.py": "from .repo import get_repo, Repo\nfrom .deps import provide\nfrom .store import Store\n\n\nclass V:\n    store = Store('/srv')\n\n    def get(self, other: Repo = None):\n        r = get_repo()\n        p = provide()\n        self.client = Client()\n" +
					"        s = len(x)\n",
			},
			from: "app/views.py",
			want: map[string]string{
				"r.find":          "app/repo.py#find",
				"p.find":          "app/repo.py#find",
				"other.find":      "app/repo.py#find",
				"self.store.read": "app/store.py#read",
				"s.find":          "",
				"self.client.get": "",
			},
		},
		{
			name: "python parenthesised import and nearest source root",
			files: map[string]string{
				"src/pkg/main.py":  "from pkg.db import (\n    run,\n    query as q,\n)\n",
				"src/pkg/db.py":    "",
				"pkg/db.py":        "",
				"src/pkg/pkg/x.py": "",
			},
			from: "src/pkg/main.py",
			want: map[string]string{"run": "src/pkg/db.py#run", "q": "src/pkg/db.py#query"},
		},
		{
			name: "javascript and typescript",
			files: map[string]string{
				"web/routes.ts":    "import { exec as run, spawn } from './lib/shell';\nimport * as db from \"../data/db\";\nconst u = require('./util');\nconst { a, b: c } = require('./util');\nimport x from 'express';\n",
				"web/lib/shell.js": "",
				"data/db/index.ts": "",
				"web/util.cjs":     "",
				"web/express.js":   "",
			},
			from: "web/routes.ts",
			want: map[string]string{
				"run":     "web/lib/shell.js#exec",
				"spawn":   "web/lib/shell.js#spawn",
				"db.find": "data/db/index.ts#find",
				"u.go":    "web/util.cjs#go",
				"a":       "web/util.cjs#a",
				"c":       "web/util.cjs#b",
				"x.get":   "",
				"exec":    "",
			},
		},
		{
			name: "go same package and module packages",
			files: map[string]string{
				"go.mod":                 "module example.com/m\n\ngo 1.22\n",
				"api/handler.go":         "package api\n\nimport (\n\t\"net/http\"\n\tst \"example.com/m/internal/store\"\n\t\"example.com/other/store2\"\n)\n\nfunc H() { helper(1); st.Find(2); store2.Find(3); local() }\n\nfunc local() {}\n",
				"api/helper.go":          "package api\n\nfunc helper(x int) {}\n",
				"api/helper_test.go":     "package api\n\nfunc testOnly() {}\n",
				"internal/store/find.go": "package store\n\nfunc Find(x int) {}\n",
				"legacy/helper.go":       "package legacy\n\nfunc helper(x int) {}\n",
			},
			from: "api/handler.go",
			want: map[string]string{
				"helper":      "api/helper.go#helper",
				"st.Find":     "internal/store/find.go#Find",
				"store2.Find": "",
				"testOnly":    "",
				"local":       "",
				"http.Get":    "",
			},
		},
		{
			name: "java same package, imported and static imports",
			files: map[string]string{
				"src/com/a/web/Ctl.java":    "package com.a.web;\n\nimport com.a.data.Repo;\nimport static com.a.util.Shell.run;\nimport java.util.List;\n",
				"src/com/a/web/Helper.java": "",
				"src/com/a/data/Repo.java":  "",
				"src/com/a/util/Shell.java": "",
				"src/com/b/data/Repo.java":  "",
			},
			from: "src/com/a/web/Ctl.java",
			want: map[string]string{
				"Helper.clean": "src/com/a/web/Helper.java#clean",
				"Repo.find":    "src/com/a/data/Repo.java#find",
				"run":          "src/com/a/util/Shell.java#run",
				"List.of":      "",
			},
		},
		{
			name: "python instances of imported classes and package re-exports",
			files: map[string]string{
				"app/__init__.py":       "",
				"app/views.py":          "from .service import Archiver\nfrom app.store import find_user\nimport app.jobs as jobs\nclass V:\n    def __init__(self):\n        self.arch = Archiver()\ndef view():\n    svc = Archiver('/srv')\n    j: jobs.Job = jobs.Job()\n    local = helper()\n",
				"app/service.py":        "class Archiver:\n    def run(self, x):\n        pass\n",
				"app/jobs.py":           "class Job:\n    pass\n",
				"app/store/__init__.py": "from .queries import find_user\n",
				"app/store/queries.py":  "def find_user(name):\n    pass\n",
			},
			from: "app/views.py",
			want: map[string]string{
				"svc.run":       "app/service.py#run",
				"self.arch.run": "app/service.py#run",
				"j.start":       "app/jobs.py#start",
				"find_user":     "app/store/queries.py#find_user",
				"local.run":     "",
			},
		},
		{
			name: "javascript instances and re-exports",
			files: map[string]string{
				"src/server.js":      "const { Archiver } = require('./archiver');\nimport Repo from './repo';\nimport { listDir, pack, own } from './lib';\nconst a = new Archiver();\nclass C { constructor() { this.r = new Repo(); } }\nconst d = new Date();\n",
				"src/archiver.js":    "class Archiver { run(d) {} }\nmodule.exports = { Archiver };\n",
				"src/repo.js":        "export default class Repo { find(q) {} }\n",
				"src/lib/index.js":   "export { listDir } from './shell';\nexport * from './archive';\nexport function own() {}\n",
				"src/lib/shell.js":   "export function listDir(d) {}\n",
				"src/lib/archive.js": "export function pack(d) {}\nexport function own() {}\n",
			},
			from: "src/server.js",
			want: map[string]string{
				"a.run":       "src/archiver.js#run",
				"this.r.find": "src/repo.js#find",
				"listDir":     "src/lib/shell.js#listDir",
				"pack":        "src/lib/archive.js#pack",
				"own":         "src/lib/index.js#own",
				"d.getTime":   "",
			},
		},
		{
			name: "typescript parameters and parameter properties typed with an imported class",
			files: map[string]string{
				"src/routes.ts":  "import { AccountService } from './account';\nimport { Repo } from './repo';\nimport { Router } from 'express';\nexport function routes(service: AccountService, r: Router) {}\nclass C { constructor(private readonly repo: Repo, public label: string) {} }\nconst cfg = { kind: Other, x: 1 };\n",
				"src/account.ts": "export class AccountService { find(n: string) {} }\n",
				"src/repo.ts":    "export class Repo { save(x: string) {} }\n",
				"src/plain.js":   "import { AccountService } from './account';\nconst o = { service: AccountService };\n",
			},
			from: "src/routes.ts",
			want: map[string]string{
				"service.find":   "src/account.ts#find",
				"this.repo.save": "src/repo.ts#save",
				"repo.save":      "",
				"r.get":          "",
				"label.trim":     "",
				"kind.find":      "",
			},
		},
		{
			name: "javascript: an object property is no typed declaration",
			files: map[string]string{
				"src/plain.js":   "import { AccountService } from './account';\nconst o = { service: AccountService };\n",
				"src/account.ts": "export class AccountService { find(n: string) {} }\n",
			},
			from: "src/plain.js",
			want: map[string]string{"service.find": ""},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			s := &scanState{fsys: fsys}
			paths := make([]string, 0, len(tc.files))
			for p := range tc.files {
				paths = append(paths, p)
			}
			sort.Strings(paths)
			for _, p := range paths {
				fsys[p] = &fstest.MapFile{Data: []byte(tc.files[p])}
				s.files = append(s.files, File{Path: p})
				s.xf.collect(p, DetectLanguage(p), []byte(tc.files[p]))
			}
			x := &xstate{s: s, files: s.xf.files, res: map[string]*xresolver{}, callers: map[string][]string{},
				edges: map[string]map[string]bool{}, wanted: map[string]map[string]bool{}}
			x.buildResolvers()
			r := x.res[tc.from]
			if r == nil {
				t.Fatalf("%s calls into no other file", tc.from)
			}
			for callee, want := range tc.want {
				got := ""
				if tg, ok := r.resolve(callee); ok {
					tg = x.follow(tg)
					got = tg.file + "#" + tg.fn
				}
				if got != want {
					t.Errorf("%s: got %q, want %q", callee, got, want)
				}
			}
		})
	}
}

// TestImportStmts checks that only the statements holding the keyword are
// kept, parenthesised ones whole.
func TestImportStmts(t *testing.T) {
	src := "x = 1\nfrom a import (\n  b,\n  c)\ny = 2\nimport d\n"
	got := string(importStmts([]byte(src), "import"))
	want := "from a import (\n  b,\n  c)\nimport d\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if strings.TrimSpace(string(importStmts([]byte("no keyword here\n"), "import"))) != "" {
		t.Error("a file without the keyword must give nothing")
	}
}

func TestPHPCalls(t *testing.T) {
	cases := []struct {
		src  string
		want []string
	}{
		{`$r = find_post($c, $id);`, []string{"find_post"}},
		{`UserQueries::byName($db, $n); \App\Data\Q::run(1);`, []string{"UserQueries::byName", `App\Data\Q::run`}},
		{`$repo->find($id); $this->repo->save($x);`, []string{"$repo->find", "$this->repo->save"}},
		// calls on $this, variable functions and static calls on a
		// variable class are not bound to another file here
		{`$this->helper($x); $fn($x); $cls::make();`, nil},
		{`if (x) { $a = (int) $b; }`, []string{"if"}},
	}
	for _, c := range cases {
		got := phpCalls([]byte(c.src))
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("phpCalls(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}

func TestRubyCalls(t *testing.T) {
	cases := []struct {
		src  string
		want []string
	}{
		{`ReportRunner.run(name)`, []string{"ReportRunner.run"}},
		{`Admin::Export.call params[:x]`, []string{"Admin::Export.call"}},
		{`finder.by_name(q); @svc.fetch url`, []string{"finder.by_name", "@svc.fetch"}},
		// constructors, attribute reads, chained calls and numbers are not
		{`x = Cls.new(1); y = a.b; z = a.b.c(1); 1.5.round(2)`, nil},
		// a method of a new object (a service object)
		{`ReportService.new.run(params[:n]); Admin::Job.new(user, (a)).perform x`, []string{"ReportService.new.run", "Admin::Job.new.perform"}},
		{`a.new.run(x); foo.Bar.new.run(x)`, nil},
		// a job given enqueue options: Cls.set(...).perform_later(x)
		{`ExportJob.set(wait: 1.hour).perform_later(params[:f]); Mail::Job.set(queue: :low).perform_async id`, []string{"ExportJob.set", "ExportJob.perform_later", "Mail::Job.set", "Mail::Job.perform_async"}},
		{`cfg.set(a).perform_later(x); Cache.set(k, v).fetch(x)`, []string{"cfg.set", "Cache.set"}},
		// a scope or class method on a relation of a class
		{`Article.where(archived: false).by_author(a); Article.published.sorted_by c`, []string{"Article.where", "Article.where.by_author", "Article.published.sorted_by"}},
		{`A::B.all.order(:id).m(x); @x.where(a).m(y); x.Y.z.m(1); Cls.new(a).b.m(x)`, []string{"A::B.all.order", "A::B.all.m", "@x.where"}},
	}
	for _, c := range cases {
		got := rubyCalls([]byte(c.src))
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("rubyCalls(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}

// TestLineSubmatchesAgree checks the per-line search of the Python
// regexes against the regex over the whole file, on hand-written lines
// and every Python file of the test data.
func TestLineSubmatchesAgree(t *testing.T) {
	srcs := []string{
		"svc = Service()\nself.db = models.Database(url)\nx: Foo = Bar(1)\n",
		"a = b\nc(d)\n(e) = F()\n  x=Y(  \nclass A:\n    pass\ndef f(): pass\nasync def g(): pass\n_x = 1\n",
		"x = 1 == Y()\nz: Dict[str, int] = Mapping()\r\nq=R(\nself.x=S.T(\n",
		"", "\n\n", "x", "X = Y(", "é = X()\n",
	}
	_ = filepath.WalkDir(testdataDir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			if b, err := os.ReadFile(p); err == nil {
				srcs = append(srcs, string(b))
			}
		}
		return nil
	})
	if len(srcs) < 20 {
		t.Fatalf("only %d inputs", len(srcs))
	}
	for _, c := range []struct {
		name string
		re   *regexp.Regexp
		keep func([]byte) bool
	}{{"instance", pyInstanceRe, hasAssignCall}, {"defs", pyDefRe, startsWithWord}} {
		for i, src := range srcs {
			want := fmt.Sprintf("%q", c.re.FindAllSubmatch([]byte(src), -1))
			got := fmt.Sprintf("%q", lineSubmatches(c.re, []byte(src), c.keep))
			if got != want {
				t.Errorf("%s, input %d: per line %s, whole file %s", c.name, i, got, want)
			}
		}
	}
}

func TestChainedCall(t *testing.T) {
	cases := []struct {
		src  string
		want bool
	}{
		{"x = Repo().find(q)\n", true},
		{"x = Repo(a, f(b)).find(q)\n", true},
		{"x = Repo(\n    a,\n).find(q)\n", true},
		{"r = Repo()\nr.find(q)\n", false},
		{"x = MyRepo().find(q)\n", false},
		{"x = m.Repo().find(q)\n", false},
		{"x = Repo(a)\ny = (1).real\n", false},
	}
	for _, tc := range cases {
		if got := chainedCall([]byte(tc.src), "Repo"); got != tc.want {
			t.Errorf("chainedCall(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}

// TestJSDefsAtLineStarts checks jsDefRe run at the line starts that begin
// with one of its words against the regex over the whole file, and that
// jsRequireRe finds nothing in a file without `require(` (jsImports skips
// it there), on hand-written sources and every JavaScript and TypeScript
// file of the test data and, when present, of the first files of each
// extension under /tmp/rules-proj.
func TestJSDefsAtLineStarts(t *testing.T) {
	srcs := []string{
		"export\nfunction f() {}\nexport default async function* g() {}\nclass A {}\n  class B {}\nconst x = 1, y = 2\n",
		"constant = 1\nlet\n\n  y =\n2\nvar z=3\r\nexport const\tw\n= 4\nvarx = 1\nfunction\n*\ngen() {}\n",
		"export default class\n\n\nC {}\nasync function h(){}", "", "\n", "export", "const", "let $a = 1",
		"é\nconst é = 1\nconst a = 2", "export   \n\n  \nfunction q(){}\nexport default\n",
		"var a = require('./a')\nconst {b, c: d} = require(\"../b\")\nconst e = require ('./e')\n",
	}
	perExt := map[string]int{}
	add := func(root string, limit int) {
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			ext := filepath.Ext(p)
			if err != nil || d.IsDir() || perExt[ext] >= limit {
				return nil
			}
			switch ext {
			case ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx":
				if b, err := os.ReadFile(p); err == nil {
					perExt[ext]++
					srcs = append(srcs, string(b))
				}
			}
			return nil
		})
	}
	add(testdataDir, 1<<30)
	clear(perExt)
	if _, err := os.Stat("/tmp/rules-proj"); err == nil {
		add("/tmp/rules-proj", 300)
	}
	if len(srcs) < 50 {
		t.Fatalf("only %d inputs", len(srcs))
	}
	defs, requires := 0, 0
	for i, src := range srcs {
		want := jsDefRe.FindAllSubmatch([]byte(src), -1)
		got := lineStartSubmatches(jsDefAt, []byte(src), startsWithJSDefWord)
		if g, w := fmt.Sprintf("%q", got), fmt.Sprintf("%q", want); g != w {
			t.Errorf("input %d: at line starts %s, whole file %s", i, g, w)
		}
		defs += len(want)
		if m := jsRequireRe.FindAllSubmatch([]byte(src), -1); len(m) > 0 {
			requires += len(m)
			if !strings.Contains(src, "require(") {
				t.Errorf("input %d: jsRequireRe matches %q without require(", i, m[0][0])
			}
		}
	}
	if defs < 100 || requires < 3 {
		t.Errorf("only %d definitions and %d requires", defs, requires)
	}
	t.Logf("%d inputs, %d definitions, %d requires", len(srcs), defs, requires)
}
