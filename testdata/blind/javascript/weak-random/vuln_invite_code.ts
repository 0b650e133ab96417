import express from 'express';
import { invites } from './store';

export const app = express();
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

app.post('/teams/:id/invites', async (req, res) => {
  const chars: string[] = [];
  for (let i = 0; i < 10; i++) {
    chars.push(ALPHABET[Math.floor(Math.random() * ALPHABET.length)]); // LABEL: CWE-338
  }
  const code = chars.join('');
  await invites.create({ team: req.params.id, code });
  res.status(201).json({ code });
});
