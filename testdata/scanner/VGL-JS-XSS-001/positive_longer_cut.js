const express = require("express");
const app = express();

// Cutting the value still leaves several characters: enough for markup.
app.get("/short", (req, res) => {
  res.send("<b>" + req.query.name.substring(0, 20) + "</b>"); // vigil:expect VGL-JS-XSS-001
});

app.get("/rest", (req, res) => {
  res.send("<b>" + req.query.name.substr(1) + "</b>"); // vigil:expect VGL-JS-XSS-001
});

// slice(0, 1) of an array keeps a whole element (?tag=<script>...)
app.get("/first", (req, res) => {
  res.send("<b>" + req.query.tags.slice(0, 1) + "</b>"); // vigil:expect VGL-JS-XSS-001
});

app.get("/tail", (req, res) => {
  res.send("<b>" + req.query.name.charAt(0) + req.query.name.substring(1) + "</b>"); // vigil:expect VGL-JS-XSS-001
});
