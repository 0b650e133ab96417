const express = require("express");
const fs = require("fs");
const path = require("path");

const app = express();
const DOCS = path.join(__dirname, "docs");

app.get("/docs/:name", (req, res) => {
  const file = path.join(DOCS, req.params.name);
  fs.readFile(file, "utf8", (err, text) => {  // LABEL: CWE-22
    if (err) return res.sendStatus(404);
    res.type("text/markdown").send(text);
  });
});

app.listen(3000);
