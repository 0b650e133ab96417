const express = require("express");
const app = express();
const { safeRedirect } = require("./urls");

app.get("/login/done", (req, res) => {
  res.redirect(safeRedirect(req.query.next));
});
