import express from 'express';
import path from 'node:path';

export const app = express();
const EXPORTS = '/var/lib/app/exports';

app.get('/exports/:file', (req, res) => {
  const target = path.resolve(EXPORTS, req.params.file);
  res.sendFile(target); // LABEL: CWE-22
});
