// Command vigil-gentree writes a synthetic mixed-language source tree of a
// given size (default 1,000,000 lines) for the scanner's performance target:
// Python, JavaScript, TypeScript, TSX, Go, Java, PHP and Ruby files of about
// 300 lines each, with one vulnerable function in twenty so rules and taint
// tracking do real work.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

type lang struct {
	ext, header, footer string
	funcs               []string // templates; %[1]d is a unique number
	vulns               []string
	weight              int
}

var langs = []lang{
	{ext: ".py", weight: 25, header: "import os\nimport json\nfrom flask import request\n\n",
		funcs: []string{`
def handler_%[1]d(db, limit=10):
    name = request.args.get("name", "")
    rows = db.execute("SELECT id, name FROM users WHERE name = %%s LIMIT %%s", (name, limit))
    result = []
    for row in rows:
        if row[0] %% 2 == 0:
            result.append({"id": row[0], "name": row[1]})
        else:
            result.append({"id": row[0]})
    return json.dumps(result)
`, `
class Service%[1]d:
    def __init__(self, repo):
        self.repo = repo
        self.cache = {}

    def get(self, key):
        if key in self.cache:
            return self.cache[key]
        value = self.repo.load(key)
        self.cache[key] = value
        return value
`},
		vulns: []string{`
def run_%[1]d():
    host = request.args.get("host")
    os.system("ping -c 1 " + host)
`, `
def query_%[1]d(cur):
    uid = request.args["id"]
    cur.execute("SELECT * FROM t WHERE id = " + uid)
`}},
	{ext: ".js", weight: 20, header: "const express = require(\"express\");\nconst { exec } = require(\"child_process\");\nconst router = express.Router();\n\n",
		footer: "module.exports = router;\n",
		funcs: []string{`
router.get("/items/%[1]d/:id", async (req, res) => {
  const id = parseInt(req.params.id, 10);
  const rows = await db.query("SELECT * FROM items WHERE id = $1", [id]);
  if (!rows.length) {
    return res.status(404).json({ error: "not found" });
  }
  res.json(rows[0]);
});
`, `
function total%[1]d(items) {
  let sum = 0;
  for (const item of items) {
    if (item.price > 0) {
      sum += item.price * item.qty;
    }
  }
  return Math.round(sum * 100) / 100;
}
`},
		vulns: []string{`
router.get("/ping%[1]d", (req, res) => {
  exec("ping -c 1 " + req.query.host, (err, out) => res.json({ out }));
});
`, `
router.get("/hello%[1]d", (req, res) => {
  res.send("<p>" + req.query.name + "</p>");
});
`}},
	{ext: ".ts", weight: 15, header: "import { Request, Response } from \"express\";\nimport { createHash } from \"crypto\";\n\n",
		funcs: []string{`
export interface Order%[1]d {
  id: number;
  lines: { sku: string; qty: number; price: number }[];
}

export function orderTotal%[1]d(o: Order%[1]d): number {
  return o.lines.reduce((acc, l) => acc + l.qty * l.price, 0);
}
`, `
export async function list%[1]d(req: Request, res: Response): Promise<void> {
  const page = Number(req.query.page ?? 1);
  const rows = await repo.find({ skip: (page - 1) * 20, take: 20 });
  res.json({ page, rows });
}
`},
		vulns: []string{`
export const digest%[1]d = (s: string) => createHash("md5").update(s).digest("hex");
`}},
	{ext: ".tsx", weight: 5, header: "import React from \"react\";\n\n",
		funcs: []string{`
export function Card%[1]d({ title, body }: { title: string; body: string }) {
  return (
    <div className="card">
      <h2>{title}</h2>
      <p>{body}</p>
    </div>
  );
}
`},
		vulns: []string{`
export function Raw%[1]d({ html }: { html: string }) {
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
`}},
	{ext: ".go", weight: 20, header: "package %[2]s\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n\t\"net/http\"\n)\n\nvar _ = fmt.Sprint\nvar _ = http.StatusOK\nvar _ *sql.DB\n",
		funcs: []string{`
func Handler%[1]d(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.URL.Query().Get("name")
		rows, err := db.Query("SELECT id FROM users WHERE name = $1", name)
		if err != nil {
			http.Error(w, "error", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		fmt.Fprintln(w, "ok")
	}
}
`, `
func Sum%[1]d(values []int) int {
	total := 0
	for _, v := range values {
		if v > 0 {
			total += v
		}
	}
	return total
}
`},
		vulns: []string{`
func Find%[1]d(db *sql.DB, r *http.Request) error {
	_, err := db.Query("SELECT * FROM t WHERE id = " + r.URL.Query().Get("id"))
	return err
}
`}},
	{ext: ".java", weight: 8, header: "package gen;\n\nimport java.util.*;\n\npublic class C%[1]d {\n", footer: "}\n",
		funcs: []string{`
    public int sum%[1]d(List<Integer> values) {
        int total = 0;
        for (int v : values) {
            if (v > 0) {
                total += v;
            }
        }
        return total;
    }
`},
		vulns: []string{`
    public void run%[1]d(String cmd) throws Exception {
        Runtime.getRuntime().exec(cmd);
    }
`}},
	{ext: ".php", weight: 4, header: "<?php\n\n",
		funcs: []string{`
function total_%[1]d(array $items): float {
    $sum = 0.0;
    foreach ($items as $item) {
        if ($item['qty'] > 0) {
            $sum += $item['qty'] * $item['price'];
        }
    }
    return $sum;
}
`},
		vulns: []string{`
function show_%[1]d() {
    echo "<p>" . $_GET['name'] . "</p>";
}
`}},
	{ext: ".rb", weight: 3, header: "require 'json'\n\n",
		funcs: []string{`
def total_%[1]d(items)
  items.select { |i| i[:qty] > 0 }.sum do |i|
    i[:qty] * i[:price]
  end
end
`},
		vulns: []string{`
def run_%[1]d(params)
  system("ping -c 1 #{params[:host]}")
end
`}},
}

func main() {
	out := flag.String("out", "gentree", "output directory (created)")
	lines := flag.Int("lines", 1_000_000, "approximate number of lines to write")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	rng := rand.New(rand.NewPCG(*seed, 42))
	totalWeight := 0
	for _, l := range langs {
		totalWeight += l.weight
	}
	written, files, n := 0, 0, 0
	perLang := map[string]int{}
	for written < *lines {
		pick := rng.IntN(totalWeight)
		var l lang
		for _, c := range langs {
			if pick < c.weight {
				l = c
				break
			}
			pick -= c.weight
		}
		dirIdx := files / 50
		pkg := fmt.Sprintf("pkg%d", dirIdx)
		var b strings.Builder
		hn := n
		if strings.Contains(l.header, "%[") {
			header := strings.ReplaceAll(strings.ReplaceAll(l.header, "%[1]d", fmt.Sprint(hn)), "%[2]s", pkg)
			b.WriteString(header)
		} else {
			b.WriteString(l.header)
		}
		for countLines(b.String()) < 300 {
			n++
			tpl := l.funcs[rng.IntN(len(l.funcs))]
			if rng.IntN(20) == 0 {
				tpl = l.vulns[rng.IntN(len(l.vulns))]
			}
			b.WriteString(fmt.Sprintf(tpl, n))
		}
		b.WriteString(l.footer)
		name := fmt.Sprintf("f%d%s", files, l.ext)
		if l.ext == ".java" {
			name = fmt.Sprintf("C%d.java", hn)
		}
		p := filepath.Join(*out, strings.TrimPrefix(l.ext, "."), pkg, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			fatal(err)
		}
		content := b.String()
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			fatal(err)
		}
		c := countLines(content)
		written += c
		perLang[l.ext] += c
		files++
	}
	if err := os.WriteFile(filepath.Join(*out, "go.mod"), []byte("module gentree\n\ngo 1.22\n"), 0o644); err != nil {
		fatal(err)
	}
	fmt.Printf("wrote %d files, %d lines to %s: %v\n", files, written, *out, perLang)
}

func countLines(s string) int { return strings.Count(s, "\n") }

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "vigil-gentree:", err)
	os.Exit(1)
}
