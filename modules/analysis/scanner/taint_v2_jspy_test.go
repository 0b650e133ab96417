package scanner

import (
	"testing"
)

// TestEngineV2JSPyLookAlikes are must-find / must-not-find probes for safe
// look-alikes of JavaScript and Python weaknesses: values proven clean by a
// check (anchored regular expressions, a path kept under its root, a name
// without parent steps), numbers and allow-lists in the interpolation
// rules, URLs whose constant start names the host, escaping APIs, and
// developer scripts. Lines that must be reported end in `// want`
// (`# want` in Python).
func TestEngineV2JSPyLookAlikes(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"an anchored regex literal's test() validates, an unanchored one does not", "VGL-JS-XSS-001", "a.js", `
const NAME = /^[a-z0-9_]+$/;
function h(req, res) {
  const u = req.query.user;
  if (!/^[a-zA-Z0-9_]{1,32}$/.test(u)) { return res.status(400).send("bad"); }
  res.send("<h1>" + u + "</h1>");
  const v = req.query.v;
  if (!NAME.test(v)) return;
  res.send("<h1>" + v + "</h1>");
  const w = req.query.w;
  if (!/[a-z]+/.test(w)) return;
  res.send("<h1>" + w + "</h1>");  // want
  const x = req.query.x;
  if (!/^.+$/.test(x)) return;
  res.send("<h1>" + x + "</h1>");  // want
}
`},
		{"a dot inside a character class is no wildcard for commands, but is for paths", "VGL-JS-CMDI-001", "a.js", `
const cp = require('child_process');
function h(req, res) {
  const host = req.query.host;
  if (!/^[a-zA-Z0-9.-]+$/.test(host)) return res.sendStatus(400);
  cp.exec('ping -c 1 ' + host);
  const arg = req.query.arg;
  if (!/^[^;&|]+$/.test(arg)) return;
  cp.exec('echo ' + arg);  // want
  const any = req.query.any;
  if (!/^[\S]+$/.test(any)) return;
  cp.exec('echo ' + any);  // want
}
`},
		{"a dotted name may climb: no validation for paths", "VGL-JS-PATH-001", "a.js", `
const fs = require('fs');
function h(req, res) {
  const name = req.query.name;
  if (!/^[a-zA-Z0-9.-]+$/.test(name)) return res.sendStatus(400);
  fs.readFile('/srv/files/' + name, () => {});  // want
  const id = req.query.id;
  if (!/^[a-z0-9-]+$/.test(id)) return res.sendStatus(400);
  fs.readFile('/srv/files/' + id, () => {});
}
`},
		{"x.match(/^...$/) validates the receiver", "VGL-JS-CMDI-001", "a.js", `
const cp = require('child_process');
function h(req, res) {
  const b = req.query.b;
  if (!b.match(/^[a-z0-9_-]+$/)) return;
  cp.exec("git checkout " + b);
  const c = req.query.c;
  if (c.match(/^[a-z]+$/m)) { cp.exec("git checkout " + c); }  // want
}
`},
		{"a resolved path checked with startsWith stays under its root", "VGL-JS-PATH-001", "a.js", `
const fs = require('fs');
const path = require('path');
const ROOT = path.resolve(__dirname, 'public');
function h(req, res) {
  const target = path.resolve(ROOT, req.query.name);
  if (!target.startsWith(ROOT + path.sep)) { return res.sendStatus(403); }
  fs.createReadStream(target).pipe(res);
  const other = path.join(ROOT, req.query.other);
  if (other.endsWith(".txt")) { fs.readFile(other, () => {}); }  // want
}
`},
		{"|| in a condition: each check holds on its own edge", "VGL-JS-PATH-001", "a.js", `
const fs = require('fs');
function h(req, res) {
  const name = req.query.name;
  if (!name || name.includes("..") || name.includes("/")) return res.sendStatus(400);
  fs.readFile("/srv/files/" + name, () => {});
  const n2 = req.query.n2;
  if (n2.includes("..") && n2.length > 100) return;
  fs.readFile("/srv/files/" + n2, () => {});  // want
}
`},
		{"interpolated commands: numbers and allow-lists are no injection, parameters are", "VGL-JS-CMDI-002", "lib/git.js", `
const { exec } = require('child_process');
const SUBS = ['status', 'log'];
function run(sub, pid, branch) {
  if (!SUBS.includes(sub)) return;
  exec('git ' + sub);
  const n = parseInt(pid, 10);
  exec(` + "`kill -0 ${n}`" + `);
  exec('git checkout ' + branch);  // want
  exec('uptime');
}
module.exports = run;
`},
		{"interpolated commands in a developer's release script are not reported", "VGL-JS-CMDI-002", "bin/release.js", `
const { exec } = require('child_process');
async function tagRef(tag) {
  return exec(` + "`git show-ref --tags \"refs/tags/${tag}\"`" + `);
}
module.exports = tagRef;
`},
		{"interpolated SQL: a number is no injection, a parameter is", "VGL-JS-SQLI-002", "a.js", `
async function list(pool, limit, name) {
  const n = Number(limit) || 10;
  await pool.query('SELECT * FROM items LIMIT ' + n);
  await pool.query(` + "`SELECT * FROM items WHERE name = '${name}'`" + `);  // want
}
module.exports = list;
`},
		{"a URL whose constant start names the host cannot be redirected elsewhere", "VGL-JS-SSRF-001", "a.js", `
const axios = require('axios');
async function h(req, res) {
  await axios.get('https://api.example.com/users/' + req.params.id + '/profile');
  await fetch(` + "`https://api.example.com/search?q=${req.query.q}`" + `);
  await axios.get('https://' + req.query.host + '/x');  // want
  await axios.get(req.query.base + '/users');  // want
}
`},
		{"ldapjs filter objects escape, a formatted filter string does not", "VGL-JS-LDAP-001", "a.js", `
const ldap = require('ldapjs');
const client = ldap.createClient({ url: 'ldap://localhost' });
function h(req, res) {
  const filter = new ldap.EqualityFilter({ attribute: 'uid', value: req.query.user });
  client.search('ou=people,dc=example,dc=com', { filter, scope: 'sub' }, () => {});
  client.search('ou=people,dc=example,dc=com', { filter: '(uid=' + req.query.user + ')' }, () => {});  // want
}
`},
		{"escaping template output and file contents are no reflected input", "VGL-JS-XSS-001", "a.js", `
const ejs = require('ejs');
const fs = require('fs');
function h(req, res) {
  res.send(ejs.render('<p>Hello <%= name %></p>', { name: req.query.name }));
  res.send(ejs.render('<p>Hello <%- name %></p>', { name: req.query.name }));  // want
  res.send(fs.readFileSync('/srv/pages/' + req.query.page, 'utf8'));
  res.send('<p>' + req.query.page + '</p>');  // want
}
`},
		{"HTML assembled for innerHTML: numbers and the page's own markup are safe, parameters and responses are not", "VGL-JS-XSS-004", "a.js", `
async function load(label) {
  const section = document.querySelector('[data-markdown]');
  const r = await fetch('/api/news');
  const items = await r.json();
  document.getElementById('count').innerHTML = '<b>' + items.length + '</b> items';
  const url = section.getAttribute('data-markdown');
  section.outerHTML = '<section>Could not fetch ' + url + '</section>';
  section.innerHTML = label;
  section.innerHTML = '<h2>' + label + '</h2>';  // want
  section.insertAdjacentHTML('beforeend', ` + "`<li>${items[0].title}</li>`" + `);  // want
  document.getElementById('x').innerHTML = '<p>' + decodeURIComponent(location.hash.slice(1)) + '</p>';  // want
}
`},
		{"an allow-listed host makes the URL safe for SSRF", "VGL-JS-SSRF-001", "a.js", `
const axios = require('axios');
const HOSTS = new Set(['api.example.com']);
async function h(req, res) {
  const u = new URL(req.query.url);
  if (!HOSTS.has(u.hostname)) return res.sendStatus(400);
  await axios.get(u.toString());
  const v = new URL(req.query.other);
  if (v.pathname.startsWith('/api')) { await axios.get(v.toString()); }  // want
}
`},
		{"Python: an allow-listed parsed host makes the URL safe for SSRF", "VGL-PY-SSRF-001", "a.py", `
import requests
from urllib.parse import urlparse
from flask import request, abort
ALLOWED = {"api.example.com"}
def view():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED:
        abort(400)
    requests.get(url, timeout=5)
    other = request.args["other"]
    if urlparse(other).path not in ("/a", "/b"):
        abort(400)
    requests.get(other, timeout=5)  # want
`},
		{"NoSQL: a value checked to be a string or wrapped in $eq carries no operators", "VGL-JS-NOSQLI-001", "a.js", `
const User = require('./user');
async function h(req, res) {
  const id = req.query.id;
  if (typeof id !== 'string') return res.sendStatus(400);
  await User.findOne({ _id: id });
  await User.findOne({ name: { $eq: req.body.name } });
  const n = req.query.n;
  if (typeof n === 'object') return;
  await User.findOne({ n: n });  // want
  await User.findOne({ name: req.body.name });  // want
}
`},
		{"typeof x === 'number' holds no text for any kind", "VGL-JS-CMDI-001", "a.js", `
const cp = require('child_process');
function h(req, res) {
  const n = req.body.count;
  if (typeof n !== 'number') return;
  cp.exec('seq ' + n);
  const s = req.body.s;
  if (typeof s !== 'string') return;
  cp.exec('echo ' + s);  // want
}
`},
		{"Koa: an object body is JSON; Node's normalize-and-strip keeps a path inside", "VGL-JS-XSS-001", "a.js", `
async function h(ctx) {
  ctx.body = { name: ctx.query.name };
  ctx.body = [ctx.query.name];
  ctx.body = '<p>' + ctx.query.name + '</p>';  // want
}
`},
		{"path.normalize(p).replace(/^(\\.\\.(\\/|\\\\|$))+/, '') strips parent steps", "VGL-JS-PATH-001", "a.js", `
const fs = require('fs');
const path = require('path');
function h(req, res) {
  const safe = path.normalize(req.query.file).replace(/^(\.\.(\/|\\|$))+/, '');
  fs.readFile(path.join('/srv/static', safe), () => {});
  const bad = req.query.other.replace(/\.\.\//g, '');
  fs.readFile(path.join('/srv/static', bad), () => {});  // want
}
`},
		{"stripping every character but letters, digits, _ and - leaves a safe name", "VGL-JS-PATH-001", "a.js", `
const fs = require('fs');
function h(req, res) {
  const name = req.params.name.replace(/[^a-z0-9_-]/gi, '');
  fs.readFile('/srv/files/' + name + '.txt', () => {});
  const bad = req.params.other.replace(/[^a-z0-9.\/]/gi, '');
  fs.readFile('/srv/files/' + bad, () => {});  // want
}
`},
		{"Python: re.sub of every character but letters, digits, _ and - leaves a safe name", "VGL-PY-PATH-001", "a.py", `
import re, os
from flask import request
def view():
    name = re.sub(r"[^a-zA-Z0-9_-]", "", request.args["name"])
    open(os.path.join("/srv/files", name)).read()
    bad = re.sub(r"[^a-zA-Z0-9./]", "", request.args["other"])
    open(os.path.join("/srv/files", bad)).read()  # want
`},
		{"hand-written HTML escaping and numeric checks", "VGL-JS-XSS-001", "a.js", `
const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
function esc(s) { return String(s).replace(/[&<>"']/g, (c) => MAP[c]); }
function enc(s) { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }
function strip(s) { return s.replace(/\s+/g, ' '); }
function h(req, res) {
  res.send('<p>' + esc(req.query.a) + '</p>');
  res.send('<p>' + enc(req.query.b) + '</p>');
  res.send('<p>' + strip(req.query.c) + '</p>');  // want
  const id = req.params.id;
  if (!Number.isInteger(Number(id))) return res.status(400).end();
  res.send('<p>Item ' + id + '</p>');
  const n = req.query.n;
  if (isNaN(n)) return res.status(400).end();
  res.send('<p>' + n + '</p>');
  const m = req.query.m;
  if (Number.isNaN(m)) return res.status(400).end();
  res.send('<p>' + m + '</p>');  // want
}
`},
		{"mysql quoting and format with a constant statement", "VGL-JS-SQLI-001", "a.js", `
const mysql = require('mysql');
const connection = mysql.createConnection({});
function h(req, res) {
  connection.query('SELECT * FROM users WHERE name = ' + connection.escape(req.query.name));
  connection.query(mysql.format('SELECT * FROM users WHERE id = ?', [req.query.id]));
  connection.query('SELECT ' + mysql.escapeId(req.query.col) + ' FROM users');
  connection.query(mysql.format(req.query.stmt, [1]));  // want
  connection.query('SELECT * FROM users WHERE name = ' + req.query.name);  // want
}
`},
		{"a redirect to a local path: starts with / but not //", "VGL-JS-REDIR-001", "a.js", `
function h(req, res) {
  const next = req.query.next;
  if (typeof next === 'string' && next.startsWith('/') && !next.startsWith('//')) {
    return res.redirect(next);
  }
  const to = req.query.to;
  if (to.startsWith('/')) {
    return res.redirect(to);  // want
  }
}
`},
		{"Python: startswith on a resolved path, is_relative_to", "VGL-PY-PATH-001", "a.py", `
import os
from pathlib import Path
from flask import request, abort
BASE = "/srv/files"
ROOT = Path(BASE).resolve()
def view():
    target = os.path.abspath(os.path.join(BASE, request.args["name"]))
    if not target.startswith(BASE + os.sep):
        abort(403)
    open(target).read()
    p = (ROOT / request.args["p"]).resolve()
    if not p.is_relative_to(ROOT):
        abort(403)
    open(p).read()
    q = os.path.join(BASE, request.args["q"])
    if q.endswith(".txt"):
        open(q).read()  # want
`},
		{"Python: shell commands from int(), an allow-list or shlex.quote are safe; a parameter is not", "VGL-PY-CMDI-002", "a.py", `
import os, shlex, subprocess
ALLOWED = {"status", "log"}
def run(sub, pid, pat, host):
    if sub not in ALLOWED:
        return
    os.system("git " + sub)
    os.system("kill -0 %d" % int(pid))
    subprocess.check_output("grep -r " + shlex.quote(pat) + " /srv/logs", shell=True)
    subprocess.run(["ping", "-c", "1", host])
    os.system("ping -c 1 " + host)  # want
`},
		{"Python: formatted SQL from int(), an allow-list or joined placeholders is safe; from a parameter it is not", "VGL-PY-SQLI-002", "a.py", `
SORTS = {"name": "name", "date": "created_at"}
def list_items(cur, uid, sort, ids, name):
    n = int(uid)
    cur.execute(f"SELECT * FROM users WHERE id = {n}")
    col = SORTS.get(sort, "id")
    cur.execute("SELECT * FROM items ORDER BY " + col)
    marks = ",".join("?" for _ in ids)
    cur.execute(f"SELECT * FROM t WHERE id IN ({marks})", ids)
    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")  # want
    query = "SELECT * FROM users WHERE name = '%s'" % name
    cur.execute(query)  # want
`},
		{"Python: a driver wrapper handing on its statement is no formatted SQL", "VGL-PY-SQLI-002", "a.py", `
class Cursor:
    def execute(self, operation, parameters=None):
        return self._cursor.execute(operation, parameters)
def run(conn, users, uid):
    stmt = users.update().where(users.c.id == uid)
    conn.execute(stmt)
`},
		{"Python: commonpath with the base folder keeps a path under it", "VGL-PY-PATH-001", "a.py", `
import os
from flask import request, abort
BASE = os.path.realpath("/srv/files")
def view():
    target = os.path.realpath(os.path.join(BASE, request.args["name"]))
    if os.path.commonpath([BASE, target]) != BASE:
        abort(403)
    open(target).read()
    other = os.path.realpath(os.path.join(BASE, request.args["other"]))
    if os.path.commonpath([BASE, other]) == "/":
        abort(403)
    open(other).read()  # want
`},
		{"Python: a redirect target without a host stays on the site", "VGL-PY-REDIR-001", "a.py", `
from urllib.parse import urlparse
from flask import request, redirect
def view():
    nxt = request.args.get("next", "/")
    if urlparse(nxt).netloc:
        nxt = "/"
    redirect(nxt)
    other = request.args.get("other", "/")
    if urlparse(other).path:
        redirect(other)  # want
`},
		{"Python: a fixed-host URL is no SSRF, a user's URL is", "VGL-PY-SSRF-001", "a.py", `
import requests
from flask import request
def view():
    name = request.args["name"]
    requests.get(f"https://api.github.com/users/{name}", timeout=5)
    requests.get("https://api.example.com/u/%s" % name, timeout=5)
    requests.get(request.args["url"], timeout=5)  # want
`},
		{"Python: Django's format_html escapes its arguments", "VGL-PY-XSS-001", "a.py", `
from django.http import HttpResponse
from django.utils.html import format_html
def view(request):
    q = request.GET.get("q", "")
    HttpResponse(format_html("<p>{}</p>", q))
    return HttpResponse("<p>%s</p>" % q)  # want
`},
	})
}
