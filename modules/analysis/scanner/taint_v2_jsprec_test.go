package scanner

import (
	"strings"
	"testing"

	"vigil/modules/analysis/scanner/models"
)

// TestEngineV2JSPrecision are must-find / must-not-find probes for the
// engine-level false positives of JavaScript and Python rules: kinds a
// source does not feed (route parameters are strings: no NoSQL operator
// objects) and property-level sink positions (an HTTP client's options
// object is an SSRF sink only where it names the target). Lines that must
// be reported end in `// want` (`# want` in Python).
func TestEngineV2JSPrecision(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"route parameters are no NoSQL source, query and body are", "VGL-JS-NOSQLI-001", "a.js", `
const User = require('./user');
function h(req, res) {
  User.findOne({ name: req.params.name });
  User.findOne({ name: req.query.name });  // want
  User.findOne(req.body);  // want
}
`},
		{"route parameters stay a source for other kinds", "VGL-JS-CMDI-001", "a.js", `
const cp = require('child_process');
function h(req, res) {
  cp.exec("ls " + req.params.dir);  // want
}
`},
		{"axios options: only url and baseURL are the sink", "VGL-JS-SSRF-001", "a.js", `
const axios = require('axios');
function h(req, res) {
  axios({ url: "https://api.example.com/x", method: "post", data: req.body.payload });
  axios({ url: req.query.target, data: "x" });  // want
  const cfg = { baseURL: "https://api.example.com", data: req.body };
  axios(cfg);
  const bad = { data: 1 };
  bad.baseURL = req.query.base;
  axios(bad);  // want
  axios(req.query.u);  // want
  axios(req.body);  // want
}
`},
		{"request and got options: json and body are no target", "VGL-JS-SSRF-001", "a.js", `
const request = require('request');
const got = require('got');
function h(req, res) {
  request({ url: "https://api.example.com/hook", json: req.body });
  request({ uri: req.query.u, json: true });  // want
  got("https://api.example.com/hook", { json: req.body });
  got("https://api.example.com/", { prefixUrl: req.query.p });  // want
}
`},
		{"fetch body and http.request options", "VGL-JS-SSRF-001", "a.js", `
const http = require('http');
function h(req, res) {
  fetch("https://api.example.com/hook", { method: "POST", body: JSON.stringify(req.body) });
  fetch(req.query.u);  // want
  http.request({ host: "api.example.com", path: "/x", headers: { "x-id": req.query.id } });
  http.request({ host: req.query.h, path: "/x" });  // want
}
`},
		{"a wrapper's parameter reaches only through the url property (reported at the sink)", "VGL-JS-SSRF-001", "a.js", `
const axios = require('axios');
function post(body) { return axios({ url: "https://api.example.com/x", data: body }); }
function get(u) { return axios({ url: u }); }  // want
function h(req, res) {
  post(req.body);
  get(req.query.u);
}
`},
		{"allow-list: not in a constant tuple cleans on the passing edge", "VGL-PY-CMDI-001", "a.py", `
import os
from flask import request
def view():
    service = request.args["service"]
    if service not in ("upload-pack", "receive-pack"):
        return "no"
    os.system("git " + service)
    other = request.args["other"]
    if other in ("upload-pack", "receive-pack"):
        return "known"
    os.system("git " + other)  # want
`},
		{"allow-list: switch cases with a returning default", "VGL-JS-CMDI-001", "a.js", `
const cp = require('child_process');
function h(req, res) {
  const x = req.query.x;
  switch (x) {
    case "a":
    case "b":
      break;
    default:
      return;
  }
  cp.exec("ls " + x);
  const y = req.query.y;
  switch (y) {
    case "a": break;
    default: console.log("other");
  }
  cp.exec("ls " + y);  // want
}
`},
		{"allow-list: includes on a clean array, not on request data", "VGL-JS-CMDI-001", "a.js", `
const cp = require('child_process');
const OK = new Set(["a", "b"]);
function h(req, res) {
  const x = req.query.x;
  if (!["a", "b"].includes(x)) return;
  cp.exec("ls " + x);
  const y = req.query.y;
  if (!OK.has(y)) { return res.status(400).end(); }
  cp.exec("ls " + y);
  const z = req.query.z;
  if (!req.query.list.includes(z)) return;
  cp.exec("ls " + z);  // want
  const w = req.query.w;
  if (["a", "b"].includes(w)) return;
  cp.exec("ls " + w);  // want
}
`},
		{"res.send of a variable holding an object or array literal is JSON", "VGL-JS-XSS-001", "a.js", `
function h(req, res) {
  const out = { name: req.query.name, ok: true };
  res.send(out);
  const list = [req.query.a, req.query.b];
  res.send(list);
  const acc = {};
  acc.q = req.query.q;
  res.send(acc);
  const copy = { ...req.body };
  res.send(copy);
  res.send(String(out.name));  // want
  res.send(` + "`<p>${out.name}</p>`" + `);  // want
  res.send("<p>" + list[0] + "</p>");  // want
  let m = { a: 1 };
  if (req.query.raw) { m = req.query.raw; }
  res.send(m);  // want
}
`},
		{"setting only the query of a fixed-origin URL is no redirect", "VGL-JS-REDIR-001", "a.js", `
function h(req, res) {
  const url = new URL("https://example.com/login");
  url.search = new URLSearchParams({ next: req.query.next });
  res.redirect(url.toString());
  const u2 = new URL("https://example.com/");
  u2.hash = req.query.h;
  res.redirect(u2.href);
  const u3 = new URL(req.query.target);
  u3.search = "?a=1";
  res.redirect(u3.toString());  // want
  const u4 = new URL("https://example.com/");
  u4.href = req.query.to;
  res.redirect(u4.toString());  // want
}
`},
		{"a method called on a new object is the file's method of that class", "VGL-JS-CMDI-001", "a.js", `
const { exec } = require('child_process');
class Parser {
  parse(body) {
    exec('convert ' + body.file);  // want
  }
  size(body) {
    exec('du -s /srv/feeds');
    return body.length;
  }
}
class Other {
  parse(body) {
    return JSON.stringify(body);
  }
}
function h(req, res) {
  new Parser().parse(req.body);
  (new Parser()).size(req.body);
  new Other().parse(req.query);
}
`},
		{"a method of a class defined once: called on a new object, its session write is found", "VGL-JS-TRUST-001", "a.js", `
class Prefs {
  choose(req, plan) {
    req.session.plan = plan;  // want
  }
  keep(req, plan) {
    req.session.seen = Date.now();
  }
}
function h(req, res) {
  new Prefs().choose(req, req.body.plan);
  new Prefs().keep(req, req.body.plan);
}
`},
		{"a request kept in a field: a write to this.req.session is a session write", "VGL-JS-TRUST-001", "a.js", `
class Svc {
  constructor(req) {
    this.req = req;
    this.cache = {};
  }
  choose(plan) {
    this.req.session.plan = plan;  // want
  }
  remember(plan) {
    this.cache.session = plan;
    this.req.session.at = Date.now();
  }
}
function h(req, res) {
  const o = new Svc(req);
  o.choose(req.body.plan);
  o.remember(req.body.plan);
  new Svc(req).choose(req.query.plan);
}
`},
		{"a database client kept in a parameter property is a SQL sink", "VGL-JS-SQLI-001", "a.ts", `
import { Sequelize } from "sequelize";
class Search {
  constructor(private readonly sequelize: Sequelize, private readonly cache: Map<string, string>) {}
  run(req: any) {
    this.sequelize.query("SELECT * FROM t WHERE n = '" + req.query.n + "'");  // want
    this.sequelize.query("SELECT * FROM t WHERE n = :n", { replacements: { n: req.query.n } });
    this.cache.get("q:" + req.query.n);
  }
}
`},
		{"a client made by axios.create() sends as axios does", "VGL-JS-SSRF-001", "a.js", `
const axios = require('axios');
const api = axios.create({ timeout: 1000 });
const store = require('./store').create();
function h(req, res) {
  api.get(req.query.url);  // want
  api.get("https://api.example.com/v1/items", { params: { q: req.query.q } });
  store.get(req.query.url);
}
`},
		{"URLSearchParams of the page URL stays a source", "VGL-JS-REDIR-001", "a.js", `
const next = new URLSearchParams(location.search).get("next");
window.location = next;  // want
`},
	})
}

// TestPackSinkPropsAndExceptKinds: the pack format's props and
// except-kinds are validated and honoured by views.
func TestPackSinkPropsAndExceptKinds(t *testing.T) {
	bad := []struct{ name, yml string }{
		{"prop of an argument args does not list", "pack: p\nlanguage: javascript\nsinks:\n  - {kind: ssrf, call: f, args: [0], props: [1.url]}\n"},
		{"prop without a property", "pack: p\nlanguage: javascript\nsinks:\n  - {kind: ssrf, call: f, args: [0], props: [\"0\"]}\n"},
		{"prop with an empty name", "pack: p\nlanguage: javascript\nsinks:\n  - {kind: ssrf, call: f, args: [0], props: [0..url]}\n"},
		{"unknown except-kind", "pack: p\nlanguage: javascript\nsources:\n  - {expr: a, except-kinds: [nosq]}\n"},
		{"sanitizer with call and assign", "pack: p\nlanguage: javascript\nsanitizers:\n  - {call: f, assign: \"*.search\"}\n"},
		{"sanitizer with neither call nor assign", "pack: p\nlanguage: javascript\nsanitizers:\n  - {kinds: [xss]}\n"},
		{"kinds and except-kinds", "pack: p\nlanguage: javascript\nsources:\n  - {expr: a, kinds: [sql], except-kinds: [nosql]}\n"},
	}
	for _, tc := range bad {
		if _, err := models.Parse([]byte(tc.yml)); err == nil {
			t.Errorf("%s: accepted", tc.name)
		}
	}
	pk, err := models.Parse([]byte("pack: p\nlanguage: javascript\nsources:\n  - {expr: a.b, except-kinds: [nosql]}\nsinks:\n  - {kind: ssrf, call: f, args: [0, 1], props: [0.url, 1.opts.host]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	props := pk.Sinks[0].PropPaths()
	if len(props[0]) != 1 || props[0][0][0] != "url" || len(props[1]) != 1 || strings.Join(props[1][0], ".") != "opts.host" {
		t.Errorf("props parsed as %v", props)
	}
	for _, tc := range []struct {
		kinds []string
		want  int
	}{{[]string{"nosql"}, 0}, {[]string{"sql"}, 1}, {[]string{"nosql", "code"}, 1}} {
		v := models.NewSet(pk).For("javascript", tc.kinds)
		if len(v.Sources) != tc.want {
			t.Errorf("kinds %v: %d sources, want %d", tc.kinds, len(v.Sources), tc.want)
		}
	}
}
