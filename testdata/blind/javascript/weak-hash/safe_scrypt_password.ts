import { randomBytes, scryptSync } from 'node:crypto';
import express from 'express';
import { users } from './store';

export const app = express();
app.use(express.json());

app.post('/signup', async (req, res) => {
  const salt = randomBytes(16);
  const hash = scryptSync(String(req.body.password), salt, 64, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  await users.insert({ email: req.body.email, salt: salt.toString('hex'), hash: hash.toString('hex') });
  res.status(201).json({ ok: true });
});
