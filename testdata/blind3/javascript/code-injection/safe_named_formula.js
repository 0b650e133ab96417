const express = require('express');

const app = express();
app.use(express.json());

const FORMULAS = {
  margin: (row) => row.price - row.cost,
  marginPct: (row) => (row.price ? (row.price - row.cost) / row.price : 0),
  total: (row) => row.price * row.qty,
};

app.post('/sheets/:id/computed-column', (req, res) => {
  const { formula, rows } = req.body;
  const fn = Object.prototype.hasOwnProperty.call(FORMULAS, formula) ? FORMULAS[formula] : null;
  if (!fn) return res.status(400).json({ error: 'unknown formula' });
  res.json({ values: rows.map((row) => fn(row)) });
});

app.listen(3000);
