import { createHash } from 'node:crypto';
import express from 'express';
import { plugins } from './store';

export const app = express();
app.use(express.raw({ type: 'application/octet-stream', limit: '20mb' }));

// A plugin upload is accepted when its digest matches the one published in the catalogue.
app.put('/plugins/:name', async (req, res) => {
  const entry = await plugins.catalogue(req.params.name);
  const digest = createHash('sha1').update(req.body).digest('hex'); // LABEL: CWE-328
  if (!entry || digest !== entry.sha1) {
    return res.status(422).json({ error: 'digest mismatch' });
  }
  await plugins.install(req.params.name, req.body);
  res.status(204).end();
});
