import express from 'express';

export const app = express();
app.use(express.json());

const OPS: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
};

app.post('/calc', (req, res) => {
  const op = OPS[String(req.body.op)];
  if (!Object.prototype.hasOwnProperty.call(OPS, String(req.body.op))) {
    return res.status(400).json({ error: 'unknown op' });
  }
  res.json({ value: op(Number(req.body.a), Number(req.body.b)) });
});
