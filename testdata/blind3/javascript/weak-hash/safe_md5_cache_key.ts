import { createHash } from 'crypto';
import express, { Request, Response } from 'express';

const app = express();
const cache = new Map<string, unknown>();

function cacheKey(path: string, query: Record<string, unknown>): string {
  const canonical = path + '?' + JSON.stringify(query, Object.keys(query).sort());
  return createHash('md5').update(canonical).digest('hex');
}

app.get('/api/stats', (req: Request, res: Response) => {
  const key = cacheKey(req.path, req.query as Record<string, unknown>);
  if (!cache.has(key)) {
    cache.set(key, { visits: 1200, generatedAt: Date.now() });
  }
  res.json(cache.get(key));
});

app.listen(3000);
