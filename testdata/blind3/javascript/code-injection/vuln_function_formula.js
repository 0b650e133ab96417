const express = require('express');

const app = express();
app.use(express.json());

class ColumnFormula {
  constructor(source) {
    this.source = source;
  }

  compile() {
    return new Function('row', `return (${this.source});`); // LABEL: CWE-95
  }
}

app.post('/sheets/:id/computed-column', (req, res) => {
  const { formula, rows } = req.body;
  const fn = new ColumnFormula(formula).compile();
  res.json({ values: rows.map((row) => fn(row)) });
});

app.listen(3000);
