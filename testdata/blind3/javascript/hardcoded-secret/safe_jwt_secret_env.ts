import express, { Request, Response } from 'express';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());

const SIGNING_KEY_VAR = 'JWT_SIGNING_KEY';
const signingKey = process.env[SIGNING_KEY_VAR];
if (!signingKey) {
  throw new Error(`${SIGNING_KEY_VAR} is not set`);
}

app.post('/token/refresh', (req: Request, res: Response) => {
  const claims = jwt.verify(String(req.body.refreshToken), signingKey) as { sub: string };
  res.json({ token: jwt.sign({ sub: claims.sub }, signingKey, { expiresIn: '15m' }) });
});

app.listen(3000);
