const express = require("express");
const app = express();

app.get("/docs", (req, res) => {
  res.sendFile(req.query.page, { root: "/srv/docs", dotfiles: "deny" });
  require("fs").readFileSync("./config.json");
});
