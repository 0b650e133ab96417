package scanner

import "testing"

// precisionCase is a small program: lines that must be reported carry a
// `want` comment; any other finding of the rule fails the case.
type precisionCase struct {
	name, rule, file, src string
}

func runPrecisionCases(t *testing.T, cases []precisionCase) {
	t.Helper()
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*Rule{}
	for _, r := range rules {
		byID[r.ID] = r
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectProbe(t, byID, tc.rule, tc.file, tc.src)
		})
	}
}

// TestPrecisionSQLAlchemyCore: SQLAlchemy Core builders bind their values;
// only SQL text built from the data is an injection.
func TestPrecisionSQLAlchemyCore(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"insert/update/select values are bound", "VGL-PY-SQLI-001", "probe.py", `
from flask import request
from sqlalchemy import create_engine, text, select
engine = create_engine("sqlite://")
def add(users):
    name = request.form["name"]
    with engine.begin() as conn:
        conn.execute(users.insert().values(name=name))
        conn.execute(users.update().where(users.c.id == request.args["id"]).values(name=name))
        conn.execute(select(users).where(users.c.name == name))
        conn.execute(users.delete().where(users.c.name == name))
        conn.execute(text(f"SELECT * FROM users WHERE name = '{name}'"))  # want
        conn.execute("DELETE FROM users WHERE name = '" + name + "'")  # want
`},
	})
}

// TestPrecisionJavaTypes: values whose declared type cannot carry markup.
func TestPrecisionJavaTypes(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"long field of a parsed object, a class name", "VGL-JAVA-XSS-001", "Count.java", `
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Count extends HttpServlet {
    public static class Page {
        public long cursor;
        public boolean more;
        public String label;
    }

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Page p = new ObjectMapper().readValue(req.getParameter("page"), Page.class);
        resp.getWriter().print("<p>" + p.cursor + p.more + "</p>");
        Object o = new ObjectMapper().readValue(req.getParameter("o"), Page.class);
        resp.getWriter().print("<p>" + o.getClass().getSimpleName() + "</p>");
        resp.getWriter().print("<p>" + p.label + "</p>"); // want
    }
}
`},
	})
}

// TestPrecisionJavaProcessBuilder: a fixed program with an argument list
// runs no shell; a shell or a caller-chosen program is command injection.
func TestPrecisionJavaProcessBuilder(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"fixed program vs shell", "VGL-JAVA-CMDI-001", "Dns.java", `
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Dns extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String host = req.getParameter("host");
        new ProcessBuilder("nslookup", "--", host).start();
        new ProcessBuilder("/bin/sh", "-c", "nslookup " + host).start(); // want
        new ProcessBuilder("cmd.exe", "/c", "nslookup " + host).start(); // want
        new ProcessBuilder(host, "-v").start(); // want
    }
}
`},
	})
}

// TestPrecisionJSGuards: a check kept in a const boolean and used in a
// ternary, and Koa's ctx.throw ending the path.
func TestPrecisionJSGuards(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"redirect guarded through a boolean and a ternary", "VGL-JS-REDIR-001", "app.js", `
const express = require("express");
const app = express();
app.get("/a", (req, res) => {
  const v = req.query.next;
  const local = typeof v === "string" && v.startsWith("/") && !v.startsWith("//");
  res.redirect(local ? v : "/home");
});
app.get("/b", (req, res) => {
  const v = req.query.next;
  const ok = v.startsWith("/") && !v.startsWith("//");
  if (ok) {
    res.redirect(v);
  }
  res.redirect(ok ? "/home" : v); // want
});
app.get("/c", (req, res) => {
  const v = req.query.next;
  const hasSlash = v.startsWith("/");
  res.redirect(hasSlash ? v : "/home"); // want
});
`},
		{"ctx.throw does not return", "VGL-JS-PATH-001", "app.js", `
const Koa = require("koa");
const path = require("path");
const fs = require("fs");
const app = new Koa();
const ROOT = path.resolve("/srv/files");
app.use(async (ctx) => {
  const target = path.resolve(ROOT, ctx.query.name);
  if (!target.startsWith(ROOT + path.sep)) ctx.throw(400, "bad path");
  ctx.body = fs.readFileSync(target);
});
app.use(async (ctx) => {
  const target = path.resolve(ROOT, ctx.query.name);
  if (!target.startsWith(ROOT + path.sep)) console.log("outside");
  ctx.body = fs.readFileSync(target); // want
});
`},
	})
}
