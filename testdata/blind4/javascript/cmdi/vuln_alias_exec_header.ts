import { exec as run } from 'node:child_process';
import { promisify } from 'node:util';
import type { Request, Response } from 'express';

const sh = promisify(run);

// Used by the deploy bot to show what a ref would ship.
export async function changelog(req: Request, res: Response) {
  const ref = req.headers['x-git-ref'] ?? 'HEAD';
  const since = req.query.since ?? 'origin/production';
  const { stdout } = await sh(`git -C /srv/app log --oneline ${since}..${ref}`); // LABEL: CWE-78
  res.type('text/plain').send(stdout);
}
