const express = require("express");
const app = express();

// Only one character of the request value reaches the page: one character
// cannot open a tag or an attribute.
function avatar(name) {
  const letter = name.substring(0, 1).toUpperCase();
  return '<svg xmlns="http://www.w3.org/2000/svg"><text>' + letter + "</text></svg>";
}

app.get("/avatar/:name", (req, res) => {
  res.setHeader("Content-Type", "image/svg+xml");
  res.send(avatar(req.params.name));
});

app.get("/initial", (req, res) => {
  res.send("<b>" + req.query.first.charAt(0) + "</b>");
});

app.get("/letter", (req, res) => {
  const i = 2;
  res.send("<span>" + String(req.query.word).substr(i, 1) + "</span>");
});
