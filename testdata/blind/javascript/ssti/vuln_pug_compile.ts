import express from 'express';
import pug from 'pug';

export const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/cards/render', (req, res) => {
  const layout: string = req.body.layout ?? 'p Hello';
  const render = pug.compile(layout); // LABEL: CWE-1336
  res.json({ html: render({ name: req.body.name }) });
});
