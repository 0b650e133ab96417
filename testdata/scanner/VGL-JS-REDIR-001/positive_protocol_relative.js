const express = require("express");
const app = express();

app.get("/go", (req, res) => {
  res.redirect("//" + req.query.host); // vigil:expect VGL-JS-REDIR-001
});
