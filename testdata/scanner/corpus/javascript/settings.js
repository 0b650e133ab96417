const _ = require("lodash");
const express = require("express");

const app = express();
const defaults = { theme: "light", notifications: true };

app.post("/settings", express.json(), (req, res) => {
  const merged = _.merge({}, defaults, req.body); // LABEL: CWE-1321
  res.json(merged);
});

app.get("/login/callback", (req, res) => {
  res.redirect(req.query.returnTo); // LABEL: CWE-601
});

app.get("/logout", (req, res) => {
  res.redirect("/");
});

module.exports = app;
