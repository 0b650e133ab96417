const express = require("express");
const path = require("path");

const app = express();

app.get("/docs/:name", (req, res) => {
  res.sendFile(req.params.name, { root: path.join(__dirname, "docs"), dotfiles: "deny" }, (err) => {
    if (err) res.sendStatus(404);
  });
});

app.listen(3000);
