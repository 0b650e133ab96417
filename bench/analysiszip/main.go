// Command analysiszip writes a zip of a synthetic mixed-language project
// for bench/analysis.sh: Python, JavaScript, TypeScript, Go, Java, PHP and
// Ruby files of about 250 lines, every tenth function written with a
// weakness the static rules report (command or SQL injection, eval, weak
// hashes), so the benchmark stores and pages through real findings.
//
//	go run ./bench/analysiszip -lines 100000 -o /tmp/src.zip
package main

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
)

// language is one file kind: a header, a safe function and a weak one
// (both with %[1]d for a unique number), and a footer.
type language struct {
	dir, ext, header, safe, weak, footer string
}

var languages = []language{
	{dir: "api", ext: ".py", header: "import os\nimport hashlib\nimport subprocess\n\n\n",
		safe: `def total_%[1]d(items, tax=0.2):
    """Sum the line items of an order and add tax."""
    subtotal = 0
    for item in items:
        if item.get("qty", 0) <= 0:
            continue
        subtotal += item["price"] * item["qty"]
    return round(subtotal * (1 + tax), 2)


`,
		weak: `def run_%[1]d(request):
    """Runs a maintenance task named by the caller."""
    task = request.args.get("task")
    os.system("run-task " + task)
    digest = hashlib.md5(task.encode()).hexdigest()
    return {"task": task, "digest": digest}


`},
	{dir: "web", ext: ".js", header: "'use strict';\nconst cp = require('child_process');\n\n",
		safe: `function formatPrice%[1]d(cents, currency) {
  const units = Math.floor(cents / 100);
  const rest = String(cents %% 100).padStart(2, '0');
  if (currency === 'EUR') {
    return units + ',' + rest + ' €';
  }
  return '$' + units + '.' + rest;
}

`,
		weak: `function handler%[1]d(req, res) {
  const name = req.query.name;
  cp.exec('convert ' + name + ' out.png', () => {});
  const value = eval(req.body.expr);
  res.send(String(value));
}

`,
		footer: "module.exports = {};\n"},
	{dir: "ui", ext: ".ts", header: "export interface Row { id: number; label: string }\n\n",
		safe: `export function sortRows%[1]d(rows: Row[], desc = false): Row[] {
  const out = [...rows];
  out.sort((a, b) => (desc ? b.id - a.id : a.id - b.id));
  return out.filter((r) => r.label.length > 0);
}

`,
		weak: `export function render%[1]d(target: HTMLElement): void {
  const q = new URLSearchParams(location.search).get('q') ?? '';
  target.innerHTML = '<b>' + q + '</b>';
  document.write(location.hash);
}

`},
	{dir: "svc", ext: ".go", header: "package svc\n\nimport (\n\t\"crypto/md5\"\n\t\"database/sql\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"os/exec\"\n\t\"strings\"\n)\n\nvar _ = strings.TrimSpace\nvar _ = md5.New\nvar _ = fmt.Sprint\n\n",
		safe: `// Clamp%[1]d keeps v within [lo, hi].
func Clamp%[1]d(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

`,
		weak: `// Lookup%[1]d finds a user by the name in the query.
func Lookup%[1]d(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	rows, err := db.Query("SELECT id FROM users WHERE name = '" + name + "'")
	if err == nil {
		rows.Close()
	}
	out, _ := exec.Command("sh", "-c", "grep "+name+" /var/log/app.log").Output()
	fmt.Fprintf(w, "%%x %%s", md5.Sum([]byte(name)), out)
}

`},
	{dir: "legacy", ext: ".java", header: "package legacy;\n\nimport java.security.MessageDigest;\nimport java.sql.Connection;\nimport java.sql.Statement;\nimport javax.servlet.http.HttpServletRequest;\n\npublic class Legacy%[1]d {\n",
		safe: `    static int maxOf%[1]d(int[] values) {
        int best = Integer.MIN_VALUE;
        for (int v : values) {
            if (v > best) {
                best = v;
            }
        }
        return best;
    }

`,
		weak: `    static void find%[1]d(Connection c, HttpServletRequest req) throws Exception {
        String id = req.getParameter("id");
        Statement st = c.createStatement();
        st.executeQuery("SELECT * FROM orders WHERE id = " + id);
        Runtime.getRuntime().exec("ping " + id);
        MessageDigest.getInstance("MD5");
    }

`,
		footer: "}\n"},
	{dir: "site", ext: ".php", header: "<?php\n\n",
		safe: `function slug_%[1]d($title) {
    $s = strtolower(trim($title));
    $s = preg_replace('/[^a-z0-9]+/', '-', $s);
    return trim($s, '-');
}

`,
		weak: `function show_%[1]d($db) {
    $id = $_GET['id'];
    $rows = mysqli_query($db, "SELECT * FROM posts WHERE id = " . $id);
    system("touch /tmp/" . $_GET['f']);
    echo md5($id);
    return $rows;
}

`},
	{dir: "jobs", ext: ".rb", header: "require 'digest'\n\n",
		safe: `def average_%[1]d(values)
  return 0 if values.empty?
  values.sum.to_f / values.size
end

`,
		weak: `def export_%[1]d(params)
  name = params[:name]
  system("tar czf /tmp/#{name}.tgz data")
  Digest::MD5.hexdigest(name)
end

`},
}

func main() {
	lines := flag.Int("lines", 100_000, "total lines to write (about)")
	out := flag.String("o", "source.zip", "zip file to write")
	perFile := flag.Int("file-lines", 250, "lines per file (about)")
	flag.Parse()
	data, files, written, err := build(*lines, *perFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "analysiszip:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "analysiszip:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d files, %d lines, %d bytes\n", *out, files, written, len(data))
}

// build writes files round-robin over the languages until the line target
// is met and returns the zip, the file count and the lines written.
func build(target, perFile int) ([]byte, int, int, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	written, files, fn := 0, 0, 0
	for written < target {
		l := languages[files%len(languages)]
		var b strings.Builder
		b.WriteString(strings.ReplaceAll(l.header, "%[1]d", fmt.Sprint(files)))
		for strings.Count(b.String(), "\n") < perFile && written+strings.Count(b.String(), "\n") < target {
			fn++
			tpl := l.safe
			if fn%10 == 0 {
				tpl = l.weak
			}
			fmt.Fprintf(&b, tpl, fn)
		}
		b.WriteString(l.footer)
		name := fmt.Sprintf("%s/m%d/f%05d%s", l.dir, files/50, files, l.ext)
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		if err != nil {
			return nil, 0, 0, err
		}
		if _, err := w.Write([]byte(b.String())); err != nil {
			return nil, 0, 0, err
		}
		written += strings.Count(b.String(), "\n")
		files++
	}
	if err := zw.Close(); err != nil {
		return nil, 0, 0, err
	}
	return buf.Bytes(), files, written, nil
}
