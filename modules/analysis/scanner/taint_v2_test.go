package scanner

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestEngineV2Probes are small programs for the causes of missed flows and
// false alarms listed in issue "Scanner v2", run end to end through the
// scanner on the built-in Python rules. Every line that must be reported
// carries `# want RULE-ID`; any other finding of that rule fails the case.
func TestEngineV2Probes(t *testing.T) {
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*Rule{}
	for _, r := range rules {
		byID[r.ID] = r
	}
	cases := []struct {
		name, rule, src string
	}{
		{"defaulting idiom in a branch keeps taint", "VGL-PY-CMDI-001", `
import os
from flask import request
def view():
    name = request.args.get("name")
    if not name:
        name = ""
    os.system("echo " + name)  # want
`},
		{"defaulting with or keeps taint", "VGL-PY-CMDI-001", `
import os
from flask import request
def view():
    name = request.args.get("name")
    name = name or "nobody"
    os.system("echo " + name)  # want
`},
		{"taint through a list and join", "VGL-PY-CMDI-001", `
import os
from flask import request
def view():
    parts = ["ls"]
    parts.append(request.args["dir"])
    os.system(" ".join(parts))  # want
`},
		{"dict keys are told apart", "VGL-PY-CMDI-001", `
import os
from flask import request
def view():
    d = {"safe": "ls"}
    d["q"] = request.args["q"]
    os.system(d["safe"])
    os.system(d["q"])  # want
    os.system(d.get("safe"))
    os.system(d.get("q"))  # want
`},
		{"fields of an object", "VGL-PY-CMDI-001", `
import os
from flask import request
class Job:
    pass
def view():
    j = Job()
    j.cmd = request.args["c"]
    j.name = "fixed"
    os.system(j.name)
    os.system(j.cmd)  # want
`},
		{"import aliases resolve to the canonical sink", "VGL-PY-CMDI-001", `
from os import system as run
import subprocess as sp
from flask import request as req
def view():
    run(req.args["c"])  # want
    sp.getoutput(req.form["c"])  # want
`},
		{"helper returning a constant is clean", "VGL-PY-CMDI-001", `
import os
from flask import request
def pick(x):
    return "ls -l"
def view():
    c = pick(request.args["c"])
    os.system(c)
`},
		{"constant conditions prune dead branches", "VGL-PY-CMDI-001", `
import os
from flask import request
LIMIT = 7
def view():
    num = 50
    if (7 * 18) + num > 200:
        os.system(request.args["c"])
    bar = request.args["c"] if num < LIMIT else "safe"
    os.system(bar)
    if num > 10:
        os.system(request.args["c"])  # want
`},
		{"loop-carried flow reaches the sink", "VGL-PY-CMDI-001", `
import os
from flask import request
def view():
    cmd = "ls"
    prev = ""
    for i in range(3):
        os.system(cmd)  # want
        cmd = prev
        prev = request.args["c"]
`},
		{"HTML escaping cleans XSS but not SQL", "VGL-PY-SQLI-001", `
import html
from flask import request
def view(cur):
    q = html.escape(request.args["q"])
    cur.execute("SELECT * FROM t WHERE n = '" + q + "'")  # want
`},
		{"HTML escaping cleans XSS", "VGL-PY-XSS-001", `
import html
from flask import request, make_response
def view():
    q = html.escape(request.args["q"])
    return make_response("<p>" + q + "</p>")
`},
		{"flask route path variables are sources", "VGL-PY-CMDI-001", `
import os
from flask import Flask
app = Flask(__name__)
@app.route("/run/<name>")
def run(name):
    os.system("echo " + name)  # want
@app.route("/n/<int:n>")
def num(n: int):
    os.system("echo %d" % n)
`},
		{"comprehension carries taint", "VGL-PY-CMDI-001", `
import os
from flask import request
def view():
    names = [n.strip() for n in request.args.getlist("n") if n]
    os.system("rm " + " ".join(names))  # want
`},
		{"closure sees the enclosing state", "VGL-PY-CMDI-001", `
import os
from flask import request
def view():
    c = request.args["c"]
    def run():
        os.system(c)  # want
    run()
`},
		{"a field set by one method reaches a sink in another", "VGL-PY-SQLI-001", `
from flask import request
class Search:
    def __init__(self, db):
        self.db = db
        self.order = "name"
    def parse(self):
        self.term = request.args["q"]
    def run(self):
        self.db.execute("SELECT * FROM t ORDER BY " + self.order)
        self.db.execute("SELECT * FROM t WHERE n = '" + self.term + "'")  # want
`},
		{"an allow-list check or a digits check validates", "VGL-PY-CMDI-001", `
import os
from flask import request, abort
TOOLS = ("ls", "df")
def view():
    tool = request.args["tool"]
    if tool not in TOOLS:
        abort(400)
    os.system(tool)
    n = request.args["n"]
    if n.isdigit():
        os.system("sleep " + n)
    os.system("sleep " + n)  # want
`},
		{"try/except: the handler sees the body's taint", "VGL-PY-CMDI-001", `
import os
from flask import request
def view():
    c = "ls"
    try:
        c = request.args["c"]
        int(c)
    except ValueError:
        os.system(c)  # want
`},
		{"ldap3 search filter on a connection local (pack python-ldap)", "VGL-PY-XPATH-001", `
import ldap3
from flask import request
def view():
    c = ldap3.Connection(ldap3.Server("ldap://x"))
    c.search("o=x", "(uid=" + request.args["u"] + ")")  # want
    c.search("o=x", "(uid=%s)" % ldap3.utils.conv.escape_filter_chars(request.args["u"]))
`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectProbe(t, byID, tc.rule, "probe.py", tc.src)
		})
	}
}

// TestEngineV2BudgetReported: a function whose fixpoint hits the budget is
// reported as a file error and the scan goes on.
func TestEngineV2BudgetReported(t *testing.T) {
	saved := v2Budget
	v2Budget = 3
	defer func() { v2Budget = saved }()
	src := "import os\nfrom flask import request\ndef view():\n    c = request.args['c']\n    for i in range(3):\n        c = c + 'x'\n    os.system(c)\n"
	fsys := fstest.MapFS{"app.py": &fstest.MapFile{Data: []byte(src)}, "ok.py": &fstest.MapFile{Data: []byte("import os\nfrom flask import request\nos.system(request.args['c'])\n")}}
	res, err := ScanFS(context.Background(), fsys, Options{Config: &Config{}, Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, pe := range res.ParseErrors {
		if pe.Path == "app.py" && strings.Contains(pe.Message, "view() stopped at its step budget") {
			found = true
		}
	}
	if !found {
		t.Errorf("budget not reported: %+v", res.ParseErrors)
	}
	other := false
	for _, f := range res.Findings {
		if f.Location.Path == "ok.py" && f.RuleID == "VGL-PY-CMDI-001" {
			other = true
		}
	}
	if !other {
		t.Errorf("the rest of the scan should go on")
	}
}

// TestEngineV2JavaScriptProbes: the same causes in JavaScript, with the
// JavaScript front end switched on for the test.
func TestEngineV2JavaScriptProbes(t *testing.T) {
	for _, l := range []string{"javascript", "typescript", "tsx"} {
		saved := engineV2[l]
		engineV2[l] = true
		defer func() { engineV2[l] = saved }()
	}
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*Rule{}
	for _, r := range rules {
		byID[r.ID] = r
	}
	cases := []struct{ name, rule, src string }{
		{"defaulting with || keeps taint", "VGL-JS-CMDI-001", `
const cp = require('child_process');
function h(req, res) {
  let name = req.query.name;
  name = name || "";
  if (!name) { name = "nobody"; }
  cp.exec("echo " + name);  // want
}
`},
		{"array push and join", "VGL-JS-CMDI-001", `
const { exec } = require('child_process');
function h(req, res) {
  const parts = ["ls"];
  parts.push(req.query.dir);
  exec(parts.join(" "));  // want
}
`},
		{"map keys are told apart", "VGL-JS-CMDI-001", `
const { exec: run } = require('child_process');
function h(req, res) {
  const m = new Map();
  m.set("safe", "ls");
  m.set("q", req.query.q);
  run(m.get("safe"));
  run(m.get("q"));  // want
}
`},
		{"constant switch and condition prune", "VGL-JS-XSS-001", `
function h(req, res) {
  const mode = 2;
  switch (mode) {
    case 1: res.send(req.query.a); break;
    default: res.send("ok");
  }
  if (mode * 3 > 10) { res.send(req.query.b); }
  res.send(mode === 2 ? "fixed" : req.query.c);
}
`},
		{"a Location header set by hand is a redirect", "VGL-JS-REDIR-001", `
function h(req, res) {
  res.writeHead(302, { Location: req.query.next });  // want
  res.writeHead(302, { 'Content-Type': req.query.t, Location: '/home' });
  res.setHeader('Location', req.query.back);  // want
  res.setHeader('X-Back', req.query.back);
  res.location(req.query.to);  // want
}
`},
		{"Next.js middleware redirect", "VGL-JS-REDIR-001", `
import { NextResponse } from 'next/server';
export function middleware(req) {
  const to = req.nextUrl.searchParams.get('to');
  if (to) return NextResponse.redirect(new URL(to, req.url));  // want
  return NextResponse.redirect(new URL('/login', req.url));
}
`},
		{"util.promisify keeps the sink", "VGL-JS-CMDI-001", `
const util = require('util');
const cp = require('child_process');
const run = util.promisify(cp.exec);
async function h(req, res) {
  await run('ls ' + req.query.dir);  // want
  await run('ls');
}
`},
		{"escaping cleans XSS, not SQL", "VGL-JS-SQLI-001", `
import escapeHtml from 'escape-html';
function h(req, res, db) {
  const q = escapeHtml(req.query.q);
  db.query("SELECT * FROM t WHERE n = '" + q + "'");  // want
  res.send("<p>" + q + "</p>");
}
`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectProbe(t, byID, tc.rule, "probe.js", tc.src)
		})
	}
}
