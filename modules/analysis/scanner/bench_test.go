package scanner

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkScanCorpus scans the labelled corpus (all languages, all rules).
func BenchmarkScanCorpus(b *testing.B) { benchScanDir(b, testdataDir+"/corpus") }

// BenchmarkScanGenerated scans a generated mixed-language tree of about
// 50,000 lines (the 1,000,000-line run is bench/scan-peers.sh's job).
func BenchmarkScanGenerated(b *testing.B) { benchScanTree(b, benchTemplates, 50000) }

// BenchmarkScanPython scans a generated Python tree of about 50,000 lines
// (the language compared with Bandit).
func BenchmarkScanPython(b *testing.B) { benchScanTree(b, benchTemplates[:1], 50000) }

// benchScanTree writes files from the templates until the tree holds about
// total lines, then scans it b.N times and reports lines/s.
func benchScanTree(b *testing.B, templates []struct{ ext, src string }, total int) {
	dir := b.TempDir()
	n := 0
	for i := 0; n < total; i++ {
		for _, tpl := range templates {
			body := fmt.Sprintf(tpl.src, i, i, i)
			p := filepath.Join(dir, fmt.Sprintf("pkg%d", i%20), fmt.Sprintf("f%d%s", i, tpl.ext))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				b.Fatal(err)
			}
			n += countLines(body)
		}
	}
	benchScanDir(b, dir)
}

func countLines(s string) int {
	n := 1
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			n++
		}
	}
	return n
}

var benchTemplates = []struct{ ext, src string }{
	{".py", `from flask import request
import os


def handler_%d(db):
    name = request.args.get("name")
    rows = db.execute("SELECT * FROM t WHERE name = %%s", (name,))
    out = []
    for r in rows:
        if r[0] > 10:
            out.append({"id": r[0], "name": r[1]})
        else:
            out.append({"id": r[0]})
    return out


def helper_%d(values):
    total = 0
    for v in values:
        total += v * 2
    return total


class Model%d:
    def __init__(self, x):
        self.x = x

    def double(self):
        return self.x * 2
`},
	{".js", `const express = require("express");
const router = express.Router();

router.get("/items/:id", async (req, res) => {
  const id = parseInt(req.params.id, 10);
  const item = await db.query("SELECT * FROM items WHERE id = $1", [id]);
  if (!item) {
    return res.status(404).json({ error: "not found" });
  }
  res.json(item);
});

function sum%d(list) {
  let total = 0;
  for (const x of list) {
    total += x;
  }
  return total;
}

class Cart%d {
  constructor() { this.items = []; }
  add(item) { this.items.push(item); return this; }
  total() { return sum%d(this.items.map((i) => i.price)); }
}

module.exports = { router };
`},
}
