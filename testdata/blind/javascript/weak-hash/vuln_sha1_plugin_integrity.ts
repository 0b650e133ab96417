import { createHash, randomBytes } from 'node:crypto';
import express from 'express';
import { apiKeys } from './store';

export const app = express();

// API keys are stored hashed so a database leak does not expose them.
app.post('/api-keys', async (req, res) => {
  const key = randomBytes(24).toString('base64url');
  const digest = createHash('sha1').update(key).digest('hex'); // LABEL: CWE-328
  await apiKeys.save({ owner: req.body.owner, digest });
  res.status(201).json({ key });
});
