const express = require("express");
const app = express();

// SVG runs script when opened: image/svg+xml is not a safe non-HTML type.
app.get("/badge", (req, res) => {
  res.setHeader("Content-Type", "image/svg+xml");
  res.send('<svg xmlns="http://www.w3.org/2000/svg"><text>' + req.query.label + "</text></svg>"); // vigil:expect VGL-JS-XSS-001
});
