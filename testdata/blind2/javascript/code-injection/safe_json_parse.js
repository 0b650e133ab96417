const express = require("express");

const app = express();
app.use(express.text());

const OPS = { gt: (a, b) => a > b, lt: (a, b) => a < b, eq: (a, b) => a === b };

app.post("/rules/evaluate", (req, res) => {
  const rule = JSON.parse(req.body);
  const op = OPS[rule.op];
  if (!op) return res.status(400).end();
  res.json({ matched: op(rule.left, rule.right) });
});

app.listen(3000);
