const express = require('express');

const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
  const { expression } = req.body;
  const value = eval(expression); // LABEL: CWE-95
  res.json({ value });
});

module.exports = app;
