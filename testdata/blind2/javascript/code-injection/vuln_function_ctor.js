const express = require("express");

const app = express();
app.use(express.json());

app.post("/rules/evaluate", (req, res) => {
  const { condition, context } = req.body;
  const check = new Function("ctx", "return (" + condition + ");");  // LABEL: CWE-95
  res.json({ matched: Boolean(check(context)) });
});

app.listen(3000);
