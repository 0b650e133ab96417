package scanner

import (
	"strings"
	"testing"
)

// precisionCase is a small program: lines that must be reported carry a
// `want` comment; any other finding of the rule fails the case.
// TestPrecisionSQLAlchemyCore: SQLAlchemy Core builders bind their values;
// only SQL text built from the data is an injection.
func TestPrecisionSQLAlchemyCore(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
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
	runProbes(t, builtinRulesByID(t), []probe{
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
	runProbes(t, builtinRulesByID(t), []probe{
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
	runProbes(t, builtinRulesByID(t), []probe{
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

// TestPrecisionRubySSRFConstantHost: URI::HTTPS.build with a constant host
// keeps the request on that host; the query carries the user data only.
func TestPrecisionRubySSRFConstantHost(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"constant host vs request host", "VGL-RUBY-SSRF-001", "weather_controller.rb", `
require "net/http"
class WeatherController < ApplicationController
  API_HOST = "api.weather.example.com"
  def show
    uri = URI::HTTPS.build(host: API_HOST, path: "/v1/forecast", query: URI.encode_www_form(city: params[:city]))
    render json: Net::HTTP.get(uri)
  end
  def literal
    uri = URI::HTTP.build(host: "api.example.com", query: URI.encode_www_form(q: params[:q]))
    render json: Net::HTTP.get(uri)
  end
  def bad
    uri = URI::HTTPS.build(host: params[:host], path: "/v1/forecast")
    render json: Net::HTTP.get(uri) # want
  end
end
`},
	})
}

// TestPrecisionRubyKernelSend: a command method called by name.
func TestPrecisionRubyKernelSend(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"public_send(:system) and send(:exec)", "VGL-RUBY-CMDI-001", "tools_controller.rb", `
class ToolsController < ApplicationController
  def a
    Kernel.public_send(:system, "host #{params[:host]}") # want
    Kernel.send(:exec, "dig " + params[:host]) # want
    Kernel.public_send(:puts, "host #{params[:host]}")
    Kernel.system("ping #{params[:host]}") # want
  end
end
`},
	})
}

// TestPrecisionPHPURLNotPath: an http(s) URL built from the request is a
// fetch (SSRF), not a local path.
func TestPrecisionPHPURLNotPath(t *testing.T) {
	src := `<?php
$u = "https://" . $_POST['domain'] . "/api";
$data = file_get_contents($u);
echo strlen($data);
$page = file_get_contents("/var/www/pages/" . $_GET['page']);
echo strlen($page);
`
	runProbes(t, builtinRulesByID(t), []probe{
		{"path rule: only the local path", "VGL-PHP-PATH-001", "fetch.php", strings.Replace(src, `$_GET['page']);`, `$_GET['page']); // want`, 1)},
		{"ssrf rule: the URL", "VGL-PHP-SSRF-001", "fetch.php", strings.Replace(src, `file_get_contents($u);`, `file_get_contents($u); // want`, 1)},
	})
}

// TestPrecisionJavaPasswordSetter: a literal password given to a data
// source setter is a hard-coded credential; an empty one or a lookup is not.
func TestPrecisionJavaPasswordSetter(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"setPassword literal", "VGL-JAVA-CRED-001", "Db.java", `
import org.postgresql.ds.PGSimpleDataSource;

public class Db {
    public PGSimpleDataSource ds() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUser("app");
        ds.setPassword("Sup3rS3cret!"); // want
        ds.setPassword("");
        ds.setPassword(System.getenv("DB_PASSWORD"));
        ds.setPassword("changeme");
        checkPassword("Sup3rS3cret!");
        return ds;
    }
}
`},
	})
}

// TestPrecisionGoPreferenceCookie: HttpOnly matters for session cookies,
// not for a Secure language or theme preference.
func TestPrecisionGoPreferenceCookie(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"preference vs session cookie", "VGL-GO-COOKIE-001", "main.go", `
package main

import "net/http"

func setLang(w http.ResponseWriter, r *http.Request) {
	lang := "en"
	if r.URL.Query().Get("lang") == "fr" {
		lang = "fr"
	}
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: lang, Path: "/", Secure: true})
	http.SetCookie(w, &http.Cookie{Name: "ui_theme", Value: "dark", Path: "/", Secure: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: lang, Path: "/"}) // want
}

func login(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: "x", Path: "/", Secure: true}) // want
}
`},
	})
}

// TestPrecisionGoPreferenceCookieFlag: a display preference's cookie set
// with HttpOnly off for the page's scripts, whichever preference it is (the
// names are the ones VGL-GO-COOKIE-001 and VGL-PHP-COOKIE-002 know).
func TestPrecisionGoPreferenceCookieFlag(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"preference cookie vs session cookie", "VGL-GO-COOKIE-003", "main.go", `
package main

import "net/http"

func sidebar(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "sidebar", Value: r.FormValue("s"), Secure: true}
	c.HttpOnly = false
	http.SetCookie(w, c)
}

func login(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "session_id", Value: "x", Secure: true}
	c.HttpOnly = false // want
	http.SetCookie(w, c)
}
`},
	})
}

// TestPrecisionRubyContentTag: content_tag escapes its content.
func TestPrecisionRubyContentTag(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"content_tag content vs raw html", "VGL-RUBY-XSS-001", "cards_controller.rb", `
class CardsController < ApplicationController
  def show
    render html: helpers.content_tag(:div, params[:title], class: "card")
  end
  def plain
    render html: content_tag(:p, params[:body])
  end
  def link
    render html: content_tag(:a, "home", href: params[:url]) # want
  end
  def bad
    render html: "<b>#{params[:q]}</b>".html_safe # want
  end
end
`},
	})
}

// TestPrecisionGoPasswordField: a literal database password in a config
// struct or assigned to its field; placeholders and lookups are not.
func TestPrecisionGoPasswordField(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"Passwd field literal", "VGL-GO-CRED-001", "db.go", `
package main

import (
	"os"

	"github.com/go-sql-driver/mysql"
)

func configs() []*mysql.Config {
	a := &mysql.Config{User: "app", Passwd: "Pr0dK3y!x9", DBName: "shop"} // want
	b := mysql.NewConfig()
	b.Passwd = "Pr0dK3y!x9" // want
	c := mysql.NewConfig()
	c.Passwd = os.Getenv("DB_PASSWORD")
	d := &mysql.Config{User: "app", Passwd: "", DBName: "shop"}
	e := &mysql.Config{User: "app", Passwd: "changeme", DBName: "shop"}
	return []*mysql.Config{a, b, c, d, e}
}
`},
	})
}

// TestPrecisionJavaCountsInText: counts and booleans joined into HTML
// (NodeList.getLength, List.size/isEmpty) add digits or true/false only.
func TestPrecisionJavaCountsInText(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"getLength, size, isEmpty in a concatenation", "VGL-JAVA-XSS-001", "C.java", `
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

public class C extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(req.getInputStream());
            NodeList items = doc.getElementsByTagName("item");
            resp.getWriter().write("<p>Items: " + items.getLength() + "</p>");
            List<String> names = new ArrayList<>();
            names.add(req.getParameter("n"));
            resp.getWriter().write("<p>" + names.size() + " " + names.isEmpty() + "</p>");
            resp.getWriter().write("<p>" + names.get(0) + "</p>"); // want
        } catch (Exception e) {
            resp.sendError(400);
        }
    }
}
`},
	})
}
