const express = require("express");

const app = express();

app.get("/search", (req, res) => {
  const term = req.query.q || "";
  const html = `<h2>Results for ${term}</h2><ul id="results"></ul>`;
  res.send(html);  // LABEL: CWE-79
});

app.listen(3000);
