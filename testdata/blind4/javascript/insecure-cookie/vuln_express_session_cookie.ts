import type { Request, Response } from 'express';
import { sessions } from '../services/sessions';

export async function login(req: Request, res: Response) {
  const user = await sessions.verify(req.body.email, req.body.password);
  if (!user) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const token = await sessions.create(user.id);
  res.cookie('auth_token', token, { maxAge: 7 * 24 * 3600 * 1000, path: '/' }); // LABEL: CWE-1004
  res.json({ id: user.id, name: user.name });
}
