import express from 'express';

export const app = express();
app.use(express.json());

interface Sheet {
  formula: string;
  cells: Record<string, number>;
}

app.post('/sheets/evaluate', (req, res) => {
  const sheet = req.body as Sheet;
  const compute = new Function('cells', 'return ' + sheet.formula + ';'); // LABEL: CWE-95
  res.json({ result: compute(sheet.cells) });
});
