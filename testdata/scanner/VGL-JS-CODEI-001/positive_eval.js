const express = require("express");
const app = express();

app.post("/calc", (req, res) => {
  const result = eval(req.body.expression); // vigil:expect VGL-JS-CODEI-001
  res.json({ result });
});
