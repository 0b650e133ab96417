const vm = require("vm");
const express = require("express");

const app = express();
app.use(express.text());

app.post("/sandbox", (req, res) => {
  const ctx = vm.createContext({ result: null });
  vm.runInContext(req.body, ctx, { timeout: 50 });  // LABEL: CWE-95
  res.json({ result: ctx.result });
});

app.listen(3000);
