import { promisify } from 'util';
import { exec } from 'child_process';
import type { Request, Response } from 'express';

const execP = promisify(exec);

export async function lookup(req: Request, res: Response) {
  const host = String(req.query.host);
  const result = await execP('nslookup ' + host); // vigil:expect VGL-JS-CMDI-001
  res.type('text/plain').send(result.stdout);
}
