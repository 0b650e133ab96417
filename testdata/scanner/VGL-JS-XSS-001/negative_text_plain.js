// The handler sets a non-HTML type: the browser shows the text as text.
const express = require("express");
const app = express();

app.get("/plain", (req, res) => {
  res.type("text/plain");
  res.send("hello " + req.query.name);
});

app.get("/txt", (req, res) => {
  res.set("Content-Type", "text/plain; charset=utf-8");
  res.send(`you asked for ${req.params.file}`);
});

app.get("/jsonish", (req, res) => {
  res.setHeader("Content-Type", "application/json");
  res.end('{"q":"' + req.query.q + '"}');
});
