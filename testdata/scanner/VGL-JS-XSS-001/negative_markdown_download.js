// A Markdown download: the handler sets text/markdown, not HTML.
const express = require("express");
const app = express();

app.get("/download", (req, res) => {
  res.set({
    "Content-Type": "text/markdown; charset=UTF-8",
    "Content-disposition": "attachment; filename=note.md",
  });
  res.send("# " + req.query.title);
});
