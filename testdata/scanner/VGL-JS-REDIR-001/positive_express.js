const express = require("express");
const app = express();

app.get("/login/done", (req, res) => {
  const next = req.query.next;
  res.redirect(next); // vigil:expect VGL-JS-REDIR-001
});
