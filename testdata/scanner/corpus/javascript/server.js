const express = require("express");
const { exec, execFile } = require("child_process");
const fs = require("fs");
const path = require("path");
const mysql = require("mysql");

const app = express();
const db = mysql.createConnection({ host: "db", user: "app", password: process.env.DB_PASSWORD });

app.get("/user", (req, res) => {
  db.query("SELECT * FROM users WHERE id = ?", [req.query.id], (err, rows) => res.json(rows));
});

app.get("/search", (req, res) => {
  const q = req.query.q;
  db.query(`SELECT * FROM items WHERE name LIKE '%${q}%'`, (err, rows) => res.json(rows)); // LABEL: CWE-89
});

app.get("/ping", (req, res) => {
  exec("ping -c 1 " + req.query.host, (err, out) => res.type("text").send(out)); // LABEL: CWE-78
});

app.get("/lookup", (req, res) => {
  execFile("dig", ["+short", req.query.host], (err, out) => res.type("text").send(out));
});

app.get("/file", (req, res) => {
  const p = path.join(__dirname, "public", req.query.name);
  fs.readFile(p, (err, data) => res.send(data)); // LABEL: CWE-22
});

app.get("/greet", (req, res) => {
  res.send("<h1>Hi " + req.query.name + "</h1>"); // LABEL: CWE-79
});

app.get("/safe-file", (req, res) => {
  res.sendFile(path.basename(req.query.name), { root: path.join(__dirname, "public") });
});

app.listen(3000);
