import express, { Request, Response } from 'express';
import { verifyUser } from './auth';

const app = express();

app.post('/login', async (req: Request, res: Response) => {
  const user = await verifyUser(req.body.email, req.body.password);
  (req.session as any).userId = user.id;
  res.sendStatus(204);
});
