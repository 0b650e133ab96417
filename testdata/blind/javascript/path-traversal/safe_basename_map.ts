import express from 'express';
import { promises as fs } from 'fs';
import path from 'path';

export const app = express();
const AVATARS = '/srv/avatars';
const KNOWN = new Map<string, string>([
  ['cat', 'cat.png'],
  ['dog', 'dog.png'],
]);

app.get('/avatars/:kind', async (req, res) => {
  const file = KNOWN.get(req.params.kind) ?? 'default.png';
  const data = await fs.readFile(path.join(AVATARS, file));
  res.type('png').send(data);
});
