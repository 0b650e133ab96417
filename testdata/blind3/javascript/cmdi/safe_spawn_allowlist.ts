import { spawn } from 'child_process';
import express, { Request, Response } from 'express';

const app = express();

const REPORTS: Record<string, string[]> = {
  disk: ['df', '-h'],
  memory: ['free', '-m'],
  uptime: ['uptime'],
};

app.get('/ops/report/:name', (req: Request, res: Response) => {
  const argv = REPORTS[req.params.name];
  if (!argv) {
    res.status(404).end();
    return;
  }
  const child = spawn(argv[0], argv.slice(1));
  res.type('text/plain');
  child.stdout.pipe(res);
});

app.listen(3000);
