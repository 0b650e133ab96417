import express, { Request, Response } from 'express';
import { promises as fs } from 'fs';
import path from 'path';

const app = express();
const LOG_ROOT = path.resolve('/var/log/app');

app.get('/logs', async (req: Request, res: Response) => {
  const name = String(req.query.file ?? 'app.log');
  const full = path.resolve(LOG_ROOT, name);
  if (!full.startsWith(LOG_ROOT + path.sep)) {
    res.status(400).send('bad path');
    return;
  }
  const text = await fs.readFile(full, 'utf8');
  res.type('text/plain').send(text.slice(-20000));
});

app.listen(3000);
