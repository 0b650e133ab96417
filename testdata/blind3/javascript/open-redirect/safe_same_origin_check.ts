import express, { Request, Response } from 'express';

const app = express();
const ORIGIN = 'https://shop.example.com';

function safeTarget(raw: unknown): string {
  try {
    const url = new URL(String(raw ?? '/'), ORIGIN);
    if (url.origin !== ORIGIN) return '/';
    return url.pathname + url.search;
  } catch {
    return '/';
  }
}

app.get('/after-checkout', (req: Request, res: Response) => {
  res.redirect(safeTarget(req.query.next));
});

app.listen(3000);
