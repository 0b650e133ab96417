// Targets under the site's own base URL or a fixed absolute URL with a path
// cannot send the user elsewhere.
const express = require("express");
const config = require("./config");
const app = express();

app.get("/n/:id", (req, res) => {
  res.redirect(config.serverURL + "/" + req.params.id);
});

app.get("/login/github", (req, res) => {
  res.redirect("https://github.com/login/oauth/authorize?" + req.query.q);
});
