import express from 'express';
import session from 'express-session';
import { users } from './store';

export const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));

app.post('/login', async (req, res) => {
  const user = await users.verify(String(req.body.email), String(req.body.password));
  if (!user) return res.status(401).end();
  req.session.regenerate(() => {
    (req.session as any).userId = user.id;
    (req.session as any).role = user.role;
    res.json({ ok: true });
  });
});
